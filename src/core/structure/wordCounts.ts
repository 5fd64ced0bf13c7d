/**
 * Words, stop words, content words and capitalised content words of a line, in one pass over its
 * characters. This runs on every line of every article, so it allocates nothing for a word made
 * of ASCII characters (nearly all words): the word's lower-case form is hashed as it is read and
 * looked up in a table of the stop words' hashes, then compared character by character. A word
 * with other characters takes the slower path of lower-casing the line, with the same answer.
 * The same pass steps the automaton of the cue literals made of letters (boilerplate/letterAutomaton.ts).
 */

import { letterIndex, ROW, ROW_SHIFT, type LetterAutomaton } from '../boilerplate/letterAutomaton';
import { CHAR_CLASS, countSpaceSeparated, JOINER, lettersFrom, restRough, SPACE, WORD } from './charClass';

export { countSpaceSeparated, isPlainSign, isWordChar } from './charClass';

/** The longest word (in UTF-16 units) looked up in the lower-cased line; longer ones only in their own lower case. */
const MAX_STOPWORD_CHARS = 12;

export interface WordCounts {
  words: number;
  stop: number;
  content: number;
  capital: number;
}

interface StopwordTable {
  readonly maxLength: number;
  /**
   * When every stop word is lower-case ASCII: by (length, first, last character), whether some stop
   * word has them. A word with an ASCII first and last character can be a stop word only if its
   * lower case has them too and keeps its length; most words are told apart here without a hash.
   */
  readonly ends: Uint8Array | null;
  /** ASCII stop words by hash, open addressing: slot k holds a word whose hash is hashes[k] (or ''). */
  readonly slots: readonly string[];
  readonly hashes: Int32Array;
  readonly mask: number;
}

const tables = new WeakMap<ReadonlySet<string>, StopwordTable>();

function tableFor(words: ReadonlySet<string>): StopwordTable {
  let table = tables.get(words);
  if (table) return table;
  let size = 64;
  while (size < 4 * words.size) size *= 2;
  const slots: string[] = new Array<string>(size).fill('');
  const hashes = new Int32Array(size);
  let maxLength = 0;
  for (const w of words) maxLength = Math.max(maxLength, w.length);
  const allAscii = [...words].every((w) => /^[\0-@[-\x7f]+$/u.test(w));
  const ends = allAscii ? new Uint8Array((maxLength + 1) * ENDS_ROW * ENDS_ROW) : null;
  for (const w of words) {
    if (ends) ends[endsKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
    // A stop word outside ASCII (or in upper case) can never equal an ASCII word's lower case.
    if (!w || !/^[\0-@[-\x7f]*$/u.test(w)) continue;
    let h = 0;
    for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
    let k = h & (size - 1);
    while (slots[k] !== '') k = (k + 1) & (size - 1);
    slots[k] = w;
    hashes[k] = h;
  }
  table = { maxLength, ends, slots, hashes, mask: size - 1 };
  tables.set(words, table);
  return table;
}

/** The ASCII letters, then one index for every other ASCII character. */
const ENDS_ROW = 27;

/** The index in StopwordTable.ends of a word's length and (ASCII) first and last characters. */
function endsKey(length: number, first: number, last: number): number {
  return (length * ENDS_ROW + endsIndex(first)) * ENDS_ROW + endsIndex(last);
}

function endsIndex(c: number): number {
  const k = ((c | 32) - 97) >>> 0;
  return k < 26 ? k : 26;
}

/** ASCII lower-cased, by code. */
const ASCII_LOWER = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

/** Folds one more character, lower-cased if it is an ASCII capital, into a word's hash. */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
}

/** True when the ASCII word text[start, start + length) lower-cased is one of the table's stop words. */
function isAsciiStopword(table: StopwordTable, h: number, text: string, start: number, length: number): boolean {
  for (let k = h & table.mask; ; k = (k + 1) & table.mask) {
    const w = table.slots[k] as string;
    if (w === '') return false;
    if (table.hashes[k] !== h || w.length !== length) continue;
    let same = true;
    for (let j = 0; j < length && same; j++) {
      const c = text.charCodeAt(start + j);
      same = w.charCodeAt(j) === (c >= 65 && c <= 90 ? c + 32 : c);
    }
    if (same) return true;
  }
}

export interface LineWords extends WordCounts {
  /** Runs of characters between spaces. */
  rough: number;
  /** True when `rough` passed the limit: the counts then stop there (only `rough` goes on to the end). */
  long: boolean;
  /** The bits of the automaton's literals (and signs) found in the line (0 without an automaton; partial unless `lettersComplete`). */
  letters: number;
  /** True when `letters` covers the whole line: it is not `long`, or it has at most `letterLimit` rough words. */
  lettersComplete: boolean;
}

/** Word counts over the whole line, whatever its length. */
export function countWords(text: string, stopwords: ReadonlySet<string>): WordCounts {
  const { words, stop, content, capital } = readWords(text, stopwords, Infinity);
  return { words, stop, content, capital };
}

/**
 * One pass over a line: its rough (space-separated) words and, while they stay within
 * `roughLimit`, its words, stop words, content words and capitalised content words.
 * A caller that needs to know only whether a line has `stopCap` stop words stops the look-ups
 * there (`stop` is then at most `stopCap`); content words and capitals are counted only when
 * `capitals` is true, and are exact only when the stop words are not capped.
 */
export function readWords(text: string, stopwords: ReadonlySet<string>, roughLimit: number, automaton: LetterAutomaton | null = null, stopCap = Infinity, capitals = true): LineWords {
  return readWordsIn(text, 0, text.length, stopwords, roughLimit, automaton, stopCap, capitals);
}

/**
 * readWords of text.slice(from, to), read in place: the line model passes the article's text and a
 * line's trimmed range, since reading a slice of a string costs about twice what reading the string does.
 */
export function readWordsIn(
  text: string,
  from: number,
  to: number,
  stopwords: ReadonlySet<string>,
  roughLimit: number,
  automaton: LetterAutomaton | null = null,
  stopCap = Infinity,
  capitals = true,
  letterLimit = roughLimit,
): LineWords {
  const table = tableFor(stopwords);
  // Counts live in locals until the end: a store to an object's field on every character costs more than the rest of the step.
  let words = 0;
  let stops = 0;
  let content = 0;
  let capital = 0;
  let rough = 0;
  // The cue literals' automaton, stepped on every character a word holds (the others send it back to its start).
  const delta = automaton?.delta;
  const out = automaton?.out;
  const signTable = automaton?.signs?.table;
  let row = 0;
  let letters = 0;
  // The line lower-cased only when a word outside ASCII (or a long one) asks for it.
  let lower: string | null = null;
  let inRough = false;
  let i = from;
  const n = to;
  while (i < n) {
    const unit = text.charCodeAt(i);
    const cls = CHAR_CLASS[unit] as number;
    if ((cls & SPACE) !== 0) {
      inRough = false;
      i++;
      continue;
    }
    row = 0;
    if (!inRough) {
      inRough = true;
      if (++rough > roughLimit) {
        // Past the counts' limit, a line of at most `letterLimit` rough words still has its letters read to the end.
        const rest = automaton !== null && rough <= letterLimit ? lettersFrom(automaton, text, i, n, letterLimit - rough + 1) : -1;
        rough += (rest >= 0 ? restRough() : countSpaceSeparated(text, i, n)) - 1; // the run at i is counted already
        return { words, stop: stops, content, capital, rough, long: true, letters: rest >= 0 ? letters | rest : letters, lettersComplete: rest >= 0 };
      }
    }
    if ((cls & WORD) === 0) {
      // Every sign the automaton reports is a plain sign (isPlainSign): it is seen here, or nowhere.
      if (signTable !== undefined && signTable[unit] === 1) letters |= (automaton?.signs?.bits.get(unit) as number);
      i++;
      continue;
    }
    const start = i;
    let c = text.charCodeAt(i);
    // c is a word character: take it, then go on while a word character (or a joiner and one) follows.
    // Only the automaton steps here; a word's hash is read afterwards, and only if it is looked up.
    for (;;) {
      if (delta !== undefined) {
        const k = letterIndex(c);
        if (k < 26) {
          const move = delta[row + k] as number;
          row = move & -ROW;
          if ((move & 1) !== 0) letters |= (out as Int32Array)[move >> ROW_SHIFT] as number;
        } else row = 0;
      }
      if (++i >= n) break;
      c = text.charCodeAt(i);
      const next = CHAR_CLASS[c] as number;
      if ((next & WORD) !== 0) continue;
      if ((next & JOINER) === 0 || i + 1 >= n) break;
      const after = text.charCodeAt(i + 1);
      if (((CHAR_CLASS[after] as number) & WORD) === 0) break;
      row = 0; // a joiner is no letter
      i++;
      c = after;
    }
    words++;
    const length = i - start;
    if (stops < stopCap) {
      let stop: boolean;
      const first = text.charCodeAt(start);
      const last = text.charCodeAt(i - 1);
      if (length > table.maxLength) stop = false; // lower-casing never shortens a string (checked over every code point)
      else if (table.ends !== null && first < 128 && last < 128 && table.ends[endsKey(length, first, last)] === 0) stop = false;
      else {
        let h = 0;
        let units = 0; // every unit of the word OR-ed: below 128 when the word is ASCII
        if (length <= MAX_STOPWORD_CHARS) {
          for (let j = start; j < i; j++) {
            const d = text.charCodeAt(j);
            units |= d;
            h = (Math.imul(h, 31) + (ASCII_LOWER[d & 127] as number)) | 0; // hashStep, while the word is ASCII
          }
        }
        if (length <= MAX_STOPWORD_CHARS && units < 128) stop = isAsciiStopword(table, h, text, start, length);
        else {
          // As the one-pass counter always read it: a word in the lower-cased line when that kept its
          // length (and the word is short), else the word lower-cased on its own.
          lower ??= text.slice(from, n).toLowerCase();
          if (lower.length === n - from) stop = length <= MAX_STOPWORD_CHARS && stopwords.has(lower.slice(start - from, i - from));
          else stop = stopwords.has(text.slice(start, i).toLowerCase());
        }
      }
      if (stop) {
        stops++;
        continue;
      }
    }
    if (!capitals) continue;
    const first = text.charCodeAt(start);
    if (first < 128 ? !((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) : text.charAt(start).toUpperCase() === text.charAt(start).toLowerCase()) continue; // a digit or a caseless sign
    content++;
    if (first < 128 ? first >= 65 && first <= 90 : text.charAt(start) !== text.charAt(start).toLowerCase()) capital++;
  }
  return { words, stop: stops, content, capital, rough, long: false, letters, lettersComplete: true };
}

