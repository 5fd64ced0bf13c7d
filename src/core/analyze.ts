/**
 * The engine's one entry point: text in, ArticleAnalysis out. Pure and synchronous; the CLI and
 * the extension call nothing else to analyse an article.
 */
import { parseArticle, type Article, type Line } from './article/article';
import { getLanguage, LANGUAGES, type LanguageData } from './lang/language';
import { readingLanguage } from './lang/articleLanguage';
import type { ArticleAnalysis } from './model';
import { analyzeStructure } from './structure/structure';
import { readDates } from './dates/dates';
import { findQuotesAndPeople } from './quotes/quotes';
import type { CorpusSignals } from './boilerplate/corpusBoilerplate';
import type { CompiledUserPattern } from './userRules/userBoilerplatePatterns';
import type { BoilerplateLine, LineRole } from './model';

/** Bumped whenever the engine's output for the same text can change (recorded in sidecars). */
export const EXTRACTOR_VERSION = '0.3.0';

/** The languages an article may be detected in (one array: the detector's stop-word index is built once for it). */
const KNOWN_LANGUAGES = Object.values(LANGUAGES);

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

export function analyzeArticle(given: Article, options: AnalyzeOptions = {}): ArticleAnalysis {
  const configured = typeof options.language === 'object' ? options.language : getLanguage(options.language);
  const article = readingText(given);
  // An article written in another language than the corpus's is read with both languages' data.
  const lang = readingLanguage(article.lines, configured, KNOWN_LANGUAGES);
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

/**
 * The article as the passes read it: each lone CR (an old Mac line end) as a line feed, and each
 * Unicode space other than the plain one (a no-break space left by an HTML page's &nbsp;, a thin or
 * an ideographic space) as a plain space, and so a zero-width space between words. parseArticle already splits lines on a lone CR, but the
 * passes find paragraphs and sentence starts by \n, and their language data writes dates, cues and
 * names with plain spaces ("Kamis, 5 September 2024"). One character for one: every offset stays
 * the given article's, so spans point into the text as it is.
 */
function readingText(article: Article): Article {
  const text = article.text;
  const entities = text.includes('&') && SPACE_ENTITY.test(text);
  if (!entities && !ODD_BREAK_OR_SPACE.test(text)) return article;
  let read = text.replace(LONE_CR_ALL, '\n').replace(ODD_SPACES_ALL, ' ').replace(ZERO_WIDTH_AT_EDGE_ALL, ' ');
  if (entities) read = read.replace(SPACE_ENTITY_ALL, (m) => (m.startsWith('&amp') ? '&' : '') + ' '.repeat(m.length - (m.startsWith('&amp') ? 1 : 0)));
  const changed = (line: Line): boolean => ODD_SPACE.test(line.text) || (entities && SPACE_ENTITY.test(line.text));
  return { text: read, lines: article.lines.map((line) => (changed(line) ? { ...line, text: read.slice(line.start, line.end) } : line)) };
}

/**
 * A no-break space or an ampersand left as an HTML entity by a dataset's tooling ("Radar Kalteng&nbsp;|", "Dinas
 * Kesehatan &amp; Damkar"): read as the spaces it stands for ("&amp;" as "&" and spaces), so that words, cues and
 * names around it read as on the page. One character for one, as above. Quote-mark entities ("&quot;") are marks
 * of the language data (attribution.json), not spaces.
 */
const SPACE_ENTITY = /&(?:nbsp|#160|amp);/u;
const SPACE_ENTITY_ALL = /&(?:nbsp|#160|amp);/gu;

const ODD_BREAK_OR_SPACE = /\r(?!\n)|[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/u;
const LONE_CR_ALL = /\r(?!\n)/gu;
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/u;
const ODD_SPACES_ALL = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;
/**
 * A zero-width space, word joiner or stray BOM beside white space, punctuation or a line's edge: left
 * between words by a page, read as the space it stands for. Inside a word it stays (a plain space
 * there would split the word).
 */
const ZERO_WIDTH_AT_EDGE_ALL = /[\u200b\u2060\ufeff](?=[\s\p{P}]|$)|(?<=[\s\p{P}]|^)[\u200b\u2060\ufeff]/gmu;
