/**
 * The engine's analysis of an open document, computed once per document version and shared by
 * the hover providers and the overlay. The engine is synchronous and takes milliseconds on an
 * article, so there is no worker here; what matters is not re-running it on every mouse move.
 */
import * as vscode from 'vscode';
import { analyzeText, type AnalyzeOptions, type Article, type ArticleAnalysis } from '../../core';
import { LruMap } from '../lruMap';

export interface AnalysedDocument {
  readonly article: Article;
  readonly analysis: ArticleAnalysis;
}

/** Few documents are open at once; bounding the cache keeps a long session's memory flat. */
const MAX_CACHED_DOCUMENTS = 32;

export class DocumentAnalysisCache implements vscode.Disposable {
  private readonly entries = new LruMap<string, { version: number; result: AnalysedDocument }>(MAX_CACHED_DOCUMENTS);
  private readonly listeners: vscode.Disposable[];

  /** `options` is read on every miss, so a changed language setting or new corpus signals apply at once after `clear()`. */
  constructor(private readonly options: () => AnalyzeOptions) {
    this.listeners = [
      vscode.workspace.onDidCloseTextDocument((doc) => this.entries.delete(doc.uri.toString())),
      // Registered before the hovers' and the overlay's listeners, so they never repaint from a stale entry.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('corpusReview.language') || e.affectsConfiguration('corpusReview.extraBoilerplatePatterns')) this.clear();
      }),
    ];
  }

  get(document: vscode.TextDocument): AnalysedDocument {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === document.version) return hit.result;
    const result = analyzeText(document.getText(), this.options());
    this.entries.set(key, { version: document.version, result });
    return result;
  }

  /** Forgets every analysis: settings or corpus signals changed. */
  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    this.listeners.forEach((l) => l.dispose());
    this.entries.clear();
  }
}

/** The engine's language setting, as AnalyzeOptions wants it. */
export function configuredLanguage(): string {
  return vscode.workspace.getConfiguration('corpusReview').get<string>('language', 'id');
}
