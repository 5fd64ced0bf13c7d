/**
 * Finds the double quotation marks of the body lines and decides, from the characters around
 * each one, whether it can open a quote, close one, or both. The glyph is only a hint: texts use
 * a closing mark as an opener (`” Sudah …`) and straight marks everywhere, so a mark's role comes
 * from where it stands (start of a paragraph, after a space, glued to a word, before punctuation).
 */
import type { Article, Line } from '../article/article';
import type { LineRole } from '../model';
import type { QuoteMarkSets } from './quoteData';
import { escapeRegExp } from '../text/escapeRegExp';
import { firstNonSpace, isLeftBoundary, isRightBoundary, isSentenceEndUnit } from './quoteChars';

export interface QuoteMark {
  /** Offset of the mark in the article text. */
  readonly pos: number;
  /** 0-based line of the mark. */
  readonly line: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  /** Only whitespace stands before the mark on its line. */
  readonly atLineStart: boolean;
}

// Boundaries (quoteChars.ts): before a mark /[\s([{<\u2014\u2013\-/]/u, after it /[\s.,;:!?)\]}>\u2026\u2014\u2013\-]/u.
// Scraped text glues a quote to the sentence before it (`membantahnya."Enggak`): after sentence
// punctuation (/[.!?;:]/u) a mark glued to a word may open or close; after a comma it closes (`,”jelasnya`).

type Glyph = 'opening' | 'closing' | 'either';

function glyphOf(ch: string, marks: QuoteMarkSets): Glyph | null {
  if (marks.opening.has(ch)) return 'opening';
  if (marks.closing.has(ch)) return 'closing';
  if (marks.either.has(ch)) return 'either';
  return null;
}

/** Roles of one mark from its neighbours: L = a boundary before it, R = a boundary after it, S = first on its line. */
function roles(glyph: Glyph, left: boolean, right: boolean, atStart: boolean): { canOpen: boolean; canClose: boolean } {
  switch (glyph) {
    case 'opening':
      // “ glued to a word on its left and followed by a boundary is a mismatched closer (`BUMN,“ ujar`).
      return { canOpen: atStart || left || !right, canClose: !atStart && !left && right };
    case 'closing':
    case 'either':
      return { canOpen: atStart || (left && !right) || (glyph === 'either' && left && right), canClose: !atStart && (!left || right) };
  }
}

/** Punctuation then spaces before the mark at i; spaces then a reporting verb in lower case after it ("kata", "terangnya"). */
function closesSpaced(text: string, i: number, width: number, isCueWord: (word: string) => boolean): boolean {
  let b = i - 1;
  while (b >= 0 && text[b] === ' ') b--;
  const prev = text[b];
  if (prev !== ',' && prev !== '.' && prev !== '?' && prev !== '!') return false;
  const word = LOWER_WORD.exec(text.slice(i + width, i + width + 40))?.[1];
  return word !== undefined && isCueWord(word);
}
const LOWER_WORD = /^ *(\p{Ll}+)/u;

const markPatterns = new WeakMap<QuoteMarkSets, RegExp>();

/** One character class of every mark of the data, so that a line is searched, not walked. */
function markPattern(marks: QuoteMarkSets): RegExp {
  let re = markPatterns.get(marks);
  if (!re) {
    const chars = [...marks.opening, ...marks.closing, ...marks.either].map((c) => c.replace(/[\\\]^-]/gu, '\\$&')).join('');
    // A doubled single mark ("’’") is tried first: its characters are no marks alone (a single mark never is).
    const doubled = marks.doubled.map(escapeRegExp);
    re = new RegExp(doubled.length > 0 ? `${doubled.join('|')}|[${chars}]` : `[${chars}]`, 'gu');
    markPatterns.set(marks, re);
  }
  return re;
}

/**
 * Every quotation mark on the lines whose role is `body`, in text order. One search over the whole
 * text (most lines hold no mark: a search per line cost more than the marks); each mark is then
 * read against its own line, as if that line were searched alone (no neighbour across a line break).
 */
export function findQuoteMarks(article: Article, lineRoles: readonly LineRole[], marks: QuoteMarkSets, isCueWord: (word: string) => boolean = () => false): QuoteMark[] {
  const found: QuoteMark[] = [];
  const pattern = markPattern(marks);
  const lines = article.lines;
  let li = 0;
  let firstTextLine = -1;
  let firstText = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(article.text); m; m = pattern.exec(article.text)) {
    while (li + 1 < lines.length && (lines[li + 1] as Line).start <= m.index) li++;
    const line = lines[li] as Line;
    // A mark glyph the data made a line break would lie between lines: a line's own search never sees it.
    if (m.index >= line.end) continue;
    if (lineRoles[line.index] !== 'body') {
      // No mark of this line counts: go on at the next line.
      pattern.lastIndex = lines[li + 1]?.start ?? article.text.length;
      continue;
    }
    const text = line.text;
    const i = m.index - line.start;
    const width = m[0].length;
    const glyph: Glyph | null = width > 1 ? 'either' : glyphOf(m[0], marks);
    if (!glyph) continue;
    if (firstTextLine !== li) {
      firstTextLine = li;
      firstText = firstNonSpace(text);
    }
    const before = i > 0 ? (text[i - 1] ?? '') : '';
    const after = i + width < text.length ? (text[i + width] ?? '') : '';
    const left = before === '' || isLeftBoundary(before.charCodeAt(0)) || glyphOf(before, marks) !== null;
    const right = after === '' || isRightBoundary(after.charCodeAt(0)) || glyphOf(after, marks) !== null;
    const atStart = i === firstText;
    let role = roles(glyph, left, right, atStart);
    // "…hujan.(Foto: … /Eris)"Fogging itu …": a dataset cell glues the next sentence to a caption's closing bracket as it
    // glues it to a full stop; a mark between the bracket and a letter may open as well as close.
    if (!left && !right && before !== '' && (isSentenceEndUnit(before.charCodeAt(0)) || before === ')')) role = { canOpen: true, canClose: true };
    if (before === ',') role = { canOpen: false, canClose: true };
    // "… ngomong langsung pada saya, \" kata Jeje": a mark spaced on both sides after a comma or a sentence's end and
    // before a reporting verb closes what the page left unopened; it opens nothing (read as an opener, it would run a
    // quotation over the narrative to the next such mark: "kata Jeje, … \" terangnya"). ", \" saya …" still opens.
    else if (left && right && before === ' ' && closesSpaced(text, i, width, isCueWord)) role = { canOpen: false, canClose: true };
    // The fields written out (the spread's order): a spread per mark cost more than building the object.
    // A doubled mark stands at its first character when it opens (the quote starts there) and at its last when it only
    // closes (the quote ends after it).
    const at = width > 1 && !role.canOpen ? i + width - 1 : i;
    found.push({ pos: line.start + at, line: line.index, atLineStart: atStart, canOpen: role.canOpen, canClose: role.canClose });
  }
  return found;
}
