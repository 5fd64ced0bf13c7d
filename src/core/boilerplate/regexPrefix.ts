/**
 * The first two characters a match of a regex (one cue alternative, parsed by regexSyntax.ts) can
 * have, as key sets (regexShape.ts keyOf): the cue prefilter reads a line's second character
 * before it runs the sticky regex of the line's first character ("Bupati" cannot start "baca" or
 * "berita"), since most lines start with a capitalised word that some cue's first letter shares.
 * Over-approximates, like firstKeys: look-arounds and assertions count as consuming nothing, a
 * repeat's upper bound is not read, and a set too open to name is 'any'.
 */
import { parseRegex, topLevelAlternatives, type CharSet, type RegexNode } from './regexSyntax';
import { firstKeys, keyOf, keysOfSet, NON_ASCII_KEY } from './regexShape';

type Keys = ReadonlySet<number> | 'any';
/** The keys of a match's first characters, at most two; a shape shorter than two: the match may end there. */
type Shape = readonly Keys[];

/** Beyond this many distinct shapes an alternative is not worth reading: its second character is 'any'. */
const MAX_SHAPES = 512;

class TooMany extends Error {}

/** The shapes of a sequence's matches (their first two characters), or null when there are too many to list. */
export function prefixShapes(sequence: readonly RegexNode[]): Shape[] | null {
  try {
    return shapesOfSequence(sequence);
  } catch (e) {
    if (e instanceof TooMany) return null;
    throw e;
  }
}

/**
 * The keys the second character of a match may have when its first has key `first`, over the
 * shapes of several alternatives; 'any' when a match can end after its first character (or be empty).
 */
export function secondKeys(shapeLists: readonly (readonly Shape[] | null)[], first: number): Keys {
  const keys = new Set<number>();
  for (const shapes of shapeLists) {
    if (shapes === null) return 'any';
    for (const shape of shapes) {
      const k0 = shape[0];
      if (k0 === undefined) return 'any';
      if (k0 !== 'any' && !k0.has(first)) continue;
      const k1 = shape[1];
      if (k1 === undefined || k1 === 'any') return 'any';
      for (const k of k1) keys.add(k);
    }
  }
  return keys;
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
      // Two copies decide the first two characters of any number of copies (each adds at least
      // nothing), so the counts min, min + 1, … read as min(count, 2).
      const one = shapesOfNode(node.node);
      const byCount: Shape[][] = [[[]], one, concat(one, one)];
      return unique(byCount.slice(Math.min(node.min, 2)).flat());
    }
  }
}

function concat(a: readonly Shape[], b: readonly Shape[]): Shape[] {
  const out: Shape[] = [];
  for (const x of a) {
    if (x.length >= 2) out.push(x);
    else for (const y of b) out.push([...x, ...y].slice(0, 2));
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
  const keys = new Uint8Array(NON_ASCII_KEY + 1);
  for (const raw of topLevelAlternatives(pattern)) {
    if (!raw.startsWith('^')) return null;
    let found: Set<number> | 'any';
    try {
      const alternatives = parseRegex(raw.slice(1));
      found = firstKeys(alternatives.length === 1 ? (alternatives[0] as RegexNode[]) : [{ type: 'group', alternatives, lookaround: 'none' }]);
    } catch {
      return null;
    }
    if (found === 'any') return null;
    for (const k of found) keys[k] = 1;
  }
  return (text) => {
    if (text.length === 0) return true;
    const key = keyOf(text.charCodeAt(0));
    return key === null || keys[key] === 1;
  };
}
