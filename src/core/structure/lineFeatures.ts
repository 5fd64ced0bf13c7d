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
  const counts = countWords(text, stopwords);
  const words = counts.words;
  const stop = counts.stop;
  const content = counts.content;
  const capital = counts.capital;
  const stopwordDensity = words ? stop / words : 0;
  const capitalRatio = content ? capital / content : 0;
  const prose = words >= 25 || (words >= 8 && endsSentence && stopwordDensity >= 0.08);
  const headlineLike = words >= 2 && words <= 25 && !/[.,;:]$/u.test(text) && !startsWithQuote && capitalRatio >= 0.6;
  return { index: line.index, text, blank: false, words, stopwordDensity, capitalRatio, endsSentence, prose, headlineLike, startsWithQuote, urlOnly: URL_ONLY.test(text) };
}

/** Lines with more words than this are prose without further question (see `prose`). */
const LONG_LINE_WORDS = 25;

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

/** The longest stop word a language data file may list (longer tokens are never looked up). */
const MAX_STOPWORD_CHARS = 12;

/** A letter or digit (or @ and # of handles and tags): what words are made of. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64 || c === 35;
  if (c === 0xa0 || c === 0xd7 || c === 0xf7 || c === 0xa9 || c === 0xab || c === 0xbb) return false;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff0f)) return false;
  return true;
}

/** Characters that join two parts of one word ("Januari-Mei", "Rp1.950.000", "8,5", "tak'kan"). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 47;
}

/**
 * Words, stop words, content words and capitalised content words of a line, in one pass over its
 * characters (this runs on every line of every article: no regex, no array of tokens).
 */
function countWords(text: string, stopwords: ReadonlySet<string>): { words: number; stop: number; content: number; capital: number } {
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  let words = 0;
  let stop = 0;
  let content = 0;
  let capital = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) i++;
      else if (isJoiner(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    words++;
    const token = aligned && i - start <= MAX_STOPWORD_CHARS ? lower.slice(start, i) : null;
    if (token !== null ? stopwords.has(token) : !aligned && stopwords.has(text.slice(start, i).toLowerCase())) {
      stop++;
      continue;
    }
    const first = text.charCodeAt(start);
    if (first < 128 ? !((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) : text.charAt(start).toUpperCase() === text.charAt(start).toLowerCase()) continue; // a digit or a caseless sign
    content++;
    if (first < 128 ? first >= 65 && first <= 90 : text.charAt(start) !== text.charAt(start).toLowerCase()) capital++;
  }
  return { words, stop, content, capital };
}

/** Lower-cased, space-collapsed, without closing punctuation: how two lines are compared for sameness. */
export function foldLine(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').replace(/[\s.,:;!?…-]+$/u, '').trim();
}
