/**
 * Word tokens of body text with what the name finder needs to know about each: where it is,
 * what stands between it and the previous token, whether a sentence ends after it. Tokens are
 * matched by one linear regex (no nested quantifiers over the same characters).
 */
import type { NameLexicon } from '../quotes/quoteData';

export interface Token {
  /** The word as written, a sentence-final dot removed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True when a dot, question or exclamation mark, colon or semicolon follows the word. */
  readonly endsClause: boolean;
}

// A handle (@name), or a word: letters/digits, inner apostrophes and hyphens, and inner dots only
// before a letter ("S.H", "M.Si"); one optional trailing dot ("H.", "Benyamin.").
const TOKEN = /@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'\u2019-]|\.(?=\p{L}))*\.?/gu;

export function tokenize(text: string, offset: number, lexicon: NameLexicon): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    let endsClause = false;
    if (word.endsWith('.') && !keepsDot(word, lexicon)) {
      word = word.slice(0, -1);
      end -= 1;
      endsClause = true;
    }
    const next = text.slice(end).match(/^\s*([.!?:;])/u);
    if (next && !(next[1] === '.' && keepsDot(word + '.', lexicon))) endsClause = true;
    tokens.push({ text: word, start: offset + m.index, end: offset + end, endsClause });
  }
  return tokens;
}

/** A dot that belongs to the word: an honorific or degree ("H.", "S.H."), or an initial ("M."). */
function keepsDot(word: string, lexicon: NameLexicon): boolean {
  if (lexicon.honorifics.has(word) || lexicon.ranks.has(word) || lexicon.degrees.has(word.replace(/\.$/u, ''))) return true;
  return /^\p{Lu}\.$/u.test(word);
}

export const isCapitalized = (word: string): boolean => /^[\p{Lu}@]/u.test(word);

/** All capitals, two letters or more ("ASN", "BMKG"): an acronym, not a name word. */
export const isAcronym = (word: string): boolean => word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);

export const stripDot = (word: string): string => word.replace(/\.$/u, '');
