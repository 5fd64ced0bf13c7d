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
import type { CompiledUserPattern } from './userRules/userBoilerplatePatterns';
import type { BoilerplateLine, LineRole } from './model';

/** Bumped whenever the engine's output for the same text can change (recorded in sidecars). */
export const EXTRACTOR_VERSION = '0.2.0';

export interface AnalyzeOptions {
  /** Language code of the data to use (default "id"), or the data itself. */
  readonly language?: string | LanguageData;
  /** Corpus-level signals (lines shared across articles), when the article is read as part of a corpus. */
  readonly corpus?: CorpusSignals;
  /** Extra boilerplate rules from the user (compiled with compileUserPatterns: linear-time). */
  readonly userPatterns?: readonly CompiledUserPattern[];
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): { article: Article; analysis: ArticleAnalysis } {
  const article = parseArticle(text);
  return { article, analysis: analyzeArticle(article, options) };
}

export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): ArticleAnalysis {
  const lang = typeof options.language === 'object' ? options.language : getLanguage(options.language);
  const structure = withUserPatterns(article, analyzeStructure(article, lang, { corpus: options.corpus }), options.userPatterns);
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

/** Marks body lines that a user pattern matches as boilerplate (the headline and blank lines stay as they are). */
function withUserPatterns<S extends { lineRoles: readonly LineRole[]; boilerplate: readonly BoilerplateLine[] }>(
  article: Article,
  structure: S,
  patterns: readonly CompiledUserPattern[] | undefined,
): S {
  if (!patterns?.length) return structure;
  const roles = [...structure.lineRoles];
  const added: BoilerplateLine[] = [];
  for (const line of article.lines) {
    if (roles[line.index] !== 'body') continue;
    const text = line.text.trim();
    const hit = patterns.find((p) => p.test(text));
    if (!hit) continue;
    roles[line.index] = 'boilerplate';
    added.push({ line: line.index, kind: hit.kind, rule: `user:${hit.index}`, reason: hit.reason });
  }
  if (!added.length) return structure;
  const boilerplate = [...structure.boilerplate, ...added].sort((a, b) => a.line - b.line);
  return { ...structure, lineRoles: roles, boilerplate };
}
