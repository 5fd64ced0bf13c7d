/**
 * The date readers: one regular expression per written form, built from the language's date data.
 * They only READ (day, month, year if written, weekday if written, time and zone that follow);
 * deciding what a date is in the article (byline, event, mentioned) and filling a missing year
 * are articleDate.ts's and yearInference.ts's jobs.
 *
 * Every quantifier between tokens is bounded ({0,3}) and no two adjacent pieces can match the
 * same characters, so each expression runs in linear time on any line (no catastrophic backtracking).
 */
import type { Article } from '../article/article';
import { alternation, WORD_END as R, WORD_START as L, type CompiledDateData } from './dateData';
import { dayOffsets, matchesAt, matchOffsets, windowFacts, type WindowFacts } from './dateStarts';
import { dateWindows, WORD_CHAR, type DateWindow } from './dateWindows';

/** One date as written. */
export interface DateReading {
  /** UTF-16 offsets into the article text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** 0-based line index. */
  readonly line: number;
  readonly raw: string;
  /** The form that read it. */
  readonly rule: string;
  readonly day: number;
  readonly month: number;
  /** As written, four digits (a two-digit year is expanded to 20yy); null when the text omits it. */
  readonly year: number | null;
  /** 0 = Sunday … 6 = Saturday, when the text names the weekday. */
  readonly weekday: number | null;
  /** HH:MM when a time follows the date. */
  readonly time?: string;
  readonly zone?: string;
  /** True for a range of days written as one date ("Sabtu-Minggu (7-8/6/2025)"): the reading is its first day. */
  readonly range?: boolean;
}

export interface Form {
  readonly rule: string;
  readonly re: RegExp;
  /** Month written as a name (true) or as a number (false). */
  readonly monthName: boolean;
  /** Whether the form needs a weekday name on the line (a cheap test first skips the form on most lines). */
  readonly weekday: boolean;
  /**
   * What the window must hold for the expression to match at all (read off the expression; see
   * WindowFacts): checked on one pass over the window instead of running the expression.
   */
  readonly needs: (facts: WindowFacts) => boolean;
  /** The same expression, sticky: a form with `startsAt` is tried only at those offsets (dateStarts.ts). */
  readonly sticky: RegExp;
  /**
   * Where a match can start, read off the expression after its look-behind: at a weekday name, at a
   * month name, or at a day prefix or a digit ("tanggal 5 Juni", "5 Juni"); null: scanned.
   */
  readonly startsAt: 'weekday' | 'month' | 'day' | null;
}

const ALWAYS = (): boolean => true;
/** YEAR4 / "(?<y>\d{4})" is not optional in the form. */
const YEAR_WRITTEN = (f: WindowFacts): boolean => f.year4;

export interface Forms {
  readonly list: readonly Form[];
  /** Any weekday name (global): the weekday forms are tried only where one occurs. */
  readonly weekdayProbe: RegExp;
  /** The same for the month names (the month forms open `${mn}` = the month alternation, then a word end). */
  readonly monthProbe: RegExp;
  /** The day prefixes ("tanggal"), as the optional `${c.dayPrefix}` opens with them. */
  readonly dayPrefixProbe: RegExp;
}

const SP = '[ \\t]{1,3}';
const OPT_SP = '[ \\t]{0,3}';
/** "Senin (", "Senin, (", "Selasa.", "Kamis, ", "Rabu " between a weekday and its date. */
const AFTER_WEEKDAY = `${OPT_SP}[,.]?${OPT_SP}\\(?${OPT_SP}`;
const YEAR4 = '(?<y>\\d{4})(?!\\p{N})';

const formsCache = new WeakMap<CompiledDateData, Forms>();

/**
 * Where each form's match can start (after its look-behind), read off the expressions below: the
 * weekday forms open with `${wd}`, month-day-year with `${mn}`, the day-first forms with `${day}`
 * (an optional day prefix, then the day's digits). A form not listed is scanned.
 */
const STARTS_AT: Readonly<Record<string, Form['startsAt']>> = {
  'weekday-numeric': 'weekday',
  'weekday-long': 'weekday',
  'weekday-month-day': 'weekday',
  'day-month-year': 'day',
  'month-day-year': 'month',
  'day-month': 'day',
};

/** The forms of a language, built once (exported for the tests that check each form's `needs`). */
export function dateForms(c: CompiledDateData): Forms {
  const cached = formsCache.get(c);
  if (cached) return cached;
  const wd = `(?<wd>${c.weekdayAlt})${R}${c.weekdayTail}`;
  const mn = `(?<mn>${c.monthAlt})${R}\\.?`;
  const day = `${c.dayPrefix}(?<d>\\d{1,2})${c.ordinal}(?!\\p{N})`;
  const yearAfterMonth = `(?:${OPT_SP},?${OPT_SP}${YEAR4})`;
  // Numeric day/month: "/" always; "-" or "." only with a year (so "Senin 10.30" is a time, not a date).
  const numeric = `(?<a>\\d{1,2})${OPT_SP}(?<sep>[/.-])${OPT_SP}(?<b>\\d{1,2})(?:${OPT_SP}\\k<sep>${OPT_SP}(?<y>\\d{4}|\\d{2}))?(?![\\p{N}/])`;
  const unstuck: Omit<Form, 'sticky' | 'startsAt'>[] = [
    { rule: 'weekday-numeric', needs: ALWAYS, monthName: false, weekday: true, re: new RegExp(`${L}${wd}${AFTER_WEEKDAY}${numeric}(?:${OPT_SP}\\))?`, 'giu') },
    { rule: 'weekday-long', needs: ALWAYS, monthName: true, weekday: true, re: new RegExp(`${L}${wd}${AFTER_WEEKDAY}${day}${SP}${mn}${yearAfterMonth}?(?:${OPT_SP}\\))?`, 'giu') },
    { rule: 'weekday-month-day', needs: ALWAYS, monthName: true, weekday: true, re: new RegExp(`${L}${wd}${AFTER_WEEKDAY}${mn}${SP}(?<d>\\d{1,2})${c.ordinal}(?!\\p{N})(?:${OPT_SP},?${OPT_SP}${YEAR4})?(?:${OPT_SP}\\))?`, 'giu') },
    { rule: 'day-month-year', needs: YEAR_WRITTEN, monthName: true, weekday: false, re: new RegExp(`${L}${day}${SP}${mn}${yearAfterMonth}`, 'giu') },
    { rule: 'month-day-year', needs: YEAR_WRITTEN, monthName: true, weekday: false, re: new RegExp(`${L}${mn}${SP}(?<d>\\d{1,2})${c.ordinal}(?!\\p{N}),?${SP}${YEAR4}`, 'giu') },
    { rule: 'day-month', needs: ALWAYS, monthName: true, weekday: false, re: new RegExp(`${L}${day}${SP}${mn}(?!${OPT_SP},?${OPT_SP}\\d)`, 'giu') },
    { rule: 'numeric-date', needs: YEAR_WRITTEN, monthName: false, weekday: false, re: new RegExp(`(?<![\\p{L}\\p{N}/.-])(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?![\\p{N}/]|[.-]\\d)`, 'gu') },
    {
      rule: 'numeric-range',
      // "[-–]" and "/" are not optional.
      needs: (f) => f.slash && (f.hyphen || f.enDash),
      monthName: false,
      weekday: false,
      re: new RegExp(`${L}(?:(?<wd0>${c.weekdayAlt})${R}${OPT_SP}[-–]${OPT_SP})?(?:${wd}${AFTER_WEEKDAY})?(?<![/.-])(?<a0>\\d{1,2})${OPT_SP}[-–]${OPT_SP}(?<a>\\d{1,2})${OPT_SP}/${OPT_SP}(?<b>\\d{1,2})(?:${OPT_SP}/${OPT_SP}(?<y>\\d{4}|\\d{2}))?(?![\\p{N}/])(?:${OPT_SP}\\))?`, 'giu'),
    },
    { rule: 'iso-date', needs: (f) => f.year4 && f.hyphen, monthName: false, weekday: false, re: new RegExp(`(?<![\\p{L}\\p{N}/.-])(?<y>\\d{4})-(?<b>\\d{2})-(?<a>\\d{2})(?![\\p{N}])`, 'gu') },
  ];
  const list: Form[] = unstuck.map((form) => ({ ...form, sticky: new RegExp(form.re.source, form.re.flags.replace('g', 'y')), startsAt: STARTS_AT[form.rule] ?? null }));
  const result: Forms = {
    list,
    // A weekday form opens with its weekday name and a word end (`${L}${wd}`): where this matches.
    weekdayProbe: new RegExp(`(?:${c.weekdayAlt})${R}`, 'giu'),
    monthProbe: new RegExp(`(?:${c.monthAlt})${R}`, 'giu'),
    dayPrefixProbe: new RegExp(alternation(c.data.dayPrefixes), 'giu'),
  };
  formsCache.set(c, result);
  return result;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function isValidDate(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && year !== null && !isLeapYear(year)) return day <= 28;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** 0 = Sunday … 6 = Saturday (proleptic Gregorian, UTC). */
export function weekdayOf(day: number, month: number, year: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function timeRegex(c: CompiledDateData): RegExp {
  // Sticky: tried right where a date ends. "| 14:33 WIB", ", 15:45 WIB", " sekitar pukul 19.00 WIB", " 11:28".
  return new RegExp(
    `(?:T|${OPT_SP}(?:[|,·•\\-–—]${OPT_SP})?(?:(?:${c.timeCueAlt})${SP}){0,2})(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:[:.]\\d{2})?(?![\\p{N}]|[.:]\\d)(?:${OPT_SP}(?<ap>${c.meridiemAlt})(?![\\p{L}\\p{N}]))?(?:${OPT_SP}(?<z>${c.zoneAlt})${R})?`,
    'yiu',
  );
}

const timeCache = new WeakMap<CompiledDateData, RegExp>();

function readTime(c: CompiledDateData, text: string, at: number): { time: string; zone?: string; end: number } | null {
  let re = timeCache.get(c);
  if (!re) timeCache.set(c, (re = timeRegex(c)));
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m?.groups) return null;
  let h = Number(m.groups.h);
  const mi = Number(m.groups.mi);
  if (h > 23 || mi > 59) return null;
  // "2:30 PM": the data's meridiem words shift a 12-hour clock.
  const shift = m.groups.ap ? c.meridiem(m.groups.ap) : undefined;
  if (shift !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + shift;
  }
  const time = `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
  const zone = m.groups.z ? c.zone(m.groups.z) : undefined;
  return zone ? { time, zone, end: m.index + m[0].length } : { time, end: m.index + m[0].length };
}

function readOne(c: CompiledDateData, form: Form, m: RegExpExecArray): Omit<DateReading, 'start' | 'end' | 'line' | 'raw'> | null {
  const g = m.groups ?? {};
  let day: number, month: number | undefined;
  if (form.monthName) {
    day = Number(g.d);
    month = g.mn ? c.month(g.mn) : undefined;
    // A yearless "9 juni" in lower case is too often not a date ("1 may be"); names are capitalised in dates.
    if (form.rule === 'day-month' && g.mn && g.mn[0] === g.mn[0]?.toLowerCase()) return null;
  } else {
    const a = Number(g.a), b = Number(g.b);
    if (form.rule === 'numeric-range') {
      // "7-8/6/2025": day-first data only; the range must run forwards within the month.
      const first = Number(g.a0);
      if (c.data.numericOrder !== 'dmy' || first >= a || !isValidDate(a, b, null)) return null;
      [day, month] = [first, b];
    } else if (form.rule === 'iso-date') [day, month] = [a, b];
    else [day, month] = c.data.numericOrder === 'mdy' ? [b, a] : [a, b];
    if (!g.y && g.sep !== undefined && g.sep !== '/') return null;
  }
  if (month === undefined) return null;
  let year: number | null = g.y ? Number(g.y) : null;
  if (g.y?.length === 2 && year !== null) year += 2000;
  if (!isValidDate(day, month, year)) return null;
  const weekdayName = g.wd0 ?? g.wd;
  const weekday = weekdayName ? (c.weekday(weekdayName) ?? null) : null;
  return form.rule === 'numeric-range' ? { rule: form.rule, day, month, year, weekday, range: true } : { rule: form.rule, day, month, year, weekday };
}

/**
 * Every date written on one line, earliest first; where forms overlap the longest reading wins.
 * `firstDigit`: the offset in the line of its first ASCII digit, when the caller found it (else it is looked for).
 */
export function readDatesOnLine(c: CompiledDateData, article: Article, lineIndex: number, firstDigit?: number): DateReading[] {
  const line = article.lines[lineIndex];
  if (!line) return [];
  const windows = firstDigit === undefined ? dateWindows(c, line.text) : dateWindows(c, line.text, firstDigit);
  // Most lines have no window (no digits, or none beside a separator or a month name).
  if (windows.length === 0) return [];
  const found: DateReading[] = [];
  for (const w of windows) readWindow(c, article, lineIndex, w, found);
  // One reading or none (most lines): nothing to order or to drop.
  if (found.length <= 1) return found;
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  // Sorted by start: a reading can only overlap the last one kept (linear, whatever the line holds).
  const kept: DateReading[] = [];
  for (const r of found) {
    const last = kept[kept.length - 1];
    if (!last || r.start >= last.end) kept.push(r);
    else if (r.end - r.start > last.end - last.start) kept[kept.length - 1] = r;
  }
  return kept;
}

function readWindow(c: CompiledDateData, article: Article, lineIndex: number, w: DateWindow, found: DateReading[]): void {
  const line = article.lines[lineIndex]!;
  const from = w.from;
  const text = line.text.slice(from, w.to);
  const f = dateForms(c);
  const hasMonth = w.monthName;
  const hasNumeric = w.numeric;
  const weekdayStarts = matchOffsets(f.weekdayProbe, text);
  const hasWeekday = weekdayStarts.length > 0;
  let monthStarts: number[] | undefined;
  let dayStarts: number[] | undefined;
  const startsOf = (at: NonNullable<Form['startsAt']>): number[] =>
    at === 'weekday' ? weekdayStarts : at === 'month' ? (monthStarts ??= matchOffsets(f.monthProbe, text)) : (dayStarts ??= dayOffsets(f.dayPrefixProbe, text));
  const facts = windowFacts(text);
  for (const form of f.list) {
    if ((form.weekday && !hasWeekday) || (form.monthName ? !hasMonth : !hasNumeric) || !form.needs(facts)) continue;
    for (const m of form.startsAt ? matchesAt(form.sticky, text, startsOf(form.startsAt)) : allMatches(form.re, text)) {
      // The window may start mid-line: the expression's look-behind saw nothing, the line decides.
      if (m.index === 0 && from > 0 && isGlued(line.text, from, form)) continue;
      const read = readOne(c, form, m);
      if (!read) continue;
      let raw = m[0];
      // A closing parenthesis belongs to the date only when it opened one ("Senin (9/6/2025)").
      if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1).trimEnd();
      const start = line.start + from + m.index;
      let end = start + raw.length;
      const time = readTime(c, article.text, end);
      if (time && time.end <= line.end) {
        end = time.end;
        found.push(placedReading(read, start, end, lineIndex, article.text.slice(start, end), time));
      } else found.push(placedReading(read, start, end, lineIndex, raw, null));
    }
  }
}

/**
 * The reading with its place (and the time read after it): the fields written out, since object
 * spreads cost more than the rest of a window's reading. Same fields, in the same order, as
 * `{ ...read, start, end, line, raw }` and then `{ ...reading, end, raw, time, zone? }`.
 */
function placedReading(read: Omit<DateReading, 'start' | 'end' | 'line' | 'raw'>, start: number, end: number, line: number, raw: string, time: { time: string; zone?: string } | null): DateReading {
  const { rule, day, month, year, weekday } = read;
  const r: DateReading = read.range ? { rule, day, month, year, weekday, range: read.range, start, end, line, raw } : { rule, day, month, year, weekday, start, end, line, raw };
  if (!time) return r;
  return time.zone ? { ...r, time: time.time, zone: time.zone } : { ...r, time: time.time };
}

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) matches.push(m);
  return matches;
}

/** Whether a match at the very start of a window is glued to what precedes it on the line (which its look-behind would have refused). */
function isGlued(text: string, at: number, form: Form): boolean {
  const before = text[at - 1] ?? '';
  return form.monthName || form.weekday ? WORD_CHAR.test(before) : /[\p{L}\p{N}/.-]/u.test(before);
}
