/**
 * More of what the words around a run say about it (as runClues.ts): whether initials read as a
 * person go on into a list, whether a counted place stands before the run, whether the run is an
 * apposition's holder set off by commas, whether only degrees follow the name, and whether an
 * apposition introduces a person. `findPeople` (peopleFinder.ts) decides what the answers make.
 */
import type { BodyText } from './bodyText';
import type { NameRun } from './nameRuns';

const AGE_IN_LIST = /\(\d{1,3}\)/gu;
const LIST_SEPARATORS = /[\s,]+/u;
/** How far apart two initials of one list may stand ("AS alias Bedul (31), dan HD"). */
const MAX_INITIALS_GAP = 40;

/**
 * True when text[from, to) joins initials read as a person to the next ones: a comma or a coordinator ("dan"),
 * past the first one's age in brackets and an alias ("alias Bedul") it may carry.
 */
export function continuesInitialsList(text: string, from: number, to: number, lex: { readonly coordinators: ReadonlySet<string>; readonly aliasMarkers: ReadonlySet<string> }): boolean {
  if (from < 0 || to - from > MAX_INITIALS_GAP) return false;
  const gap = text.slice(from, to);
  const words = gap.replace(AGE_IN_LIST, ' ').split(LIST_SEPARATORS).filter((w) => w !== '');
  const rest = words.length >= 2 && lex.aliasMarkers.has((words[0] ?? '').toLowerCase()) ? words.slice(2) : words;
  return rest.length === 0 ? gap.includes(',') : rest.length === 1 && lex.coordinators.has((rest[0] ?? '').toLowerCase());
}

/** How many tokens may stand between a counted place and the next one of its list: its count and a comma or "dan". */
const MAX_COUNT_LIST_GAP = 3;

/**
 * "terbanyak di Rokan Hilir (14) dan Bengkalis (6)": the run before is a place with a number right after it, a token
 * or two back. A count in brackets after each place of a list is no age: the gazetteer name stays a place.
 */
export function countedPlaceBefore(body: BodyText, previousRun: NameRun | undefined, run: NameRun, places: ReadonlySet<string>, placeNames: ReadonlySet<string>): boolean {
  if (!previousRun || run.first - previousRun.last > MAX_COUNT_LIST_GAP) return false;
  if (!/^\d{1,4}$/u.test(body.tokens[previousRun.last + 1]?.text ?? '')) return false;
  const words = previousRun.tokens.map((t) => t.text);
  return words.every((w) => places.has(w)) || placeNames.has(words.join(' ').toLowerCase());
}

/** A run of one word closed by a comma and followed by a lower-case word ("…, Baharuddin, yang …"): an apposition's holder. */
export function setOffByCommas(run: NameRun, text: string): boolean {
  const only = run.tokens.length === 1 ? run.tokens[0] : undefined;
  return only !== undefined && COMMA_THEN_LOWER.test(text.slice(only.end, only.end + 4));
}
const COMMA_THEN_LOWER = /^,\s+\p{Ll}/u;

/** Every token of the run after `end` is an academic degree (with or without its dot), and there is one at least. */
export function onlyDegreesAfter(run: NameRun, end: number, degrees: ReadonlySet<string>): boolean {
  const after = run.tokens.filter((t) => t.start >= end);
  return after.length > 0 && after.every((t) => degrees.has(t.text.endsWith('.') ? t.text.slice(0, -1) : t.text));
}

/** An apposition match (peopleFinder.ts's APPOSITION_THEN_VERB) that introduces a person: a reporting verb after it, and no thing noun heading it. */
export function introducedAsPerson(m: RegExpExecArray | null, reportingVerbs: ReadonlySet<string>, thingNouns: ReadonlySet<string>): boolean {
  return m !== null && reportingVerbs.has(m[2] ?? '') && !thingNouns.has(m[1] ?? '');
}

/** A comma, a lower-case noun, then the rest of the sentence (no stop, no quotation mark, no line break). */
const APPOSITION_SENTENCE = /^,\s+(\p{Ll}+)\b([^.;:!?"\u201C\u201D\n]{0,200})/u;
const LOWER_WORDS = /\p{Ll}+/gu;

/**
 * "Tarno, pedagang di Pasar Cempaka, Sukamaju Timur, mengatakan …", "Wiwik, warga yang tinggal di ujung jalan itu
 * menyampaikan …": after a one-word name, an apposition headed by a noun for who a person is, and a reporting verb later
 * in the sentence, with or without a comma before it.
 */
export function introducedByPersonNoun(after: string, personNouns: ReadonlySet<string>, reportingVerbs: ReadonlySet<string>): boolean {
  const m = APPOSITION_SENTENCE.exec(after);
  if (m === null || !personNouns.has(m[1] ?? '')) return false;
  for (const w of (m[2] ?? '').match(LOWER_WORDS) ?? []) if (reportingVerbs.has(w)) return true;
  return false;
}
