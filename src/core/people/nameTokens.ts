/**
 * Word tokens of body text with what the name finder needs to know about each: where it is,
 * what stands between it and the previous token, whether a sentence ends after it. Tokens are
 * matched by one linear regex (no nested quantifiers over the same characters).
 */
import type { NameLexicon } from '../quotes/quoteData';
import { MATCH_DOT, MATCH_HYPHEN, MATCH_INNER_CAPITAL, MATCH_UNREAD, nextToken, scanned } from './wordScan';
import type { WordInfo, WordTable } from './wordTable';
import { hasInnerCapital, mayBeGlued, mayBePair, splitGlued, splitNamePairs } from './wordSplits';
import { charTable, isWhiteSpaceUnit } from '../text/charTables';
import { abbreviationDotBeforeName, firstDotAfterHandle, firstGluedSentenceDot, isAbbreviation } from './gluedSentenceEnd';

export { isAcronym, isCapitalized } from './wordShapes';

export interface Token {
  /** The word as written, a sentence-final dot removed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True when a dot, question or exclamation mark, colon or semicolon follows the word. */
  readonly endsClause: boolean;
}

// A dot inside a word that is not followed by a letter ends the word there ("Rp2.000", "itu..").
const DOT_NOT_BEFORE_LETTER = /\.(?!\p{L})/u;

export function tokenize(text: string, offset: number, lexicon: NameLexicon): Token[] {
  return tokenizeInto([], text, 0, text.length, offset, lexicon);
}

/** Where tokenizeInto looks each token up in a word table, and the list its entries go to (one per token). */
export interface TokenLookup {
  readonly table: WordTable;
  readonly words: WordInfo[];
}

/**
 * tokenize's tokens of text[from, to) pushed onto `tokens` (which may hold earlier lines' tokens:
 * the body's lines are read into one list without a list per line), at `offset` + their index in
 * `text`. Returns `tokens`. `to` is the text's end or a line's end: the body is read in the
 * article's own text, line by line, rather than in each line's string (a slice of the text, whose
 * characters cost more to read). With `lookup`, each token's word-table entry is pushed onto
 * lookup.words as the token is read: a word without a dot is found by the hash the scan worked
 * out and compared in place in the text, and a word met before takes the table's own string as
 * its text (the same characters), so most tokens cost no new string.
 */
export function tokenizeInto(tokens: Token[], text: string, from: number, to: number, offset: number, lexicon: NameLexicon, lookup?: TokenLookup): Token[] {
  const first = tokens.length;
  const dotted = dottedWords(lexicon);
  // A word's end and the spaces after it are read up to the text's end; a line break stops both, as the line's end would.
  const n = text.length;
  // Whether any word may be glued or hold a hyphen: only then do the two passes that split words run.
  let mayGlue = false;
  let mayPair = false;
  let pos = from;
  for (let index = nextToken(text, from, to); index >= 0; index = nextToken(text, pos, to)) {
    const seen = scanned.seen;
    // The word runs to its first dot not followed by a letter, that dot included; the rest is read again.
    let end = scanned.end;
    let word: string;
    let info: WordInfo | undefined;
    let titleCut = false;
    // Without a dot the word is the whole scanned match, whose hash the scan has (0 when it has none: a handle).
    if ((seen & (MATCH_DOT | MATCH_UNREAD)) === 0 && scanned.hash !== 0 && lookup !== undefined) {
      const slot = lookup.table.slotIn(text, index, end, scanned.hash);
      if (slot >= 0) {
        word = lookup.table.keyAt(slot);
        info = lookup.table.valueAt(slot);
      } else {
        word = text.slice(index, end);
        info = lookup.table.infoHashed(word, scanned.hash);
      }
    } else {
      let cut = -1;
      if (seen === MATCH_UNREAD) {
        const whole = text.slice(index, end);
        const inWhole = whole.includes('.') ? whole.search(DOT_NOT_BEFORE_LETTER) : -1;
        cut = inWhole < 0 ? -1 : index + inWhole;
      } else if ((seen & MATCH_DOT) !== 0) cut = asciiDotNotBeforeLetter(text, index, end);
      if (seen === MATCH_UNREAD || (seen & MATCH_DOT) !== 0) {
        // A title glued to a name ("Dr.Rina") is cut after its dot and keeps it, as "Dr. Rina" reads.
        const title = abbreviationDotBeforeName(text, index, cut < 0 ? end : cut + 1, lexicon);
        // A sentence glued to the next one ends at its dot ("Agus.Ia"): the word ends there too.
        const glued = title >= 0 ? -1 : text.charCodeAt(index) === 64 ? firstDotAfterHandle(text, index, cut < 0 ? end : cut) : firstGluedSentenceDot(text, index, cut < 0 ? end : cut, lexicon);
        if (title >= 0) {
          cut = title;
          titleCut = true;
        } else if (glued >= 0) cut = glued;
      }
      if (cut >= 0 && cut + 1 < end) end = cut + 1;
      word = text.slice(index, end);
    }
    pos = end;
    let endsClause = false;
    if (text.charCodeAt(end - 1) === 46 && !titleCut && !keepsDot(word, dotted)) {
      word = word.slice(0, -1);
      end -= 1;
      endsClause = true;
    }
    // The next character that is not a space (scanned, not sliced: a long line must not cost its length per word).
    let k = end;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const next = k < n ? text.charCodeAt(k) : -1;
    // . ! ? : ;
    if ((next === 46 || next === 33 || next === 63 || next === 58 || next === 59) && !(next === 46 && keepsDot(word + '.', dotted))) endsClause = true;
    // A degree or abbreviation keeping its dot at the end of a paragraph ("… Budi Rahardjo ST.\n"): the dot is also the full stop.
    else if (!endsClause && (next === 10 || next === 13 || next === -1) && text.charCodeAt(end - 1) === 46) endsClause = true;
    tokens.push({ text: word, start: offset + index, end: offset + end, endsClause });
    if (lookup !== undefined) lookup.words.push(info ?? lookup.table.info(word));
    // What the scan saw covers the whole match, the cut-off part included: enough to know a pass has nothing to do.
    if (seen === MATCH_UNREAD) {
      mayGlue ||= hasInnerCapital(word);
      mayPair ||= word.includes('-');
    } else {
      mayGlue ||= (seen & MATCH_INNER_CAPITAL) !== 0 && mayBeGlued(word);
      mayPair ||= (seen & MATCH_HYPHEN) !== 0 && mayBePair(word);
    }
  }
  if (!mayGlue && !mayPair) return tokens;
  // Rare: the two passes read this text's tokens alone (a name pair's neighbours are on the same line).
  const own = tokens.splice(first);
  const unglued = mayGlue ? splitGlued(own, (word) => isAbbreviation(word, lexicon)) : own;
  if (lookup !== undefined) lookup.words.length = first;
  // The character right after a token, read in the text: a comma there ends a name before a degree.
  for (const t of mayPair ? splitNamePairs(unglued, (token) => text.charCodeAt(token.end - offset) === 44) : unglued) {
    tokens.push(t);
    lookup?.words.push(lookup.table.info(t.text));
  }
  return tokens;
}

/**
 * DOT_NOT_BEFORE_LETTER's match in text[from, to) when the scanner read it (ASCII, or the ’ that
 * is no letter either): the first dot that ends the stretch or stands before something other than
 * an ASCII letter; -1 if none.
 */
function asciiDotNotBeforeLetter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 46) continue;
    if (i + 1 >= to) return i;
    const c = text.charCodeAt(i + 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return i;
  }
  return -1;
}

/**
 * The words whose last dot belongs to them, per language: honorifics and ranks as listed, degrees
 * with their dot ("S.H."). One set, so that a word is hashed and looked up once; and apart, the few
 * that open with an ASCII lower-case letter ("dr."): most words asked about are a sentence's last
 * word with its full stop ("itu."), which are then compared with those few, not hashed.
 */
interface DottedWords {
  readonly all: ReadonlySet<string>;
  readonly asciiLowerFirst: readonly string[];
}

const dottedWordsOf = new WeakMap<NameLexicon, DottedWords>();

const startsAsciiLower = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
};

function dottedWords(lexicon: NameLexicon): DottedWords {
  let words = dottedWordsOf.get(lexicon);
  if (!words) {
    // A connector written with its dot ("br.", "Dg.") keeps it too: the name goes on after it.
    const all = new Set([...lexicon.honorifics, ...lexicon.ranks, ...[...lexicon.degrees].map((d) => `${d}.`), ...[...lexicon.connectors].filter((c) => c.endsWith('.'))]);
    words = { all, asciiLowerFirst: [...all].filter(startsAsciiLower) };
    dottedWordsOf.set(lexicon, words);
  }
  return words;
}

/** A dot that belongs to the word (`word` ends with it; `dotted`: the language's dottedWords): an honorific or degree ("H.", "S.H."), or an initial ("M."). */
function keepsDot(word: string, dotted: DottedWords): boolean {
  // A lower-case first letter: no initial (a capital), and only the listed words of that shape.
  if (startsAsciiLower(word)) return dotted.asciiLowerFirst.includes(word);
  if (dotted.all.has(word)) return true;
  // An initial is one letter (two code units at most) and its dot.
  return word.length <= 3 && INITIAL.test(word);
}

const INITIAL = /^\p{Lu}\.$/u;

/** /\s/ at offset i, by the shared table (charTables.ts); false past the end. */
function isSpaceAt(text: string, i: number): boolean {
  return isWhiteSpaceUnit(text.charCodeAt(i));
}

/** Only whitespace (at least one character) between two offsets: checked in place, without slicing. */
export function isSpaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

const SPACES = /\s+/gu;

/**
 * text.slice(from, to).replace(/\s+/gu, ' '): the slice alone when it holds no whitespace but
 * single ASCII spaces (almost always: a role, a name), found by one scan without the regex.
 */
export function spacesCollapsed(text: string, from: number, to: number): string {
  const slice = text.slice(from, to);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Two spaces in a row, or any other whitespace character (\s: tab to carriage return, and Unicode spaces).
    const other = c === 32 ? i + 1 < to && text.charCodeAt(i + 1) === 32 : c < 128 ? c >= 9 && c <= 13 : isSpaceAt(text, i);
    if (other) return slice.replace(SPACES, ' ');
  }
  return slice;
}

let letterUnits: Uint8Array | null = null;
const LETTER = /\p{L}/u;

/**
 * /(\p{L}+)\s+$/u.exec(text.slice(from, to))?.[1], read backwards from `to` without the slice or the regex
 * (which tries every start in the slice): the letters right before the white space that ends the stretch. A
 * pair of surrogates is one character, as under the regex's u flag; one cut by `from` is no letter.
 */
export function wordBeforeSpaces(text: string, from: number, to: number): string | undefined {
  let end = to;
  while (end > from && isWhiteSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end === to) return undefined;
  letterUnits ??= charTable(LETTER);
  let start = end;
  while (start > from) {
    const c = text.charCodeAt(start - 1);
    if (c >= 0xdc00 && c <= 0xdfff && start - 2 >= from) {
      const high = text.charCodeAt(start - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if (!LETTER.test(text.slice(start - 2, start))) break;
        start -= 2;
        continue;
      }
    }
    if (letterUnits[c] !== 1) break;
    start--;
  }
  return start === end ? undefined : text.slice(start, end);
}

/** Exactly one comma and whitespace between two offsets (an apposition: "Camat X, Budi"). */
export function isCommaGap(text: string, from: number, to: number): boolean {
  let commas = 0;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 44) commas++;
    else if (!isSpaceAt(text, i)) return false;
  }
  return commas === 1;
}

export const stripDot = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);
