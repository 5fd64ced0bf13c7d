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
    index = { others, bits };
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
  const { others, bits } = stopwordIndex(configured, candidates);
  if (!others.length) return null;
  const hits = new Array<number>(others.length + 1).fill(0); // [configured, ...others]
  let counted = 0;
  for (const line of lines) {
    if (counted >= thresholds.maxWords) break;
    // A line too short to hold minLineWords words (a letter each, a space between) is not lowered and split.
    if (line.text.length < thresholds.minLineWords * 2 - 1) continue;
    const words = line.text.toLowerCase().match(WORD);
    if (!words || words.length < thresholds.minLineWords) continue;
    counted += words.length;
    for (const word of words) {
      const b = bits.get(word);
      if (b !== undefined) for (let k = 0; k < hits.length; k++) if (b & (1 << k)) hits[k]!++;
    }
  }
  if (counted < thresholds.minWords) return null;
  let best = 1;
  for (let k = 2; k < hits.length; k++) if (hits[k]! > hits[best]!) best = k;
  const share = hits[best]! / counted;
  const configuredShare = hits[0]! / counted;
  if (share < thresholds.minShare || share < thresholds.minRatio * configuredShare) return null;
  return others[best - 1]!;
}

/**
 * The data to read an article with: the configured language's, or, for an article detected as
 * written in another language, the union of both (named after the language detected).
 */
export function readingLanguage(lines: readonly TextLine[], configured: LanguageData, candidates: readonly LanguageData[]): LanguageData {
  const other = detectOtherLanguage(lines, configured, candidates);
  return other ? unionLanguage(configured, other) : configured;
}
