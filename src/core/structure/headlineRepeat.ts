/**
 * A page that prints its headline twice in a row (the page's title over its heading, both saved by the scraper): the
 * repeated line is the headline, whatever short furniture stands over it (a site's name, its tagline, a stamp). A
 * tagline right over a stamp otherwise reads as the headline.
 */
import type { CueHit } from '../boilerplate/cues';
import { collapseSpaces, type LineFeatures } from './lineFeatures';
import { readsAsHeadline } from './headlineFurniture';

/** How many non-blank lines of furniture may stand over the repeated headline. */
const MAX_LINES_OVER_REPEAT = 5;

/**
 * The position (in `nonBlank`) of the first line, among the top lines, that the next non-blank line repeats word for
 * word, when it reads as a headline, carries no cue, and no line above it is prose (the body has not begun); -1 if none.
 */
export function repeatedHeadline(nonBlank: readonly LineFeatures[], hits: readonly (CueHit | null)[]): number {
  for (let j = 0; j + 1 < nonBlank.length && j <= MAX_LINES_OVER_REPEAT; j++) {
    const line = nonBlank[j] as LineFeatures;
    const next = nonBlank[j + 1] as LineFeatures;
    // "Klarifikasi Bupati Lombok Barat Terkait Pemberitaan yang Beredar." printed twice: a short line in title case
    // closed by a full stop reads as prose, but printed twice in a row at the top it is the page's title over its heading.
    const titleRepeat = isShortTitleCase(line) && !hits[line.index] && collapse(line.text) === collapse(next.text);
    if (titleRepeat) return j;
    if (line.prose) return -1;
    if (hits[line.index] || !readsAsHeadline(line)) continue;
    if (collapse(line.text) === collapse(next.text)) return j;
  }
  return -1;
}

/** A headline's length, and most of its words capitalised (title case leaves "di", "yang", "dan" in lower case). */
function isShortTitleCase(line: LineFeatures): boolean {
  if (line.words < MIN_TITLE_WORDS || line.words > MAX_TITLE_WORDS) return false;
  const words = line.text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^["“'‘(]?\p{Lu}/u.test(w)).length >= words.length * TITLE_CASE_SHARE;
}
const MIN_TITLE_WORDS = 4;
const MAX_TITLE_WORDS = 16;
const TITLE_CASE_SHARE = 0.7;

/** Trimmed, each run of white space one space (lineFeatures' collapseSpaces), lower-cased. */
function collapse(text: string): string {
  return collapseSpaces(text.trim()).toLowerCase();
}
