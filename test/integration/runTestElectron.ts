/**
 * The standard @vscode/test-electron runner, for machines that can download the desktop VS Code
 * (it fetches a build from update.code.visualstudio.com into .vscode-test/ on first use). It runs the
 * same suite (out/test/integration/index.js) as scripts/run-vscode-tests.mjs, which needs no
 * download and is what `npm test` and CI use.
 *
 *   npm run test:integration:electron                 latest stable VS Code
 *   CORPUS_REVIEW_VSCODE_VERSION=1.138.0 npm run test:integration:electron
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '../../..');
  // The tests write sidecars, so they get a fresh copy of the fixture workspace.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-electron-'));
  fs.cpSync(path.join(repoRoot, 'test/integration/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.CORPUS_REVIEW_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      // --disable-extensions leaves only the extension under development running.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('integration tests failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
