/**
 * The strings a cue alternative's every match holds ("hak", "cipta" of "\bhak\s+cipta\s+…"; "[" and "mail|surel" of
 * ".{0,80}\[\s*(alamat\s+)?(e-?mail|surel)…"), read off necessaryFactorLists: runs of ASCII letters, and signs of
 * ASCII on their own. The gates (cueGates.ts) find one such list per alternative, and past 31 gates they merge:
 * "cipta" shares a gate with "berita" and "dok", "lalu" with "google" and "whatsapp", so most of the alternatives a
 * line ran (95 regex calls per article, 1 in 17 matching) could not match it. One pass of a letter automaton over the
 * line finds every such string at once (`NeedFinder`), and an alternative then runs only where all its lists are found.
 *
 * Why this is exact: the cues are matched case-insensitively without the `u` flag, where an ASCII letter matches its
 * two cases only and any other ASCII character itself only. A run of letters a match holds lies inside a run of ASCII
 * letters of the line, which the automaton reads folded to lower case; a sign a match holds is in the line.
 */
import type { RegexNode } from './regexSyntax';
import { necessaryFactorLists, type Factor } from './regexShape';
import { letterTrie } from './letterAutomaton';

/** Lists of strings (lower case), one string of each list in every match; null when none is worth looking for. */
export type LiteralNeeds = readonly (readonly string[])[] | null;

/** A list is looked for only when each of its strings is letters, this many at least, or one sign rarer than the common ones. */
const MIN_NEED_CHARS = 3;
const LETTERS = /^[a-z]+$/;
const COMMON_CHARACTERS = /^[a-z0-9 .,\-:;'"()!?]$/;
/** Lists of more strings (the weekdays, file kinds) are common and long to check: they are left out. */
const MAX_LIST_STRINGS = 16;
/** The lists looked for per alternative, the likeliest to be missing first (a line lacking the first settles it). */
const MAX_LISTS = 2;

export function literalNeeds(nodes: readonly RegexNode[]): LiteralNeeds {
  const lists: string[][] = [];
  for (const factors of necessaryFactorLists(nodes)) {
    const strings = factors.map(asciiString);
    if (strings.some((s) => s === null || !(LETTERS.test(s) ? s.length >= MIN_NEED_CHARS : s.length === 1 && !COMMON_CHARACTERS.test(s)))) continue;
    const list = [...new Set(strings as string[])];
    if (list.length > MAX_LIST_STRINGS) continue;
    if (!lists.some((l) => l.length === list.length && l.every((s, i) => s === list[i]))) lists.push(list);
  }
  // Rarest first: a sign of its own ("[", "@"), then by the shortest string's length (longer words are rarer).
  const rarity = (l: readonly string[]): number => Math.min(...l.map((s) => (s.length === 1 ? 100 : s.length))) - l.length / 10;
  lists.sort((a, b) => rarity(b) - rarity(a));
  return lists.length ? lists.slice(0, MAX_LISTS) : null;
}

/** A factor's one string: every position a single ASCII key (letters keyed in lower case); else null. */
function asciiString(factor: Factor): string | null {
  let s = '';
  for (const k of factor.keys) {
    if (k === 'any' || k.size !== 1) return null;
    const code = [...k][0] as number;
    if (code >= 128) return null;
    s += String.fromCharCode(code);
  }
  return s;
}

/**
 * Whether a line may match a cue: one of its alternatives (`cue`: the cue's number; `cueNeeds`: its strings) has all its
 * lists found, or needs none.
 */
export function cueNeedTest(alternatives: readonly { readonly cue: number; readonly cueNeeds: LiteralNeeds }[], cues: number, finder: NeedFinder): (cue: number, text: string) => boolean {
  // Per cue, its alternatives' needed strings; null when one of them needs none (the cue may match any line).
  const byCue: ((readonly Int32Array[])[] | null)[] = Array.from({ length: cues }, () => []);
  for (const a of alternatives) {
    const needs = byCue[a.cue];
    if (needs === undefined || needs === null) continue;
    const ids = finder.compile(a.cueNeeds);
    if (ids === null) byCue[a.cue] = null;
    else needs.push(ids);
  }
  return (cue, text) => {
    const needs = byCue[cue];
    if (needs === null || needs === undefined) return true;
    for (const n of needs) if (finder.holds(n, text)) return true;
    return false;
  };
}

/** The needed strings of all alternatives, each by a number, and what one pass over a line found of them. */
export class NeedFinder {
  private readonly ids = new Map<string, number>();
  /** Letter automaton: moves by (state * 26 + letter), and per state the numbers of the strings ending there. */
  private delta: Int32Array = new Int32Array(26);
  private outs: (readonly number[] | null)[] = [null];
  /** Per string number, then per ASCII sign (past the strings), the stamp of the last line it was found in. */
  private found = new Int32Array(0);
  private stamp = 0;
  private text: string | null = null;

  constructor(strings: Iterable<string>) {
    const words: string[] = [];
    for (const s of strings) if (!this.ids.has(s)) this.ids.set(s, LETTERS.test(s) ? words.push(s) - 1 : -1);
    this.found = new Int32Array(words.length + 128);
    for (const [s, id] of this.ids) if (id < 0) this.ids.set(s, words.length + s.charCodeAt(0));
    this.build(words);
  }

  /** The numbers of each list's strings, for `holds`. */
  compile(needs: LiteralNeeds): readonly Int32Array[] | null {
    return needs === null ? null : needs.map((list) => Int32Array.from(list, (s) => this.ids.get(s) as number));
  }

  /** Whether `text` holds a string of every list (the line is read once, when first asked about). */
  holds(needs: readonly Int32Array[], text: string): boolean {
    if (text !== this.text) this.read(text);
    const { found, stamp } = this;
    for (let i = 0; i < needs.length; i++) {
      const list = needs[i] as Int32Array;
      let hit = false;
      for (let j = 0; j < list.length && !hit; j++) hit = found[list[j] as number] === stamp;
      if (!hit) return false;
    }
    return true;
  }

  private read(text: string): void {
    this.text = text;
    // A stamp per line spares clearing the table; it is cleared when the stamps would leave the 32-bit range.
    if (this.stamp === 0x7fffffff) {
      this.found.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const { delta, outs, found } = this;
    const signs = found.length - 128;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = ((c | 32) - 97) >>> 0;
      if (k < 26) {
        state = delta[state * 26 + k] as number;
        const out = outs[state];
        if (out !== null && out !== undefined) for (let j = 0; j < out.length; j++) found[out[j] as number] = stamp;
      } else {
        state = 0;
        if (c < 128) found[signs + c] = stamp;
      }
    }
  }

  /** Aho–Corasick over the 26 letters (letterAutomaton.ts's letterTrie): a state reports its failure's strings too. */
  private build(words: readonly string[]): void {
    const { delta, ends } = letterTrie(words);
    this.delta = delta;
    this.outs = ends.map((o) => (o.length ? o : null));
  }
}
