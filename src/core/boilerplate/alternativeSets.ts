/**
 * How the cue prefilter (cuePrefilter.ts) runs a set of cue alternatives on a line.
 */

import type { NeedFinder } from './literalNeeds';

/**
 * Alternatives a line is tested against, one small regex each, compiled once per prefilter. One alternation per
 * set (before the sixth speed round) compiled a new regex for every line opening and every mask of open gates: over
 * 2,000 regexes of up to 44 alternatives on 3,000 articles, whose machine code missed the processor's caches on
 * most calls (3–4 µs a call in the engine against 0.8 when replayed warm). Whether any alternative of a set matches
 * is the same question either way; only a set holding a backreference (group numbers shift when alternatives are
 * joined) keeps the joined regex, so that the answer stays the old one.
 */
export type AlternativeSet = readonly SetMember[];

/** One alternative's regex, and the strings its every match holds (literalNeeds.ts, by number), looked for before it runs. */
export interface SetMember {
  readonly re: RegExp;
  readonly needs: readonly Int32Array[] | null;
}

/**
 * Whether one of the set matches: at the line start for sticky (anchored) ones, anywhere for the others. An
 * alternative whose needed strings the line lacks (`finder` reads it once) cannot match and is not run.
 */
export function anyMatches(set: AlternativeSet | null, text: string, finder: NeedFinder): boolean {
  if (set === null) return false;
  for (let i = 0; i < set.length; i++) {
    const { re, needs } = set[i] as SetMember;
    if (needs !== null && !finder.holds(needs, text)) continue;
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/** An alternative compiled on its own, or null when it holds a backreference or compiles only joined with the others. */
export function aloneOrNull(source: string, flags: string): RegExp | null {
  if (BACKREFERENCE.test(source)) return null;
  try {
    return new RegExp(source, flags);
  } catch {
    return null; // read only as part of the joined alternation, as before
  }
}

/** The set of the alternatives' own regexes; one joined regex when one of them has none. */
export function alternation(alts: readonly { readonly source: string; readonly regex: RegExp | null; readonly needIds: readonly Int32Array[] | null }[], flags: string): AlternativeSet | null {
  if (!alts.length) return null;
  if (alts.every((a) => a.regex !== null)) return alts.map((a) => ({ re: a.regex as RegExp, needs: a.needIds }));
  return [{ re: new RegExp(alts.map((a) => `(?:${a.source})`).join('|'), flags), needs: null }];
}
