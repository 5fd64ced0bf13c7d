/**
 * Some scrapers drop the line break (and the space) between two paragraphs or sentences, so the
 * text reads "… faktor cuaca.Hujan deras …" or "kata Agus.Ia menambahkan". A dot between a word
 * and a capitalised word (a capital, then a lower-case letter), with no space, ends a sentence
 * there, as a dot and a space would, when the word before it is three letters or more ending in
 * a lower-case letter, a number ("pukul 10.00.Warga", "2025.Direktur") or an account
 * ("@infoBMKG.Martha"). What keeps its dot stays whole: the language's abbreviations written with
 * their dot (honorifics, ranks, degrees, place and namesake words: "Drs.Budi", "Kab.Bogor",
 * "Kec.Sukamaju"), a word of one or two letters ("H.Ahmad", "Jl.Sudirman", "M.Si"), an upper-case
 * letter before the dot ("A.B. Santoso", "MotoGP.Poin", left to the glued-word pass), a decimal
 * ("2.000": a digit after the dot) and a web address, whose next word runs into a dot again
 * ("kabar.Banten.com"). A title glued to a name is cut after its dot by the tokenizer
 * (abbreviationDotBeforeName), so "Dr.Rina" reads as "Dr. Rina".
 */
import type { NameLexicon } from '../quotes/quoteData';
import { charTable } from '../text/charTables';

let upperUnits: Uint8Array | null = null;
let lowerUnits: Uint8Array | null = null;
let letterUnits: Uint8Array | null = null;

const isUpperUnit = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 128 && (upperUnits ??= charTable(/\p{Lu}/u))[c] === 1);
const isLowerUnit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 128 && (lowerUnits ??= charTable(/\p{Ll}/u))[c] === 1);
const isLetterUnit = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && (letterUnits ??= charTable(/\p{L}/u))[c] === 1);

interface Abbreviations {
  /** Every word written with a dot that belongs to it, lower-cased ("dr.", "kab.", "s.sos."). */
  readonly all: ReadonlySet<string>;
  /** Those that stand before a name or a place (not degrees, which follow one): "dr.", "kab.", "muh.". */
  readonly before: ReadonlySet<string>;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const abbreviationsOf = new WeakMap<NameLexicon, Abbreviations>();

function abbreviationsFor(lexicon: NameLexicon): Abbreviations {
  let words = abbreviationsOf.get(lexicon);
  if (!words) {
    const dotted = (w: string): string => (w.endsWith('.') ? w : `${w}.`);
    const before = [...lexicon.honorifics, ...lexicon.ranks, ...lexicon.connectors, ...lexicon.placeMarkers, ...lexicon.namesakeNouns].filter((w) => w.endsWith('.')).map((w) => w.toLowerCase());
    words = { all: new Set([...before, ...[...lexicon.degrees].map((d) => dotted(d).toLowerCase())]), before: new Set(before) };
    abbreviationsOf.set(lexicon, words);
  }
  return words;
}

const abbreviations = (lexicon: NameLexicon): ReadonlySet<string> => abbreviationsFor(lexicon).all;

/**
 * Where a word the language writes before a name with its dot ends when it is glued to that name
 * ("Dr.Rina", "Kab.Bogor", "H.Ahmad"): the dot's index when text[from, …) opens with such a word,
 * a capital and a lower-case letter right after its dot; else -1. The tokenizer cuts the word
 * there, its dot kept, so that the name reads as it does after "Dr. " (a degree such as "M.Si" is
 * not such a word and stays one token).
 */
export function abbreviationDotBeforeName(text: string, from: number, to: number, lexicon: NameLexicon): number {
  let dot = from;
  while (dot < to && isLetterUnit(text.charCodeAt(dot))) dot++;
  if (dot === from || dot + 2 >= to || text.charCodeAt(dot) !== 46) return -1;
  if (!isUpperUnit(text.charCodeAt(dot + 1)) || !isLowerUnit(text.charCodeAt(dot + 2))) return -1;
  return abbreviationsFor(lexicon).before.has(text.slice(from, dot + 1).toLowerCase()) ? dot : -1;
}

/** The fewest letters a glued sentence's last word has before its dot: "a one- or two-letter word and a dot" is an abbreviation. */
const MIN_LETTERS = 3;

/**
 * The dot at `dot` ends a sentence glued to the next one ("cuaca.Hujan", "Agus.Ia"). Asked only
 * of a dot (the caller has read it); everything is checked in place, without a slice, until the
 * word before the dot is compared with the language's abbreviations.
 */
export function isGluedSentenceDot(text: string, dot: number, lexicon: NameLexicon): boolean {
  if (!isUpperUnit(text.charCodeAt(dot + 1)) || !isLowerUnit(text.charCodeAt(dot + 2))) return false;
  // A web address: the capitalised word runs into another dot and a letter ("Kabar.Banten.com").
  let after = dot + 3;
  while (isLetterUnit(text.charCodeAt(after))) after++;
  if (text.charCodeAt(after) === 46 && isLetterUnit(text.charCodeAt(after + 1))) return false;
  // An account name goes on in lower case after a dot ("@pemkot.bandung"): a capital opens a sentence ("tulis @infoBMKG.Martha …").
  if (handleBefore(text, dot)) return true;
  // A year or a number ends a sentence as a word does ("Maret 2025.Direktur …"); a decimal has a digit after its dot.
  const last = text.charCodeAt(dot - 1);
  if (!isLowerUnit(last) && !isDigit(last)) return false;
  let start = dot - 1;
  while (start > 0 && (isLetterUnit(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(start - 1)))) start--;
  // A number needs no length ("pukul 10.00.Warga"): no abbreviation ends in a digit.
  if (dot - start < MIN_LETTERS && !isDigit(last)) return false;
  // So does one glued after a dotted word ("tribun.Jatim"), and an abbreviation with dots inside ("S.Sos.").
  let wordStart = start;
  while (wordStart > 1 && text.charCodeAt(wordStart - 1) === 46 && isLetterUnit(text.charCodeAt(wordStart - 2))) {
    wordStart -= 2;
    while (wordStart > 0 && isLetterUnit(text.charCodeAt(wordStart - 1))) wordStart--;
  }
  const known = abbreviations(lexicon);
  if (known.has(text.slice(start, dot + 1).toLowerCase())) return false;
  if (wordStart < start) {
    if (known.has(text.slice(wordStart, dot + 1).toLowerCase())) return false;
    // Dotted words before ("detik.news.Jatim" is an address, "S.Sos" a degree): lower-case after a dot means an address.
    for (let i = wordStart; i < start; i++) if (text.charCodeAt(i) === 46 && isLowerUnit(text.charCodeAt(i + 1))) return false;
  }
  return true;
}

/** An @ and an account name's letters, digits and underscores stand right before `dot`. */
function handleBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && (isLetterUnit(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i--;
  return i >= 0 && i < dot - 1 && text.charCodeAt(i) === 64;
}

/** The first glued sentence dot in text[from, to), or -1. */
export function firstGluedSentenceDot(text: string, from: number, to: number, lexicon: NameLexicon): number {
  for (let i = text.indexOf('.', from); i >= 0 && i < to; i = text.indexOf('.', i + 1)) if (isGluedSentenceDot(text, i, lexicon)) return i;
  return -1;
}

/** The word, its dot included, is one the language writes with that dot ("Kab.", "drs."): no sentence ends after it. */
export function isAbbreviation(wordWithDot: string, lexicon: NameLexicon): boolean {
  return abbreviations(lexicon).has(wordWithDot.toLowerCase());
}

/**
 * The first dot in the handle text[from, to) (an @ and its account name) before a capital and a
 * lower-case letter, or -1: an account name goes on in lower case after a dot ("@pemkot.bandung"),
 * so there a sentence glued to the handle begins ("tulis @infoBMKG.Deputi Bidang …").
 */
export function firstDotAfterHandle(text: string, from: number, to: number): number {
  for (let i = text.indexOf('.', from); i >= 0 && i + 2 < to; i = text.indexOf('.', i + 1)) {
    if (isUpperUnit(text.charCodeAt(i + 1)) && isLowerUnit(text.charCodeAt(i + 2))) return i;
  }
  return -1;
}
