/**
 * Words, stop words, content words and capitalised content words of a line, in one pass over its
 * characters. This runs on every line of every article, so it allocates nothing for a word made
 * of ASCII characters (nearly all words): the word's lower-case form is hashed as it is read and
 * looked up in a table of the stop words' hashes, then compared character by character. A word
 * with other characters takes the slower path of lower-casing the line, with the same answer.
 */

/** The longest word (in UTF-16 units) looked up in the lower-cased line; longer ones only in their own lower case. */
const MAX_STOPWORD_CHARS = 12;
/** Bits of the hash filter: a word whose hash bit is clear is no stop word, without a Map lookup. */
const FILTER_BITS = 4096;

export interface WordCounts {
  words: number;
  stop: number;
  content: number;
  capital: number;
}

interface StopwordTable {
  readonly words: ReadonlySet<string>;
  readonly maxLength: number;
  /** ASCII stop words by the hash of their characters. */
  readonly byHash: ReadonlyMap<number, readonly string[]>;
  readonly filter: Uint8Array;
}

const tables = new WeakMap<ReadonlySet<string>, StopwordTable>();

function tableFor(words: ReadonlySet<string>): StopwordTable {
  let table = tables.get(words);
  if (table) return table;
  const byHash = new Map<number, string[]>();
  const filter = new Uint8Array(FILTER_BITS);
  let maxLength = 0;
  for (const w of words) {
    maxLength = Math.max(maxLength, w.length);
    // A stop word outside ASCII (or in upper case) can never equal an ASCII word's lower case.
    if (!/^[\0-@[-\x7f]*$/u.test(w)) continue;
    let h = 0;
    for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
    byHash.set(h, [...(byHash.get(h) ?? []), w]);
    filter[h & (FILTER_BITS - 1)] = 1;
  }
  table = { words, maxLength, byHash, filter };
  tables.set(words, table);
  return table;
}

/** Folds one more character, lower-cased if it is an ASCII capital, into a word's hash. */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
}

/** A letter or digit (or @ and # of handles and tags): what words are made of. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64 || c === 35;
  if (c === 0xa0 || c === 0xd7 || c === 0xf7 || c === 0xa9 || c === 0xab || c === 0xbb) return false;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff0f)) return false;
  return true;
}

/** Characters that join two parts of one word ("Januari-Mei", "Rp1.950.000", "8,5", "tak'kan"). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 47;
}

/** True when the ASCII word text[start, start + length) lower-cased is one of the table's stop words. */
function isAsciiStopword(table: StopwordTable, h: number, text: string, start: number, length: number): boolean {
  if (table.filter[h & (FILTER_BITS - 1)] === 0) return false;
  const candidates = table.byHash.get(h);
  if (!candidates) return false;
  next: for (const w of candidates) {
    if (w.length !== length) continue;
    for (let k = 0; k < length; k++) {
      const c = text.charCodeAt(start + k);
      if (w.charCodeAt(k) !== (c >= 65 && c <= 90 ? c + 32 : c)) continue next;
    }
    return true;
  }
  return false;
}

export function countWords(text: string, stopwords: ReadonlySet<string>): WordCounts {
  const table = tableFor(stopwords);
  // The line lower-cased only when a word outside ASCII (or a long one) asks for it.
  let lower: string | null = null;
  const lowerLine = (): string => (lower ??= text.toLowerCase());
  const counts: WordCounts = { words: 0, stop: 0, content: 0, capital: 0 };
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let ascii = true;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isWordChar(c)) {
        h = hashStep(h, c);
        if (c >= 128) ascii = false;
        i++;
        continue;
      }
      if (!isJoiner(c) || i + 1 >= n) break;
      const d = text.charCodeAt(i + 1);
      if (!isWordChar(d)) break;
      h = hashStep(hashStep(h, c), d);
      if (c >= 128 || d >= 128) ascii = false;
      i += 2;
    }
    counts.words++;
    const length = i - start;
    let stop: boolean;
    if (length > table.maxLength) stop = false; // lower-casing never shortens a string (checked over every code point)
    else if (ascii && length <= MAX_STOPWORD_CHARS) stop = isAsciiStopword(table, h, text, start, length);
    else {
      // As the one-pass counter always read it: a word in the lower-cased line when that kept its
      // length (and the word is short), else the word lower-cased on its own.
      const line = lowerLine();
      if (line.length === n) stop = length <= MAX_STOPWORD_CHARS && stopwords.has(line.slice(start, i));
      else stop = stopwords.has(text.slice(start, i).toLowerCase());
    }
    if (stop) {
      counts.stop++;
      continue;
    }
    const first = text.charCodeAt(start);
    if (first < 128 ? !((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) : text.charAt(start).toUpperCase() === text.charAt(start).toLowerCase()) continue; // a digit or a caseless sign
    counts.content++;
    if (first < 128 ? first >= 65 && first <= 90 : text.charAt(start) !== text.charAt(start).toLowerCase()) counts.capital++;
  }
  return counts;
}
