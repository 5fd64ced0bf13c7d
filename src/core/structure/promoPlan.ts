/**
 * Which promo-outlet patterns (language data `promoOutlets`) a line needs to run, worked out once per language. Two
 * tests, both read off the patterns by the strict regex reader of the cue prefilter (boilerplate/regexShape.ts):
 *   - most patterns are anchored at the line's start ("^(?:©|copyright)…", "^sumber…"), so the line's first character
 *     rules them out (per key, regexShape.ts keyOf, the patterns that may match a line starting with it, in order);
 *   - most need a word of letters somewhere ("berlangganan", "adalah|merupakan", "portal|situs|media"), and one pass
 *     of an automaton over the line's letters (letterAutomaton.ts) finds every such word of every pattern at once: a
 *     pattern none of whose words the line holds is not run. Those starting "^\p{Lu}…" fail late, and cost the most.
 * Patterns run in the data's order either way (the first that names an outlet wins).
 */
import { keyOf, necessaryFactorLists, NON_ASCII_KEY, type Factor } from '../boilerplate/regexShape';
import { firstCharacterKeys } from '../boilerplate/regexPrefix';
import { parseRegex, type RegexNode } from '../boilerplate/regexSyntax';
import { buildLetterAutomaton, letterIndex, ROW, ROW_SHIFT, type LetterAutomaton } from '../boilerplate/letterAutomaton';

export interface PromoList {
  /** The patterns to run, in the data's order. */
  readonly patterns: readonly RegExp[];
  /** Per pattern, the bits of the words it needs (one of them must be found), or 0 when it needs none we can name. */
  readonly needs: Int32Array;
}

export interface PromoPlan {
  /** Per key 0 … NON_ASCII_KEY. */
  readonly byKey: readonly PromoList[];
  /** Every pattern: for an empty line and a first character whose case folds into ASCII (key null). */
  readonly all: PromoList;
  /** Finds the patterns' words. */
  readonly words: LetterAutomaton;
  /** Per UTF-16 unit that is no ASCII letter, the bits of the patterns needing it as a sign ("©", "[|·•]"). */
  readonly signs: Int32Array;
}

/** Bits a pattern's words may set: pattern i sets bit i % WORD_BITS (patterns sharing a bit only run more often). */
const WORD_BITS = 30;
/** "k" and "s" match these under the `u` flag's case folding (Kelvin sign, long s): a line holding one runs every pattern. */
const KELVIN = 0x212a;
const LONG_S = 0x17f;

const plans = new WeakMap<readonly RegExp[], PromoPlan>();

export function promoPlan(promoOutlets: readonly RegExp[]): PromoPlan {
  let plan = plans.get(promoOutlets);
  if (plan === undefined) plans.set(promoOutlets, (plan = buildPlan(promoOutlets)));
  return plan;
}

function buildPlan(promoOutlets: readonly RegExp[]): PromoPlan {
  // Both tables hold for the flags "i" and "iu" only (ASCII letters fold as keyOf and the automaton say); other flags: always run.
  const folding = promoOutlets.map((re) => ['i', 'iu'].includes(re.flags.replace(/[gyd]/gu, '')));
  const starts = promoOutlets.map((re, i) => (folding[i] ? firstCharacterKeys(re.source, re.unicode) : null));
  const needed = promoOutlets.map((re, i) => (folding[i] ? neededFactors(re.source, re.unicode) : null));
  const signs = new Int32Array(0x10000);
  needed.forEach((w, i) => {
    if (w === null) return;
    const units = w.signs.map((sign) => signUnits(sign, promoOutlets[i] as RegExp));
    // A sign that an ASCII letter matches would be missed (the pass reads letters through the automaton only).
    if (units.some((u) => u === null)) needed[i] = null;
    else for (const list of units) for (const c of list ?? []) signs[c] = (signs[c] as number) | (1 << i % WORD_BITS);
  });
  const needs = Int32Array.from(needed, (w, i) => (w === null ? 0 : 1 << i % WORD_BITS));
  const literals = needed.flatMap((w, i) => (w?.words ?? []).map((word) => ({ word, bits: 1 << i % WORD_BITS })));
  const listOf = (picked: readonly number[]): PromoList => ({ patterns: picked.map((i) => promoOutlets[i] as RegExp), needs: Int32Array.from(picked, (i) => needs[i] as number) });
  const all = listOf(promoOutlets.map((_, i) => i));
  const byKey: PromoList[] = [];
  // Lists with the same patterns share one object.
  const seen = new Map<string, PromoList>();
  for (let key = 0; key <= NON_ASCII_KEY; key++) {
    const picked = promoOutlets.map((_, i) => i).filter((i) => starts[i] === null || starts[i]?.[key] === 1);
    const id = picked.join(',');
    let list = seen.get(id);
    if (list === undefined) seen.set(id, (list = picked.length === promoOutlets.length ? all : listOf(picked)));
    byKey.push(list);
  }
  return { byKey, all, words: buildLetterAutomaton(literals), signs };
}

/** The UTF-16 units a sign (a regex source of one character) matches under the pattern's flags, or null when one is an ASCII letter. */
function signUnits(sign: string, pattern: RegExp): number[] | null {
  const re = new RegExp(`^(?:${sign})$`, pattern.flags.replace(/[gyd]/gu, ''));
  const units: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (!re.test(String.fromCharCode(c))) continue;
    if (letterIndex(c) < 26) return null;
    units.push(c);
  }
  return units;
}

/** What a pattern needs: one of these words of ASCII letters (lower case) or signs (regex sources of one character). */
interface Needed {
  readonly words: readonly string[];
  readonly signs: readonly string[];
}

/**
 * Words of ASCII letters and signs one of which every match holds (of the factor lists made only of those, the one
 * with the longest shortest word, a sign counting as long), or null when there is none.
 */
function neededFactors(source: string, unicode: boolean): Needed | null {
  let alternatives: RegexNode[][];
  try {
    alternatives = parseRegex(source, unicode);
  } catch {
    return null;
  }
  const sequence = alternatives.length === 1 ? (alternatives[0] as RegexNode[]) : [{ type: 'group' as const, alternatives, lookaround: 'none' as const }];
  let best: Needed | null = null;
  for (const list of necessaryFactorLists(sequence)) {
    const words: string[] = [];
    const signs: string[] = [];
    for (const f of list) {
      const word = letterWord(f);
      if (word !== null) words.push(word);
      else if (isSign(f)) signs.push(f.source);
      else break;
    }
    if (words.length + signs.length < list.length) continue;
    const found = { words, signs };
    if (best === null || shortest(found) > shortest(best)) best = found;
  }
  return best;
}

/** A sign is rarer in text than a short word. */
const SIGN_LENGTH = 4;
const shortest = (n: Needed): number => Math.min(...n.words.map((w) => w.length), ...n.signs.map(() => SIGN_LENGTH));

/**
 * A factor of one character that is no ASCII letter and no surrogate (the table of signs holds UTF-16 units): "©",
 * "[|·•]". A letter outside ASCII may stand in one (its cases are found by the factor's own regex, under the pattern's flags).
 */
function isSign(f: Factor): boolean {
  const k = f.keys[0];
  return f.keys.length === 1 && k !== undefined && k !== 'any' && [...k].every((key) => key < 97 || key > 122) && !/\\u[dD][89a-fA-F]|\\u\{/u.test(f.source);
}

/** A factor that is a word of ASCII letters (each position one letter key), as that word in lower case, else null. */
function letterWord(f: Factor): string | null {
  let word = '';
  for (const k of f.keys) {
    if (k === 'any' || k.size !== 1) return null;
    const [key] = k as ReadonlySet<number>;
    if (key === undefined || key < 97 || key > 122) return null;
    word += String.fromCharCode(key);
  }
  return word.length > 0 ? word : null;
}

/** The patterns a line may match, by its first character. */
export function promoListFor(plan: PromoPlan, text: string): PromoList {
  if (text.length === 0) return plan.all;
  const key = keyOf(text.charCodeAt(0));
  return key === null ? plan.all : (plan.byKey[key] as PromoList);
}

/** The bits of the words the line holds (see PromoList.needs), or -1 (every bit) when it holds a letter that folds into ASCII. */
export function promoWordsIn(plan: PromoPlan, text: string): number {
  const { delta, out } = plan.words;
  const signs = plan.signs;
  let row = 0;
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = letterIndex(c);
    if (k < 26) {
      const move = delta[row + k] as number;
      row = move & -ROW;
      if ((move & 1) !== 0) found |= out[move >> ROW_SHIFT] as number;
    } else if (c === KELVIN || c === LONG_S) return -1;
    else {
      row = 0;
      found |= signs[c] as number;
    }
  }
  return found;
}
