/**
 * What a line must hold for a regex (one alternative of a cue, parsed by regexSyntax.ts) to match
 * it, matched case-insensitively without the `u` flag as the cues are:
 *   - firstKeys: the characters a match at the line's start can begin with, folded to "keys";
 *   - necessaryFactors: small regexes one of which every match contains ("google", "[»›>]").
 * Both over-approximate: a key set names every possible first character (or says "any"), and a
 * match always contains a factor. So a line whose first key is not in the set, or that holds no
 * factor, cannot match; the converse is not claimed.
 */
import { parseRegex, type CharSet, type RegexNode } from './regexSyntax';

/** The key of every character outside ASCII whose case never maps into ASCII. */
export const NON_ASCII_KEY = 128;

/** How many factors one alternative may need (beyond this the test would cost more than it saves). */
const MAX_FACTORS = 16;
/** A class of at most this many characters is a useful factor ("[»›>]", "[:：]"); \d or \s is not. */
const MAX_CLASS_FACTOR_CHARS = 4;
/** Ranges this large outside ASCII are not enumerated: their first character counts as "any". */
const MAX_ENUMERATED_RANGE = 4096;

/**
 * The key a line's first character is looked up by: ASCII letters fold to lower case (without
 * `u`, an ASCII letter matches only its two cases), other ASCII stands for itself, and the rest
 * share NON_ASCII_KEY. A character whose case maps into ASCII ("ſ", "K", "İ", "ı") gets null: the
 * caller then tries every alternative rather than trust the engine's folding rules for it.
 */
export function keyOf(code: number): number | null {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return casesTouchAscii(code) ? null : NON_ASCII_KEY;
}

/** Per code unit outside ASCII: 0 not yet known, 1 its case maps into ASCII, 2 it does not (lines start with “ or – often). */
const touchesAscii = new Uint8Array(0x10000);

function casesTouchAscii(code: number): boolean {
  let known = touchesAscii[code] as number;
  if (known === 0) {
    const c = String.fromCharCode(code);
    known = /[\0-\x7f]/.test(c.toLowerCase()) || /[\0-\x7f]/.test(c.toUpperCase()) ? 1 : 2;
    touchesAscii[code] = known;
  }
  return known === 1;
}

/** The keys a match starting at the line's first character may begin with, or 'any'. */
export function firstKeys(sequence: readonly RegexNode[]): Set<number> | 'any' {
  const keys = new Set<number>();
  const state = { any: false };
  const nullable = addFirstOfSequence(sequence, keys, state);
  // A match that may be empty succeeds at the start of any line.
  return nullable || state.any ? 'any' : keys;
}

/** Adds the first keys of a sequence; true when the whole sequence can match the empty string. */
function addFirstOfSequence(sequence: readonly RegexNode[], keys: Set<number>, state: { any: boolean }): boolean {
  for (const node of sequence) if (!addFirstOfNode(node, keys, state)) return false;
  return true;
}

function addFirstOfNode(node: RegexNode, keys: Set<number>, state: { any: boolean }): boolean {
  switch (node.type) {
    case 'char':
      addKeys({ wide: false, ranges: [[node.code, node.code]] }, keys, state);
      return false;
    case 'set':
      addKeys(node.set, keys, state);
      return false;
    case 'assertion':
      return true;
    case 'group': {
      if (node.lookaround !== 'none') return true; // consumes nothing: the next node supplies the first character
      let nullable = false;
      for (const alternative of node.alternatives) if (addFirstOfSequence(alternative, keys, state)) nullable = true;
      return nullable;
    }
    case 'repeat':
      return addFirstOfNode(node.node, keys, state) || node.min === 0;
  }
}

function addKeys(set: CharSet, keys: Set<number>, state: { any: boolean }): void {
  if (set.wide) {
    if (set.outside === undefined) {
      state.any = true;
      return;
    }
    // A complement ("[^\\w\\s.,]", "\\S"): every ASCII character it does not leave out, and any character outside ASCII.
    // Case-insensitively an ASCII letter is left out when either of its cases is (a character outside ASCII never
    // stands for one here: keyOf gives the line's first character no key when its case reaches into ASCII).
    for (let c = 0; c < 128; c++) if (!inRanges(set.outside, c) && !(isAsciiLetter(c) && inRanges(set.outside, c ^ 32))) keys.add(keyOf(c) as number);
    keys.add(NON_ASCII_KEY);
    return;
  }
  for (const [lo, hi] of set.ranges) {
    for (let c = lo; c <= Math.min(hi, 127); c++) keys.add(keyOf(c) as number);
    if (hi < 128) continue;
    const from = Math.max(lo, 128);
    if (hi - from >= MAX_ENUMERATED_RANGE) {
      state.any = true;
      return;
    }
    for (let c = from; c <= hi; c++) {
      const key = keyOf(c);
      if (key === null) {
        state.any = true;
        return;
      }
      keys.add(key);
    }
  }
}

function inRanges(ranges: readonly (readonly [number, number])[], c: number): boolean {
  return ranges.some(([lo, hi]) => lo <= c && c <= hi);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A factor: a regex source matching one short string or class, and the keys it accepts at each position. */
export interface Factor {
  readonly source: string;
  /** Per character of a match, the keys (see keyOf) it may have, or 'any'. */
  readonly keys: readonly (ReadonlySet<number> | 'any')[];
}

/** Factors one of which every match of the sequence contains, or null when none can be named. */
export function necessaryFactors(sequence: readonly RegexNode[]): Factor[] | null {
  let best: Factor[] | null = null;
  for (const c of necessaryFactorLists(sequence)) if (!best || better(c, best)) best = c;
  return best;
}

/**
 * Every list of factors the sequence's matches need, in order: each list is necessary on its own
 * (a match contains one factor of every list), so a line must show one of each.
 */
export function necessaryFactorLists(sequence: readonly RegexNode[]): Factor[][] {
  const candidates: Factor[][] = [];
  let run = '';
  let runKeys: (ReadonlySet<number> | 'any')[] = [];
  const flush = (): void => {
    if (runKeys.length) candidates.push([{ source: run, keys: runKeys }]);
    run = '';
    runKeys = [];
  };
  for (const node of sequence) {
    if (node.type === 'char') {
      // Consecutive literal characters must appear together.
      run += escapeCode(node.code);
      runKeys.push(keysOfSet(single(node.code)));
      continue;
    }
    flush();
    const factors = nodeFactors(node);
    if (factors) candidates.push(factors);
  }
  flush();
  return candidates;
}

/**
 * One-character classes every match holds, of no letter, space or character outside ASCII ("\d" of
 * "\d{4}"): a set, or a repeat of at least one of a set, at the sequence's top level. Too wide to
 * be a factor, but a gate finds one for the price of a table look-up per character, and a line
 * without a digit is common where one without a letter is not.
 */
export function necessaryClassLists(sequence: readonly RegexNode[]): Factor[][] {
  const lists: Factor[][] = [];
  for (const node of sequence) {
    const set = node.type === 'set' ? node.set : node.type === 'repeat' && node.min >= 1 && node.node.type === 'set' ? node.node.set : null;
    if (set === null || set.wide) continue;
    const keys = keysOfSet(set);
    if (keys === 'any' || [...keys].some((k) => (k >= 97 && k <= 122) || k === 32 || k >= NON_ASCII_KEY)) continue;
    lists.push([{ source: classSource(set), keys: [keys] }]);
  }
  return lists;
}

function nodeFactors(node: RegexNode): Factor[] | null {
  switch (node.type) {
    case 'char':
      return [{ source: escapeCode(node.code), keys: [keysOfSet(single(node.code))] }];
    case 'set':
      return !node.set.wide && setSize(node.set) <= MAX_CLASS_FACTOR_CHARS ? [{ source: classSource(node.set), keys: [keysOfSet(node.set)] }] : null;
    case 'assertion':
      return null;
    case 'group': {
      // A negative look-around or a look-behind promises nothing about the text a match covers…
      if (node.lookaround === 'negative-or-behind') return null;
      // … a look-ahead's text must be there (at the position it looks from), as a group's must.
      const out: Factor[] = [];
      for (const alternative of node.alternatives) {
        const factors = necessaryFactors(alternative);
        if (!factors) return null;
        out.push(...factors);
      }
      return out.length <= MAX_FACTORS ? out : null;
    }
    case 'repeat':
      return node.min >= 1 ? nodeFactors(node.node) : null;
  }
}

/**
 * The better of two candidate factor lists: the one whose weakest factor is rarer in text (signs
 * are rarer than letters, so "/" beats "id"), then the one with fewer factors.
 */
function better(a: readonly Factor[], b: readonly Factor[]): boolean {
  const weakest = (fs: readonly Factor[]) => Math.min(...fs.map(rarity));
  const ra = weakest(a);
  const rb = weakest(b);
  return ra !== rb ? ra > rb : a.length < b.length;
}

function rarity(f: Factor): number {
  let sum = 0;
  for (const k of f.keys) sum += k === 'any' || k.size > 2 ? 0.5 : [...k].some((c) => c === NON_ASCII_KEY) ? 3 : [...k].every((c) => /[a-z0-9 ]/.test(String.fromCharCode(c))) ? 1 : 2;
  return sum;
}

/** The keys of a factor's character set (a set too large or open to name counts as 'any'). */
export function keysOfSet(set: CharSet): ReadonlySet<number> | 'any' {
  const keys = new Set<number>();
  const state = { any: false };
  addKeys(set, keys, state);
  return state.any ? 'any' : keys;
}

function single(code: number): CharSet {
  return { wide: false, ranges: [[code, code]] };
}

/** True when two factors might both match at one position of a text (their keys meet at every shared position). */
export function mayMatchTogether(a: Factor, b: Factor): boolean {
  for (let i = 0; i < Math.min(a.keys.length, b.keys.length); i++) {
    const ka = a.keys[i] as ReadonlySet<number> | 'any';
    const kb = b.keys[i] as ReadonlySet<number> | 'any';
    if (ka !== 'any' && kb !== 'any' && ![...ka].some((k) => kb.has(k))) return false;
  }
  return true;
}

function setSize(set: Extract<CharSet, { wide: false }>): number {
  return set.ranges.reduce((n, [lo, hi]) => n + hi - lo + 1, 0);
}

function classSource(set: Extract<CharSet, { wide: false }>): string {
  return `[${set.ranges.map(([lo, hi]) => (lo === hi ? escapeCode(lo) : `${escapeCode(lo)}-${escapeCode(hi)}`)).join('')}]`;
}

/** A code unit as regex source that means exactly that unit, in and out of classes. */
function escapeCode(code: number): string {
  const c = String.fromCharCode(code);
  return /[A-Za-z0-9 ]/.test(c) ? c : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A regex every text matching `source` (compiled with `flags`) also matches, made of the source's
 * necessary factors, or null when none can be named. A cheap test before an expensive one. The
 * source must be one alternative (a top-level "|" would change what it means inside a larger pattern).
 */
export function literalPrecheck(source: string, flags: string): RegExp | null {
  try {
    const alternatives = parseRegex(source, flags.includes('u'));
    const factors = alternatives.length === 1 ? necessaryFactors(alternatives[0] as RegexNode[]) : null;
    return factors ? new RegExp(factors.map((f) => f.source).join('|'), flags.replace(/[gy]/gu, '')) : null;
  } catch {
    return null;
  }
}

const anyPrechecks = new WeakMap<readonly RegExp[], RegExp | null>();

/**
 * A regex every text that one of `regexes` matches also matches (their literal prechecks as one
 * alternation), or null when one of them has none. One scan tells that none of them can match a
 * text. Worked out once per array (a language's compiled patterns).
 */
export function anyPrecheck(regexes: readonly RegExp[]): RegExp | null {
  let precheck = anyPrechecks.get(regexes);
  if (precheck === undefined) anyPrechecks.set(regexes, (precheck = buildAnyPrecheck(regexes)));
  return precheck;
}

function buildAnyPrecheck(regexes: readonly RegExp[]): RegExp | null {
  const flags = new Set(regexes.map((re) => re.flags.replace(/[gyd]/gu, '')));
  if (flags.size !== 1) return null;
  const sources: string[] = [];
  for (const re of regexes) {
    const precheck = literalPrecheck(re.source, re.flags);
    if (precheck === null) return null;
    sources.push(`(?:${precheck.source})`);
  }
  return sources.length ? new RegExp(sources.join('|'), [...flags][0]) : null;
}
