/**
 * The strings of ASCII characters a cue alternative's every match holds ("hak", "cipta" of
 * "\bhak\s+cipta\s+…"; "[" and "mail|surel" of ".{0,80}\[\s*(alamat\s+)?(e-?mail|surel)…"), read off
 * necessaryFactorLists. The gates (cueGates.ts) find one such list per alternative, and past 31 gates
 * they merge: "cipta" shares a gate with "berita" and "dok", "lalu" with "google" and "whatsapp", so
 * most of the alternatives a line ran (95 regex calls per article, 1 in 40 matching) could not match
 * it. Looking for every list in the lower-cased line costs an `includes` each and tells most of them apart.
 *
 * Why lower case is exact here: the cues are matched case-insensitively without the `u` flag, where an
 * ASCII letter matches its two cases only and any other ASCII character itself only. Lower-casing maps
 * ASCII letters to lower case and leaves other ASCII alone, so a run of ASCII characters a match holds
 * is in the lower-cased line; a character outside ASCII that lower-cases into ASCII ("K", "İ") can only
 * make a string found that the regex would not match, which costs a regex call, never an answer.
 */
import type { RegexNode } from './regexSyntax';
import { necessaryFactorLists, type Factor } from './regexShape';

/** Lists of strings (lower case), one string of each list in every match; null when none is worth looking for. */
export type LiteralNeeds = readonly (readonly string[])[] | null;

/** A list is looked for only when each of its strings is this long, or one sign rarer than the common ones. */
const MIN_NEED_CHARS = 3;
const COMMON_CHARACTERS = /^[a-z0-9 .,\-:;'"()!?]$/;
/** A list of more strings costs an `includes` each on a line that holds none (the usual case): such lists are left out. */
const MAX_LIST_STRINGS = 16;
/** The lists looked for per alternative, the likeliest to be missing first (a line lacking the first settles it). */
const MAX_LISTS = 2;

export function literalNeeds(nodes: readonly RegexNode[]): LiteralNeeds {
  const lists: string[][] = [];
  for (const factors of necessaryFactorLists(nodes)) {
    const strings = factors.map(asciiString);
    if (strings.some((s) => s === null || (s.length < MIN_NEED_CHARS && (s.length !== 1 || COMMON_CHARACTERS.test(s))))) continue;
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

/** Whether the lower-cased line holds a string of every list. */
export function holdsNeeds(needs: readonly (readonly string[])[], lower: string): boolean {
  for (let i = 0; i < needs.length; i++) {
    const list = needs[i] as readonly string[];
    let found = false;
    for (let j = 0; j < list.length && !found; j++) found = lower.includes(list[j] as string);
    if (!found) return false;
  }
  return true;
}

/** A line and, worked out once when first asked for, its lower-cased text. */
export class LineCase {
  private text = '';
  private lower: string | null = null;

  /** The lower-cased text of `text`, computed again only for a new line. */
  lowerOf(text: string): string {
    if (text !== this.text || this.lower === null) {
      this.text = text;
      this.lower = text.toLowerCase();
    }
    return this.lower;
  }
}
