/**
 * Opens corpus articles as `news-article` without claiming every `.txt` on the machine: the
 * manifest gives the language no file extensions, and this module switches a plain-text document
 * only when it matches `corpusReview.articleGlob` inside a corpus folder
 * (`corpusReview.corpusFolders`, relative to each workspace folder; empty = the workspace folders).
 *
 * "Is this an article of the corpus" is the corpus index's question (`isArticle`), so the tree,
 * the badges and the language agree on what an article is.
 *
 * A document is switched automatically at most once per session: if the reviewer then turns it
 * back to Plain Text, it stays so (setTextDocumentLanguage re-opens the document, and without this
 * memory every re-open would flip it back).
 */
import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID } from './commandIds';

export interface LanguageAssociationResult {
  readonly uri: string;
  readonly languageId: string;
}

export interface LanguageAssociationDeps {
  /** Whether a file is an article of the workspace's corpora (glob inside corpus folders, not a sidecar). */
  readonly isArticle: (uri: vscode.Uri) => boolean;
}

export function registerLanguageAssociation(context: vscode.ExtensionContext, deps: LanguageAssociationDeps): void {
  const switchedOnce = new Set<string>();
  const associate = async (document: vscode.TextDocument): Promise<void> => {
    if (document.languageId !== 'plaintext') return;
    if (!vscode.workspace.getConfiguration('corpusReview').get<boolean>('autoDetectLanguage', true)) return;
    const key = document.uri.toString();
    if (document.uri.scheme === 'untitled' || switchedOnce.has(key) || !deps.isArticle(document.uri)) return;
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
    vscode.workspace.onDidChangeConfiguration((e) => {
      const keys = ['autoDetectLanguage', 'corpusFolders', 'articleGlob'];
      if (keys.some((k) => e.affectsConfiguration(`corpusReview.${k}`))) vscode.workspace.textDocuments.forEach((d) => void associate(d));
    }),
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
