/**
 * The cleaned article, the thing a corpus builder ultimately wants: the headline, then the body
 * paragraphs without boilerplate lines, sign-offs cut from the lines they close, and sentences
 * that a scraper broke over several lines ("… tumbang di" / "Jalan Ciater Raya" / ", Serpong")
 * joined again. With its metadata it becomes one JSONL record of `corpus-review export --clean`.
 */
import type { Article } from '../article/article';
import type { ArticleAnalysis } from '../model';
import { LANGUAGES } from '../lang/language';

export interface CleanOptions {
  /** Drop the dateline ("CIPUTAT - ") from the lead (default: keep it, it is part of the lead as written). */
  readonly dropDateline?: boolean;
}

/** A paragraph broken before this many words without a full stop is a subheading, not a broken sentence. */
const MIN_WORDS_TO_JOIN_ACROSS_BLANK = 12;
const SENTENCE_END = /[.!?…:]["”’')\]]*$|["”]$/u;
const CONTINUES = /^[\p{Ll},.;:)\]%]/u;
const GLUES_LEFT = /^[,.;:)\]%]/u;
/** Lines of at most this many words without sentence punctuation are fragments of a broken sentence. */
const FRAGMENT_MAX_WORDS = 4;

export function cleanText(article: Article, analysis: ArticleAnalysis, options: CleanOptions = {}): string {
  const cutAt = new Map<number, number>(); // line → offset where its text ends (at a sign-off closing it)
  for (const s of analysis.signoffs) {
    const line = lineOf(article, s.span.start);
    if (line !== null && analysis.lineRoles[line] === 'body') cutAt.set(line, s.span.start);
  }
  const dropped = options.dropDateline && analysis.dateline ? analysis.dateline.span : null;
  const continuationWords = continuationWordsOf(analysis.language);

  const paragraphs: string[] = [];
  let current = '';
  let previousText = '';
  let previousLine = -2;
  for (const line of article.lines) {
    if (analysis.lineRoles[line.index] !== 'body') continue;
    // A dateline may run over several fragment lines ("TANGERANG SELATAN" / ", KOMPAS.com -").
    const from = dropped && dropped.start <= line.end && dropped.end > line.start ? Math.max(line.start, Math.min(dropped.end, line.end)) : line.start;
    const to = cutAt.get(line.index) ?? line.end;
    const text = article.text.slice(from, Math.max(from, to)).replace(/\s+/gu, ' ').trim();
    if (!text) continue;
    const adjacent = line.index === previousLine + 1;
    const acrossBlank = !adjacent && onlyBlankBetween(analysis, previousLine, line.index);
    if (current && joins(previousText, current, text, adjacent, acrossBlank, continuationWords)) current = GLUES_LEFT.test(text) ? current + text : `${current} ${text}`;
    else {
      if (current) paragraphs.push(current);
      current = text;
    }
    previousText = text;
    previousLine = line.index;
  }
  if (current) paragraphs.push(current);
  const title = analysis.title?.text.trim();
  return [...(title ? [title] : []), ...paragraphs].join('\n\n');
}

function continuationWordsOf(code: string): ReadonlySet<string> {
  const lang = LANGUAGES[code];
  return new Set((lang?.boilerplate.structure?.continuationWords ?? []).map((w) => w.toLowerCase()));
}

/**
 * Whether `next` continues the sentence left open. Adjacent lines join as the line model's
 * fragments do (src/core/structure/blocks.ts): the next starts in lower case or with punctuation,
 * or the previous line ends in a word that cannot end a sentence, or is a short fragment. Across
 * a blank line only a long open sentence continues (a short line is a subheading).
 */
function joins(previous: string, paragraph: string, next: string, adjacent: boolean, acrossBlank: boolean, continuationWords: ReadonlySet<string>): boolean {
  if (SENTENCE_END.test(previous)) return false;
  if (CONTINUES.test(next)) return adjacent || acrossBlank;
  if (adjacent) {
    const words = previous.split(' ');
    const last = (words[words.length - 1] ?? '').toLowerCase();
    const nextIsFragment = next.split(' ').length <= FRAGMENT_MAX_WORDS && !SENTENCE_END.test(next);
    return /[,(:\-–—]$/u.test(previous) || continuationWords.has(last) || words.length <= FRAGMENT_MAX_WORDS || nextIsFragment;
  }
  return acrossBlank && !/^["“”„«]/u.test(next) && paragraph.split(' ').length >= MIN_WORDS_TO_JOIN_ACROSS_BLANK;
}

function onlyBlankBetween(analysis: ArticleAnalysis, a: number, b: number): boolean {
  if (a < 0) return false;
  for (let i = a + 1; i < b; i++) if (analysis.lineRoles[i] !== 'blank') return false;
  return true;
}

function lineOf(article: Article, offset: number): number | null {
  const line = article.lines.find((l) => offset >= l.start && offset <= l.end);
  return line ? line.index : null;
}

/** One JSONL record of the cleaned corpus: the cleaned text with the metadata a corpus keeps. */
export function toCleanRecord(file: string, article: Article, analysis: ArticleAnalysis, options: CleanOptions = {}): Record<string, unknown> {
  return {
    file,
    language: analysis.language,
    title: analysis.title?.text ?? null,
    date: analysis.date?.iso ?? null,
    time: analysis.date?.time ?? null,
    zone: analysis.date?.zone ?? null,
    dateline: analysis.dateline ? { place: analysis.dateline.place, outlet: analysis.dateline.outlet, raw: analysis.dateline.raw } : null,
    outlet: analysis.outlet,
    authors: analysis.authors,
    text: cleanText(article, analysis, options),
    quotes: analysis.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
    people: analysis.people.map((p) => ({ name: p.name, aliases: p.aliases, role: p.role })),
    removedLines: analysis.boilerplate.length,
  };
}
