/**
 * Dates: the article's own date, every date read with its role, and relative stamps.
 *   dateWindows.ts    finds where on a line a date can be (digit runs beside a separator or a month name)
 *   dateForms.ts      reads the written forms there ("Senin (25/11/2024)", "Kamis, 5 September 2024 | 14:33 WIB", "Jumat, (17/05)")
 *   dateRoles.ts      places each date (byline, body, headline, boilerplate) and flags the merely mentioned
 *   yearInference.ts  fills a missing year only when the weekday makes it certain
 *   articleDate.ts    chooses the article's date
 *   relativeStamps.ts "2 hari yang lalu", recorded as relative, never turned into a date
 * All words come from the language's dates.json (via dateData.ts).
 */
import type { Article, Line } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { DateValue, RelativeStamp } from '../model';
import type { StructureResult } from '../structure/structure';
import { chooseArticleDate } from './articleDate';
import { compileDateData } from './dateData';
import { readDatesOnLine, type DateReading } from './dateForms';
import { placeReadings } from './dateRoles';
import { readRelativeStamps } from './relativeStamps';
import { candidateYears } from './yearInference';

export interface DatesResult {
  readonly date: DateValue | null;
  readonly dates: readonly DateValue[];
  readonly relativeStamps: readonly RelativeStamp[];
}

const DIGIT = /\d/g;

/**
 * The lines that hold a digit, in order, each with the offset of its first digit in the line: every
 * written date has one (a line without one has no date window), and one search of the whole text
 * finds them faster than a search of every line.
 */
function linesWithDigits(article: Article): { readonly line: Line; readonly firstDigit: number }[] {
  const found: { readonly line: Line; readonly firstDigit: number }[] = [];
  const lines = article.lines;
  let li = 0;
  // test(), not exec(): the digit is at lastIndex - 1, and no match object is built.
  for (DIGIT.lastIndex = 0; DIGIT.test(article.text); ) {
    const at = DIGIT.lastIndex - 1;
    while (li + 1 < lines.length && (lines[li + 1] as Line).start <= at) li++;
    const line = lines[li] as Line;
    found.push({ line, firstDigit: at - line.start });
    // The rest of this line is read by the date reader itself: go on at the next line.
    if (li + 1 >= lines.length) break;
    DIGIT.lastIndex = (lines[li + 1] as Line).start;
  }
  return found;
}

export function readDates(article: Article, lang: LanguageData, structure: StructureResult): DatesResult {
  const c = compileDateData(lang);
  const readings: DateReading[] = [];
  for (const { line, firstDigit } of linesWithDigits(article)) for (const reading of readDatesOnLine(c, article, line.index, firstDigit)) readings.push(reading);
  const relativeStamps = readRelativeStamps(c, article);
  // No date read: nothing to place, and the candidate years only ever fill a reading's year.
  if (readings.length === 0) return { date: null, dates: [], relativeStamps };
  const placed = placeReadings(c, article, structure, readings);
  const dateBars = dateBarLines(article, structure, readings);
  // The candidate years only decide a reading that names its weekday but writes no year (decideYear):
  // with none such, the text is not searched for years.
  if (!readings.some((r) => r.year === null && r.weekday !== null)) {
    const { date, dates } = chooseArticleDate(placed, new Set(), dateBars);
    return { date, dates, relativeStamps };
  }
  // Candidate years come from the article's own text: headline, body and bylines, not from the
  // boilerplate (a related list's dates belong to other articles).
  const kinds = new Map(structure.boilerplate.map((b) => [b.line, b.kind]));
  const own = (line: number): boolean => structure.lineRoles[line] !== 'boilerplate' || kinds.get(line) === 'byline';
  const years = candidateYears(
    article.lines.filter((l) => own(l.index)).map((l) => l.text),
    placed.filter((p) => own(p.reading.line)).map((p) => p.reading),
  );
  const { date, dates } = chooseArticleDate(placed, years, dateBars);
  return { date, dates, relativeStamps };
}

/** Lines above the headline holding one date and nothing else: the site's date bar (see chooseArticleDate). */
function dateBarLines(article: Article, structure: StructureResult, readings: readonly DateReading[]): Set<number> {
  const titleLine = structure.title?.line;
  const bars = new Set<number>();
  if (titleLine === undefined) return bars;
  for (const r of readings) if (r.line < titleLine && article.lines[r.line]?.text.trim() === r.raw.trim()) bars.add(r.line);
  return bars;
}
