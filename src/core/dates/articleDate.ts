/**
 * The article's own date, and every date read turned into a DateValue with its role.
 * The article's date is the first byline/metadata date; without one, the first date of the body
 * that is not merely mentioned (the reported event in the lead). When that first body date has no
 * certain year the article's date is null: a later, fully written date (background, a chronology)
 * is not the date of the event the lead reports.
 */
import type { DateValue } from '../model';
import type { PlacedReading } from './dateRoles';
import type { DateReading } from './dateForms';
import { decideYear, type YearDecision } from './yearInference';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toValue(r: DateReading, decision: YearDecision, role: NonNullable<DateValue['role']>, note: string): DateValue {
  const known = decision.kind !== 'unknown';
  const iso = known ? `${pad(decision.year, 4)}-${pad(r.month)}-${pad(r.day)}` : `--${pad(r.month)}-${pad(r.day)}`;
  const yearNote = decision.kind === 'inferred' ? `; year ${decision.year} inferred: the only year in the text whose calendar has this weekday on this day` : decision.kind === 'unknown' ? `; year unknown: ${decision.why}` : '';
  return {
    iso,
    ...(r.time ? { time: r.time } : {}),
    ...(r.zone ? { zone: r.zone } : {}),
    raw: r.raw,
    span: { start: r.start, end: r.end },
    rule: r.rule,
    ...(decision.kind === 'inferred' ? { yearInferred: true } : {}),
    ...(decision.kind === 'unknown' ? { yearUnknown: true } : {}),
    ...(decision.kind === 'written' && decision.weekdayMismatch ? { weekdayMismatch: true } : {}),
    role,
    note: note + yearNote,
  };
}

export interface ArticleDates {
  readonly date: DateValue | null;
  readonly dates: readonly DateValue[];
}

/**
 * `dateBars`: lines above the headline that hold a date and nothing else ("Senin, 24 November 2025" over the masthead),
 * the site's date of the day, which is the article's only when no stamp under the headline gives one.
 */
export function chooseArticleDate(placed: readonly PlacedReading[], years: ReadonlySet<number>, dateBars: ReadonlySet<number> = new Set()): ArticleDates {
  const decisions = placed.map((p) => decideYear(p.reading, years));
  const known = (i: number): boolean => decisions[i]!.kind !== 'unknown';
  // A republished page's note on its first publication before the re-run's own stamp (the story's date is the first
  // publisher's, as its outlet is); a publication stamp before an update stamp ("Diterbitkan …" over "Diperbarui …"),
  // else the first; a stamp under the headline before the page's date bar.
  let chosen = placed.findIndex((p, i) => p.place === 'byline' && known(i) && p.firstPublication === true);
  if (chosen < 0) chosen = placed.findIndex((p, i) => p.place === 'byline' && known(i) && !p.update && !dateBars.has(p.reading.line));
  if (chosen < 0) chosen = placed.findIndex((p, i) => p.place === 'byline' && known(i) && !p.update);
  if (chosen < 0) chosen = placed.findIndex((p, i) => p.place === 'byline' && known(i));
  const chosenRole: 'byline' | 'event' = chosen >= 0 ? 'byline' : 'event';
  let leadWithoutYear = -1;
  if (chosen < 0) {
    const lead = placed.findIndex((p) => p.place === 'body' && p.mentioned === null);
    if (lead >= 0 && known(lead)) chosen = lead;
    else leadWithoutYear = lead;
    // No byline and no dated sentence: a lead's "mulai Senin (23/11/2026)" is the day the reported step took effect.
    if (lead < 0) {
      const started = placed.findIndex((p, i) => p.place === 'body' && p.startedOn === true && known(i));
      if (started >= 0 && placed.slice(0, started).every((p) => p.place !== 'body')) chosen = started;
    }
  }
  const dates = placed.map((p, i): DateValue => {
    const d = decisions[i]!;
    if (i === chosen) return toValue(p.reading, d, chosenRole, chosenRole === 'byline' ? "the article's date: its byline/publication date" : "the article's date: the first dated sentence of the body (the reported event)");
    if (i === leadWithoutYear) return toValue(p.reading, d, 'event', "the lead's event date, but without a certain year the article's date stays empty");
    if (p.mentioned !== null) return toValue(p.reading, d, 'mentioned', `merely mentioned: ${p.mentioned}`);
    if (p.place === 'byline') return toValue(p.reading, d, 'byline', 'a byline/metadata date (the first one is the article\'s date)');
    if (chosenRole === 'byline' && chosen >= 0) return toValue(p.reading, d, 'event', "a date in the body (the byline's date is the article's date)");
    return toValue(p.reading, d, 'event', "a later date in the body (the article's date is the first one)");
  });
  return { date: chosen >= 0 ? dates[chosen]! : null, dates };
}
