import { collapseSpaces } from './lineFeatures';

/** Zero-width characters a page may leave between words ("Nurul\u200b Hidayah"): no part of any word. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * A text as words are compared across lines: zero-width characters dropped, every run of white space (no-break
 * spaces and line breaks too) one space (lineFeatures' collapseSpaces, as foldLine reads it), trimmed. The same
 * words then read the same wherever a scraper spaced them.
 */
export function plainText(text: string): string {
  return collapseSpaces(text.replace(ZERO_WIDTH, '')).trim();
}
