/**
 * The engine's one entry point: text in, ArticleAnalysis out. Pure and synchronous; the CLI and
 * the extension call nothing else to analyse an article.
 */
import { parseArticle, type Article } from './article/article';
import { getLanguage, type LanguageData } from './lang/language';
import type { ArticleAnalysis } from './model';
import { analyzeStructure } from './structure/structure';
import { readDates } from './dates/dates';
import { findQuotesAndPeople } from './quotes/quotes';
import type { CorpusSignals } from './boilerplate/corpusBoilerplate';

/** Bumped whenever the engine's output for the same text can change (recorded in sidecars). */
export const EXTRACTOR_VERSION = '0.1.0';

export interface AnalyzeOptions {
  /** Language code of the data to use (default "id"), or the data itself. */
  readonly language?: string | LanguageData;
  /** Corpus-level signals (lines shared across articles), when the article is read as part of a corpus. */
  readonly corpus?: CorpusSignals;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): { article: Article; analysis: ArticleAnalysis } {
  const article = parseArticle(text);
  return { article, analysis: analyzeArticle(article, options) };
}

export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): ArticleAnalysis {
  const lang = typeof options.language === 'object' ? options.language : getLanguage(options.language);
  const structure = analyzeStructure(article, lang, { corpus: options.corpus });
  const dates = readDates(article, lang, structure);
  const { quotes, people } = findQuotesAndPeople(article, lang, structure);
  return {
    language: lang.code,
    lineCount: article.lines.length,
    lineRoles: structure.lineRoles,
    title: structure.title,
    boilerplate: structure.boilerplate,
    quotes,
    people,
    date: dates.date,
    dates: dates.dates,
    relativeStamps: dates.relativeStamps,
    dateline: structure.dateline,
    outlet: structure.outlet,
    authors: structure.authors,
    signoffs: structure.signoffs,
  };
}
