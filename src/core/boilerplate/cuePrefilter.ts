/**
 * Which cues can match a line, decided without running them all. Most lines of an article match
 * no cue, and running some sixty cue alternatives on each (several scan the whole line) was the
 * structure pass's largest cost. The shape of each alternative is derived from the language data
 * (regexShape.ts), never written by hand:
 *   - an alternative anchored at the line start whose first character is one of a few goes into
 *     the bucket of each of those characters; a line runs only its first character's bucket;
 *   - any other alternative that needs a literal ("google", "|", "[»›>]") runs only on lines
 *     holding one of those literals (one scan for all of them);
 *   - an alternative of which nothing can be said runs on every line, as before;
 *   - an alternative ending with "$" does not run on a line whose last character its matches cannot end with (regexEnd.ts).
 * The answer is the old one exactly: a line passes when an anchored alternative matches at its
 * start, or (on lines of at most MAX_WORDS_FOR_UNANCHORED words) another matches anywhere.
 */
import { parseRegex, topLevelAlternatives, type RegexNode } from './regexSyntax';
import { firstKeys, keyOf, NON_ASCII_KEY, necessaryClassLists, necessaryFactorLists, necessaryFactors, type Factor } from './regexShape';
import { mayContinue, prefixShapes, prefixTable, type PrefixTable } from './regexPrefix';
import { buildGates, gateKey, isCheapGate, MAX_GATES } from './cueGates';
import type { LetterAutomaton } from './letterAutomaton';
import { endAllows, endKeyOf, endKeys, END_KEYS } from './regexEnd';
import { aloneOrNull, alternation, anyMatches, type AlternativeSet } from './alternativeSets';
import { needsSpacePair, SPACE_PAIR } from './regexSpacePair';
import { cueNeedTest, literalNeeds, NeedFinder, type LiteralNeeds } from './literalNeeds';

/** Cues that may match anywhere in a line are for short lines (captions, credits, promo fragments). */
export const MAX_WORDS_FOR_UNANCHORED = 30;
/** An alternative that may start with more characters than this is gated by its literals instead, when it has some. */
const MAX_BUCKET_KEYS = 20;

export interface CuePrefilter {
  /** True exactly when some anchored alternative matches at the start, or some other one (on a short line) anywhere. */
  test(text: string, words: number): boolean;
  /**
   * When `test` is true, the indices of the cues (in data order) that may match the line; else null.
   * `lettersFound`: what the `letters` automaton found in the line, when the caller stepped it.
   */
  candidates(text: string, words: number, lettersFound?: number): readonly number[] | null;
  /**
   * False when the line lacks a string every match of the cue holds (literalNeeds.ts), so that the cue cannot match it:
   * of the candidates a passing line tries (27 full cue regexes per article), most fail, many for want of a word.
   */
  mayHold(cue: number, text: string): boolean;
  /** The automaton of the cues' letter literals, for the word counter to step (null when there are none). */
  readonly letters: LetterAutomaton | null;
}

interface Alternative {
  readonly cue: number;
  /** Its place among all the alternatives (names a set of them). */
  readonly index: number;
  readonly source: string;
  readonly anchored: boolean;
  /** The first characters of its matches (regexPrefix.ts), or null when unknown. */
  readonly shapes: ReturnType<typeof prefixShapes>;
  /** The alternative alone, sticky when anchored (see AlternativeSet); null when it holds a backreference. */
  readonly regex: RegExp | null;
  /** The keys its matches may end the line with (regexEnd.ts), or null when unknown. */
  ends: Uint8Array | null;
  /** Every match holds two white-space characters in a row (regexSpacePair.ts). */
  readonly pair: boolean;
  /** Strings of ASCII characters its every match holds (literalNeeds.ts), looked for before it runs (null: not looked for). */
  readonly needs: LiteralNeeds;
  /** The same strings, looked for before its cue's regex runs. */
  readonly cueNeeds: LiteralNeeds;
  /** `needs` by the numbers of the prefilter's NeedFinder (set once every alternative is read). */
  needIds: readonly Int32Array[] | null;
}

interface Bucket {
  /** The anchored alternatives a line starting with this key may match, and the ungated ones. */
  readonly alternatives: readonly Alternative[];
  /** The cues of those alternatives and of the ungated ones, in data order. */
  readonly cues: readonly number[];
  /** Candidate lists by mask of open gates, filled as masks occur. */
  readonly withGates: Map<number, readonly number[]>;
  /** Some of its alternatives need two white-space characters in a row (then a line is looked at for them). */
  readonly pairs: boolean;
}

/** The gated alternatives that a mask of open gates lets through. */
interface GatedRun {
  readonly open: readonly Alternative[];
  readonly cues: readonly number[];
  /** By the line's end key, those of them a line ending so may match, anchored and not. */
  readonly byEnd: ({ readonly anchored: AlternativeSet | null; readonly inside: AlternativeSet | null } | undefined)[];
}

/** How many filtered lists are kept in all (a bound on memory over a corpus of any size: all are dropped when full). */
const MAX_REMEMBERED_LISTS = 50000;

/**
 * Builds the prefilter for the cue patterns, in the data's order. `maxLists`: how many filtered
 * candidate lists to keep for lines that open alike (other values than the default only to test
 * that keeping them, and dropping them when full, changes nothing; 0 keeps none).
 */
export function buildCuePrefilter(patterns: readonly string[], maxLists = MAX_REMEMBERED_LISTS): CuePrefilter {
  const bucketed = new Map<number, Alternative[]>();
  const everywhere: Alternative[] = []; // anchored, tried on every line
  const ungatedInside: Alternative[] = [];
  const gated: Alternative[] = [];
  const needs: Factor[][] = [];
  const otherNeeds: Factor[][][] = [];
  // What each cue's line must show for one of its alternatives to match (cueMayMatch below).
  const mayMatch: AlternativeTest[][] = patterns.map(() => []);
  const gatedTests: { readonly cue: number; readonly gated: number }[] = [];
  const startTests = new Map<Alternative, AlternativeTest>();
  const classKeys = new Set<string>(); // the keys of necessaryClassLists' lists
  let alternatives = 0;
  const all: Alternative[] = [];
  patterns.forEach((pattern, cue) => {
    for (const raw of topLevelAlternatives(pattern)) {
      const anchored = raw.startsWith('^');
      const source = anchored ? raw.slice(1) : raw;
      const nodes = parsedOrNull(source);
      const shapes = anchored && nodes ? prefixShapes(nodes) : null;
      const keys = anchored && nodes ? firstKeys(nodes) : 'any';
      const factors = nodes ? necessaryFactors(nodes) : null;
      const byFirst = keys !== 'any' && (keys.size <= MAX_BUCKET_KEYS || !factors);
      const strings = nodes ? literalNeeds(nodes) : null;
      // A sticky alternative of a few first characters fails at the line's start, at the cost of the call: its strings
      // are looked for only when it is tried as a cue (cueNeeds below).
      const alt: Alternative = { cue, index: alternatives++, source, anchored, shapes, regex: aloneOrNull(source, anchored ? 'iy' : 'i'), ends: nodes ? endKeys(source, nodes) : null, pair: nodes !== null && needsSpacePair(nodes), needs: strings, cueNeeds: strings, needIds: null };
      all.push(alt);
      if (byFirst) {
        for (const key of keys) bucketed.set(key, [...(bucketed.get(key) ?? []), alt]);
        const test = startTest(keys, alt);
        startTests.set(alt, test);
        mayMatch[cue]?.push(test);
      } else if (factors) {
        gatedTests.push({ cue, gated: gated.length });
        gated.push(alt);
        needs.push(factors);
        // The alternative's other necessary literals that a gate finds for free ("." and "/" of ".{10,300}\.\s+/"):
        // it runs only where all of them are found.
        const primary = gateKey(factors);
        // Classes of signs and digits ("\\d" of "\\d{4}") too, which the table of units finds as cheaply.
        const classes = necessaryClassLists(nodes as RegexNode[]);
        for (const l of classes) classKeys.add(gateKey(l));
        const others = [...necessaryFactorLists(nodes as RegexNode[]), ...classes];
        otherNeeds.push(others.filter((l) => gateKey(l) !== primary && isCheapGate(l)));
      } else {
        (anchored ? everywhere : ungatedInside).push(alt);
        mayMatch[cue]?.push(ALWAYS);
      }
    }
  });

  // One pass of an automaton over a line finds every needed string of every alternative (literalNeeds.ts).
  const finder = new NeedFinder(all.flatMap((a) => (a.cueNeeds ?? []).flat()));
  for (const a of all) a.needIds = finder.compile(a.needs);

  // When an alternative runs only joined with the others (a backreference: alternativeSets.ts), no set loses members
  // by the line's end, so that every joined regex keeps the group numbers it had.
  if (all.some((a) => a.regex === null)) for (const a of all) a.ends = null;

  // The other literals get gates of their own only while there is room (primary gates are never widened for
  // them), but for one-character classes of signs and digits: past the limit gates merge rarest first
  // (cueGates.ts), and a line without a digit skips every alternative that needs one.
  const known = new Set(needs.map(gateKey));
  const extraLists: Factor[][] = [];
  const extrasOf = otherNeeds.map((lists) =>
    lists.flatMap((l) => {
      const key = gateKey(l);
      if (!known.has(key) && known.size >= MAX_GATES && !classKeys.has(key)) return [];
      known.add(key);
      return [needs.length + extraLists.push(l) - 1];
    }),
  );
  const gates = buildGates([...needs, ...extraLists]);
  const need = gated.map((_, i) => [i, ...(extrasOf[i] ?? [])].reduce((bits, list) => bits | (1 << (gates.gateOf[list] as number)), 0));
  for (const { cue, gated: i } of gatedTests) {
    const bits = need[i] as number;
    mayMatch[cue]?.push((_text, _key, mask) => (mask & bits) === bits);
  }
  // A gate of strings costs a regex scan of the line, and its alternatives are few: it is looked for only when one of
  // them could still match, its other gates open (all found for free) and the line's last character one it may end with.
  // Leaving its bit closed otherwise drops from the line's run and candidates only alternatives that cannot match.
  const stringUsers = gated.flatMap((a, i) => {
    const bits = need[i] as number;
    return (bits & gates.stringBits) === 0 ? [] : [{ strings: bits & gates.stringBits, others: bits & ~gates.stringBits, ends: a.ends }];
  });
  const wantedStrings = (cheap: number, end: number): number => {
    let wanted = 0;
    for (const u of stringUsers) if ((cheap & u.others) === u.others && endAllows(u.ends, end)) wanted |= u.strings;
    return wanted;
  };
  const cueMayMatch = (cue: number, text: string, key: number | null, mask: number): boolean => (mayMatch[cue] ?? []).some((t) => t(text, key, mask));
  const runs = new Map<number, GatedRun>();
  const gatedRun = (mask: number): GatedRun => {
    let run = runs.get(mask);
    if (!run) {
      const open = gated.filter((_, i) => (mask & (need[i] as number)) === need[i]);
      run = { open, cues: open.map((a) => a.cue), byEnd: [] };
      runs.set(mask, run);
    }
    return run;
  };

  const alwaysCues = [...everywhere, ...ungatedInside].map((a) => a.cue);
  const bucketOf = (alts: readonly Alternative[]): Bucket => ({
    alternatives: [...alts, ...everywhere],
    cues: sortedUnique([...alts.map((a) => a.cue), ...alwaysCues]),
    withGates: new Map(),
    pairs: [...alts, ...everywhere].some((a) => a.pair),
  });
  const buckets = new Map<number, Bucket>();
  for (const [key, alts] of bucketed) buckets.set(key, bucketOf(alts));
  const noBucket = bucketOf([]);
  // A first character whose case reaches into ASCII tries every bucketed alternative.
  const allBuckets = bucketOf([...new Set([...bucketed.values()].flat())]);
  const insideByEnd: (AlternativeSet | null | undefined)[] = [];
  const ending = (alts: readonly Alternative[], end: number): Alternative[] => alts.filter((a) => endAllows(a.ends, end));
  // A bucket's sticky alternatives, cut down to those a line's opening (first three characters' keys) allows:
  // the bucket of a common first letter grew with the cues, and most of it cannot match after the line's next two.
  const startSets = new Map<number, AlternativeSet | null>();
  // And by the line's last character (regexEnd.ts): most lines are prose ending with ".", which few cues can end with.
  // And by whether the line holds two white-space characters in a row (regexSpacePair.ts): prose lines seldom do.
  const startSet = (bucket: Bucket, text: string, key: number | null, opening: number, end: number): AlternativeSet | null => {
    const pair = bucket.pairs && SPACE_PAIR.test(text);
    const at = (opening * END_KEYS + end) * 2 + (pair ? 1 : 0);
    let re = startSets.get(at);
    if (re === undefined) {
      re = alternation(ending(bucket.alternatives, end).filter((a) => (pair || !a.pair) && (startTests.get(a) ?? ALWAYS)(text, key, 0)), 'iy');
      if (startSets.size >= maxLists) startSets.clear();
      if (maxLists > 0) startSets.set(at, re);
    }
    return re;
  };
  // The cues a line may match depend on its first three characters' keys and the open gates alone (the tests in
  // mayMatch read no more), and lines open alike again and again: each filtered list is worked out once.
  const filteredByMask = new Map<number, Map<number, readonly number[]>>();
  let remembered = 0;
  const mayHold = cueNeedTest(all, patterns.length, finder);

  const candidates = (text: string, words: number, lettersFound?: number): readonly number[] | null => {
    if (!text) return null;
    const key = keyOf(text.charCodeAt(0));
    const bucket = key === null ? allBuckets : (buckets.get(key) ?? noBucket);
    const short = words <= MAX_WORDS_FOR_UNANCHORED;
    const end = endKeyOf(text);
    let mask = gates.openCheap(text, lettersFound);
    const wanted = wantedStrings(mask, end);
    if (wanted !== 0) mask |= gates.openStrings(text, wanted);
    const run = mask === 0 ? null : gatedRun(mask);
    const opening = openingKey(key, text);
    let inside = insideByEnd[end];
    if (inside === undefined) inside = insideByEnd[end] = alternation(ending(ungatedInside, end), 'i');
    let sets = run?.byEnd[end];
    if (run !== null && sets === undefined) {
      const open = ending(run.open, end);
      sets = run.byEnd[end] = { anchored: alternation(open.filter((a) => a.anchored), 'iy'), inside: alternation(open.filter((a) => !a.anchored), 'i') };
    }
    const pass =
      anyMatches(startSet(bucket, text, key, opening, end), text, finder) ||
      (short && anyMatches(inside, text, finder)) ||
      (sets !== undefined && (anyMatches(sets.anchored, text, finder) || (short && anyMatches(sets.inside, text, finder))));
    if (!pass) return null;
    let list = run === null ? bucket.cues : bucket.withGates.get(mask);
    if (!list) bucket.withGates.set(mask, (list = sortedUnique([...bucket.cues, ...(run?.cues ?? [])])));
    // Only the cues whose line this can be: a cue none of whose alternatives can match is not tried.
    if (maxLists === 0) return list.filter((cue) => cueMayMatch(cue, text, key, mask));
    let byOpening = filteredByMask.get(mask);
    let kept = byOpening?.get(opening);
    if (kept === undefined) {
      kept = list.filter((cue) => cueMayMatch(cue, text, key, mask));
      if (remembered >= maxLists) {
        filteredByMask.clear();
        remembered = 0;
        byOpening = undefined;
      }
      if (!byOpening) filteredByMask.set(mask, (byOpening = new Map()));
      byOpening.set(opening, kept);
      remembered++;
    }
    return kept;
  };
  return { candidates, mayHold, letters: gates.letters, test: (text, words) => candidates(text, words) !== null };
}

/**
 * One number for what the alternative tests read of a line (`key`: its first character's): the keys of its
 * first three characters (NON_ASCII_KEY + 1 for a key that is null, + 2 past the line's end).
 */
function openingKey(key: number | null, text: string): number {
  const size = NON_ASCII_KEY + 3;
  const at = (i: number): number => (i >= text.length ? NON_ASCII_KEY + 2 : (keyOf(text.charCodeAt(i)) ?? NON_ASCII_KEY + 1));
  return ((key ?? NON_ASCII_KEY + 1) * size + at(1)) * size + at(2);
}

/** Whether one alternative can match a line, from its first key (null: unknown), its first characters and the open gates. */
type AlternativeTest = (text: string, key: number | null, mask: number) => boolean;

const ALWAYS: AlternativeTest = () => true;

/** An anchored alternative matches only a line whose first characters its prefix allows (regexPrefix.ts). */
function startTest(keys: ReadonlySet<number>, alt: Alternative): AlternativeTest {
  const tables = new Map<number, PrefixTable | null>();
  for (const key of keys) tables.set(key, alt.shapes === null ? null : prefixTable([alt.shapes], key));
  return (text, key) => key === null || (keys.has(key) && mayContinue(tables.get(key) ?? null, text));
}

function parsedOrNull(source: string): RegexNode[] | null {
  try {
    const alternatives = parseRegex(source);
    // One alternative by construction (topLevelAlternatives split the bars); a group of one keeps the shape code simple.
    return alternatives.length === 1 ? (alternatives[0] as RegexNode[]) : [{ type: 'group', alternatives, lookaround: 'none' }];
  } catch {
    return null; // a construct the parser does not know: nothing is assumed about this alternative
  }
}

function sortedUnique(cues: readonly number[]): number[] {
  return [...new Set(cues)].sort((a, b) => a - b);
}
