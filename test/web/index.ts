/**
 * The web suite's entry point, run in VS Code's **web worker** extension host (no Node: no fs, no
 * require of Node modules). scripts/run-vscode-tests.mjs --web bundles this file with esbuild
 * (platform browser, `vscode` external) to out/test/web/index.js and the workbench loads the
 * extension's `browser` build (dist/web/extension.js) because the driver asks for
 * extensionDevelopmentKind=web.
 *
 * Output: the web worker has no VSCODE_TEST_OUTPUT (no process.env), so mocha's report is written to
 * `.web-test-output.log` in the workspace folder through vscode.workspace.fs; the driver tails that
 * file on disk. The run ends with the plain line `N passed, N failed`, like the Node suite.
 */
import 'mocha/mocha.js'; // the browser build: sets the globals `mocha` and `Mocha`
import * as vscode from 'vscode';

const lines: string[] = [];
let flushing: Promise<void> = Promise.resolve();

/** Appends a line to the report file (rewritten whole: workspace.fs has no append). */
function write(line: string): void {
  lines.push(line);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const target = vscode.Uri.joinPath(folder.uri, '.web-test-output.log');
  const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
  flushing = flushing.then(() => vscode.workspace.fs.writeFile(target, bytes)).then(undefined, () => undefined);
}

export async function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000 });
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => write(format(args));
  write(`VS Code ${vscode.version} (${vscode.env.appHost}, ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}), web worker extension host`);
  // Loaded after setup so that `suite` and `test` exist when the test module runs.
  await import('./web.test');
  return new Promise((resolve, reject) => {
    // Mocha.prototype.run, not the browser build's mocha.run: that one reads `location.search`, and the
    // extension host's worker has no `location`.
    const runner = Mocha.prototype.run.call(mocha, (failures) => {
      const s = runner.stats;
      write(`${s?.passes ?? 0} passed, ${s?.failures ?? failures} failed${s?.pending ? `, ${s.pending} skipped` : ''}`);
      void flushing.then(() => (failures > 0 ? reject(new Error(`${failures} web tests failed`)) : resolve()));
    });
  });
}

/** console.log-style formatting of mocha's reporter calls, which pass printf patterns (%s, %d). */
function format(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  let used = 0;
  const text = first.replace(/%[sdj%]/g, (m) => (m === '%%' ? '%' : String(rest[used++] ?? '')));
  return [text, ...rest.slice(used).map(String)].join(' ');
}
