/**
 * The engine's analysis of the few articles a reviewer is looking at (hovers, tooltips, the
 * overlay), kept per article while its text is unchanged; the least recently used goes first.
 */
import type * as vscode from 'vscode';
import { analyzeText, type AnalyzeOptions, type Article, type ArticleAnalysis } from '../core';
import { LruMap } from './lruMap';
import { readArticleText } from './sidecarPaths';

export interface AnalysedArticle {
  readonly text: string;
  readonly article: Article;
  readonly analysis: ArticleAnalysis;
}

export class AnalysisCache {
  private readonly analyses: LruMap<string, AnalysedArticle>;

  constructor(
    private readonly analyzeOptions: () => AnalyzeOptions,
    capacity = 32,
  ) {
    this.analyses = new LruMap(capacity);
  }

  /** The analysis of the article's current text (an open editor's unsaved text wins over the file); undefined when it cannot be read. */
  async analysisFor(uri: vscode.Uri): Promise<AnalysedArticle | undefined> {
    const read = await readArticleText(uri);
    if (!read.ok) return undefined;
    const key = uri.toString();
    const hit = this.analyses.get(key);
    if (hit && hit.text === read.text) return hit;
    const { article, analysis } = analyzeText(read.text, this.analyzeOptions());
    const result = { text: read.text, article, analysis };
    this.analyses.set(key, result);
    return result;
  }

  clear(): void {
    this.analyses.clear();
  }
}
