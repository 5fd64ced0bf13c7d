#!/usr/bin/env node
// `npm start`: opens a real VS Code (code-server 4.139.1 = VS Code 1.139.1) with Corpus Review loaded
// from this repo, on a fresh copy of sample-corpus/, and prints the URL to open in a browser.
// Runs until Ctrl-C, then stops the server's whole process group.
//
//   npm start                              sample corpus, first free port from 8123
//   npm start -- --folder ~/my-corpus      your own folder (opened in place: sidecars are written there)
//   npm start -- --port 9000
//   npm start -- --check                   start, screenshot that the extension loaded, stop (a smoke check)
//
// On a fresh machine it first installs what is missing: npm dependencies (npm ci), the runtime in
// ~/.cache/corpus-review (scripts/vscode-runtime.sh), then builds dist/.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { copyTree, ensureRuntime, freePort, repoRoot, startCodeServer, tempDir } from './code-server.mjs';

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(0);
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const say = (msg) => console.log(`[start] ${msg}`);

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status})`);
}

/** The first port from `from` that nothing listens on, else one the kernel picks. */
async function portFrom(from) {
  for (let port = from; port < from + 20; port++) {
    const free = await new Promise((resolve) => {
      const s = net.createServer().once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  return freePort();
}

if (!fs.existsSync(path.join(repoRoot, 'node_modules/.package-lock.json'))) {
  say('npm ci (first run: installs the build and test tools, about 30 s)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
const runtime = ensureRuntime();
say('npm run build');
try {
  run('npm', ['run', '-s', 'build']);
} catch (err) {
  // Someone's half-finished change should not keep the last good build from opening.
  if (!fs.existsSync(path.join(repoRoot, 'dist/extension.js'))) throw err;
  say(`WARNING: ${err.message}; opening the previous build in dist/`);
}

let folder;
let stateDir = tempDir('corpus-review-start-');
if (opt('folder')) folder = path.resolve(opt('folder'));
else folder = copyTree(path.join(repoRoot, 'sample-corpus'), path.join(stateDir, 'sample-corpus'));

const requested = opt('port') ?? process.env.CORPUS_REVIEW_PORT;
const port = requested ? +requested : await portFrom(8123);
const server = await startCodeServer(runtime, { stateDir, port });
process.on('exit', () => server.kill());

const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
const payload = [['extensionDevelopmentPath', remote(repoRoot)]];
const url = `${server.base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  say('stopping code-server (whole process group)');
  await server.stop();
  fs.rmSync(stateDir, { recursive: true, force: true });
  stateDir = undefined;
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));

say(`VS Code ${runtime.vscodeVersion} (code-server ${runtime.codeServerVersion}) is running, ready after ${secs()} s`);
say(`folder: ${folder}`);
say(`server log: ${server.log}`);
console.log(`\nOpen this URL in a browser on this machine (from elsewhere: ssh -L ${port}:127.0.0.1:${port} <this host>):\n\n  ${url}\n`);

if (args.includes('--check')) {
  // Smoke check: load the URL headlessly and prove the extension's activity-bar container is there.
  const shot = path.join(opt('out') ?? stateDir, 'start-check.png');
  const driver = spawn(process.execPath, [
    path.join(repoRoot, 'scripts/drive.cjs'), 'shot', '--base', server.base, '--folder', folder, '--ext', repoRoot,
    '--out', shot, '--actions', 'activitybar',
  ], { stdio: 'inherit', env: { ...process.env, CORPUS_REVIEW_VSCODE_CACHE: runtime.cache } });
  const code = await new Promise((resolve) => driver.on('close', (c) => resolve(c ?? 1)));
  say(code === 0 ? `check passed after ${secs()} s: the Corpus Review container is in the activity bar` : `check FAILED (driver exit ${code})`);
  await stop(code === 0 ? 0 : 1);
} else {
  say('press Ctrl-C to stop');
}
