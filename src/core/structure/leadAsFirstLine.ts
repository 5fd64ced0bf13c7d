/**
 * A dataset cell that holds no headline: its first line is the lead itself ("BLITAR (blitarhariini.com) - Harga telur
 * … Rabu (18/11/2026)."), a paragraph opening with a dateline. Taken for the headline, it hid the dateline, the outlet
 * and the date. A headline is short and never opens with a dateline ("<place> (<outlet>) -", "<place> -"); a line that
 * does and runs on over sentences past any headline's length is the body's first paragraph.
 */
import type { DatelineReader } from '../dateline/dateline';
import type { LineFeatures } from './lineFeatures';

/** Longer than any headline of the corpus (the longest keyed run to about 200 characters). */
const MIN_LEAD_CHARS = 220;
/** A sentence closed inside the line, another begun: ". " then a capital or a digit. */
const SENTENCE_INSIDE = /[.!?]["”]?\s+[\p{Lu}\p{N}"“]/u;

export function isLeadNotHeadline(f: LineFeatures | undefined, reader: DatelineReader): boolean {
  if (f === undefined || f.text.length < MIN_LEAD_CHARS || !SENTENCE_INSIDE.test(f.text)) return false;
  const m = reader.read(f.text);
  return m !== null && (m.place !== null || m.outlet !== null);
}
