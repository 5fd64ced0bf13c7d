/**
 * The cleaned view: the article with its boilerplate removed, as a read-only document beside it
 * (a TextDocumentContentProvider on the `corpus-review-clean:` scheme; such documents cannot be
 * edited or saved). The text is the same as the export's and the CLI's `--clean` output, because
 * all three call the core's cleaning function. It follows edits to the article as they are typed.
 */
import * as vscode from 'vscode';
import { analyzeText, type AnalyzeOptions, type Article, type ArticleAnalysis } from '../core';
import { Commands, LANGUAGE_ID } from './commandIds';
import type { DocumentAnalysisCache } from './hovers/documentAnalysis';
import { baseName, isSidecarUri, articleUriForSidecar } from './sidecarPaths';
import { asUri, readTextFile } from './workspaceFiles';

export const CLEANED_SCHEME = 'corpus-review-clean';

export interface CleanedViewDeps {
  readonly analyses: DocumentAnalysisCache;
  readonly analyzeOptions: () => AnalyzeOptions;
  /** The core's cleaning function (src/core/output/clean.ts), the same the export and the CLI use. */
  readonly clean: (article: Article, analysis: ArticleAnalysis) => string;
}

/** `corpus-review-clean:/folder/name.txt?<article uri>`: the path gives the tab a readable title, the query the source. */
export function cleanedUriFor(article: vscode.Uri): vscode.Uri {
  const name = baseName(article).replace(/(\.[^.]*)?$/, ' (cleaned)$1');
  return vscode.Uri.from({ scheme: CLEANED_SCHEME, path: `/${name}`, query: article.toString() });
}

export function articleUriForCleaned(cleaned: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(cleaned.query, true);
}

/** The article a document stands for: itself, the article of a sidecar, or the source of a cleaned view. */
export function articleBehind(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme === CLEANED_SCHEME) return articleUriForCleaned(uri);
  return isSidecarUri(uri) ? articleUriForSidecar(uri, null) : uri;
}

class CleanedContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: CleanedViewDeps) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const source = articleUriForCleaned(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
    if (open) {
      const { article, analysis } = this.deps.analyses.get(open);
      return this.deps.clean(article, analysis);
    }
    const text = await readTextFile(source);
    if (token.isCancellationRequested) return '';
    if (text === null) return `(${baseName(source)} no longer exists)`;
    const { article, analysis } = analyzeText(text, this.deps.analyzeOptions());
    return this.deps.clean(article, analysis);
  }

  refresh(article: vscode.Uri): void {
    this.changed.fire(cleanedUriFor(article));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export interface CleanedViewResult {
  readonly uri: string;
  readonly text: string;
}

export function registerCleanedView(context: vscode.ExtensionContext, deps: CleanedViewDeps): void {
  const provider = new CleanedContentProvider(deps);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(CLEANED_SCHEME, provider),
    vscode.workspace.onDidChangeTextDocument((e) => {
      const key = e.document.uri.toString();
      const isShown = vscode.workspace.textDocuments.some((d) => d.uri.scheme === CLEANED_SCHEME && d.uri.query === key);
      if (!isShown) return;
      clearTimeout(timers.get(key));
      timers.set(key, setTimeout(() => {
        timers.delete(key);
        provider.refresh(e.document.uri);
      }, 300));
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.commands.registerCommand(Commands.showCleaned, async (arg?: unknown): Promise<CleanedViewResult | undefined> => {
      const from = asUri(arg) ?? vscode.window.activeTextEditor?.document.uri;
      if (!from || from.scheme === CLEANED_SCHEME) {
        if (!from) void vscode.window.showInformationMessage('Open an article first: there is nothing to clean.');
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument(cleanedUriFor(articleBehind(from)));
      const shown = document.languageId === LANGUAGE_ID ? document : await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
      await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      return { uri: shown.uri.toString(), text: shown.getText() };
    }),
  );
}
