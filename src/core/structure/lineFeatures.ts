/**
 * Language-neutral features of one line, the evidence jusText weighs for HTML blocks: length,
 * sentence punctuation, stop-word density, capitalisation. Cue phrases say what a line might
 * be; these features say whether it reads as running prose, a headline, or a fragment.
 */
import { isBlank, type Line } from '../article/article';
import { readWordsIn } from './wordCounts';
import { isWhiteSpaceUnit } from '../text/charTables';
import type { LetterAutomaton } from '../boilerplate/letterAutomaton';

/** Lines longer than this are never read whole by a cue regex (pathological input stays linear). */
export const MAX_CUE_LINE_CHARS = 2000;
/** Lines of more (rough) words than this are never cue lines either: a cue line is short. */
export const MAX_CUE_WORDS = 45;

export interface LineFeatures {
  readonly index: number;
  /** Trimmed text ('' for a blank line). */
  readonly text: string;
  readonly blank: boolean;
  readonly words: number;
  /** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
  readonly endsSentence: boolean;
  /** Reads as running prose: several words, sentence punctuation, function words. */
  readonly prose: boolean;
  /** Reads as a headline: a handful of mostly capitalised words, no closing full stop, not a quotation. */
  readonly headlineLike: boolean;
  /** Starts with a quotation mark (a quote line, never a headline in a list). */
  readonly startsWithQuote: boolean;
  /** Nothing but a web address. */
  readonly urlOnly: boolean;
  /** The bits of the cue letter literals found in the line (see cuePrefilter.ts), or -1 when they were not looked for. */
  readonly cueLetters: number;
}

const URL_ONLY = /^(https?:\/\/|www\.)\S+$/iu;

/** Starts with h or w in either case: what URL_ONLY needs, told without running it. */
export function mayBeUrl(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c === 104 || c === 119;
}

/** Closing quotes and brackets that may follow a sentence's end: ["”’')\]]. */
function isCloser(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
}

/**
 * Ends like a sentence: . ! ? … followed by any closing quotes or brackets, or a closing double
 * quote. Read backwards from the end (a regex anchored at the end would try every position).
 */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  const last = text.charCodeAt(i);
  if (last === 34 || last === 0x201d) return true;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Starts with a quotation mark: ["“”„«]. */
function startsWithQuoteMark(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab;
}

/** Ends in [.,;:] (a headline does not). */
function endsInPunctuation(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 44 || c === 59 || c === 58;
}

/** After trim() only U+200B (not white space to JavaScript) can begin a line isBlank still calls blank. */
function trimmedIsBlank(text: string): boolean {
  return text === '' || (text.charCodeAt(0) === 0x200b && isBlank(text));
}

/** What String.prototype.trim removes, for every UTF-16 unit (derived from trim itself). */
const TRIMMED = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = String.fromCharCode(c).trim() === '' ? 1 : 0;
  return table;
})();

/**
 * `cueLetters`: the automaton of the cue literals, stepped in the word pass (its findings land in `cueLetters`).
 * `articleText`, when given, is the text the line's start and end index: the line is then read in
 * place there (its trimmed range), not in a copy of it.
 */
export function lineFeatures(line: Line, stopwords: ReadonlySet<string>, cueLetters: LetterAutomaton | null = null, articleText: string | null = null): LineFeatures {
  const source = articleText ?? line.text;
  let from = articleText === null ? 0 : line.start;
  let to = from + line.text.length;
  while (from < to && TRIMMED[source.charCodeAt(from)] === 1) from++;
  while (to > from && TRIMMED[source.charCodeAt(to - 1)] === 1) to--;
  const text = source.slice(from, to); // line.text.trim()
  if (trimmedIsBlank(text)) {
    return { index: line.index, text: '', blank: true, words: 0, endsSentence: false, prose: false, headlineLike: false, startsWithQuote: false, urlOnly: false, cueLetters: -1 };
  }
  const endsSentence = endsLikeSentence(text);
  const startsWithQuote = startsWithQuoteMark(text);
  // Prose is told by the share of stop words (only on a line that ends like a sentence), a headline by
  // the share of capitalised content words (only on a line that could be one): the word pass counts
  // only what one of them will read, and stop words only as far as the prose test can tell a difference.
  const capitals = !endsInPunctuation(text) && !startsWithQuote;
  const stopCap = capitals ? Infinity : endsSentence ? PROSE_STOPWORDS_ENOUGH : 0;
  const counts = readWordsIn(source, from, to, stopwords, LONG_LINE_WORDS, cueLetters, stopCap, capitals, MAX_CUE_WORDS);
  if (counts.long) {
    // A long line is prose whatever its words are (and never a headline or a cue line): the word pass stopped early.
    const letters = cueLetters !== null && counts.lettersComplete ? counts.letters : -1;
    return { index: line.index, text, blank: false, words: counts.rough, endsSentence, prose: true, headlineLike: false, startsWithQuote, urlOnly: false, cueLetters: letters };
  }
  const words = counts.words;
  const stopwordDensity = words ? counts.stop / words : 0;
  const capitalRatio = counts.content ? counts.capital / counts.content : 0;
  const prose = words >= LONG_LINE_WORDS || (words >= 8 && endsSentence && stopwordDensity >= PROSE_STOPWORD_DENSITY);
  const headlineLike = words >= 2 && words <= 25 && capitals && capitalRatio >= 0.6;
  return { index: line.index, text, blank: false, words, endsSentence, prose, headlineLike, startsWithQuote, urlOnly: mayBeUrl(text) && URL_ONLY.test(text), cueLetters: cueLetters ? counts.letters : -1 };
}

/** Lines with more words than this are prose without further question (see `prose`); so are lines of this many words. */
const LONG_LINE_WORDS = 25;
/** A line that ends like a sentence is prose when at least this share of its words are stop words … */
const PROSE_STOPWORD_DENSITY = 0.08;
/** … which, below LONG_LINE_WORDS words, this many stop words always are: counting more changes nothing. */
const PROSE_STOPWORDS_ENOUGH = Math.ceil(PROSE_STOPWORD_DENSITY * (LONG_LINE_WORDS - 1));

/** A white-space run other than one plain space: a tab, a no-break space, or two spaces. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** Each run of white space as one space; a line whose runs all are one space already is returned as it is, unscanned by a replace. */
export function collapseSpaces(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * A unit from U+0300 on (combining marks and every script beyond Latin): a text without one is
 * its own NFC form (every character below U+0300 is a starter that composes with no neighbour),
 * and the regex's test is several times cheaper than normalize().
 */
export const MAY_CHANGE_UNDER_NFC = /[^\0-\u02ff]/;

/** Lower-cased, space-collapsed, without closing punctuation: how two lines are compared for sameness. */
export function foldLine(text: string): string {
  const lower = (MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text).toLowerCase();
  const spaced = collapseSpaces(lower);
  // The closing run of [\s.,:;!?…-], cut by reading back from the end.
  let end = spaced.length;
  while (end > 0 && isClosingPunctuation(spaced.charCodeAt(end - 1))) end--;
  return spaced.slice(0, end).trim();
}

function isClosingPunctuation(c: number): boolean {
  if (c === 32 || c === 46 || c === 44 || c === 58 || c === 59 || c === 33 || c === 63 || c === 0x2026 || c === 45) return true;
  return isWhiteSpaceUnit(c);
}
