/**
 * Language-neutral features of one line, the evidence jusText weighs for HTML blocks: length,
 * sentence punctuation, stop-word density, capitalisation. Cue phrases say what a line might
 * be; these features say whether it reads as running prose, a headline, or a fragment.
 */
import { isBlank, type Line } from '../article/article';

/** Lines longer than this are never read whole by a cue regex (pathological input stays linear). */
export const MAX_CUE_LINE_CHARS = 2000;

export interface LineFeatures {
  readonly index: number;
  /** Trimmed text ('' for a blank line). */
  readonly text: string;
  readonly blank: boolean;
  readonly words: number;
  /** Share of words that are stop words (function words of the language). */
  readonly stopwordDensity: number;
  /** Share of content words (not stop words) that start with a capital letter. */
  readonly capitalRatio: number;
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
}

const WORD = /[\p{L}\p{N}@#]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?…]["”’')\]]*$|["”]$/u;
const QUOTE_START = /^["“”„«]/u;
const URL_ONLY = /^(https?:\/\/|www\.)\S+$/iu;

export function lineFeatures(line: Line, stopwords: ReadonlySet<string>): LineFeatures {
  const text = line.text.trim();
  if (isBlank(text)) {
    return { index: line.index, text: '', blank: true, words: 0, stopwordDensity: 0, capitalRatio: 0, endsSentence: false, prose: false, headlineLike: false, startsWithQuote: false, urlOnly: false };
  }
  const endsSentence = SENTENCE_END.test(text);
  const startsWithQuote = QUOTE_START.test(text);
  const roughWords = countSpaceSeparated(text);
  if (roughWords > LONG_LINE_WORDS) {
    // A long line is prose whatever its words are (and never a headline or a cue line): skip the word pass.
    return { index: line.index, text, blank: false, words: roughWords, stopwordDensity: 0, capitalRatio: 0, endsSentence, prose: true, headlineLike: false, startsWithQuote, urlOnly: false };
  }
  const head = text;
  // One pass over the words (letters and digits, with inner hyphens, apostrophes, dots, commas, slashes).
  const tokens = head.match(WORD) ?? [];
  const words = tokens.length;
  let stop = 0;
  let content = 0;
  let capital = 0;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (stopwords.has(lower)) {
      stop++;
      continue;
    }
    const first = token.charAt(0);
    const firstLower = lower.charAt(0);
    if (first === first.toUpperCase() && firstLower === first) continue; // a digit or a caseless sign: not a content word
    content++;
    if (first !== firstLower) capital++;
  }
  const stopwordDensity = tokens.length ? stop / tokens.length : 0;
  const capitalRatio = content ? capital / content : 0;
  const prose = words >= 25 || (words >= 8 && endsSentence && stopwordDensity >= 0.08);
  const headlineLike = words >= 2 && words <= 25 && !/[.,;:]$/u.test(text) && !startsWithQuote && capitalRatio >= 0.6;
  return { index: line.index, text, blank: false, words, stopwordDensity, capitalRatio, endsSentence, prose, headlineLike, startsWithQuote, urlOnly: URL_ONLY.test(text) };
}

/** Lines with more words than this are prose without further question (see `prose`). */
const LONG_LINE_WORDS = 30;

function countSpaceSeparated(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Lower-cased, space-collapsed, without closing punctuation: how two lines are compared for sameness. */
export function foldLine(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').replace(/[\s.,:;!?…-]+$/u, '').trim();
}
