/**
 * A headline under the page's furniture, found from the lead up: a unit's masthead in capitals, a portal's name over
 * its stamp, a post's location line, a banner with a button or a magazine's masthead may read as a headline at the top
 * of the page, but the article's headline is the line standing right over its lead (past stamp and byline cue lines).
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';
import { isMenuBar, readsAsHeadline } from './headlineFurniture';

/** A site's, unit's or place's name over the page is this many words at most; a longer line in lower and upper case is a headline. */
const MAX_NAME_WORDS = 5;
/** A photo's caption under the stamp: a sentence ending inside the line, or the day's date in brackets ("Senin (1/12/2025). FOTO/…"). */
const CAPTION_SHAPE = /\p{L}{4}[.!?]\s|\(\d{1,2}\/\d{1,2}/u;
/**
 * A stamp or a row of the page's furniture, even one no cue knows: a time of day, a weekday and a number opening the
 * line or after a dash, segments split by bars or dots, a lower-case opening ("oleh …"), a label of a word or two
 * and a colon ("Dikutip dari: …").
 */
const STAMP_OR_ROW_SHAPE = /\d[:.]\d\d(?!\d)|^\p{L}+,?\s+\d|[|•·—–]\s*\p{L}+,?\s+\d|\s[|•·]\s|^\p{Ll}|^\p{L}+(?:\s\p{L}+)?\s?:\s/u;
/** How many non-blank lines may stand between the first candidate and the lead. */
const MAX_LINES_TO_LEAD = 6;
/** A headline kept in its quotation marks ('"Angklung Harus Masuk Kurikulum, Bukan Sekadar Ekstrakurikuler"'): one quotation, no sentence end inside. */
const WHOLE_QUOTED_HEADLINE = /^["“][^"“”.!?…]+[\p{L}\p{N}]["”]$/u;
/** A quoted headline's length; a longer quotation on a line of its own is a pull quote or a paragraph. */
const MAX_QUOTED_HEADLINE_WORDS = 14;

/** A line that reads as a headline in title case, or a short whole-line quotation in title case. */
function isTitleCaseHeadline(g: LineFeatures): boolean {
  if (g.headlineLike) return readsAsHeadline(g);
  if (g.words < 4 || g.words > MAX_QUOTED_HEADLINE_WORDS || !WHOLE_QUOTED_HEADLINE.test(g.text)) return false;
  const words = g.text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^["“]?\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE;
}
/** Title case leaves a few short words in lower case. */
const TITLE_CASE_SHARE = 0.6;

/** A line that could be the headline under the furniture: title case, neither a caption, a stamp nor a menu row. */
function isHeadlineCandidate(g: LineFeatures): boolean {
  return !CAPTION_SHAPE.test(g.text) && !STAMP_OR_ROW_SHAPE.test(g.text) && !isMenuBar(g.text) && isTitleCaseHeadline(g);
}

/**
 * Line k (no prose) would be the headline: the position of a longer title-case line standing over the lead (the
 * first prose line), with only cue lines (a stamp, a byline) between it and the lead and at least one line of the
 * page's furniture (none of them such a candidate) between k and it; -1 otherwise. A headline over its deck has nothing between the two, and one over
 * its stamp and lead is itself the last line over the lead.
 */
export function headlineOverLead(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): number {
  const f = nonBlank[k] as LineFeatures;
  if (f.prose || (f.words > MAX_NAME_WORDS && /\p{Ll}/u.test(f.text))) return -1;
  let lead = -1;
  for (let j = k + 1; j < nonBlank.length && j <= k + MAX_LINES_TO_LEAD; j++) {
    if ((nonBlank[j] as LineFeatures).prose) {
      lead = j;
      break;
    }
  }
  let h = lead - 1;
  while (h > k && hits[(nonBlank[h] as LineFeatures).index]) h--;
  if (h <= k + 1) return -1;
  const g = nonBlank[h] as LineFeatures;
  if (g.words <= f.words || !isHeadlineCandidate(g)) return -1;
  // A second candidate between the two (a kicker over its headline, a headline over a deck): no telling which it is.
  for (let j = k + 1; j < h; j++) {
    const between = nonBlank[j] as LineFeatures;
    if (!hits[between.index] && isHeadlineCandidate(between)) return -1;
  }
  return h;
}
