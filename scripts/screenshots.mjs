#!/usr/bin/env node
// `npm run screenshots`: screenshots of Corpus Review in the real VS Code (code-server 1.139.1) for
// the README: the Articles tree, a hover over a quote, and the dashboard, taken on a fresh copy of
// sample-corpus/ after extracting it.
//
//   npm run screenshots                       writes docs/screenshots/corpus-review-<action>.png
//   npm run screenshots -- --out /tmp/shots --actions tree,hover
//   npm run screenshots -- --web            the browser build in the web worker extension host
//
// Each action is a step of scripts/drive.cjs (extract, tree, hover, dashboard, palette). A step that
// does not find what it waits for (e.g. a contribution not built yet) is reported and its screenshot
// is still written; the exit code is then 3.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { QUIET_SETTINGS, copyTree, ensureBuilt, ensureRuntime, freePort, repoRoot, startCodeServer, tempDir } from './code-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const outDir = path.resolve(opt('out', path.join(repoRoot, 'docs/screenshots')));
const actions = opt('actions', 'extract,tree,hover,dashboard');

ensureBuilt({ tests: false });
const runtime = ensureRuntime();
const stateDir = tempDir('corpus-review-shots-');
const folder = copyTree(path.join(repoRoot, 'sample-corpus'), path.join(stateDir, 'sample-corpus'));
// --web: place the extension in the web worker host (the setting run-vscode-tests.mjs --web uses).
const web = args.includes('--web');
const settings = web ? { ...QUIET_SETTINGS, 'remote.extensionKind': { 'corpus-review.corpus-review': ['web'] } } : QUIET_SETTINGS;
const server = await startCodeServer(runtime, { stateDir, port: await freePort(), settings });
process.on('exit', () => server.kill());
fs.mkdirSync(outDir, { recursive: true });

const driver = spawn(process.execPath, [
  path.join(repoRoot, 'scripts/drive.cjs'), 'shot', '--base', server.base, '--folder', folder, '--ext', repoRoot,
  '--out', path.join(outDir, web ? 'corpus-review-web.png' : 'corpus-review.png'), '--actions', actions,
], { stdio: 'inherit', env: { ...process.env, CORPUS_REVIEW_VSCODE_CACHE: runtime.cache } });
const code = await new Promise((resolve) => driver.on('close', (c) => resolve(c ?? 1)));
await server.stop();
fs.rmSync(stateDir, { recursive: true, force: true });
console.log(code === 0 ? `[screenshots] written to ${outDir}` : `[screenshots] driver exit ${code}; see the messages above`);
process.exit(code);
