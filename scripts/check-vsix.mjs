#!/usr/bin/env node
// `npm run check:vsix`: proves the packaged extension works, not just the development folder. Packages
// the .vsix (vsce, production build), installs it into a fresh extensions folder of the real VS Code
// (code-server --install-extension), opens a copy of the sample corpus WITHOUT the development
// payload, and checks in the workbench that the Corpus Review container is there and its Articles tree
// fills. A file the extension needs at run time but `.vscodeignore` leaves out shows up here.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyTree, ensureRuntime, freePort, repoRoot, startCodeServer, tempDir } from './code-server.mjs';

const runtime = ensureRuntime();
const stateDir = tempDir('corpus-review-vsix-');
const vsix = path.join(stateDir, 'corpus-review.vsix');

const pack = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], { cwd: repoRoot, stdio: 'inherit' });
if (pack.status !== 0) throw new Error(`vsce package failed (exit ${pack.status})`);

const env = {
  ...process.env,
  XDG_CONFIG_HOME: path.join(runtime.cache, 'xdg/config'),
  XDG_DATA_HOME: path.join(runtime.cache, 'xdg/data'),
  EXTENSIONS_GALLERY: '{}',
};
const install = spawnSync(runtime.node, [
  path.join(runtime.codeServer, 'out/node/entry.js'),
  '--user-data-dir', path.join(stateDir, 'user-data'), '--extensions-dir', path.join(stateDir, 'extensions'),
  '--install-extension', vsix,
], { env, stdio: 'inherit' });
if (install.status !== 0) throw new Error(`code-server --install-extension failed (exit ${install.status})`);

const folder = copyTree(path.join(repoRoot, 'sample-corpus'), path.join(stateDir, 'sample-corpus'));
const server = await startCodeServer(runtime, { stateDir, port: await freePort() });
process.on('exit', () => server.kill());
const driver = spawn(process.execPath, [
  path.join(repoRoot, 'scripts/drive.cjs'), 'shot', '--base', server.base, '--folder', folder,
  '--out', path.join(stateDir, 'vsix.png'), '--actions', 'activitybar,tree',
], { stdio: 'inherit', env: { ...process.env, CORPUS_REVIEW_VSCODE_CACHE: runtime.cache } });
const code = await new Promise((resolve) => driver.on('close', (c) => resolve(c ?? 1)));
await server.stop();
if (code === 0) fs.rmSync(stateDir, { recursive: true, force: true });
else console.log(`[check:vsix] kept ${stateDir} (screenshots, code-server.log)`);
console.log(code === 0 ? '[check:vsix] the installed .vsix loads: container and Articles tree present' : `[check:vsix] FAILED (driver exit ${code})`);
process.exit(code === 0 ? 0 : 1);
