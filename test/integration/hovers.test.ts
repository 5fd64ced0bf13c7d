/**
 * Hover previews through `vscode.executeHoverProvider`, as a reviewer would see them: over a quote,
 * a boilerplate line, a date and a person's name in a fixture article, and over an entry of a
 * sidecar (with the link that opens the article at that span). Each kind can be switched off.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceUri } from './workspaceFiles';

const EXTENSION_ID = 'corpus-review.corpus-review';

async function openArticle(name: string): Promise<vscode.TextDocument> {
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  let doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  await vscode.window.showTextDocument(doc);
  // The language association switches corpus articles asynchronously after they open.
  for (let i = 0; i < 50 && doc.languageId !== 'news-article'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString()) ?? doc;
  }
  assert.equal(doc.languageId, 'news-article', `${name} opens as news-article`);
  return doc;
}

/** The position of the `nth` character of `needle` in the document (0-based occurrence). */
function positionOf(doc: vscode.TextDocument, needle: string, charInto = 1): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `fixture contains ${JSON.stringify(needle)}`);
  return doc.positionAt(at + charInto);
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))
    .join('\n---\n');
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('corpusReview').update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite('hovers: previews in an article and in a sidecar', () => {
  const article = '01-pasar-rakyat-tanjung-sari.txt';

  test('over a quote: who said it, the cue, how the speaker was resolved', async () => {
    const doc = await openArticle(article);
    const text = await hoverText(doc.uri, positionOf(doc, '"Pasar ini milik bersama', 5));
    assert.match(text, /\*\*Quote\*\*/);
    assert.match(text, /Hendra/, 'the speaker is named');
    assert.match(text, /tegas/, 'the cue verb is shown');
    assert.match(text, /Speaker resolved: /);
  });

  test('over a boilerplate line: its kind and the rule or reason', async () => {
    const doc = await openArticle(article);
    const text = await hoverText(doc.uri, positionOf(doc, 'Baca Juga : Jembatan', 3));
    assert.match(text, /\*\*Boilerplate\*\*/);
    assert.match(text, /related/);
    assert.match(text, /Rule: `[^`]+`|Seen in \d+/);
  });

  test('over a date: the ISO value and the rule that read it', async () => {
    const doc = await openArticle(article);
    const text = await hoverText(doc.uri, positionOf(doc, 'Senin (14/10/2024)', 8));
    assert.match(text, /\*\*Date\*\*/);
    assert.match(text, /2024-10-14/);
    assert.match(text, /by rule `[^`]+`/);
  });

  test("over a person's name: role, other forms of the name, mentions", async () => {
    const doc = await openArticle(article);
    const text = await hoverText(doc.uri, positionOf(doc, 'Sri Wahyuni', 2));
    assert.match(text, /\*\*Person\*\* · Sri Wahyuni/);
    assert.match(text, /Role: \S/);
    // Her one quote ("…lantai dua," ujarnya) is resolved to her through the -nya cue.
    assert.match(text, /Mentions: \d+ · Quotes attributed: 1/);
  });

  test('a switched-off hover kind shows nothing; switching it on brings it back', async () => {
    const doc = await openArticle(article);
    const at = positionOf(doc, '"Pasar ini milik bersama', 5);
    try {
      await setSetting('hover.quotes', false);
      assert.doesNotMatch(await hoverText(doc.uri, at), /\*\*Quote\*\*/);
    } finally {
      await setSetting('hover.quotes', undefined);
    }
    assert.match(await hoverText(doc.uri, at), /\*\*Quote\*\*/);
  });

  test('over a sidecar entry: the source text, and a link that opens the article at that span', async () => {
    const name = '10-nelayan-pulau-sembilan';
    const doc = await openArticle(`${name}.txt`);
    const quote = '"Kalau datang jam sembilan, sudah habis. Padahal kami harus berangkat sore,"';
    const line = doc.positionAt(doc.getText().indexOf(quote)).line;
    const sidecarUri = workspaceUri(`${name}.hover-test.meta.yaml`);
    // A hand-written sidecar in the v1 layout; a person may write one like this.
    const yaml = [
      'schema: corpus-review/v1',
      'source:',
      `  file: ${name}.txt`,
      // Not the article's hash: the sidecar is stale, and the hover must say so.
      `  sha256: ${'ab'.repeat(32)}`,
      'quotes:',
      `  - text: ${JSON.stringify(quote.slice(1, -2))}`,
      '    speaker: Usman',
      `    start: {line: ${line + 1}, column: 1}`,
      `    end: {line: ${line + 1}, column: ${quote.length}}`,
      'boilerplate:',
      '  - kind: share',
      `    lines: [${line + 1}, ${line + 1}]`,
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(yaml));
    try {
      const sidecar = await vscode.workspace.openTextDocument(sidecarUri);
      const text = await hoverText(sidecar.uri, sidecar.positionAt(yaml.indexOf('speaker: Usman') + 3));
      assert.match(text, /\*\*Source\*\* · quotes · \*Usman\*/);
      assert.ok(text.includes('Kalau datang jam sembilan, sudah habis'), 'the quoted source text is shown');
      assert.match(text, /\*\*Stale\*\*: the article changed/);
      const link = /\(command:corpusReview\.openArticleAt\?([^ )]+)/.exec(text);
      assert.ok(link?.[1], 'a link opens the article at the span');
      const args = JSON.parse(decodeURIComponent(link[1])) as [string, { start: { line: number; character: number }; end: { line: number; character: number } }];
      assert.equal(vscode.Uri.parse(args[0]).path, doc.uri.path);
      assert.deepEqual(args[1].start, { line, character: 0 });
      await vscode.commands.executeCommand('corpusReview.openArticleAt', ...args);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.path, doc.uri.path);
      assert.equal(editor?.document.getText(editor.selection), quote);
    } finally {
      await vscode.workspace.fs.delete(sidecarUri);
    }
  });
});
