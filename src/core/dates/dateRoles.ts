/**
 * What each date read is in the article: on a byline/metadata line, in the body, or merely
 * mentioned (a range, a deadline, a date still to come, a date in the headline or in a boilerplate
 * line such as a related-articles list). The cue words come from the language's date data.
 */
import type { Article } from '../article/article';
import type { BoilerplateKind } from '../model';
import type { StructureResult } from '../structure/structure';
import { alternation, WORD_END as R, WORD_START as L, type CompiledDateData } from './dateData';
import type { DateReading } from './dateForms';

export type DatePlace = 'byline' | 'body' | 'headline' | 'boilerplate';

export interface PlacedReading {
  readonly reading: DateReading;
  readonly place: DatePlace;
  /** Why the date is merely mentioned, or null when it may be the article's date. */
  readonly mentioned: string | null;
  /** A byline date on a line that names it an update ("Diperbarui …"): a publication date is preferred. */
  readonly update?: boolean;
  /** A byline date in a republished page's note on its first publication ("… pertama kali terbit di …, Senin, 23 …"). */
  readonly firstPublication?: boolean;
  /**
   * A body date merely mentioned as the day something began ("menetapkan status siaga mulai Senin (23/11/2026)"), written
   * with its weekday and no future marker: the reported event when the text gives no other date.
   */
  readonly startedOn?: boolean;
}

interface CueRegexes {
  readonly mentionedBefore: RegExp;
  readonly mentionedAfter: RegExp;
  readonly rangeBefore: RegExp;
  readonly rangeAfter: RegExp;
  readonly future: RegExp;
  /**
   * Every future marker is a single word (no whitespace) that opens with an ASCII letter: see
   * mentionReason. (ASCII: under the i flag only letters fold to an ASCII letter; some non-letters
   * fold to other letters, such as U+0345 to iota.)
   */
  readonly markersAreWords: boolean;
  readonly publication: RegExp;
  /** A metadata field's name and its colon opening the line ("date:"), or never. */
  readonly dateField: RegExp;
  readonly update: RegExp;
  /** An access or print cue ending right before the date (past a colon or a filler word). */
  readonly accessBefore: RegExp;
  /** Every publication cue of a text (global: the last one before a stamp is looked for). */
  readonly publicationAll: RegExp;
  /** A first-publication note's phrase anywhere before the date on its line. */
  readonly firstPublication: RegExp;
  /** A started-on cue ending right before the date (past a filler word). */
  readonly startedOnBefore: RegExp;
}

const cueCache = new WeakMap<CompiledDateData, CueRegexes>();

function cueRegexes(c: CompiledDateData): CueRegexes {
  const cached = cueCache.get(c);
  if (cached) return cached;
  const d = c.data;
  const fillers = d.cueFillers.length ? `(?:[ \\t]{1,3}(?:${alternation(d.cueFillers)})){0,3}` : '';
  const conn = alternation(d.rangeConnectors);
  // Connectors made of letters need word boundaries; dashes do not.
  const connector = `(?:(?<=[^\\p{L}])|^)(?:${conn})(?:(?=[^\\p{L}])|$)`;
  const dayish = `(?<![\\p{N}])\\d{1,2}(?:[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|[ \\t]{1,3}(?:${c.monthAlt})${R}\\.?(?:[ \\t]{1,3}\\d{4})?)?\\)?`;
  const regexes: CueRegexes = {
    mentionedBefore: new RegExp(`${L}(?:${alternation(d.mentionedBefore)})${fillers}[ \\t]{0,3}[,(]?[ \\t]{0,3}$`, 'iu'),
    mentionedAfter: new RegExp(`^[ \\t]{0,3},?[ \\t]{0,3}(?:${alternation(d.mentionedAfter)})${R}`, 'iu'),
    rangeBefore: new RegExp(`${dayish}[ \\t]{0,3}${connector}[ \\t]{0,3}$`, 'iu'),
    rangeAfter: new RegExp(`^[ \\t]{0,3}\\)?[ \\t]{0,3}${connector}[ \\t]{0,3}(?:(?:${c.weekdayAlt})${R}[ \\t]{0,3},?[ \\t]{0,3}\\(?[ \\t]{0,3})?\\d{1,2}(?:[ \\t]{1,3}(?:${c.monthAlt})${R}|[/.-]\\d)`, 'iu'),
    future: new RegExp(`${L}(?:${alternation(d.futureMarkers)})${R}`, 'iu'),
    markersAreWords: d.futureMarkers.every((w) => /^[A-Za-z]\S*$/.test(w)),
    publication: new RegExp(`${L}(?:${alternation(d.publicationCues)})${R}`, 'iu'),
    dateField: d.dateFieldLabels.length ? new RegExp(`^(?:${alternation(d.dateFieldLabels)})[ \\t]{0,3}[:：]`, 'iu') : /(?!)/u,
    update: new RegExp(`${L}(?:${alternation(d.updateCues)})${R}`, 'iu'),
    accessBefore: new RegExp(`${L}(?:${alternation(d.accessCues)})${R}${fillers}[ \\t]{0,3}[:：]?[ \\t]{0,3}$`, 'iu'),
    publicationAll: new RegExp(`${L}(?:${alternation(d.publicationCues)})${R}`, 'giu'),
    firstPublication: new RegExp(`${L}(?:${alternation(d.firstPublicationCues)})${R}`, 'iu'),
    startedOnBefore: new RegExp(`${L}(?:${alternation(d.startedOnCues)})${fillers}[ \\t]{0,3}$`, 'iu'),
  };
  cueCache.set(c, regexes);
  return regexes;
}

const SENTENCE_END = /[.!?]["'\u201D\u2019)]?$/u;
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);
/** How many words before a date a future marker ("akan digelar … pada Senin") still governs it. */
const FUTURE_WINDOW_WORDS = 10;
const LOOK_BACK = 240;

/**
 * The clause a date stands in, from its start back to the nearest sentence end, quotation mark or
 * paragraph break (a line break ends it only after a finished sentence: some sources split one
 * sentence over several lines).
 */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - LOOK_BACK);
  for (let i = at - 1; i >= from; i--) {
    const ch = text[i]!;
    if (QUOTE_MARKS.has(ch)) return text.slice(i + 1, at);
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? '') && !/\d/.test(text[i - 1] ?? '')) return text.slice(i + 1, at);
    if (ch === '\n' || ch === '\r') {
      const before = text.slice(Math.max(from, i - 80), i).trimEnd();
      if (before === '' || SENTENCE_END.test(before) || /[:\u201D"]$/u.test(before)) return text.slice(i + 1, at);
    }
  }
  return text.slice(from, at);
}

/** Why a date in the body is merely mentioned, or null. */
export function mentionReason(c: CompiledDateData, text: string, reading: DateReading, lineStart: number): string | null {
  if (reading.range) return 'a date range (a period, not the day of the event)';
  const cues = cueRegexes(c);
  const sameLineBefore = text.slice(Math.max(lineStart, reading.start - 80), reading.start);
  const after = text.slice(reading.end, reading.end + 60);
  if (cues.rangeBefore.test(sameLineBefore) || cues.rangeAfter.test(after)) return 'part of a date range (a period, not the day of the event)';
  const before = cues.mentionedBefore.exec(sameLineBefore);
  if (before) return `after "${before[0].trim()}": a deadline, period or reference date`;
  const following = cues.mentionedAfter.exec(after);
  if (following) return `followed by "${following[0].trim()}": a date still to come`;
  // ", Senin (9/6/2025)." after a clause is the report's own dating (appositive), whatever the clause
  // says ("Warga yang akan mudik memadati terminal, Senin (9/6/2025)"); a future marker only governs
  // a date it introduces ("akan digelar … pada Senin (16/6/2025)").
  if (/,[ \t]{0,3}$/.test(sameLineBefore)) return null;
  const future = futureMarkerIn(c, clauseBefore(text, reading.start));
  if (future !== null) return `in a clause with "${future}": a date still to come`;
  return null;
}

/**
 * "mulai Senin (23/11/2026)": a started-on cue right before a date written with its weekday (the form news gives the
 * reported day in), no future marker in its clause ("akan diberlakukan mulai …" is a date still to come).
 */
function startedOn(c: CompiledDateData, text: string, reading: DateReading, lineStart: number): boolean {
  if (reading.range || reading.weekday === null) return false;
  if (!cueRegexes(c).startedOnBefore.test(text.slice(Math.max(lineStart, reading.start - 40), reading.start))) return false;
  return futureMarkerIn(c, clauseBefore(text, reading.start)) === null;
}

/** The future marker among the clause's last words (after its last reporting verb), or null. */
export function futureMarkerIn(c: CompiledDateData, clause: string): string | null {
  const cues = cueRegexes(c);
  // No future marker anywhere in the clause: none in its last words either, so the reporting-verb
  // search (every verb of the data, at every word) cannot change the answer. Sound when every
  // marker is one word that opens with an ASCII letter (markersAreWords): a marker found among the
  // last words lies in one whitespace-free word of the clause, with the same neighbours (whitespace,
  // or the clause's ends); a cut after a reporting verb starts at no letter or digit (the verb's
  // word end), so no marker starts right at the cut, where the neighbour would differ.
  if (cues.markersAreWords && !cues.future.test(clause)) return null;
  return futureInLastWords(c, clause);
}

/** futureMarkerIn without the shortcut (exported for the test that holds the two to the same answers). */
export function futureInLastWords(c: CompiledDateData, clause: string): string | null {
  // A reporting verb starts a new clause: "…akan naik, kata Menteri, Senin (9/6/2025)" dates the saying.
  let lastVerbEnd = -1;
  c.reportingVerbs.lastIndex = 0;
  for (const m of clause.matchAll(c.reportingVerbs)) lastVerbEnd = m.index + m[0].length;
  const cut = lastVerbEnd >= 0 ? clause.slice(lastVerbEnd) : clause;
  const words = cut.split(/\s+/).filter(Boolean);
  const window = words.slice(-FUTURE_WINDOW_WORDS).join(' ');
  return cueRegexes(c).future.exec(window)?.[0] ?? null;
}

/** Boilerplate kinds that may hold this article's own publication stamp (not a list of other articles). */
const METADATA_KINDS: ReadonlySet<BoilerplateKind> = new Set<BoilerplateKind>(['byline', 'other', 'share', 'breadcrumb', 'banner', 'signoff']);

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A metadata line the structure did not label: the date (with its time) is nearly all the line
 * ("Selasa, 10 Juni 2025 07:43 WIB", "Tayang: …", "Kompas.com - 10/06/2025, 21:13 WIB") and it is
 * not a sentence. Before the body proper, or naming itself a publication time, it is this
 * article's stamp ('stamp'); after the body began it is a bare date line ('stamp-after-body').
 */
type LineKind = 'stamp' | 'stamp-after-body' | 'text';

function stampKind(c: CompiledDateData, article: Article, r: DateReading, firstSentenceLine: () => number): LineKind {
  const line = article.lines[r.line]!;
  const text = line.text.trim();
  // A line opening in lower case continues a sentence, unless it opens with a publication cue ("e-Paper | Selasa, …") or
  // a metadata field's name ("date: 2026-11-24").
  const continues = /^[\p{Ll},;)]/u.test(text) && cueRegexes(c).publication.exec(text)?.index !== 0 && !cueRegexes(c).dateField.test(text);
  if (text.length > 160 || SENTENCE_END.test(text) || continues) return 'text';
  const rest = line.text.slice(0, r.start - line.start) + ' ' + line.text.slice(r.end - line.start);
  const restWords = wordCount(rest);
  if (restWords > 12) return 'text';
  if (cueRegexes(c).publication.test(rest)) return 'stamp';
  if (r.time === undefined && restWords > 3) return 'text';
  return r.line < firstSentenceLine() ? 'stamp' : 'stamp-after-body';
}

/** Places every reading: byline, body, headline or boilerplate, and flags the merely mentioned. */
export function placeReadings(c: CompiledDateData, article: Article, structure: StructureResult, readings: readonly DateReading[]): PlacedReading[] {
  const kinds = new Map(structure.boilerplate.map((b) => [b.line, b.kind]));
  // Computed once, and only when a date stands outside the headline and the labelled boilerplate.
  let firstSentenceLine: number | undefined;
  const firstSentence = (): number =>
    (firstSentenceLine ??= article.lines.find((l) => structure.lineRoles[l.index] === 'body' && SENTENCE_END.test(l.text.trim()) && wordCount(l.text) >= 12)?.index ?? article.lines.length);
  const byline = (reading: DateReading): PlacedReading => {
    const line = article.lines[reading.line]!;
    if (isUpdateStamp(c, line, reading)) return { reading, place: 'byline', mentioned: null, update: true };
    const first = cueRegexes(c).firstPublication.test(line.text.slice(0, Math.max(0, reading.start - line.start)));
    return first ? { reading, place: 'byline', mentioned: null, firstPublication: true } : { reading, place: 'byline', mentioned: null };
  };
  return readings.map((reading): PlacedReading => {
    const role = structure.lineRoles[reading.line];
    const kind = kinds.get(reading.line);
    if (role === 'headline') return { reading, place: 'headline', mentioned: 'in the headline' };
    // "Diakses: 24/11/2026 08.41" on a print view or a saved page: the day the reader opened it, not the article's
    // (on a stamp or boilerplate line only: in a sentence "dicetak pada Senin" may report the event).
    if (isAccessStamp(c, article.lines[reading.line]!, reading) && (kind !== undefined || role === 'boilerplate' || stampKind(c, article, reading, firstSentence) !== 'text')) {
      return { reading, place: 'boilerplate', mentioned: 'the day the page was accessed or printed' };
    }
    if (kind === 'byline') return byline(reading);
    const lineKind = stampKind(c, article, reading, firstSentence);
    if (kind !== undefined || role === 'boilerplate') {
      // A publication stamp the structure filed under a generic kind is still this article's byline date.
      if (lineKind === 'stamp' && (kind === undefined || METADATA_KINDS.has(kind))) return byline(reading);
      return { reading, place: 'boilerplate', mentioned: `in a boilerplate line (${kind ?? 'boilerplate'})` };
    }
    if (lineKind === 'stamp') return byline(reading);
    // A bare date line after the body has begun, not named a publication time: most often an item of
    // a list of other articles the structure did not recognise, never a sentence reporting the event.
    if (lineKind === 'stamp-after-body') return { reading, place: 'boilerplate', mentioned: 'a bare date line after the body began (likely a list of other articles)' };
    const lineStart = article.lines[reading.line]!.start;
    const mentioned = mentionReason(c, article.text, reading, lineStart);
    return mentioned !== null && startedOn(c, article.text, reading, lineStart) ? { reading, place: 'body', mentioned, startedOn: true } : { reading, place: 'body', mentioned };
  });
}

/** The date follows an access or print cue on its line ("Diakses: …", "Dicetak pada …"). */
function isAccessStamp(c: CompiledDateData, line: { readonly text: string; readonly start: number }, reading: DateReading): boolean {
  return cueRegexes(c).accessBefore.test(line.text.slice(0, Math.max(0, reading.start - line.start)));
}

/**
 * A byline date is an update's when its line says so. "Diperbarui 19/11/2026 … | Dipublikasikan 18/11/2026 …": with
 * both on one line, the cue nearest before the date says which it is; a date with no cue before it takes the line's.
 */
function isUpdateStamp(c: CompiledDateData, line: { readonly text: string; readonly start: number }, reading: DateReading): boolean {
  const re = cueRegexes(c);
  const before = line.text.slice(0, Math.max(0, reading.start - line.start));
  let last: string | null = null;
  re.publicationAll.lastIndex = 0;
  for (let m = re.publicationAll.exec(before); m; m = re.publicationAll.exec(before)) last = m[0];
  return last !== null ? re.update.test(last) : re.update.test(line.text);
}
