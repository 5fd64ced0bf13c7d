/**
 * Which language an article's body is written in, when it is not the configured one: an
 * Indonesian corpus holds English editions, wire copy and op-eds. Read with the configured
 * language's data alone such a page loses its speakers ("said Hartono", "he said"); read with the
 * other language's data alone it loses the page furniture the configured data knows. So a
 * detected article is read with both (languageUnion.ts), and its analysis names the language found.
 *
 * The evidence is the stop-word share of the prose lines against each language's stopwords.json;
 * the thresholds live in detection.json. It errs towards the configured language: an article with
 * an English quote, menu or brand names among its own language's prose stays as configured.
 */
import detection from './detection.json';
import type { LanguageData } from './language';
import { unionLanguage } from './languageUnion';

export interface DetectionThresholds {
  /** A line counts as prose from this many words (menus, tags, headlines are shorter). */
  readonly minLineWords: number;
  /** Counting stops after this many words: the decision is clear long before, and detection stays cheap. */
  readonly maxWords: number;
  /** Fewer prose words than this decide nothing. */
  readonly minWords: number;
  /** The other language's stop words must make at least this share of the prose words… */
  readonly minShare: number;
  /** …and at least this many times the configured language's share. */
  readonly minRatio: number;
}

export const DETECTION: DetectionThresholds = detection;

/** A line as the detector reads it (an Article's line, or a test's). */
interface TextLine {
  readonly text: string;
}

/**
 * A word, in a lower-cased line: a run of letters (ASCII, Latin-1 and Latin Extended without × and ÷,
 * then Greek to Latin Extended Additional, and the scripts past the general punctuation block). Stop
 * words are plain words, so this class is enough; it runs about twice as fast as \p{L} with the u flag
 * (detection runs on every article).
 */
const WORD = /[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\ud7ff]+/g;

/** Each stop word of the configured language (bit 0) and of the others (bit k + 1): one lookup per word. */
interface StopwordIndex {
  readonly others: readonly LanguageData[];
  readonly bits: ReadonlyMap<string, number>;
  /** The same, for the stop words of ASCII letters alone, by hash (see asciiHits). */
  readonly ascii: AsciiIndex;
}

/** Open addressing: slot k holds a word (or '') whose hash is hashes[k] and whose bits are bits[k]. */
interface AsciiIndex {
  readonly slots: readonly string[];
  readonly hashes: Int32Array;
  readonly bits: Int32Array;
  readonly mask: number;
}

const indexes = new WeakMap<readonly LanguageData[], WeakMap<LanguageData, StopwordIndex>>();

function stopwordIndex(configured: LanguageData, candidates: readonly LanguageData[]): StopwordIndex {
  let byConfigured = indexes.get(candidates);
  if (!byConfigured) indexes.set(candidates, (byConfigured = new WeakMap()));
  let index = byConfigured.get(configured);
  if (!index) {
    const others = candidates.filter((c) => c.code !== configured.code);
    const bits = new Map<string, number>();
    [configured, ...others].forEach((lang, k) => {
      for (const w of lang.stopwords) bits.set(w, (bits.get(w) ?? 0) | (1 << k));
    });
    index = { others, bits, ascii: asciiIndex(bits) };
    byConfigured.set(configured, index);
  }
  return index;
}

/**
 * The language among `candidates` the article's prose is written in, when that is not `configured`
 * and the evidence is clear; null otherwise (the article is read as configured).
 */
export function detectOtherLanguage(
  lines: readonly TextLine[],
  configured: LanguageData,
  candidates: readonly LanguageData[],
  thresholds: DetectionThresholds = DETECTION,
): LanguageData | null {
  const { others } = stopwordIndex(configured, candidates);
  if (!others.length) return null;
  const { hits, counted } = countStopwords(lines, configured, candidates, thresholds);
  if (counted < thresholds.minWords) return null;
  let best = 1;
  for (let k = 2; k < hits.length; k++) if (hits[k]! > hits[best]!) best = k;
  const share = hits[best]! / counted;
  const configuredShare = hits[0]! / counted;
  if (share < thresholds.minShare || share < thresholds.minRatio * configuredShare) return null;
  return others[best - 1]!;
}

/**
 * The prose words counted (up to about maxWords) and, of them, the stop words of the configured language (hits[0]) and
 * of each other candidate (hits[k + 1]).
 */
export function countStopwords(
  lines: readonly TextLine[],
  configured: LanguageData,
  candidates: readonly LanguageData[],
  thresholds: DetectionThresholds = DETECTION,
): { readonly hits: number[]; readonly counted: number } {
  const { others, bits, ascii } = stopwordIndex(configured, candidates);
  const hits = new Array<number>(others.length + 1).fill(0); // [configured, ...others]
  const lineHits = hits.slice();
  let counted = 0;
  for (const line of lines) {
    if (counted >= thresholds.maxWords) break;
    // A line too short to hold minLineWords words (a letter each, a space between) is not lowered and split.
    if (line.text.length < thresholds.minLineWords * 2 - 1) continue;
    // Nearly every line is ASCII but for quotes and dashes: its words are read in place, with no lower-cased copy and no array of words.
    lineHits.fill(0);
    const asciiWords = asciiHits(line.text, ascii, lineHits);
    if (asciiWords >= 0) {
      if (asciiWords < thresholds.minLineWords) continue;
      counted += asciiWords;
      for (let k = 0; k < hits.length; k++) hits[k]! += lineHits[k]!;
      continue;
    }
    const words = line.text.toLowerCase().match(WORD);
    if (!words || words.length < thresholds.minLineWords) continue;
    counted += words.length;
    for (const word of words) addBits(hits, bits.get(word));
  }
  return { hits, counted };
}

function addBits(hits: number[], b: number | undefined): void {
  if (b !== undefined) for (let k = 0; k < hits.length; k++) if (b & (1 << k)) hits[k]!++;
}

/** Only stop words of lower-case ASCII letters can equal a word of an ASCII line (WORD reads runs of letters). */
function asciiIndex(bits: ReadonlyMap<string, number>): AsciiIndex {
  const words = [...bits.keys()].filter((w) => /^[a-z]+$/.test(w));
  let size = 64;
  while (size < 4 * words.length) size *= 2;
  const slots = new Array<string>(size).fill('');
  const hashes = new Int32Array(size);
  const wordBits = new Int32Array(size);
  for (const w of words) {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
    let k = h & (size - 1);
    while (slots[k] !== '') k = (k + 1) & (size - 1);
    slots[k] = w;
    hashes[k] = h;
    wordBits[k] = bits.get(w) as number;
  }
  return { slots, hashes, bits: wordBits, mask: size - 1 };
}

/**
 * Adds the stop-word hits of a line's words to `hits` and says how many words WORD finds in its lower case, for a
 * line of ASCII, Latin-1 signs (U+0080–U+00BF) and general punctuation (U+2000–U+206F: curly quotes, dashes,
 * ellipses, odd spaces): its runs of ASCII letters, lower-cased as they are hashed, since lower-casing leaves those
 * signs as they are and WORD takes none of them. -1 for a line with any other character (`hits` is then partial).
 */
function asciiHits(text: string, index: AsciiIndex, hits: number[]): number {
  let words = 0;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + lower) | 0;
      continue;
    }
    if (c >= 0xc0 && (c < 0x2000 || c > 0x206f)) return -1;
    if (start < 0) continue;
    words++;
    for (let k = h & index.mask; ; k = (k + 1) & index.mask) {
      const w = index.slots[k] as string;
      if (w === '') break;
      if (index.hashes[k] !== h || w.length !== i - start) continue;
      let same = true;
      for (let j = 0; j < w.length && same; j++) same = w.charCodeAt(j) === (text.charCodeAt(start + j) | 32);
      if (same) {
        addBits(hits, index.bits[k]);
        break;
      }
    }
    start = -1;
  }
  return words;
}

/**
 * The data to read an article with: the configured language's, or, for an article detected as
 * written in another language, the union of both (named after the language detected).
 */
export function readingLanguage(lines: readonly TextLine[], configured: LanguageData, candidates: readonly LanguageData[]): LanguageData {
  const other = detectOtherLanguage(lines, configured, candidates);
  return other ? unionLanguage(configured, other) : configured;
}
