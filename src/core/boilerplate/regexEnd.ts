/**
 * The characters a match of a cue alternative that ends with "$" can end the line with, as keys
 * (regexShape.ts keyOf): the cue prefilter then skips, on a line ending with ".", every alternative
 * whose match must end with a letter ("…(jpe?g|png)$", "…\d{4}$"). Most of an article's lines are
 * prose ending with a full stop, and most cue alternatives end with "$". Read as firstKeys reads a
 * match's first character, on the alternative reversed, so it over-approximates the same way:
 * look-arounds and assertions consume nothing, a part that may match nothing lets the character
 * before it end the match, and a set too open to name (or a match that may be empty) is 'any'.
 */
import { firstKeys, keyOf, NON_ASCII_KEY } from './regexShape';
import type { RegexNode } from './regexSyntax';

/** How many end keys there are: every key of keyOf, and one for a character whose case reaches into ASCII. */
export const END_KEYS = NON_ASCII_KEY + 2;

/** The key of a (non-empty) line's last character; END_KEYS - 1 when its case reaches into ASCII (then every alternative may match). */
export function endKeyOf(text: string): number {
  return keyOf(text.charCodeAt(text.length - 1)) ?? END_KEYS - 1;
}

/**
 * By key, 1 where a match of the alternative (`source`, parsed as `nodes`) may end with a character of that key,
 * when every match ends at the line's end; null when that is not known ("any").
 */
export function endKeys(source: string, nodes: readonly RegexNode[]): Uint8Array | null {
  // A "$" that ends the source unescaped stands at the alternative's top level: a class or a group would close after it.
  let escapes = 0;
  for (let i = source.length - 2; i >= 0 && source.charAt(i) === '\\'; i--) escapes++;
  if (!source.endsWith('$') || escapes % 2 === 1 || nodes[nodes.length - 1]?.type !== 'assertion') return null;
  const keys = firstKeys(reversed(nodes.slice(0, -1)));
  if (keys === 'any') return null;
  const table = new Uint8Array(END_KEYS);
  for (const k of keys) table[k] = 1;
  return table;
}

/** Whether a line whose last character has key `end` (endKeyOf) may be matched by an alternative with these end keys. */
export function endAllows(ends: Uint8Array | null, end: number): boolean {
  return ends === null || end === END_KEYS - 1 || ends[end] === 1;
}

function reversed(sequence: readonly RegexNode[]): RegexNode[] {
  return sequence.map(reversedNode).reverse();
}

function reversedNode(node: RegexNode): RegexNode {
  switch (node.type) {
    case 'group':
      return { ...node, alternatives: node.alternatives.map(reversed) };
    case 'repeat':
      return { ...node, node: reversedNode(node.node) };
    default:
      return node;
  }
}
