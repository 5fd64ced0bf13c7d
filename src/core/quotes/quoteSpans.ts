/**
 * Pairs quotation marks into quote spans. A quote left open at the end of its paragraph runs on
 * into the following body paragraphs (boilerplate lines inside it are stepped over: they are not
 * body lines, so they hold no marks) as long as the next mark found can close it, or re-opens the
 * very next paragraph, and stands within a few paragraphs; otherwise the quote is bounded: at a reporting cue inside its own
 * paragraph (`"… BUMN, ujar …`) or at the paragraph's end, never at the end of the article.
 * One pass over the marks, with no backtracking, so 10,000 stray marks cost 10,000 steps.
 */
import type { Article } from '../article/article';
import type { LineRole } from '../model';
import type { AttributionLexicon } from './quoteData';
import type { QuoteMark } from './quoteMarks';
import { trimmedEndLength } from './quoteChars';
import { isWhiteSpaceUnit } from '../text/charTables';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just past the closing mark (or past the bounded end of an unclosed quote). */
  readonly end: number;
  /** Offset of the closing mark; null when the quote never closed. */
  readonly closeAt: number | null;
  readonly startLine: number;
  readonly endLine: number;
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Where an unclosed quote that opened at `open` ends: after the comma of a `, <verb>` cue in its
 * paragraph, else where the next quote opens on the same line (`limit`), else at the paragraph's end.
 */
function boundedEnd(article: Article, open: QuoteMark, lexicon: AttributionLexicon, limit: number): number {
  const line = article.lines[open.line];
  if (!line) return open.pos + 1;
  const stop = Math.min(limit, line.end);
  const rest = article.text.slice(open.pos + 1, stop);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(rest); m; m = WORD.exec(rest)) {
    let k = m.index - 1;
    while (k >= 0 && isWhiteSpaceUnit(rest.charCodeAt(k))) k--;
    if (rest[k] !== ',') continue;
    if (isReportingVerb(m[0], lexicon)) return open.pos + 1 + k + 1;
  }
  return open.pos + 1 + trimmedEndLength(rest);
}

/** Per language: each word's answer, remembered (the same few thousand words recur in every article). */
const MAX_REMEMBERED = 50_000;

/**
 * A per-language cache of one question about words: computes on a miss, remembers the answer.
 * One cache per question (not a map of questions) keeps a lookup to two probes on the hot path.
 */
export function remembered(compute: (word: string, lexicon: AttributionLexicon) => boolean): (word: string, lexicon: AttributionLexicon) => boolean {
  const byLexicon = new WeakMap<AttributionLexicon, Map<string, boolean>>();
  let lastLexicon: AttributionLexicon | null = null;
  let lastCache: Map<string, boolean> | null = null;
  return (key, lexicon) => {
    let cache = lexicon === lastLexicon ? lastCache : byLexicon.get(lexicon);
    if (!cache) byLexicon.set(lexicon, (cache = new Map()));
    lastLexicon = lexicon;
    lastCache = cache;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.size >= MAX_REMEMBERED) cache.clear();
    const value = compute(key, lexicon);
    cache.set(key, value);
    return value;
  };
}

/** A reporting verb as written next to a quote: a base verb ("ujar"), with a suffix ("ujarnya"), or passive ("ditegaskan"). */
export function isReportingVerb(word: string, lexicon: AttributionLexicon): boolean {
  return reportingVerdict(word, lexicon);
}
const reportingVerdict = remembered(computeReporting);

function computeReporting(word: string, lexicon: AttributionLexicon): boolean {
  const w = word.toLowerCase();
  if (lexicon.verbs.has(w) || lexicon.passiveVerbs.has(w) || lexicon.contextCues.has(w)) return true;
  return lexicon.suffixes.some((s) => w.length > s.length && w.endsWith(s) && (lexicon.verbs.has(w.slice(0, -s.length)) || lexicon.passiveVerbs.has(w.slice(0, -s.length))));
}

function bodyLinesBetween(lineRoles: readonly LineRole[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) if (lineRoles[i] === 'body') n++;
  return n;
}

/** The mark is the first character of its line (after spaces). */
function opensItsLine(article: Article, mark: QuoteMark): boolean {
  const line = article.lines[mark.line];
  if (!line) return false;
  for (let i = line.start; i < mark.pos; i++) if (!isWhiteSpaceUnit(article.text.charCodeAt(i))) return false;
  return true;
}

/**
 * A quotation quoted inside another on one line: which glyphs open and close the outer one, which marks stand inside
 * it, and what the first and last inner marks must be.
 */
interface NestShape {
  readonly outerOpens: (glyph: string) => boolean;
  readonly inner: (glyph: string) => boolean;
  readonly outerCloses: (glyph: string) => boolean;
  readonly innerEnds: (first: string, last: string) => boolean;
}

/**
 * The marks without the pairs quoted inside a quotation: between a mark that opens the outer quotation and one that
 * can close it on the same line, an even number of inner marks is a quotation inside the quotation, not its end and a
 * new start. An odd number is left alone (a stray mark decides nothing).
 */
function withoutNestedPairs(article: Article, marks: readonly QuoteMark[], nest: NestShape): readonly QuoteMark[] {
  const glyph = (m: QuoteMark | undefined): string => (m ? (article.text[m.pos] ?? '') : '');
  let skipped: Set<number> | null = null;
  for (let i = 0; i < marks.length; i++) {
    const opener = marks[i] as QuoteMark;
    if (!opener.canOpen || !nest.outerOpens(glyph(opener))) continue;
    let j = i + 1;
    while (j < marks.length && (marks[j] as QuoteMark).line === opener.line && nest.inner(glyph(marks[j]))) j++;
    const inner = j - i - 1;
    const closer = marks[j];
    if (inner === 0 || inner % 2 !== 0 || !closer || closer.line !== opener.line || !closer.canClose || !nest.outerCloses(glyph(closer))) continue;
    if (!nest.innerEnds(glyph(marks[i + 1]), glyph(marks[j - 1]))) continue;
    skipped ??= new Set();
    for (let k = i + 1; k < j; k++) skipped.add(k);
    i = j;
  }
  if (!skipped) return marks;
  const inside = skipped;
  return marks.filter((_, k) => !inside.has(k));
}

/**
 * Straight pairs inside a curly quotation: an opening glyph (“), straight marks only, a closing glyph (”)
 * (`“Dulu Pak Wali bilang "pasar itu etalase kota". Etalase …,”`). Curly pairs inside a straight quotation, the
 * mirror: a straight mark, curly marks only, an opening glyph first and a closing glyph last, a mark that can close
 * it (`"Ibu guru bilang, “Kalau kamu bolos …” Dan beliau datang," katanya`).
 */
function withoutNestedQuotations(article: Article, marks: readonly QuoteMark[], lexicon: AttributionLexicon): readonly QuoteMark[] {
  const { opening, closing, either } = lexicon.marks;
  const straightInCurly = withoutNestedPairs(article, marks, {
    outerOpens: (g) => opening.has(g),
    inner: (g) => either.has(g),
    outerCloses: (g) => closing.has(g),
    innerEnds: () => true,
  });
  return withoutNestedPairs(article, straightInCurly, {
    outerOpens: (g) => either.has(g),
    inner: (g) => !either.has(g),
    outerCloses: () => true,
    innerEnds: (first, last) => opening.has(first) && closing.has(last),
  });
}

export function pairQuoteMarks(article: Article, lineRoles: readonly LineRole[], allMarks: readonly QuoteMark[], lexicon: AttributionLexicon): QuoteSpan[] {
  const marks = withoutNestedQuotations(article, allMarks, lexicon);
  const spans: QuoteSpan[] = [];
  const bound = (open: QuoteMark, limit = Infinity): void => {
    const end = boundedEnd(article, open, lexicon, limit);
    // A lone mark at the end of its line opens nothing.
    if (article.text.slice(open.pos + 1, end).trim().length > 0) spans.push({ start: open.pos, end, closeAt: null, startLine: open.line, endLine: open.line });
  };
  let open: QuoteMark | null = null;
  // The line of the latest paragraph the open quote re-opened (its own line at first): paragraphs are counted from there.
  let reopenedAt = -1;
  for (const mark of marks) {
    if (open && mark.line !== open.line) {
      const crossed = bodyLinesBetween(lineRoles, open.line, mark.line) + 1;
      // A quote left open at its paragraph's end whose next paragraph opens with a mark: the
      // convention of re-opening each paragraph of one long quotation. The quote runs on, over as
      // many re-opened paragraphs as follow one another.
      const fromReopened = bodyLinesBetween(lineRoles, Math.max(open.line, reopenedAt), mark.line) + 1;
      if (fromReopened === 1 && crossed <= lexicon.rules.maxContinuationParagraphs && mark.canOpen && !mark.canClose && opensItsLine(article, mark)) {
        reopenedAt = mark.line;
        continue;
      }
      if (!mark.canClose || crossed > lexicon.rules.maxContinuationParagraphs) {
        bound(open);
        open = null;
      }
    }
    if (!open) {
      if (mark.canOpen) {
        open = mark;
        reopenedAt = mark.line;
      }
      continue;
    }
    if (mark.canClose) {
      spans.push({ start: open.pos, end: mark.pos + 1, closeAt: mark.pos, startLine: open.line, endLine: mark.line });
      open = null;
      continue;
    }
    // A mark that can only open while a quote is open: the first one never closed; it ends where the new one opens.
    bound(open, mark.line === open.line ? mark.pos : Infinity);
    open = mark;
    reopenedAt = mark.line;
  }
  if (open) bound(open);
  return spans;
}
