#!/usr/bin/env node
// The integration layer of `npm test`: runs out/test/integration/**/*.test.js INSIDE a real VS Code
// extension host (code-server 4.139.1 = VS Code 1.139.1, Node extension host), offline.
//
//   node scripts/run-vscode-tests.mjs [--build] [--web]
//     1. installs the runtime into the cache outside the repo when missing (scripts/vscode-runtime.sh)
//     2. builds dist/ and out/ when missing (always with --build)
//     3. copies test/integration/fixtures/workspace to a fresh temp folder (tests write sidecars there)
//     4. starts code-server on 127.0.0.1:<free port>, own process group, fresh user-data-dir
//     5. runs scripts/drive.cjs in test mode: the workbench loads this repo as the development
//        extension and the host runs out/test/integration/index.js; mocha's report streams here
//     6. stops the server's whole process group and exits with the test result
//   It ends with the plain line `N passed, N failed`.
//   --web runs test/web/ instead, in the WEB WORKER extension host against the extension's browser
//   build (dist/web/extension.js): the suite is bundled with esbuild to out/test/web-bundle/index.js.
//
// Environment: CORPUS_REVIEW_* variables are forwarded to the extension host (e.g.
// CORPUS_REVIEW_TEST_GREP=hover runs only matching tests); DRIVE_VERBOSE=1 shows the browser console;
// CORPUS_REVIEW_KEEP=1 keeps the temp folder (workspace copy, server log); CORPUS_REVIEW_TEST_TIMEOUT
// (seconds, default 300) bounds the whole run.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { QUIET_SETTINGS, copyTree, ensureBuilt, ensureRuntime, freePort, repoRoot, startCodeServer, tail, tempDir } from './code-server.mjs';

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);

if (process.argv.includes('--build')) {
  for (const script of ['build', 'compile-tests']) {
    const { status } = spawnSync('npm', ['run', '-s', script], { cwd: repoRoot, stdio: 'inherit' });
    // compile-tests emits even with type errors; a failed build would test stale code.
    if (status !== 0 && script === 'build') {
      console.log('npm run build failed\n0 passed, 1 failed');
      process.exit(1);
    }
  }
}
ensureBuilt({ tests: true });
const web = process.argv.includes('--web');
let testsModule = path.join(repoRoot, 'out/test/integration/index.js');
if (web) {
  // The web worker has no Node module loader: the suite (mocha's browser build included) is one bundle.
  const esbuild = await import('esbuild');
  testsModule = path.join(repoRoot, 'out/test/web-bundle/index.js');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test/web/index.ts')], outfile: testsModule, bundle: true,
    platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], logLevel: 'warning',
  });
}
const runtime = ensureRuntime();
console.log(`[integration] code-server ${runtime.codeServerVersion} = VS Code ${runtime.vscodeVersion}, runtime in ${runtime.cache}`);

const stateDir = tempDir('corpus-review-it-');
const workspace = copyTree(path.join(repoRoot, 'test/integration/fixtures/workspace'), path.join(stateDir, 'workspace'));
// web: the payload's extensionDevelopmentKind=web has no effect in 1.139's browser workbench: it is
// stored as `extensionDevelopmentLocationKind`, while the code that places extensions reads
// `extensionDevelopmentKind`. The `remote.extensionKind` setting is read there; with ["web"] the
// placement picks the local web worker host for an extension installed on the remote (["ui"] does
// not: a remote-installed "ui" extension still runs remotely).
const settings = web ? { ...QUIET_SETTINGS, 'remote.extensionKind': { 'corpus-review.corpus-review': ['web'] } } : QUIET_SETTINGS;
const server = await startCodeServer(runtime, { stateDir, port: await freePort(), settings });
console.log(`[integration] server ready at ${server.base} (pid/pgid ${server.pid}) after ${secs()}s`);

let stopping = false;
const shutdown = async (code) => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  if (code === 0 && !process.env.CORPUS_REVIEW_KEEP) fs.rmSync(stateDir, { recursive: true, force: true });
  else console.log(`[integration] kept ${stateDir} (workspace copy, code-server.log)`);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => void shutdown(130).then(() => process.exit(130)));
}
// Last resort when this process dies some other way (e.g. its output pipe closes): kill the group.
process.on('exit', () => server.kill());
process.stdout.on('error', () => {});

const forwarded = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('CORPUS_REVIEW_')));
const driverArgs = [
  path.join(repoRoot, 'scripts/drive.cjs'), 'test',
  '--base', server.base,
  '--folder', workspace,
  '--ext', repoRoot,
  '--tests', testsModule,
  ...(web ? ['--kind', 'web', '--output', path.join(workspace, '.web-test-output.log')] : []),
  '--env', JSON.stringify(forwarded),
  '--timeout', process.env.CORPUS_REVIEW_TEST_TIMEOUT ?? '300',
];
const driver = spawn(process.execPath, driverArgs, {
  env: { ...process.env, CORPUS_REVIEW_VSCODE_CACHE: runtime.cache },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
driver.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
const code = await new Promise((resolve) => driver.on('close', (c) => resolve(c ?? 1)));

if (code !== 0 && code !== 1) console.log(`[integration] code-server log (last lines):\n${tail(server.log, 20)}`);
await shutdown(code);
console.log(`[integration] finished in ${secs()}s, exit ${code}`);

// Repeat mocha's summary as the last line; when no test ran at all, say so and count it as a failure.
const summary = [...output.matchAll(/^(\d+) passed, (\d+) failed(?:, \d+ skipped)?$/gm)].pop();
if (summary) console.log(summary[0]);
else console.log(`no integration test reported a result (driver exit ${code})\n0 passed, 1 failed`);
process.exit(code === 0 && summary && summary[2] === '0' ? 0 : 1);
