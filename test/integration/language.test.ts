/**
 * The news-article language association: a corpus article opens as `news-article`, a `.txt` outside
 * the configured corpus folders stays plain text, and the command switches the current file.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceUri } from './workspaceFiles';

const EXTENSION_ID = 'corpus-review.corpus-review';

/** The language of the open document at `uri` once it settles (the association is asynchronous). */
async function settledLanguage(uri: vscode.Uri, expected: string, waitMs = 3000): Promise<string> {
  let language = '';
  for (let waited = 0; waited <= waitMs; waited += 100) {
    language = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId ?? '';
    if (language === expected) return language;
    await new Promise((r) => setTimeout(r, 100));
  }
  return language;
}

suite('language: corpus articles open as news-article, other text files do not', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  test('a fixture article opens as news-article', async () => {
    const uri = workspaceUri('06-festival-layang-layang.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(await settledLanguage(uri, 'news-article'), 'news-article');
  });

  test('a .txt outside the corpus folders stays plain text; the command switches it', async () => {
    const config = vscode.workspace.getConfiguration('corpusReview');
    const outside = workspaceUri('notes-outside-corpus.txt');
    // Only a sub-folder is a corpus now, so a file at the top of the workspace is not an article.
    // (Set before the file exists, so the corpus index never counts it as an article either.)
    await config.update('corpusFolders', ['corpus-only-here'], vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('Catatan rapat redaksi, bukan artikel.\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(outside);
      await vscode.window.showTextDocument(doc);
      // Give the association every chance to (wrongly) switch it.
      assert.equal(await settledLanguage(outside, 'news-article', 1500), 'plaintext');
      const result = await vscode.commands.executeCommand<{ languageId: string }>('corpusReview.setNewsArticleLanguage');
      assert.equal(result?.languageId, 'news-article');
      assert.equal(await settledLanguage(outside, 'news-article'), 'news-article');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(outside);
      await config.update('corpusFolders', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
