// Shared by run-vscode-tests.mjs, start-vscode.mjs and screenshots.mjs: installs the runtime (through
// vscode-runtime.sh), starts code-server (= a real VS Code server) on 127.0.0.1 in its own process
// group, and stops that whole group. See ../shared/vscode/README.md for why each flag is there.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');

/** Runs the idempotent install; returns the paths of the runtime cache. */
export function ensureRuntime() {
  const result = spawnSync('bash', [path.join(repoRoot, 'scripts/vscode-runtime.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`scripts/vscode-runtime.sh failed (exit ${result.status})`);
  const cache = result.stdout.trim().split('\n').pop();
  const codeServer = path.join(cache, 'cs/node_modules/code-server');
  const vscodeVersion = JSON.parse(fs.readFileSync(path.join(codeServer, 'lib/vscode/package.json'), 'utf8')).version;
  const codeServerVersion = JSON.parse(fs.readFileSync(path.join(codeServer, 'package.json'), 'utf8')).version;
  return { cache, codeServer, node: path.join(cache, 'bin/node'), vscodeVersion, codeServerVersion };
}

/** A port the kernel just handed out on 127.0.0.1 (free at the time of asking). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Settings that keep the workbench quiet and its screenshots stable. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 100,
};

/**
 * Starts code-server on 127.0.0.1:port with a fresh user-data-dir under `stateDir`, and waits until
 * /healthz answers. Returns { port, base, pid, log, stop() }.
 */
export async function startCodeServer(runtime, { stateDir, port, settings = QUIET_SETTINGS }) {
  const dataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));
  const config = path.join(stateDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = path.join(stateDir, 'code-server.log');
  const logFd = fs.openSync(log, 'a');

  const env = {
    ...process.env,
    PATH: `${path.join(runtime.cache, 'bin')}:${process.env.PATH}`,
    // code-server otherwise writes ~/.config/code-server/config.yaml and ~/.local/share/code-server.
    XDG_CONFIG_HOME: path.join(runtime.cache, 'xdg/config'),
    XDG_DATA_HOME: path.join(runtime.cache, 'xdg/data'),
    // No marketplace: there is no network, and failing gallery look-ups only add noise.
    EXTENSIONS_GALLERY: '{}',
  };
  const args = [
    path.join(runtime.codeServer, 'out/node/entry.js'),
    '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    // A built 1.139 workbench ignores the `payload` URL parameter (extension development + tests)
    // unless the smoke-test driver is on.
    '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', dataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ];
  // detached: Node calls setsid() in the child, so the server leads its own process group (its
  // extension hosts and file watcher included) and stop() can end the whole group at once. A plain
  // kill of the server pid leaves the file watcher running.
  const child = spawn(runtime.node, args, { env, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  let exitedWith = null;
  child.on('exit', (code, signal) => (exitedWith = signal ?? code));

  const stop = async () => {
    if (exitedWith !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 40 && exitedWith === null; i++) await sleep(125);
    try {
      process.kill(-child.pid, 'SIGKILL'); // whatever of the group is left
    } catch {
      // already gone
    }
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (exitedWith !== null) {
      throw new Error(`code-server exited (${exitedWith}) before it was ready:\n${tail(log, 30)}`);
    }
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${base}/healthz within 60 s:\n${tail(log, 30)}`);
    }
    await sleep(200);
  }
  /** Synchronous SIGKILL of the whole group, for process 'exit' handlers. */
  const kill = () => {
    try {
      if (exitedWith === null) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { port, base, pid: child.pid, log, stop, kill };
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Copies a folder tree (the fixture or sample workspace) to a fresh place the tests may write to. */
export function copyTree(from, to) {
  fs.cpSync(from, to, { recursive: true });
  return to;
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Builds dist/ and out/ when a script is run on its own (npm test has already built both). */
export function ensureBuilt({ tests }) {
  const missing = [
    !fs.existsSync(path.join(repoRoot, 'dist/extension.js')) && 'build',
    tests && !fs.existsSync(path.join(repoRoot, 'out/test/integration/index.js')) && 'compile-tests',
  ].filter(Boolean);
  for (const script of missing) {
    console.log(`[corpus-review] npm run ${script}`);
    const r = spawnSync('npm', ['run', '-s', script], { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0 && script === 'build') throw new Error(`npm run ${script} failed`);
    // compile-tests emits even with type errors in files other engineers are editing; go on if it did.
    if (script === 'compile-tests' && !fs.existsSync(path.join(repoRoot, 'out/test/integration/index.js'))) {
      throw new Error('npm run compile-tests did not produce out/test/integration/index.js');
    }
  }
}

/**
 * Runs one probe module (an extensionTestsPath that measures and prints) in a real VS Code on
 * `workspace`, then stops the server and removes `stateDir`. Returns the driver's exit code.
 * The benchmarks that need the extension host (bench/tree-index.mjs, bench/extract-corpus.mjs) share it.
 */
export async function runProbeInVsCode({ stateDir, workspace, probe, timeoutS }) {
  const runtime = ensureRuntime();
  const server = await startCodeServer(runtime, { stateDir, port: await freePort() });
  const driver = spawn(
    process.execPath,
    [path.join(repoRoot, 'scripts/drive.cjs'), 'test', '--base', server.base, '--folder', workspace, '--ext', repoRoot, '--tests', probe, '--timeout', String(timeoutS)],
    { env: { ...process.env, CORPUS_REVIEW_VSCODE_CACHE: runtime.cache }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const code = await new Promise((resolve) => driver.on('close', (c) => resolve(c ?? 1)));
  await server.stop();
  fs.rmSync(stateDir, { recursive: true, force: true });
  return code;
}
