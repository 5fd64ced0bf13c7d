/**
 * What every hover over an article does before it looks for its own kind of span: stop when
 * cancelled, take the engine's analysis of this document version (shared, cached), and turn the
 * pointer into an article offset. Each hover kind then only says what it finds at that point.
 */
import * as vscode from 'vscode';
import type { Article, ArticleAnalysis } from '../../core';
import type { DocumentAnalysisCache } from './documentAnalysis';
import { offsetAt } from './ranges';

export interface HoverPoint {
  readonly article: Article;
  readonly analysis: ArticleAnalysis;
  /** UTF-16 offset of the pointer in the article text. */
  readonly offset: number;
  /** 0-based line of the pointer. */
  readonly line: number;
}

export abstract class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(protected readonly analyses: DocumentAnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    const { article, analysis } = this.analyses.get(document);
    return this.hoverAt({ article, analysis, offset: offsetAt(article, position), line: position.line });
  }

  protected abstract hoverAt(point: HoverPoint): vscode.Hover | undefined;
}
