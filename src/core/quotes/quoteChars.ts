/**
 * Character questions the quote readers ask of one character or a short stretch, answered by
 * table look-ups and loops instead of a regex call each (a call costs about as much as reading a
 * hundred characters). Each names the regex it stands for; the tests hold each to its regex.
 */
import { charTable, isWhiteSpaceUnit } from '../text/charTables';

let left: Uint8Array | null = null;
let right: Uint8Array | null = null;
let sentenceEnd: Uint8Array | null = null;

/** /[\s([{<\u2014\u2013\-/]/u on one unit: what may stand before an opening mark. */
export function isLeftBoundary(unit: number): boolean {
  left ??= charTable(/[\s([{<\u2014\u2013\-/]/u);
  return left[unit] === 1;
}

/** /[\s.,;:!?)\]}>\u2026\u2014\u2013\-]/u on one unit: what may stand after a closing mark. */
export function isRightBoundary(unit: number): boolean {
  right ??= charTable(/[\s.,;:!?)\]}>\u2026\u2014\u2013\-]/u);
  return right[unit] === 1;
}

/** /[.!?;:]/u on one unit. */
export function isSentenceEndUnit(unit: number): boolean {
  sentenceEnd ??= charTable(/[.!?;:]/u);
  return sentenceEnd[unit] === 1;
}

/** text.search(/\S/u): the first unit that is not white space, or -1. */
export function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpaceUnit(text.charCodeAt(i))) return i;
  return -1;
}

/** The length of text.match(/^[\s,.:;\u2013\u2014-]*\/u)[0]: the punctuation and spaces between a quote's end and its cue. */
export function cueLeadLength(text: string): number {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 44 || c === 46 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014 || c === 45 || isWhiteSpaceUnit(c))) break;
  }
  return i;
}

/** /^\s*(?:\(\s*)?$/u.test(gap) || /^\)\s*$/u.test(gap) for gap = text.slice(from, to): nothing but spaces and one bracket. */
export function isSpaceOrBracketGap(text: string, from: number, end: number): boolean {
  const to = Math.min(end, text.length); // as slice reads it
  let i = from;
  while (i < to && isWhiteSpaceUnit(text.charCodeAt(i))) i++;
  if (i >= to) return true;
  const c = text.charCodeAt(i);
  if (c !== 40 && !(c === 41 && i === from)) return false;
  i++;
  while (i < to && isWhiteSpaceUnit(text.charCodeAt(i))) i++;
  return i >= to;
}

/** text.replace(/\s+$/u, '').length. */
export function trimmedEndLength(text: string): number {
  let end = text.length;
  while (end > 0 && isWhiteSpaceUnit(text.charCodeAt(end - 1))) end--;
  return end;
}
