/**
 * A dataset cell that holds no headline: its first line is the lead itself. Two shapes, from two held-out rounds (72, 75):
 * the first line runs on over sentences past any headline's length and opens with a dateline (isLeadNotHeadline, read
 * on the line findHeadline settles on when nothing was skipped above it), or the headline candidate is prose of a lead's
 * length closing as a sentence and opens with a dateline naming the outlet (isDatelineLead, read inside findHeadline,
 * also under skipped furniture).
 *
 * The first shape: its first line is the lead itself ("BLITAR (blitarhariini.com) - Harga telur
 * … Rabu (18/11/2026)."), a paragraph opening with a dateline. Taken for the headline, it hid the dateline, the outlet
 * and the date. A headline is short and never opens with a dateline ("<place> (<outlet>) -", "<place> -"); a line that
 * does and runs on over sentences past any headline's length is the body's first paragraph.
 */
import type { DatelineReader } from '../dateline/dateline';
import type { DatelineData } from './structureData';
import { readerFor } from './datelineLines';
import type { LineFeatures } from './lineFeatures';

/** Longer than any headline of the corpus (the longest keyed run to about 200 characters). */
const MIN_LEAD_CHARS = 220;
/** A sentence closed inside the line, another begun: ". " then a capital or a digit. */
const SENTENCE_INSIDE = /[.!?]["”]?\s+[\p{Lu}\p{N}"“]/u;

export function isLeadNotHeadline(f: LineFeatures | undefined, reader: DatelineReader): boolean {
  // Shorter, when the line reads as prose (stop words of running text, closing as a sentence): "MEDAN - Meliana, perempuan
  // asal … divonis 18 bulan penjara. Raut wajahnya datar." is a two-sentence lead of 210 characters.
  if (f === undefined || f.text.length < (f.prose ? LEAD_MIN_CHARS : MIN_LEAD_CHARS) || !SENTENCE_INSIDE.test(f.text)) return false;
  const m = reader.read(f.text);
  return m !== null && (m.place !== null || m.outlet !== null);
}

/** A lead paragraph is at least this long: a headline never runs so far. */
const LEAD_MIN_CHARS = 120;
const ENDS_SENTENCE = /[.!?]["”’)]?\s*$/u;

/**
 * "Jakarta, Pasar Indonesia - Nilai tukar rupiah ditutup melemah …": a long line closing as a sentence and opening with
 * a dateline that names the outlet (with or without a place) is an article's lead, never its headline.
 */
export function isDatelineLead(text: string, data: DatelineData): boolean {
  if (text.length < LEAD_MIN_CHARS || !ENDS_SENTENCE.test(text)) return false;
  return readerFor(data).read(text)?.outlet != null;
}
