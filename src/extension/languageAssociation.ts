/**
 * Opens corpus articles as `news-article` without claiming every `.txt` on the machine: the
 * manifest gives the language no file extensions, and this module switches a plain-text document
 * only when it matches `corpusReview.articleGlob` inside a corpus folder
 * (`corpusReview.corpusFolders`, relative to each workspace folder; empty = the workspace folders).
 *
 * Matching uses `vscode.languages.match` with a RelativePattern, i.e. VS Code's own glob engine,
 * so the setting means exactly what a `files.associations` glob would, on the desktop and the web.
 *
 * A document is switched automatically at most once per session: if the reviewer then turns it
 * back to Plain Text, it stays so (setTextDocumentLanguage re-opens the document, and without this
 * memory every re-open would flip it back).
 */
import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID } from './commandIds';

export function corpusFolderUris(): vscode.Uri[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const configured = vscode.workspace.getConfiguration('corpusReview').get<string[]>('corpusFolders', []);
  if (!configured.length) return folders.map((f) => f.uri);
  return folders.flatMap((f) => configured.map((rel) => vscode.Uri.joinPath(f.uri, rel.replace(/^\.?\/+/, ''))));
}

/** True when the document is an article of one of the workspace's corpora. */
export function isCorpusArticle(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'untitled') return false;
  const glob = vscode.workspace.getConfiguration('corpusReview').get<string>('articleGlob', '**/*.txt');
  return corpusFolderUris().some((base) => vscode.languages.match({ pattern: new vscode.RelativePattern(base, glob) }, document) > 0);
}

export interface LanguageAssociationResult {
  readonly uri: string;
  readonly languageId: string;
}

export function registerLanguageAssociation(context: vscode.ExtensionContext): void {
  const switchedOnce = new Set<string>();
  const associate = async (document: vscode.TextDocument): Promise<void> => {
    if (document.languageId !== 'plaintext') return;
    if (!vscode.workspace.getConfiguration('corpusReview').get<boolean>('autoDetectLanguage', true)) return;
    const key = document.uri.toString();
    if (switchedOnce.has(key) || !isCorpusArticle(document)) return;
    switchedOnce.add(key);
    try {
      await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    } catch {
      // The document was closed before the switch: nothing to do.
    }
  };
  for (const document of vscode.workspace.textDocuments) void associate(document);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => void associate(document)),
    vscode.commands.registerCommand(Commands.setNewsArticleLanguage, async (uri?: vscode.Uri): Promise<LanguageAssociationResult | undefined> => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Open an article first: there is no file to treat as a news article.');
        return undefined;
      }
      const switched = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
      return { uri: switched.uri.toString(), languageId: switched.languageId };
    }),
  );
}
