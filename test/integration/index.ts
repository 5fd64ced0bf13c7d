/**
 * The integration suite's entry point: the extension host `require`s this module (it is the
 * `extensionTestsPath`) and calls `run()`, then exits with 0 when the promise resolves and 1 when it
 * rejects. It runs every `*.test.js` compiled next to it with mocha (tdd ui) inside the REAL
 * extension host, so the tests reach the extension only through `vscode` and its public surfaces.
 *
 * Output: in code-server's web workbench the host's console goes to the browser console, not to our
 * terminal, so the driver (scripts/drive.cjs) passes a file path in VSCODE_TEST_OUTPUT and tails
 * it. Mocha's reporters print through `Mocha.reporters.Base.consoleLog`, which we point at that file.
 * (Replacing `console.log` itself has no effect in the extension host.) Under @vscode/test-electron
 * the variable is unset and everything goes to the console as usual.
 *
 * Environment (forwarded by the runners): CORPUS_REVIEW_TEST_GREP narrows the run to tests whose
 * full title matches that regular expression.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Every compiled test module under this folder (sub-folders included), in a stable order. */
function testFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .map((f) => path.join(dir, f))
    .sort();
}

export function run(): Promise<void> {
  const outFile = process.env.VSCODE_TEST_OUTPUT;
  const consoleLog = Mocha.reporters.Base.consoleLog;
  const write = (...args: unknown[]): void => {
    if (outFile) fs.appendFileSync(outFile, util.format(...args) + '\n');
    else consoleLog(...args);
  };
  Mocha.reporters.Base.consoleLog = write;

  // The one line that proves which VS Code ran the tests; CI logs are read for it.
  write(
    `VS Code ${vscode.version} (${vscode.env.appHost}, ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, ` +
      `remote ${vscode.env.remoteName ?? 'none'}), extension host on Node ${process.version}`,
  );

  const grep = process.env.CORPUS_REVIEW_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 30000, ...(grep ? { grep } : {}) });
  const files = testFiles(__dirname);
  for (const file of files) mocha.addFile(file);
  write(`${files.length} test files: ${files.map((f) => path.relative(__dirname, f)).join(', ')}`);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats;
        const passed = s?.passes ?? 0;
        const failed = s?.failures ?? failures;
        // Plain closing line that scripts/test-all.mjs and CI logs read.
        write(`${passed} passed, ${failed} failed${s?.pending ? `, ${s.pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} integration tests failed`));
        else resolve();
      });
    } catch (err) {
      // A test module that throws while loading: report it, then fail the run.
      write(`could not load the integration tests: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      write('0 passed, 1 failed');
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
