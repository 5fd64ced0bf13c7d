/**
 * Words of the body that name places: after a place marker ("Kecamatan Tanjung Morawa"), a place
 * preposition ("di Sekayu", "warga Sukamaju") or an institution word, and runs listed after them
 * ("di Jawa, Bali, dan Nusa Tenggara"). The name finder never takes them for persons.
 */
import { isSpaceGap } from './nameTokens';
import type { NameRun } from './nameRuns';
import type { BodyText } from './bodyText';

/** Words that follow a place marker, a place preposition or an institution word ("Kecamatan Tanjung Morawa", "di Sekayu", "Pemkab Siak"). */
export function placeWords(body: BodyText, text: string): Set<string> {
  const places = new Set<string>();
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
      const markerBefore = prev !== undefined && run.kinds[k - 1] !== 'role' && (body.words[run.first + k - 1]?.placeMarker === true || (!hasRole && k === 1 && run.kinds[0] === 'nonname'));
      if (markerBefore || (afterPreposition && k === 0)) {
        // In a role run ("Kepala Dinas … Kota Makassar Andi Rahmat") the name follows the place: take one word only.
        const limit = hasRole ? k + 1 : run.tokens.length;
        for (let m = k; m < limit && run.kinds[m] === 'name'; m++) places.add(run.tokens[m]?.text ?? '');
      }
    }
    previousWasPlace = places.size > sizeBefore || (listedAfterPlace && run.tokens.every((t) => places.has(t.text)));
    previousRun = run;
  }
  return places;
}

const LIST_SEPARATORS = /[\s,]+/u;
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
