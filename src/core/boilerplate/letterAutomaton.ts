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
  /** Next state by (state * 26 + letter index). */
  readonly delta: Int32Array;
  /** For each state, the OR of the bits of every literal that ends there. */
  readonly out: Int32Array;
}

/** The letter index of a UTF-16 unit (a–z and A–Z give 0–25), or a number of 26 or more for anything else. */
export function letterIndex(c: number): number {
  return ((c | 32) - 97) >>> 0;
}

/** Builds the automaton for literals of ASCII letters, each with the bits it sets when found. */
export function buildLetterAutomaton(literals: readonly { readonly word: string; readonly bits: number }[]): LetterAutomaton {
  const goto: number[][] = [new Array<number>(26).fill(-1)];
  const out: number[] = [0];
  for (const { word, bits } of literals) {
    let state = 0;
    for (const ch of word.toLowerCase()) {
      const k = letterIndex(ch.charCodeAt(0));
      if (k >= 26) throw new Error(`not a letter literal: ${word}`);
      const row = goto[state] as number[];
      if ((row[k] as number) < 0) {
        row[k] = goto.length;
        goto.push(new Array<number>(26).fill(-1));
        out.push(0);
      }
      state = row[k] as number;
    }
    out[state] = (out[state] as number) | bits;
  }
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
    out[state] = (out[state] as number) | (out[fail[state] as number] as number);
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
  return { delta, out: Int32Array.from(out) };
}

/** The bits of every literal found in `text` (what the word counter computes in passing). */
export function findLetterLiterals(automaton: LetterAutomaton, text: string): number {
  let state = 0;
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const k = letterIndex(text.charCodeAt(i));
    if (k < 26) {
      state = automaton.delta[state * 26 + k] as number;
      found |= automaton.out[state] as number;
    } else state = 0;
  }
  return found;
}
