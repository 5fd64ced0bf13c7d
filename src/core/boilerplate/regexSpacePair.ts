/**
 * Whether every match of a regex (one cue alternative, parsed by regexSyntax.ts) holds two white-space characters in a
 * row: the menu-row cues ("Beranda  Nasional  Daerah  Olahraga", `(\s{2,}[a-z]…){3,}`) need no literal, start with any
 * letter and may end with ".", so neither the first-character buckets nor the gates nor the line's end keep them off
 * prose lines; prose lines seldom hold two spaces in a row. Under-approximates: false whenever unsure.
 */
import type { CharSet, RegexNode } from './regexSyntax';

/** JavaScript's \s (regexSyntax.ts SPACE): a set inside it matches only white space, in any case. */
const SPACE_RANGES: readonly (readonly [number, number])[] = [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];

/** Two white-space characters in a row: what a line must hold for an alternative needsSpacePair says true of to match. */
export const SPACE_PAIR = /\s\s/;

export function needsSpacePair(sequence: readonly RegexNode[]): boolean {
  return sequence.some(nodeNeedsPair);
}

function nodeNeedsPair(node: RegexNode): boolean {
  switch (node.type) {
    case 'group':
      // A look-around's text is not part of the match (and a negative one promises nothing).
      return node.lookaround === 'none' && node.alternatives.length > 0 && node.alternatives.every(needsSpacePair);
    case 'repeat':
      if (node.min >= 2 && node.node.type === 'set' && isSpace(node.node.set)) return true;
      return node.min >= 1 && nodeNeedsPair(node.node);
    default:
      return false;
  }
}

function isSpace(set: CharSet): boolean {
  return !set.wide && set.ranges.length > 0 && set.ranges.every(([lo, hi]) => SPACE_RANGES.some(([a, b]) => a <= lo && hi <= b));
}
