/**
 * The scanner under tokenize: where the next word token starts and ends. ASCII text is read by
 * char code, noting on the way what tokenize needs to know (a dot, an inner capital, a hyphen);
 * at anything else the token regex itself answers.
 */

// A handle (@name), or a word: letters/digits, inner apostrophes and hyphens, and inner dots only
// before a letter ("S.H", "M.Si"); one optional trailing dot ("H.", "Benyamin."). An apostrophe stays in a
// word only before a letter or digit ("Mu'in", "Jum'at"): in "‘Bang Ucok’." it closes a single quotation.
const TOKEN = /@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}.-]|['\u2019](?=[\p{L}\p{N}]))*/gu;

/** The last match nextToken found (one object, rewritten in place: a token costs no allocation here). */
export const scanned = {
  /** End (exclusive) of the match. */
  end: 0,
  /**
   * What the char-code scan saw in the match (MATCH_* bits), so that tokenize looks for dots,
   * inner capitals and hyphens only in the words that have them; MATCH_UNREAD when TOKEN's regex
   * answered and nothing was seen.
   */
  seen: 0,
  /**
   * wordHash of the whole match, worked out on the way (the characters are read anyway); 0 when
   * unknown (a handle, or a match TOKEN's regex answered).
   */
  hash: 0,
};

/**
 * The word table's hash of a word (FNV-1a over its UTF-16 code units, 30 bits, never 0: 0 marks
 * "unknown" and an empty slot). Seeded per process, so that a text cannot be written to make words collide.
 */
const HASH_BASIS = ((Math.random() * 0x100000000) | 0) ^ 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/**
 * The hash cut to 30 bits, never 0: a small integer, which arrays and typed arrays hold as it is
 * (a full 32-bit value is boxed in a number object once it passes 2^30 in a plain array).
 */
const smallHash = (h: number): number => (h & 0x3fffffff) || 1;

export function wordHash(word: string): number {
  let h = HASH_BASIS;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  return smallHash(h);
}

export const MATCH_DOT = 1;
export const MATCH_INNER_CAPITAL = 2;
export const MATCH_HYPHEN = 4;
export const MATCH_UNREAD = 8;

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** TOKEN's own answer from `at` (used as soon as a non-ASCII character is involved). */
function tokenByRegex(text: string, at: number): number {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  scanned.seen = MATCH_UNREAD;
  scanned.hash = 0;
  if (!m) return -1;
  scanned.end = m.index + m[0].length;
  return m.index;
}

/**
 * For each character of the Basic Multilingual Plane (surrogates aside): 1 when it is neither a
 * letter nor a digit, so no token starts there (curly quotes, dashes, bullets), 2 when one may;
 * 0 until first asked. Such characters are skipped without running TOKEN.
 */
const wordStartByChar = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function cannotStartWord(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = wordStartByChar[c] ?? 0;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
    wordStartByChar[c] = known;
  }
  return known === 1;
}

/**
 * Where TOKEN matches next in text[from, to) (its end in scanned.end), or -1. `to` is the text's end
 * or a line's end (at a line break, which no word crosses: the word scans stop there by themselves). ASCII text is scanned by char
 * code (the same classes as TOKEN: ASCII has no marks, and its letters and digits are A-Z, a-z, 0-9);
 * at the first non-ASCII character that could matter, TOKEN itself answers from the last position
 * known not to start a match, so the result is always TOKEN's.
 */
export function nextToken(text: string, from: number, to = text.length): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A space, the most common character between words, first.
    if (c === 32) continue;
    if (c >= 128) {
      if (cannotStartWord(c)) continue;
      return regexTokenBefore(text, i, to);
    }
    if (isAsciiAlnum(c)) return scanWord(text, i);
    if (c === 64) {
      const d = text.charCodeAt(i + 1);
      if (d >= 128) return regexTokenBefore(text, i, to);
      if (isAsciiAlnum(d) || d === 95) return scanHandle(text, i);
    }
  }
  return -1;
}

/**
 * TOKEN's next match from `at` if it starts before `to`, else -1. `to` is a line's end (a line break
 * or the text's end): no match runs across it (TOKEN's classes hold no line break), so a match that
 * starts before it is the line's own, and one after it belongs to a later line.
 */
function regexTokenBefore(text: string, at: number, to: number): number {
  const index = tokenByRegex(text, at);
  return index < to ? index : -1;
}

/** TOKEN's word branch from `start` (an ASCII letter or digit). */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let seen = 0;
  let j = start + 1;
  let h = Math.imul(HASH_BASIS ^ text.charCodeAt(start), HASH_PRIME);
  while (j < n) {
    const c = text.charCodeAt(j);
    // A lower-case letter, the most common character in a word, first.
    if (c >= 97 && c <= 122) j++;
    else if (c === 39 || c === 0x2019) {
      // An apostrophe only before a letter or digit (TOKEN's lookahead; past ASCII, TOKEN itself answers).
      const d = text.charCodeAt(j + 1);
      if (d >= 128) return tokenByRegex(text, start);
      if (!isAsciiAlnum(d)) break;
      j++;
    } else if (c < 128) {
      if (c >= 65 && c <= 90) seen |= MATCH_INNER_CAPITAL;
      else if (c === 46) seen |= MATCH_DOT;
      else if (c === 45) seen |= MATCH_HYPHEN;
      else if (!isAsciiAlnum(c)) break;
      j++;
    } else return tokenByRegex(text, start);
    h = Math.imul(h ^ c, HASH_PRIME);
  }
  scanned.end = j;
  scanned.seen = seen;
  scanned.hash = smallHash(h);
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
  scanned.end = j;
  // A handle is never cut at a capital or a hyphen (splitGlued and splitNamePairs pass it by).
  scanned.seen = seen;
  scanned.hash = 0;
  return start;
}
