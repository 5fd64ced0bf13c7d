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

const WORD = /\p{L}+/gu;

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
  const others = candidates.filter((c) => c.code !== configured.code);
  if (!others.length) return null;
  const hits = new Array<number>(others.length).fill(0);
  let configuredHits = 0;
  let counted = 0;
  for (const line of lines) {
    if (counted >= thresholds.maxWords) break;
    const words = line.text.toLowerCase().match(WORD);
    if (!words || words.length < thresholds.minLineWords) continue;
    for (const word of words) {
      if (configured.stopwords.has(word)) configuredHits++;
      for (let i = 0; i < others.length; i++) if (others[i]!.stopwords.has(word)) hits[i]!++;
    }
    counted += words.length;
  }
  if (counted < thresholds.minWords) return null;
  let best = -1;
  for (let i = 0; i < others.length; i++) if (best < 0 || hits[i]! > hits[best]!) best = i;
  const share = hits[best]! / counted;
  const configuredShare = configuredHits / counted;
  if (share < thresholds.minShare || share < thresholds.minRatio * configuredShare) return null;
  return others[best]!;
}

/**
 * The data to read an article with: the configured language's, or, for an article detected as
 * written in another language, the union of both (named after the language detected).
 */
export function readingLanguage(lines: readonly TextLine[], configured: LanguageData, candidates: readonly LanguageData[]): LanguageData {
  const other = detectOtherLanguage(lines, configured, candidates);
  return other ? unionLanguage(configured, other) : configured;
}
