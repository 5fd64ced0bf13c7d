/**
 * The reading and extraction half of the workspace, registered in one call from activate():
 * hovers, the engine-span overlay, the news-article language association, extraction, opening
 * sidecars and articles at spans, the cleaned view and the export. Each piece is its own module
 * with its own register function; this file only builds their shared pieces (the per-document
 * analysis cache, the sidecar port) and hands each one what it needs.
 */
import * as vscode from 'vscode';
import type { AnalyzeOptions, Article, ArticleAnalysis } from '../core';
import type { CorpusSignals } from '../core/boilerplate/corpusBoilerplate';
import { cleanText } from '../core/output/clean';
import { registerCleanedView } from './cleanedView';
import { registerExportCommand, type ExportRecordInput } from './exportCommand';
import { registerExtractCommands, type ExtractApi } from './extractCommands';
import { DocumentAnalysisCache } from './hovers/documentAnalysis';
import { registerHovers } from './hovers';
import { registerLanguageAssociation } from './languageAssociation';
import { registerOverlay, type OverlayApi } from './overlay';
import { registerSidecarCommands } from './sidecarCommands';
import { coreSidecarPort } from './sidecarPort';

export interface ArticleFeatureDeps {
  /** The options every analysis uses (language, user patterns, corpus signals when known). */
  readonly analyzeOptions: () => AnalyzeOptions;
  /** Every article of the corpus, once listed. */
  readonly listArticles: () => Promise<readonly vscode.Uri[]>;
  /** Whether a file is an article of the corpus. */
  readonly isArticle: (uri: vscode.Uri) => boolean;
  /** How many articles the corpus signals come from, when known (for "seen in N of M articles"). */
  readonly corpusArticleCount?: () => number | undefined;
  readonly revealInTree?: (uri: vscode.Uri) => Promise<void>;
  readonly output: vscode.OutputChannel;
  /** Overrides the cleaned text (default: the core's cleanText, src/core/output/clean.ts). */
  readonly cleanText?: (article: Article, analysis: ArticleAnalysis) => string;
  /** Overrides the export record (default: the core's toCleanRecord, as the CLI's `export --clean`). */
  readonly toExportRecord?: (input: ExportRecordInput) => Record<string, unknown>;
}

export interface ArticleFeaturesApi extends ExtractApi {
  readonly overlay: OverlayApi;
}

export function registerArticleFeatures(context: vscode.ExtensionContext, deps: ArticleFeatureDeps): ArticleFeaturesApi {
  // The corpus signals the last corpus-wide extraction learned: with them, hovers, the overlay, the
  // cleaned view and a later single-article extraction see the same corpus boilerplate the sidecars record.
  let learned: CorpusSignals | undefined;
  const analyzeOptions = (): AnalyzeOptions => {
    const base = deps.analyzeOptions();
    return learned && !base.corpus ? { ...base, corpus: learned } : base;
  };
  const analyses = new DocumentAnalysisCache(analyzeOptions);
  context.subscriptions.push(analyses);
  const onCorpusSignals = (signals: CorpusSignals): void => {
    learned = signals;
    analyses.clear();
    overlay.refresh();
  };
  const corpusArticleCount = (): number | undefined => learned?.articleCount ?? deps.corpusArticleCount?.();

  registerLanguageAssociation(context, { isArticle: deps.isArticle });
  registerHovers(context, { analyses, corpusArticleCount });
  const overlay = registerOverlay(context, { analyses });
  const extract = registerExtractCommands(context, { port: coreSidecarPort(), analyzeOptions, listArticles: deps.listArticles, output: deps.output, onCorpusSignals });
  registerSidecarCommands(context, deps.revealInTree ? { revealInTree: deps.revealInTree } : {});
  registerCleanedView(context, { analyses, analyzeOptions, clean: deps.cleanText ?? cleanText });
  registerExportCommand(context, { listArticles: deps.listArticles, analyzeOptions, output: deps.output, ...(deps.toExportRecord ? { toExportRecord: deps.toExportRecord } : {}) });
  return { ...extract, overlay };
}
