/**
 * Language data: every word list and cue pattern the engine (and the grammar builder) uses lives
 * in JSON files under src/core/lang/<code>/, never as literals in the engine's code. Adding a
 * language means adding a folder and one entry in LANGUAGES.
 */
import idAttribution from './id/attribution.json';
import idBoilerplate from './id/boilerplate.json';
import idDates from './id/dates.json';
import idPeople from './id/people.json';
import idPlaces from './id/places.json';
import idPublishers from './id/publishers.json';
import idStopwords from './id/stopwords.json';
import enAttribution from './en/attribution.json';
import enBoilerplate from './en/boilerplate.json';
import enDates from './en/dates.json';
import enPeople from './en/people.json';
import enStopwords from './en/stopwords.json';
import type { BoilerplateKind } from '../model';
import type { StructureData } from '../structure/structureData';

export interface AttributionData {
  /** Base reporting verbs; the engine also accepts them with the language's suffixes ("ujarnya"). */
  readonly verbs: readonly string[];
  /** Verbs in forms that take the speaker before them ("Benyamin menegaskan …"). */
  readonly prefixedVerbs: readonly string[];
  readonly suffixes: readonly string[];
  readonly pronouns: readonly string[];
  readonly firstPersonPronouns: readonly string[];
}

export interface BoilerplateCue {
  readonly id: string;
  readonly kind: BoilerplateKind;
  readonly pattern: string;
  readonly reason: string;
  /**
   * False: the grammar leaves this cue out and the editor shows its lines through the engine
   * overlay. For rare cues that can only be found anywhere in a line, which would cost every
   * line's check in the grammar.
   */
  readonly grammar?: boolean;
}

export interface BoilerplateData {
  readonly cues: readonly BoilerplateCue[];
  readonly shareWords: readonly string[];
  readonly captionCues: readonly string[];
  /** Cues the line model combines with line features (absent: the engine uses the cues alone). */
  readonly structure?: StructureData;
}

export interface DateData {
  readonly months: Readonly<Record<string, number>>;
  readonly weekdays: Readonly<Record<string, number>>;
  readonly zones: Readonly<Record<string, string>>;
  readonly relativeUnits: Readonly<Record<string, string>>;
  readonly relativeSuffix: string;
}

export interface PeopleData {
  readonly honorifics: readonly string[];
  readonly degreeSuffixes: readonly string[];
  readonly roles: readonly string[];
  /** Names of provinces, regencies and cities (places.json, generated; absent for a language without one). */
  readonly placeNames?: readonly string[];
  /** Countries, written by hand in the people data: places too, joined to the generated gazetteer's names. */
  readonly countryNames?: readonly string[];
  /** Short forms of regencies and provinces ("Kukar", "Kalbar"): places as the gazetteer's names are. */
  readonly placeShortForms?: readonly string[];
}

export interface LanguageData {
  readonly code: string;
  readonly attribution: AttributionData;
  readonly boilerplate: BoilerplateData;
  readonly dates: DateData;
  readonly people: PeopleData;
  readonly stopwords: ReadonlySet<string>;
}

/** A language's gazetteer (places.json, generated): place names the people finder reads with the people data. */
interface PlacesData {
  readonly placeNames: readonly string[];
}

interface PublishersData {
  readonly publisherNames: readonly string[];
}

/**
 * Every data set's weekday names, for the dateline reader of each: a page in another language keeps its own stamp
 * ("Sunday, November 22, 2026 | 09:15 WITA" in an English page of an Indonesian corpus), and a weekday is never a place.
 */
const EVERY_WEEKDAY_NAME: readonly string[] = [idDates, enDates].flatMap((d) => Object.keys(d.weekdays));

function build(code: string, a: AttributionData, b: unknown, d: DateData, p: PeopleData, s: { words: string[] }, places?: PlacesData, publishers?: PublishersData): LanguageData {
  const boilerplate = withDatelineWords(b as BoilerplateData, places?.placeNames, [...Object.keys(d.weekdays), ...EVERY_WEEKDAY_NAME], publishers?.publisherNames);
  return { code, attribution: a, boilerplate, dates: d, people: places ? { ...p, placeNames: [...places.placeNames, ...(p.countryNames ?? []), ...(p.placeShortForms ?? [])] } : p, stopwords: new Set(s.words) };
}

/**
 * The dateline reader reads the gazetteer too: "mataram -", a dateline typed in lower case, is a place when it names one.
 * It reads the weekday names of the dates data as well: "Minggu, 9 November 2025 –", a stamp, names no place; and the
 * publishers' names (publishers.json): "VIVA –" opens a lead with its outlet, not a place.
 */
function withDatelineWords(b: BoilerplateData, placeNames: readonly string[] | undefined, weekdayNames: readonly string[], publisherNames?: readonly string[]): BoilerplateData {
  if (!b.structure) return b;
  const dateline = { ...b.structure.dateline, weekdayNames, ...(placeNames ? { placeNames } : {}), ...(publisherNames ? { publisherNames } : {}) };
  return { ...b, structure: { ...b.structure, dateline } };
}

export const LANGUAGES: Readonly<Record<string, LanguageData>> = {
  id: build('id', idAttribution, idBoilerplate, idDates, idPeople, idStopwords, idPlaces, idPublishers),
  en: build('en', enAttribution, enBoilerplate, enDates, enPeople, enStopwords),
};

export const DEFAULT_LANGUAGE = 'id';

export function getLanguage(code: string = DEFAULT_LANGUAGE): LanguageData {
  const lang = LANGUAGES[code];
  if (!lang) throw new Error(`unknown language "${code}"; known: ${Object.keys(LANGUAGES).join(', ')}`);
  return lang;
}
