/**
 * The date-related language data (src/core/lang/<code>/dates.json) with the cue lists the date
 * reader needs beyond the shared DateData contract, and the regular expressions built from it.
 * Every word the reader matches comes from here: month and weekday names, zones, relative units,
 * the cue words that make a date "merely mentioned". The code names no language.
 */
import type { DateData, LanguageData } from '../lang/language';

/** Optional keys of dates.json that DateData (language.ts) does not declare yet; absent keys mean "no cue". */
export interface DateCueData {
  readonly numberWords: Readonly<Record<string, number>>;
  /** 12-hour clock words and the hours they add ("am": 0, "pm": 12). */
  readonly meridiem: Readonly<Record<string, number>>;
  /** Cue words of an update stamp ("diperbarui"): a publication stamp is preferred to an update stamp. */
  readonly updateCues: readonly string[];
  /** Cue words of the reader's own visit or print ("Diakses: …", "Dicetak …"): that date is never the article's. */
  readonly accessCues: readonly string[];
  /** Words that may stand between a weekday and its date ("Senin malam (9/6/2025)"). */
  readonly weekdayFillers: readonly string[];
  readonly dayPrefixes: readonly string[];
  readonly ordinalSuffixes: readonly string[];
  /** Order of a numeric date without month names: "dmy" (25/11/2024) or "mdy" (11/25/2024). */
  readonly numericOrder: 'dmy' | 'mdy';
  readonly timeCues: readonly string[];
  readonly publicationCues: readonly string[];
  /**
   * Field names of a saved page's metadata header ("date: 2026-11-24", "tanggal: …", as trafilatura writes it), lower-case:
   * a line opening with one and a colon is a field, not a sentence going on in lower case.
   */
  readonly dateFieldLabels: readonly string[];
  readonly futureMarkers: readonly string[];
  readonly mentionedBefore: readonly string[];
  readonly mentionedAfter: readonly string[];
  readonly cueFillers: readonly string[];
  readonly rangeConnectors: readonly string[];
  /**
   * Phrases of a republished page's note on its first publication ("Artikel ini pertama kali terbit di …, Senin, 23
   * November 2026"): a stamp after one is the story's first publication date, the article's over the re-run's stamp.
   */
  readonly firstPublicationCues: readonly string[];
  /**
   * Words after which a date is the day something began ("mulai Senin (23/11/2026)"), listed in mentionedBefore too: such
   * a date is the reported event only when the text gives no other date (see chooseArticleDate).
   */
  readonly startedOnCues: readonly string[];
}

export type FullDateData = DateData & DateCueData;

/** Regex-safe form of a word; an apostrophe matches both the straight and the curly one. */
export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]").replace(/ +/g, '[ \\t]{1,3}');
}

/** An alternation of words, longest first so that "sept" wins over "sep". Never empty: an empty list matches nothing. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return list.length ? list.map(escapeWord).join('|') : '(?!)';
}

/** Not preceded / followed by a letter or digit (\b is ASCII-only in JavaScript). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

function cues(data: DateData): FullDateData {
  const d = data as DateData & Partial<DateCueData>;
  return {
    ...data,
    numberWords: d.numberWords ?? {},
    meridiem: d.meridiem ?? {},
    updateCues: d.updateCues ?? [],
    accessCues: d.accessCues ?? [],
    weekdayFillers: d.weekdayFillers ?? [],
    dayPrefixes: d.dayPrefixes ?? [],
    ordinalSuffixes: d.ordinalSuffixes ?? [],
    numericOrder: d.numericOrder === 'mdy' ? 'mdy' : 'dmy',
    timeCues: d.timeCues ?? [],
    publicationCues: d.publicationCues ?? [],
    dateFieldLabels: d.dateFieldLabels ?? [],
    futureMarkers: d.futureMarkers ?? [],
    mentionedBefore: d.mentionedBefore ?? [],
    mentionedAfter: d.mentionedAfter ?? [],
    cueFillers: d.cueFillers ?? [],
    rangeConnectors: d.rangeConnectors ?? [],
    firstPublicationCues: d.firstPublicationCues ?? [],
    startedOnCues: d.startedOnCues ?? [],
  };
}

const lowerKeys = (record: Readonly<Record<string, unknown>>): Map<string, string> =>
  new Map(Object.keys(record).map((k) => [k.toLowerCase().replace(/\u2019/g, "'"), k]));

export interface CompiledDateData {
  readonly data: FullDateData;
  /** Lower-cased name (curly apostrophe folded) → month 1–12 / weekday 0–6. */
  readonly month: (name: string) => number | undefined;
  readonly weekday: (name: string) => number | undefined;
  /** The zone as the data spells it ("WIB"), for a name matched case-insensitively. */
  readonly zone: (name: string) => string | undefined;
  readonly meridiem: (word: string) => number | undefined;
  readonly meridiemAlt: string;
  readonly monthAlt: string;
  readonly weekdayAlt: string;
  readonly zoneAlt: string;
  readonly ordinal: string;
  /** Lower-cased ordinal suffixes ("th"), for the digit-run scan. */
  readonly ordinalSet: ReadonlySet<string>;
  readonly dayPrefix: string;
  /** Up to two filler words after a weekday, or the empty pattern. */
  readonly weekdayTail: string;
  readonly timeCueAlt: string;
  readonly reportingVerbs: RegExp;
}

const compiledCache = new WeakMap<LanguageData, CompiledDateData>();

/** More distinct words than a corpus's vocabulary near digits: the memory stays bounded. */
const MAX_REMEMBERED = 20_000;

/**
 * A lookup by the word as written, remembered: the date windows ask for the word beside every
 * run of digits, and the same few hundred words recur ("warga", "tahun"), so a lookup of the
 * written word is cheaper than lower-casing it each time.
 */
function remembered(lookup: (name: string) => number | undefined): (name: string) => number | undefined {
  const answers = new Map<string, number | null>();
  return (name) => {
    const hit = answers.get(name);
    if (hit !== undefined) return hit ?? undefined;
    if (answers.size >= MAX_REMEMBERED) answers.clear();
    const value = lookup(name);
    answers.set(name, value ?? null);
    return value;
  };
}

/** Compiles a language's date data once (cached per language object). */
export function compileDateData(lang: LanguageData): CompiledDateData {
  const cached = compiledCache.get(lang);
  if (cached) return cached;
  const data = cues(lang.dates);
  const months = new Map(Object.entries(data.months).map(([k, v]) => [k.toLowerCase().replace(/\u2019/g, "'"), v]));
  const weekdays = new Map(Object.entries(data.weekdays).map(([k, v]) => [k.toLowerCase().replace(/\u2019/g, "'"), v]));
  const zones = lowerKeys(data.zones);
  const meridiem = new Map(Object.entries(data.meridiem).map(([k, v]) => [k.toLowerCase(), v]));
  const fold = (s: string): string => (s.includes('\u2019') ? s.toLowerCase().replace(/\u2019/g, "'") : s.toLowerCase());
  const verbs = [...lang.attribution.verbs, ...lang.attribution.prefixedVerbs];
  const suffixes = lang.attribution.suffixes.length ? `(?:${alternation(lang.attribution.suffixes)})?` : '';
  const compiled: CompiledDateData = {
    data,
    month: remembered((name) => months.get(fold(name))),
    weekday: (name) => weekdays.get(fold(name)),
    zone: (name) => zones.get(fold(name)),
    meridiem: (word) => meridiem.get(fold(word).replace(/\./g, '')),
    meridiemAlt: alternation(Object.keys(data.meridiem).flatMap((w) => [w, w.split('').join('.') + '.'])),
    monthAlt: alternation(Object.keys(data.months)),
    weekdayAlt: alternation(Object.keys(data.weekdays)),
    zoneAlt: alternation(Object.keys(data.zones)),
    ordinalSet: new Set(data.ordinalSuffixes.map((o) => o.toLowerCase())),
    ordinal: data.ordinalSuffixes.length ? `(?:${alternation(data.ordinalSuffixes)})?` : '',
    dayPrefix: data.dayPrefixes.length ? `(?:(?:${alternation(data.dayPrefixes)})\\.?[ \\t]{1,2})?` : '',
    timeCueAlt: alternation(data.timeCues),
    weekdayTail: data.weekdayFillers.length ? `(?:[ \\t]{1,3}(?:${alternation(data.weekdayFillers)})${WORD_END}){0,2}` : '',
    reportingVerbs: new RegExp(`${WORD_START}(?:${alternation(verbs)})${suffixes}${WORD_END}`, 'giu'),
  };
  compiledCache.set(lang, compiled);
  return compiled;
}
