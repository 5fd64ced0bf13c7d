/**
 * Words of the body that name places: after a place marker ("Kecamatan Tanjung Morawa"), a place
 * preposition ("di Sekayu", "warga Sukamaju") or an institution word, and runs listed after them
 * ("di Jawa, Bali, dan Nusa Tenggara"). The name finder never takes them for persons.
 */
import { isCommaGap, isSpaceGap } from './nameTokens';
import type { NameRun } from './nameRuns';
import type { BodyText } from './bodyText';

/** Words that follow a place marker, a place preposition or an institution word ("Kecamatan Tanjung Morawa", "di Sekayu", "Pemkab Siak"). */
export function placeWords(body: BodyText, text: string): Set<string> {
  const places = new Set<string>();
  const cities = wordsAfterInstitutions(body);
  let previousWasPlace = false;
  let previousRun: NameRun | undefined;
  for (const run of body.runs) {
    // "di Jawa, Bali, dan Nusa Tenggara": a run listed right after a place (a comma, a coordinator) is a place too.
    const listedAfterPlace: boolean = previousWasPlace && previousRun !== undefined && listGap(body, previousRun, run, text) && !run.kinds.includes('role') && !run.kinds.includes('honorific');
    const afterPreposition = afterPlaceWord(body, run, text) || listedAfterPlace;
    const hasRole = run.kinds.includes('role');
    const sizeBefore = places.size;
    for (let k = 0; k < run.tokens.length; k++) {
      if (run.kinds[k] !== 'name') continue;
      const prev = run.tokens[k - 1];
      // "Kota" inside a role ("Wali Kota Sukamaju Rahmat …") marks no place.
      // An institution word opening the run is followed by its place ("Pemkab Siak"); a country is a place itself, and
      // what follows it is its citizen's name ("bek Uruguay Sebastián Suárez", "Dubes RI untuk Jepang Bambang Susanto").
      const institutionBefore = !hasRole && k === 1 && run.kinds[0] === 'nonname' && !isCountry(body, run) && !firstNameAfterOwnCity(body, run, cities);
      const markerBefore = prev !== undefined && run.kinds[k - 1] !== 'role' && (body.words[run.first + k - 1]?.placeMarker === true || institutionBefore);
      if (markerBefore || (afterPreposition && k === 0)) {
        // In a role run ("Kepala Dinas … Kota Makassar Andi Rahmat") the name follows the place: take one word only.
        // So after a lower-case role and a club ("pelatih Persija Jakarta Diego Alvarado"): the club's city, then its holder.
        const limit = hasRole || clubAfterLowerRole(body, run) ? k + 1 : run.tokens.length;
        // A short form of a given name ("Muh.") opens a person's name: no place goes on over it ("Sultra La Ode Muh. Arsyad").
        for (let m = k; m < limit && run.kinds[m] === 'name' && !body.lexicon.connectors.has(run.tokens[m]?.text ?? ''); m++) places.add(run.tokens[m]?.text ?? '');
      }
    }
    previousWasPlace = places.size > sizeBefore || (listedAfterPlace && run.tokens.every((t) => places.has(t.text)));
    previousRun = run;
  }
  return places;
}

/** For each word opening a run with an institution word ("Persik"), the name words written right after it ("Kediri"). */
function wordsAfterInstitutions(body: BodyText): Map<string, Set<string>> {
  const after = new Map<string, Set<string>>();
  for (const run of body.runs) {
    if (run.kinds[0] !== 'nonname' || run.kinds[1] !== 'name') continue;
    const head = run.tokens[0]?.text ?? '';
    const next = run.tokens[1]?.text ?? '';
    const seen = after.get(head);
    if (seen) seen.add(next);
    else after.set(head, new Set([next]));
  }
  return after;
}

/**
 * "pelatih Persik Marcelo Dantas Rocha" where the text also writes "Persik Kediri": after a lower-case role, a
 * club whose city the text gives elsewhere is followed here by another word, a first name, not a place.
 */
function firstNameAfterOwnCity(body: BodyText, run: NameRun, cities: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const club = run.tokens[0]?.text ?? '';
  // Clubs only: an agency's short form is far more often followed by its place ("kepala Dinkes Sukamaju Budi …").
  if (run.tokens.length < 3 || body.words[run.first - 1]?.lowerRoleHead !== true || body.lexicon.clubNamePattern?.test(club) !== true) return false;
  const seen = cities.get(club);
  const next = run.tokens[1]?.text ?? '';
  return seen !== undefined && [...seen].some((w) => w !== next);
}

/** The run opens with a country's name (the gazetteer holds countries beside the home country's regions). */
function isCountry(body: BodyText, run: NameRun): boolean {
  return body.lexicon.placeNames.has((run.tokens[0]?.text ?? '').toLowerCase());
}

/**
 * The segment follows only words that are no name, the first of them a country ("Jepang Kenta Sato", "Korea Selatan
 * Cho Min-ji"): the person's country, not an institution owning the name after it ("Bank Jatim Syariah").
 */
export function afterCountry(run: NameRun, seg: { readonly start: number }, placeNames: ReadonlySet<string>): boolean {
  const at = run.tokens.findIndex((t) => t.start === seg.start);
  if (at < 1 || !placeNames.has((run.tokens[0]?.text ?? '').toLowerCase())) return false;
  for (let k = 0; k < at; k++) if (run.kinds[k] !== 'nonname') return false;
  return true;
}

/**
 * "wakil Jepang, Kazuki Tanabe,": one country after a noun (not after "di", "ke", "dari": "di Jepang, Korea, dan …"
 * lists places) is the country of the person set off after it, not the first place of a list.
 */
export function countryThenApposition(body: BodyText, previousRun: NameRun): boolean {
  return previousRun.tokens.length === 1 && isCountry(body, previousRun) && body.words[previousRun.first - 1]?.placePreposition !== true;
}

/** The run opens with a club's name ("Persija") right after a lower-case role ("pelatih"). */
function clubAfterLowerRole(body: BodyText, run: NameRun): boolean {
  return run.kinds[0] === 'nonname' && body.words[run.first - 1]?.lowerRoleHead === true && body.lexicon.clubNamePattern?.test(run.tokens[0]?.text ?? '') === true;
}

const LIST_SEPARATORS = /[\s,]+/u;
/** The dash between a route's two places, unspaced ("Kroya–Sumpiuh"); a spaced dash sets off a clause instead. */
const ROUTE_DASH = '\u2013';
const NEXT_WORD = /^\s*,?\s*(\p{L}+)/u;

/**
 * The second run continues a list: a coordinator ("dan", "serta") stands between the two, or a
 * comma does and a coordinator follows the second ("Jawa, Bali, dan …"). A comma alone is an
 * apposition as often ("Kota Tangsel, Dian Wiryawan, mengatakan"): not enough.
 */
function listGap(body: BodyText, a: NameRun, b: NameRun, text: string): boolean {
  const last = a.tokens[a.tokens.length - 1];
  const first = b.tokens[0];
  const end = b.tokens[b.tokens.length - 1];
  if (!last || !first || !end || last.endsClause) return false;
  const gap = text.slice(last.end, first.start);
  // "jalan lintas Rupit–Karang Jaya", "Jalan Poros Malino–Tombolo Pao": an en dash with no space joins a route's two ends.
  if (gap === ROUTE_DASH) return true;
  if (gap.length > 8) return false;
  const words = gap.split(LIST_SEPARATORS).filter((w) => w.length > 0);
  if (words.length > 1 || !words.every((w) => body.lexicon.coordinators.has(w.toLowerCase()))) return false;
  if (words.length === 1) return true;
  const next = NEXT_WORD.exec(text.slice(end.end, end.end + 12))?.[1];
  return !end.endsClause && next !== undefined && body.lexicon.coordinators.has(next.toLowerCase());
}

/** "warga Sukamaju", "di Sekayu": a place preposition right before the run; after a comma ("seorang warga, Sumarni") the run is an apposition, not the place. */
export function afterPlaceWord(body: BodyText, run: NameRun, text: string): boolean {
  const before = body.tokens[run.first - 1];
  return before !== undefined && body.words[run.first - 1]?.placePreposition === true && isSpaceGap(text, before.end, run.tokens[0]?.start ?? before.end);
}

/**
 * The run after a place set off by commas right after run `index` ("Ketua Kelompok Tani Ngudi Makmur, Padukuhan
 * Karangmloko, Suharjo,": the run "Suharjo"), or undefined when no such place stands there. The place opens with a
 * place marker ("Padukuhan", "Desa").
 */
export function placeSetOff(body: BodyText, index: number, text: string): NameRun | undefined {
  const run = body.runs[index];
  const place = body.runs[index + 1];
  const after = body.runs[index + 2];
  const runEnd = run?.tokens[run.tokens.length - 1];
  const placeEnd = place?.tokens[place.tokens.length - 1];
  if (!runEnd || !place || !placeEnd || !after || body.words[place.first]?.placeMarker !== true) return undefined;
  if (!place.kinds.slice(1).every((k) => k === 'name')) return undefined;
  return isCommaGap(text, runEnd.end, place.tokens[0]?.start ?? 0) && isCommaGap(text, placeEnd.end, after.tokens[0]?.start ?? 0) ? after : undefined;
}

const COMMA_THEN_WORD = /^\s*,\s*(\p{L}+)/u;

/**
 * "Penggemar asal Makassar, Andi Nurul Fadhilah, rela menginap": two name words or more set off by commas after a
 * place, the sentence going on in lower case after them (not with a coordinator, as "di Medan, Deli Serdang, dan
 * Langkat" does), are the person from that place, not the next place of a list. A run the gazetteer knows stays a place.
 */
export function personSetOffAfterPlace(body: BodyText, run: NameRun, text: string): boolean {
  const last = run.tokens[run.tokens.length - 1];
  if (run.tokens.length < 2 || last === undefined || last.endsClause || !run.kinds.every((k) => k === 'name')) return false;
  if (run.tokens.some((t) => body.lexicon.placeNames.has(t.text.toLowerCase()))) return false;
  const next = COMMA_THEN_WORD.exec(text.slice(last.end, last.end + 24))?.[1];
  return next !== undefined && next === next.toLowerCase() && !body.lexicon.coordinators.has(next);
}
