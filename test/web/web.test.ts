/**
 * Corpus Review in VS Code for the web: the extension's browser build runs in the web worker
 * extension host, indexes the corpus, fills the tree and answers hovers. Bundled by
 * scripts/run-vscode-tests.mjs --web (no Node modules here: the worker has none).
 */
import * as vscode from 'vscode';

const EXTENSION_ID = 'corpus-review.corpus-review';

interface WebApi {
  extractorVersion: string;
  whenIndexed(): Promise<void>;
  articles(): readonly { id: string }[];
  getTreeChildren(node?: unknown): readonly { label?: string; description?: string }[];
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls until `probe` is truthy (the tree regroups a moment after indexing ends); throws `message` after timeoutMs. */
async function eventually<T>(probe: () => T, message: string, timeoutMs = 10000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(message);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function api(): Promise<WebApi> {
  const ext = vscode.extensions.getExtension<WebApi>(EXTENSION_ID);
  check(ext, `${EXTENSION_ID} is not installed in the web extension host`);
  return ext.activate();
}

suite('web: Corpus Review in the web worker extension host', () => {
  test('runs without Node: the browser build activated and returned its API', async () => {
    const g = globalThis as { process?: { versions?: { node?: string } }; navigator?: unknown };
    check(g.process?.versions?.node === undefined, 'no Node runtime in the web worker');
    check(g.navigator !== undefined, 'a browser worker global');
    const { extractorVersion } = await api();
    check(typeof extractorVersion === 'string' && extractorVersion.length > 0, 'extractorVersion is a string');
  });

  test('indexes the workspace articles and fills the tree', async () => {
    const corpus = await api();
    await corpus.whenIndexed();
    const files = await vscode.workspace.findFiles('**/*.txt');
    check(files.length > 0, 'the fixture workspace has articles');
    check(corpus.articles().length === files.length, `indexed ${corpus.articles().length} of ${files.length} articles`);
    // The tree regroups after a short debounce once indexing ends, as it does for the Node host's tree tests.
    await eventually(() => corpus.getTreeChildren().length > 0, 'the tree has root items');
  });

  test('answers a hover over a quote with its speaker', async () => {
    await api();
    const [uri] = await vscode.workspace.findFiles('**/01-pasar-rakyat-tanjung-sari.txt');
    check(uri, 'fixture article 01 exists');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('"Pasar ini milik bersama');
    check(at >= 0, 'fixture quote found');
    let text = '';
    // The language association switches the document to news-article asynchronously after it opens.
    for (let i = 0; i < 50 && !/Hendra/.test(text); i++) {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(at + 5))) ?? [];
      text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      if (!/Hendra/.test(text)) await new Promise((r) => setTimeout(r, 100));
    }
    check(/Hendra/.test(text), `the quote hover names the speaker; got: ${text.slice(0, 200)}`);
  });
});
