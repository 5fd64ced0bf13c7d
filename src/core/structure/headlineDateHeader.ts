/**
 * A blog's date header over its post: on a Blogger or an old WordPress page the day's date stands ABOVE the post's title
 * ("Tjatatan Kampoeng" / "Blog warga, menulis apa adanja" / "Friday, 23 October 2009" / the title / "Posted by … at
 * 10.15"). The blog's tagline then stands right over a stamp and reads as the headline; the title is the line between
 * the date header and the post's byline stamp. For findHeadline (headline.ts).
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';
import { readsAsHeadline } from './headlineFurniture';

/** A date header is short ("Friday, 23 October 2009", "Selasa, 15 Maret 2011"). */
const MAX_DATE_HEADER_WORDS = 6;
/** A date header carries the year ("… 2009"); a byline ("Oleh: Dr. Rina …") is no date header. */
const YEAR = /\b(19|20)\d\d\b/u;
/** A blog's tagline is a short phrase. */
const MAX_TAGLINE_WORDS = 10;

const isStamp = (g: LineFeatures | undefined, hits: readonly (CueHit | null)[]): boolean => g !== undefined && hits[g.index]?.cue.kind === 'byline';

/**
 * The headline found at `line` stands right under a skipped line (the blog's name, no blank line between) and is a short
 * phrase (the tagline); under it a short stamp (the date header), then a line reading as a headline, then another stamp
 * (the post's byline): that line is the headline, the tagline and the date header are skipped. Null otherwise: a news
 * page's headline over its date and byline has no second headline between them.
 */
export function headlineUnderDateHeader(nonBlank: readonly LineFeatures[], line: number, hits: readonly (CueHit | null)[], skipped: readonly number[]): { line: number; skipped: number[] } | null {
  const k = nonBlank.findIndex((g) => g.index === line);
  const f = nonBlank[k];
  const name = nonBlank[k - 1];
  if (f === undefined || name === undefined || !skipped.includes(name.index) || name.index !== f.index - 1) return null;
  if (f.prose || f.endsSentence || f.words > MAX_TAGLINE_WORDS || hits[f.index]) return null;
  const date = nonBlank[k + 1];
  const title = nonBlank[k + 2];
  if (!isStamp(date, hits) || (date as LineFeatures).words > MAX_DATE_HEADER_WORDS || !YEAR.test((date as LineFeatures).text)) return null;
  if (title === undefined || hits[title.index] || !readsAsHeadline(title)) return null;
  return isStamp(nonBlank[k + 3], hits) ? { line: title.index, skipped: [...skipped, f.index, (date as LineFeatures).index] } : null;
}

/** A blog's name: a few capitalised words and nothing else ("Tjatatan Kampoeng Tjiamis"). */
const BLOG_NAME = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,4}$/u;

/**
 * The blog's name heading such a page: the headline stands under exactly three lines, the name, the tagline and the
 * date header, and over the post's byline stamp (the shape headlineUnderDateHeader reads). A title-case name with no
 * newspaper word and no address is still the publisher there: the page is the blog's own. Null for any other shape.
 */
export function blogNameOverDateHeader(features: readonly LineFeatures[], titleLine: number | null, hits: readonly (CueHit | null)[]): string | null {
  if (titleLine === null) return null;
  const nonBlank = features.filter((f) => !f.blank);
  const k = nonBlank.findIndex((g) => g.index === titleLine);
  if (k !== 3) return null;
  const [name, tagline, date] = nonBlank as [LineFeatures, LineFeatures, LineFeatures];
  if (hits[name.index] || !BLOG_NAME.test(name.text.trim()) || name.index !== tagline.index - 1) return null;
  if (tagline.prose || tagline.endsSentence || tagline.words > MAX_TAGLINE_WORDS || hits[tagline.index]) return null;
  if (!isStamp(date, hits) || date.words > MAX_DATE_HEADER_WORDS || !YEAR.test(date.text)) return null;
  return isStamp(nonBlank[k + 1], hits) ? name.text.trim() : null;
}
