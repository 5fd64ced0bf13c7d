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
const TOKEN = /@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019.-]*/gu;
// A dot inside a word that is not followed by a letter ends the word there ("Rp2.000", "itu..").
const DOT_NOT_BEFORE_LETTER = /\.(?!\p{L})/u;

/** End (exclusive) of the last match found by nextToken. */
let matchEnd = 0;
/**
 * What the char-code scan saw in the last match (MATCH_* bits), so that tokenize looks for dots,
 * inner capitals and hyphens only in the words that have them; MATCH_UNREAD when TOKEN's regex
 * answered and nothing was seen.
 */
let matchSeen = 0;
const MATCH_DOT = 1;
const MATCH_INNER_CAPITAL = 2;
const MATCH_HYPHEN = 4;
const MATCH_UNREAD = 8;

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** TOKEN's own answer from `at` (used as soon as a non-ASCII character is involved). */
function tokenByRegex(text: string, at: number): number {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  matchSeen = MATCH_UNREAD;
  if (!m) return -1;
  matchEnd = m.index + m[0].length;
  return m.index;
}

/**
 * Where TOKEN matches next from `from` (its end in matchEnd), or -1. ASCII text is scanned by char
 * code (the same classes as TOKEN: ASCII has no marks, and its letters and digits are A-Z, a-z, 0-9);
 * at the first non-ASCII character that could matter, TOKEN itself answers from the last position
 * known not to start a match, so the result is always TOKEN's.
 */
function nextToken(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return tokenByRegex(text, i);
    if (isAsciiAlnum(c)) return scanWord(text, i);
    if (c === 64) {
      const d = text.charCodeAt(i + 1);
      if (d >= 128) return tokenByRegex(text, i);
      if (isAsciiAlnum(d) || d === 95) return scanHandle(text, i);
    }
  }
  return -1;
}

/** [\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019.-]* from `start` (an ASCII letter or digit). */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let seen = 0;
  let j = start + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (c >= 65 && c <= 90) seen |= MATCH_INNER_CAPITAL;
      else if (c === 46) seen |= MATCH_DOT;
      else if (c === 45) seen |= MATCH_HYPHEN;
      else if (!(isAsciiAlnum(c) || c === 39)) break;
      j++;
    } else if (c === 0x2019) j++;
    else return tokenByRegex(text, start);
  }
  matchEnd = j;
  matchSeen = seen;
  return start;
}

/** @[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)* from `start` (an @ before an ASCII word character). */
function scanHandle(text: string, start: number): number {
  const n = text.length;
  let j = start + 1;
  let seen = 0;
  for (;;) {
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c >= 128) return tokenByRegex(text, start);
      if (isAsciiAlnum(c) || c === 95) j++;
      else break;
    }
    if (text.charCodeAt(j) !== 46) break;
    const d = text.charCodeAt(j + 1);
    if (d >= 128) return tokenByRegex(text, start);
    if (!(isAsciiAlnum(d) || d === 95)) break;
    seen = MATCH_DOT;
    j += 2;
  }
  matchEnd = j;
  // A handle is never cut at a capital or a hyphen (splitGlued and splitNamePairs pass it by).
  matchSeen = seen;
  return start;
}

export function tokenize(text: string, offset: number, lexicon: NameLexicon): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // Whether any word may be glued or hold a hyphen: only then do the two passes that split words run.
  let mayGlue = false;
  let mayPair = false;
  let pos = 0;
  for (let index = nextToken(text, 0); index >= 0; index = nextToken(text, pos)) {
    const seen = matchSeen;
    let word = text.slice(index, matchEnd);
    pos = matchEnd;
    if (seen === MATCH_UNREAD ? word.includes('.') : (seen & MATCH_DOT) !== 0) {
      // The word runs to its first dot not followed by a letter, that dot included; the rest is read again.
      const cut = word.search(DOT_NOT_BEFORE_LETTER);
      if (cut >= 0 && cut + 1 < word.length) {
        word = word.slice(0, cut + 1);
        pos = index + word.length;
      }
    }
    let end = index + word.length;
    let endsClause = false;
    if (word.charCodeAt(word.length - 1) === 46 && !keepsDot(word, lexicon)) {
      word = word.slice(0, -1);
      end -= 1;
      endsClause = true;
    }
    // The next character that is not a space (scanned, not sliced: a long line must not cost its length per word).
    let k = end;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const next = k < n ? text.charCodeAt(k) : -1;
    // . ! ? : ;
    if ((next === 46 || next === 33 || next === 63 || next === 58 || next === 59) && !(next === 46 && keepsDot(word + '.', lexicon))) endsClause = true;
    tokens.push({ text: word, start: offset + index, end: offset + end, endsClause });
    // What the scan saw covers the whole match, the cut-off part included: enough to know a pass has nothing to do.
    if (seen === MATCH_UNREAD) {
      mayGlue ||= hasInnerCapital(word);
      mayPair ||= word.includes('-');
    } else {
      mayGlue ||= (seen & MATCH_INNER_CAPITAL) !== 0;
      mayPair ||= (seen & MATCH_HYPHEN) !== 0;
    }
  }
  const unglued = mayGlue ? splitGlued(tokens) : tokens;
  return mayPair ? splitNamePairs(unglued) : unglued;
}

/**
 * Scraped text glues words ("tersangkapembunuhanSatria", "JakartaVidio"): a capital and two
 * lower-case letters right after six letters start a new word. Brand names are written the same
 * way and are not glued words ("TaniHub", "WhatsApp", "LinkedIn"): a glued word has a whole word
 * (six letters or more) before the capital and three letters or more after it.
 */
// Or a glued sentence end ("MotoGP.Poin").
const GLUE = /\p{L}\p{Ll}{5}(?=\p{Lu}\p{Ll}{2})|\p{L}{3}\.(?=\p{Lu}\p{Ll}{2})/gu;
const INNER_CAPITAL = /.\p{Lu}/u;

/** INNER_CAPITAL.test, with an ASCII fast path (most words): a capital A-Z after the first character. */
function hasInnerCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return INNER_CAPITAL.test(word);
    if (i > 0 && code >= 65 && code <= 90) return true;
  }
  return false;
}

function splitGlued(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.text.startsWith('@') || !hasInnerCapital(t.text)) {
      out.push(t);
      continue;
    }
    let from = 0;
    // A glued sentence end ("MotoGP.Poin") cuts after the dot and ends a clause.
    GLUE.lastIndex = 0;
    for (let m = GLUE.exec(t.text); m; m = GLUE.exec(t.text)) {
      const dot = m[0].endsWith('.');
      const cut = m.index + m[0].length;
      out.push({ text: t.text.slice(from, dot ? cut - 1 : cut), start: t.start + from, end: t.start + (dot ? cut - 1 : cut), endsClause: dot });
      from = cut;
    }
    out.push(from === 0 ? t : { text: t.text.slice(from), start: t.start + from, end: t.end, endsClause: t.endsClause });
  }
  return out;
}

/**
 * "Ganjar Pranowo-Mahfud MD": a hyphen between two capitalised words, with capitalised words on
 * both sides, joins two names; it is cut into two tokens. "Paris Saint-Germain" (nothing
 * capitalised after) and "Undang-Undang" (nothing before) stay whole.
 */
function splitNamePairs(tokens: Token[]): Token[] {
  // Most texts have no such token: the list is returned as it is then, without a copy.
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // indexOf first: the Unicode search runs only on hyphenated words.
    const hyphen = t.text.indexOf('-') < 0 ? -1 : t.text.search(HYPHEN_CAPITAL);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Two letters before the hyphen are an article ("An-Nur", "Al-Azhar"), not a name of their own.
    if (hyphen > 2 && CAPITALIZED.test(t.text) && !t.text.startsWith('@') && prev && isCapitalized(prev.text) && next && isCapitalized(next.text) && !t.endsClause && next.start > t.end && t.start > prev.end) {
      out ??= tokens.slice(0, i);
      out.push({ text: t.text.slice(0, hyphen), start: t.start, end: t.start + hyphen, endsClause: false });
      out.push({ text: t.text.slice(hyphen + 1), start: t.start + hyphen + 1, end: t.end, endsClause: t.endsClause });
    } else out?.push(t);
  }
  return out ?? tokens;
}

/**
 * The words whose last dot belongs to them, per language: honorifics and ranks as listed, degrees
 * with their dot ("S.H."). One set, so that a word is hashed and looked up once.
 */
const dottedWordsOf = new WeakMap<NameLexicon, ReadonlySet<string>>();

function dottedWords(lexicon: NameLexicon): ReadonlySet<string> {
  let words = dottedWordsOf.get(lexicon);
  if (!words) {
    words = new Set([...lexicon.honorifics, ...lexicon.ranks, ...[...lexicon.degrees].map((d) => `${d}.`)]);
    dottedWordsOf.set(lexicon, words);
  }
  return words;
}

/** A dot that belongs to the word (`word` ends with it): an honorific or degree ("H.", "S.H."), or an initial ("M."). */
function keepsDot(word: string, lexicon: NameLexicon): boolean {
  if (dottedWords(lexicon).has(word)) return true;
  // An initial is one letter (two code units at most) and its dot.
  return word.length <= 3 && INITIAL.test(word);
}

const CAPITALIZED = /^[\p{Lu}@]/u;
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
const HAS_CAPITAL = /\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;
const HYPHEN_CAPITAL = /-\p{Lu}/u;

/** CAPITALIZED.test, ASCII first letters decided by char code (the common case, no regex). */
export const isCapitalized = (word: string): boolean => {
  const code = word.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || code === 64;
  return CAPITALIZED.test(word);
};

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u00A0' || (c > '\u007F' && /\s/u.test(c));

/** Only whitespace (at least one character) between two offsets: checked in place, without slicing. */
export function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpace(text[i] ?? '')) return false;
  return true;
}

/** Exactly one comma and whitespace between two offsets (an apposition: "Camat X, Budi"). */
export function isCommaGap(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (c === ',') commas++;
    else if (!isSpace(c)) return false;
  }
  return commas === 1;
}

/** All capitals, two letters or more ("ASN", "BMKG"): an acronym, not a name word. */
export const isAcronym = (word: string): boolean => word.length >= 2 && ALL_CAPS.test(word) && HAS_CAPITAL.test(word);

export const stripDot = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);
