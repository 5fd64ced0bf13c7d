/**
 * An Aho–Corasick automaton over the 26 ASCII letters, for the cue literals made of letters
 * ("google", "whatsapp", "klik"). The word counter (structure/wordCounts.ts) already reads every
 * character of a line; stepping this automaton as it goes finds all those literals in the same
 * pass, where a regex would scan the line once more.
 *
 * Matching is case-insensitive as the cues' regexes are without the `u` flag: an ASCII letter
 * matches its two cases and nothing else, so a letter is stepped as (c | 32) and any other
 * character, which no literal holds, sends the automaton back to its start.
 */

export interface LetterAutomaton {
  /**
   * Moves, by (state row + letter index); a state's row is its number times 32. A move holds the
   * next state's row, with bit 0 set when literals end in that state: one load per letter.
   */
  readonly delta: Int32Array;
  /** For each state (by number), the OR of the bits of every literal that ends there. */
  readonly out: Int32Array;
  /**
   * Signs the same pass reports by their own bits (cueGates.ts's one-character gates, "[»›>]", "©"),
   * when every one of them is a sign the word counter visits one by one (see structure/charClass.ts isPlainSign).
   */
  readonly signs?: SignBits;
}

export interface SignBits {
  /** 1 for each UTF-16 unit that is one of the signs. */
  readonly table: Uint8Array;
  /** The bits each sign reports. */
  readonly bits: ReadonlyMap<number, number>;
}

/** Moves per state row: 26 letters, padded to a power of two so that a row's offset leaves the low bits free. */
export const ROW_SHIFT = 5;
export const ROW = 1 << ROW_SHIFT;

/** The letter index of a UTF-16 unit (a–z and A–Z give 0–25), or a number of 26 or more for anything else. */
export function letterIndex(c: number): number {
  return ((c | 32) - 97) >>> 0;
}

/** Builds the automaton for literals of ASCII letters, each with the bits it sets when found. */
export function buildLetterAutomaton(literals: readonly { readonly word: string; readonly bits: number }[]): LetterAutomaton {
  const { delta, ends } = letterTrie(literals.map((l) => l.word));
  const out = ends.map((ids) => ids.reduce((bits, id) => bits | (literals[id] as { bits: number }).bits, 0));
  // Rows of ROW moves, each move the next state's row with bit 0 set when it reports literals.
  const states = ends.length;
  const moves = new Int32Array(states * ROW);
  for (let state = 0; state < states; state++) {
    for (let k = 0; k < 26; k++) {
      const next = delta[state * 26 + k] as number;
      moves[state * ROW + k] = next * ROW + ((out[next] as number) !== 0 ? 1 : 0);
    }
  }
  return { delta: moves, out: Int32Array.from(out) };
}

/**
 * The Aho–Corasick machine over the 26 letters for `words` (ASCII letters, either case): the moves by (state * 26 +
 * letter index), each state's missing moves its failure's, and per state the numbers (indices in `words`) of the words
 * found on reaching it, its failure's included. Shared by the cue literals' bit automaton above and literalNeeds.ts's
 * NeedFinder, which reports any number of strings rather than 31 bits.
 */
export function letterTrie(words: readonly string[]): { readonly delta: Int32Array; readonly ends: number[][] } {
  const goto: number[][] = [new Array<number>(26).fill(-1)];
  const ends: number[][] = [[]];
  words.forEach((word, id) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const k = letterIndex(word.charCodeAt(i));
      if (k >= 26) throw new Error(`not a letter literal: ${word}`);
      const row = goto[state] as number[];
      if ((row[k] as number) < 0) {
        row[k] = goto.push(new Array<number>(26).fill(-1)) - 1;
        ends.push([]);
      }
      state = row[k] as number;
    }
    (ends[state] as number[]).push(id);
  });
  // Breadth first: each state's failure is the longest proper suffix that is a state; its missing
  // moves are its failure's moves, and it reports what its failure reports.
  const delta = new Int32Array(goto.length * 26);
  const fail = new Array<number>(goto.length).fill(0);
  const queue: number[] = [];
  for (let k = 0; k < 26; k++) {
    const next = (goto[0] as number[])[k] as number;
    delta[k] = next < 0 ? 0 : next;
    if (next > 0) queue.push(next);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    (ends[state] as number[]).push(...(ends[fail[state] as number] as number[]));
    for (let k = 0; k < 26; k++) {
      const next = (goto[state] as number[])[k] as number;
      const viaFail = delta[(fail[state] as number) * 26 + k] as number;
      if (next < 0) delta[state * 26 + k] = viaFail;
      else {
        delta[state * 26 + k] = next;
        fail[next] = viaFail;
        queue.push(next);
      }
    }
  }
  return { delta, ends };
}

/** The bits of every literal found in `text` (what the word counter computes in passing). */
export function findLetterLiterals(automaton: LetterAutomaton, text: string): number {
  const { delta, out } = automaton;
  let row = 0;
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const k = letterIndex(text.charCodeAt(i));
    if (k < 26) {
      const move = delta[row + k] as number;
      row = move & -ROW;
      if ((move & 1) !== 0) found |= out[move >> ROW_SHIFT] as number;
    } else row = 0;
  }
  return found;
}
