/**
 * Filling a missing year ("Jumat, (17/05)", "Selasa (24/10)") only when the text makes it
 * certain: the candidate years are the years the text itself writes (in full dates and as year
 * numbers: "Pilkada 2024", "tahun 2024"), and the weekday must fit exactly one of them.
 * No weekday, no candidate year, or two fitting years: the year stays unknown. The year is never
 * taken from today's date or from a window around the text's years: a weekday recurs on the same
 * day and month every few years, and a window would turn a guess into a false certainty.
 */
import { isValidDate, weekdayOf, type DateReading } from './dateForms';

/** Four-digit years 1900–2099 standing alone ("2024", "/2024"), not inside a longer number ("Rp 2.024.000", "12024"). */
const YEAR_TOKEN = /(?<![\p{L}\p{N}]|\p{N}[.,])(?:19|20)\d{2}(?![\p{N}]|[.,]\p{N})/gu;

/** A cheap first test: most lines write no year at all. */
const MAYBE_YEAR = /(?:19|20)\d\d/;

/** The years a text writes, from its year numbers and its full dates. */
export function candidateYears(texts: readonly string[], readings: readonly DateReading[]): Set<number> {
  const years = new Set<number>();
  for (const text of texts) if (MAYBE_YEAR.test(text)) for (const m of text.matchAll(YEAR_TOKEN)) years.add(Number(m[0]));
  for (const r of readings) if (r.year !== null) years.add(r.year);
  return years;
}

export type YearDecision =
  | { readonly kind: 'written'; readonly year: number; readonly weekdayMismatch: boolean }
  | { readonly kind: 'inferred'; readonly year: number }
  | { readonly kind: 'unknown'; readonly why: string };

/** The year of a reading: as written, inferred when certain, or unknown with the reason. */
export function decideYear(reading: DateReading, years: ReadonlySet<number>): YearDecision {
  if (reading.year !== null) {
    const mismatch = reading.weekday !== null && weekdayOf(reading.day, reading.month, reading.year) !== reading.weekday;
    return { kind: 'written', year: reading.year, weekdayMismatch: mismatch };
  }
  if (reading.weekday === null) return { kind: 'unknown', why: 'no year and no weekday to check one against' };
  if (years.size === 0) return { kind: 'unknown', why: 'no year written anywhere in the text' };
  const fitting = [...years].filter((y) => isValidDate(reading.day, reading.month, y) && weekdayOf(reading.day, reading.month, y) === reading.weekday);
  if (fitting.length === 1) return { kind: 'inferred', year: fitting[0]! };
  if (fitting.length === 0) return { kind: 'unknown', why: `the weekday fits none of the text's years (${[...years].sort().join(', ')})` };
  return { kind: 'unknown', why: `the weekday fits several of the text's years (${fitting.sort().join(', ')})` };
}
