/**
 * A quote card under the headline: a whole line that is one quotation ("“Jangan jual benih jagung …”"), then a line
 * saying who spoke. Between the headline and the dateline such lines read like a deck or a caption, but they are the
 * story's words. Only quote marks are read here: no words of any language.
 */
import type { LineFeatures } from './lineFeatures';

/** Marks that close a quotation at the end of its line. */
const CLOSING_MARKS = new Set(['"', '\u201D', '\u00BB']);
/** A quotation this short is a title or a nickname in marks, not someone's words. */
const MIN_WORDS = 5;

/** The line is one quotation: it opens with a quote mark and closes with one (a sentence mark may stand inside it). */
export function isWholeQuotation(f: LineFeatures): boolean {
  if (!f.startsWithQuote || f.words < MIN_WORDS) return false;
  const text = f.text.trimEnd();
  return CLOSING_MARKS.has(text.charAt(text.length - 1));
}
