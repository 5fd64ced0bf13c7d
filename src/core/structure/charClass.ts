/**
 * The character classes of the word pass (wordCounts.ts): word characters, joiners and spaces, one
 * table look-up per UTF-16 unit; and the rough word count and letter literals of a line's rest.
 */
import { letterIndex, ROW, ROW_SHIFT, type LetterAutomaton } from '../boilerplate/letterAutomaton';

/** A letter or digit (or @ and # of handles and tags): what words are made of. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64 || c === 35;
  if (c === 0xa0 || c === 0xd7 || c === 0xf7 || c === 0xa9 || c === 0xab || c === 0xbb) return false;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff0f)) return false;
  // Pictographs ("📰", "📌" over a channel post's headline) are no word: their high surrogates (U+1F000–U+1FBFF) are
  // signs; a low surrogate is a joiner (isJoiner), so a letter outside the BMP ("𝐁𝐚𝐧𝐣𝐢𝐫") stays one word.
  // So are the variation selectors that ask for a pictograph's colour form ("🌧️", "▶️").
  if ((c >= 0xd83c && c <= 0xd83e) || (c >= 0xdc00 && c <= 0xdfff) || (c >= 0xfe00 && c <= 0xfe0f)) return false;
  return true;
}

/** Characters that join two parts of one word ("Januari-Mei", "Rp1.950.000", "8,5", "tak'kan"), and a surrogate pair's second half. */
export function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 47 || (c >= 0xdc00 && c <= 0xdfff);
}

/** What separates the rough, space-separated words of a line. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

export const WORD = 1;
export const JOINER = 2;
export const SPACE = 4;
/**
 * The three tests above for every UTF-16 unit, as bits of one table: a table look-up costs the same
 * for every character, where the tests' branches, taken at random along a line, cost several times more.
 */
export const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = (isWordChar(c) ? WORD : 0) | (isJoiner(c) ? JOINER : 0) | (isSpace(c) ? SPACE : 0);
  return table;
})();

/** Neither a word character, a joiner nor a space: a unit the word pass visits on its own, never inside a word. */
export function isPlainSign(c: number): boolean {
  return ((CHAR_CLASS[c] as number) & (WORD | JOINER | SPACE)) === 0;
}

/** Runs of characters between spaces (in [from, to)): a rough word count, enough to tell a long line. */
export function countSpaceSeparated(text: string, from = 0, to = text.length): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = ((CHAR_CLASS[text.charCodeAt(i)] as number) & SPACE) !== 0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}


/** The rough words the last lettersFrom counted (a second result, kept out of an object on this path). */
let rest = 0;

/**
 * The automaton's literals and signs in text[from, to) (from at the start of a rough word), as
 * findLetterLiterals steps it (any unit but an ASCII letter sends it back to its start), while
 * counting the rough words (see restRough); -1 as soon as they pass `maxRough`.
 */
export function lettersFrom(automaton: LetterAutomaton, text: string, from: number, to: number, maxRough: number): number {
  const { delta, out } = automaton;
  const signTable = automaton.signs?.table;
  let row = 0;
  let found = 0;
  let runs = 0;
  let inRun = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = ((CHAR_CLASS[c] as number) & SPACE) !== 0;
    if (!space && !inRun && ++runs > maxRough) return -1;
    inRun = !space;
    const k = letterIndex(c);
    if (k < 26) {
      const move = delta[row + k] as number;
      row = move & -ROW;
      if ((move & 1) !== 0) found |= out[move >> ROW_SHIFT] as number;
    } else {
      row = 0;
      if (signTable !== undefined && signTable[c] === 1) found |= automaton.signs?.bits.get(c) as number;
    }
  }
  rest = runs;
  return found;
}

/** The rough words the last lettersFrom call counted. */
export function restRough(): number {
  return rest;
}
