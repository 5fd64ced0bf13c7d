/**
 * The first three characters a match of a regex (one cue alternative, parsed by regexSyntax.ts)
 * can have, as key sets (regexShape.ts keyOf): the cue prefilter reads a line's second and third
 * characters before it runs the sticky regex of the line's first character ("Bupati" cannot start
 * "baca" or "berita", "Pemerintah" not "penulis"), since most lines start with a capitalised word
 * that some cue's first letter shares. Over-approximates, like firstKeys: look-arounds and
 * assertions count as consuming nothing, a repeat's upper bound is not read, and a set too open
 * to name is 'any'.
 */
import { parseRegex, topLevelAlternatives, type CharSet, type RegexNode } from './regexSyntax';
import { firstKeys, keyOf, keysOfSet, NON_ASCII_KEY } from './regexShape';

type Keys = ReadonlySet<number> | 'any';
/** The keys of a match's first characters, at most DEPTH; a shorter shape: the match may end there. */
type Shape = readonly Keys[];

const DEPTH = 3;
/** Beyond this many distinct shapes an alternative is not worth reading (its prefix is then unknown). */
const MAX_SHAPES = 1024;

class TooMany extends Error {}

/** The shapes of a sequence's matches (their first DEPTH characters), or null when there are too many to list. */
export function prefixShapes(sequence: readonly RegexNode[]): Shape[] | null {
  try {
    return shapesOfSequence(sequence);
  } catch (e) {
    if (e instanceof TooMany) return null;
    throw e;
  }
}

/** By key: 1 where a line's second character may be that key; and per such key, the third character's keys (null: any). */
export interface PrefixTable {
  readonly second: Uint8Array;
  readonly third: readonly (Uint8Array | null)[];
}

/**
 * What the second and third characters of a match may be when its first has key `first`, over the
 * shapes of several alternatives; null when a match can end after its first character, or its
 * second character can be anything.
 */
export function prefixTable(shapeLists: readonly (readonly Shape[] | null)[], first: number): PrefixTable | null {
  const second = new Uint8Array(NON_ASCII_KEY + 1);
  const thirdSets = new Map<number, Set<number> | 'any'>();
  for (const shapes of shapeLists) {
    if (shapes === null) return null;
    for (const shape of shapes) {
      const k0 = shape[0];
      if (k0 === undefined) return null;
      if (k0 !== 'any' && !k0.has(first)) continue;
      const k1 = shape[1];
      if (k1 === undefined || k1 === 'any') return null;
      const k2 = shape[2];
      for (const k of k1) {
        second[k] = 1;
        const known = thirdSets.get(k) ?? new Set<number>();
        if (known === 'any' || k2 === undefined || k2 === 'any') thirdSets.set(k, 'any');
        else thirdSets.set(k, new Set([...known, ...k2]));
      }
    }
  }
  const third: (Uint8Array | null)[] = [];
  for (let k = 0; k <= NON_ASCII_KEY; k++) {
    const keys = thirdSets.get(k);
    if (keys === undefined || keys === 'any') third.push(null);
    else {
      const row = new Uint8Array(NON_ASCII_KEY + 1);
      for (const x of keys) row[x] = 1;
      third.push(row);
    }
  }
  return { second, third };
}

/** Whether a line's second and third characters allow a match (a line too short to tell, or an odd character, always may). */
export function mayContinue(table: PrefixTable | null, text: string): boolean {
  if (table === null || text.length < 2) return true;
  const k1 = keyOf(text.charCodeAt(1));
  if (k1 === null) return true;
  if (table.second[k1] !== 1) return false;
  const row = table.third[k1];
  if (row === null || row === undefined || text.length < 3) return true;
  const k2 = keyOf(text.charCodeAt(2));
  return k2 === null || row[k2] === 1;
}

function shapesOfSequence(sequence: readonly RegexNode[]): Shape[] {
  let shapes: Shape[] = [[]];
  for (const node of sequence) shapes = concat(shapes, shapesOfNode(node));
  return shapes;
}

function shapesOfNode(node: RegexNode): Shape[] {
  switch (node.type) {
    case 'char':
      return [[keysOfSet({ wide: false, ranges: [[node.code, node.code]] } as CharSet)]];
    case 'set':
      return [[keysOfSet(node.set)]];
    case 'assertion':
      return [[]];
    case 'group':
      if (node.lookaround !== 'none') return [[]];
      return unique(node.alternatives.flatMap((alternative) => shapesOfSequence(alternative)));
    case 'repeat': {
      // DEPTH copies decide the first DEPTH characters of any number of copies (each adds at least
      // nothing), so the counts min, min + 1, … read as min(count, DEPTH).
      const byCount: Shape[][] = [[[]]];
      const one = shapesOfNode(node.node);
      for (let c = 1; c <= DEPTH; c++) byCount.push(concat(byCount[c - 1] as Shape[], one));
      return unique(byCount.slice(Math.min(node.min, DEPTH)).flat());
    }
  }
}

function concat(a: readonly Shape[], b: readonly Shape[]): Shape[] {
  const out: Shape[] = [];
  for (const x of a) {
    if (x.length >= DEPTH) out.push(x);
    else for (const y of b) out.push([...x, ...y].slice(0, DEPTH));
  }
  return unique(out);
}

function unique(shapes: readonly Shape[]): Shape[] {
  const seen = new Map<string, Shape>();
  for (const s of shapes) seen.set(s.map((k) => (k === 'any' ? '*' : [...k].sort((p, q) => p - q).join(','))).join('|'), s);
  if (seen.size > MAX_SHAPES) throw new TooMany();
  return [...seen.values()];
}

/**
 * For a pattern whose every top-level alternative is anchored at the start ("^(…)$"), a test of a
 * text's first character that every text the pattern matches passes (keys as in firstKeys), or
 * null when no such test can be read off the pattern. Valid for the flags "i" and "iu": the only
 * characters whose case folds into ASCII under "u" ("ſ", "K") have no key, and pass.
 */
export function firstCharacterTest(pattern: string): ((text: string) => boolean) | null {
  const keys = firstCharacterKeys(pattern);
  if (keys === null) return null;
  return (text) => {
    if (text.length === 0) return true;
    const key = keyOf(text.charCodeAt(0));
    return key === null || keys[key] === 1;
  };
}

/**
 * The table behind firstCharacterTest: per key (keyOf, 0 … NON_ASCII_KEY), 1 when a match may start with it, or null
 * when no table can be read off the pattern. `unicode`: the pattern is compiled with the `u` flag (\p{…} read as any
 * character).
 */
export function firstCharacterKeys(pattern: string, unicode = false): Uint8Array | null {
  const keys = new Uint8Array(NON_ASCII_KEY + 1);
  for (const raw of topLevelAlternatives(pattern)) {
    if (!raw.startsWith('^')) return null;
    let found: Set<number> | 'any';
    try {
      const alternatives = parseRegex(raw.slice(1), unicode);
      found = firstKeys(alternatives.length === 1 ? (alternatives[0] as RegexNode[]) : [{ type: 'group', alternatives, lookaround: 'none' }]);
    } catch {
      return null;
    }
    if (found === 'any') return null;
    for (const k of found) keys[k] = 1;
  }
  return keys;
}
