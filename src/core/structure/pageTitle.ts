/**
 * A browser tab's title scraped with the page: the headline followed by the site's name
 * ("<headline> - Tribun Timur", "<headline> | Kabar Madura"). The line is a copy of the headline,
 * and the name after the separator is the publisher.
 */
import { collapseSpaces, type LineFeatures } from './lineFeatures';
import { isWhiteSpaceUnit } from '../text/charTables';

/** A web address alone ("WARTAKOTALIVE.COM", "radarbogor.id"): one word with a dot before a final part of letters. */
export const SITE_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u;

/** The separator and a name of one to four words opening with a capital ("… - Halaman 2" has a digit and names no one). */
const SITE_SUFFIX = /^\s*[|–—-]\s*(\p{Lu}[\p{L}\p{N}.'-]*(?:\s+[\p{L}\p{N}.'-]+){0,3})\s*$/u;
/** A headline this short could open an unrelated line by chance. */
const MIN_HEADLINE_WORDS = 4;
/** How many non-blank lines from the headline the page title may stand. */
const NEAR = 3;

/** The site name after `headline` in `line`, or null when the line is not the headline plus a site name. */
export function pageTitleSuffix(line: string, headline: string): string | null {
  // Compared with white space collapsed: a page's zero-width spaces leave two spaces here and there (the reading
  // text has only plain spaces left, so a native search for two finds every case, and costs little on a long lead).
  if (line.includes('  ') || headline.includes('  ')) return pageTitleSuffix(collapseSpaces(line), collapseSpaces(headline));
  const head = headline.trim();
  // Asked of a line against each of the next lines, most of them long paragraphs that differ from the first
  // letters: those are told apart before any word is counted or any line lower-cased.
  if (asciiPrefixDiffers(line, head) || fewerWordsThan(head, MIN_HEADLINE_WORDS) || !line.toLowerCase().startsWith(head.toLowerCase())) return null;
  const name = SITE_SUFFIX.exec(line.slice(head.length))?.[1];
  return name && !/\p{N}/u.test(name) ? name : null;
}

/**
 * True when `line` lower-cased cannot start with `head` lower-cased, read off the ASCII characters that open
 * both: an ASCII character lower-cases to one ASCII character whatever stands around it, so the two lower-case
 * forms differ where the two openings differ in more than case. False (not known) at the first other character.
 */
export function asciiPrefixDiffers(line: string, head: string): boolean {
  const n = Math.min(line.length, head.length);
  for (let i = 0; i < n; i++) {
    const a = line.charCodeAt(i);
    const b = head.charCodeAt(i);
    if (a >= 128 || b >= 128) return false;
    if (a !== b && asciiLower(a) !== asciiLower(b)) return true;
  }
  return false;
}

const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * text.split(/\s+/u).length < words, counted without the split: the parts are one more than the runs of
 * white space (a run at either end leaves an empty part).
 */
export function fewerWordsThan(text: string, words: number): boolean {
  let parts = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpaceUnit(text.charCodeAt(i)) || (i > 0 && isWhiteSpaceUnit(text.charCodeAt(i - 1)))) continue;
    if (++parts >= words) return false;
  }
  return parts < words;
}

/** The publisher named by a page title near the headline, or null. */
export function outletFromPageTitle(features: readonly LineFeatures[], titleLine: number | null): string | null {
  if (titleLine === null) return null;
  const headline = features[titleLine]?.text ?? '';
  const nonBlank = features.filter((f) => !f.blank);
  const at = nonBlank.findIndex((f) => f.index === titleLine);
  for (const f of nonBlank.slice(Math.max(0, at - NEAR), at + NEAR + 1)) {
    if (f.index === titleLine) continue;
    const name = pageTitleSuffix(f.text, headline);
    if (name) return name;
  }
  return null;
}

/**
 * "<headline> - JPNN.COM" near the headline is a copy of it (the page's title), boilerplate like a plain repeat. Marked
 * before the dateline is looked for: read as one, "Penjagaan Diperketat, Warga Tak Bisa Leluasa - JPNN.COM" would give
 * a place and an outlet out of the headline's words.
 */
export function markPageTitleCopies(features: readonly LineFeatures[], titleLine: number, unmarked: (line: number) => boolean, mark: (line: number) => void): void {
  const headline = features[titleLine]?.text ?? '';
  const nonBlank = features.filter((f) => !f.blank);
  const at = nonBlank.findIndex((f) => f.index === titleLine);
  for (const f of nonBlank.slice(at + 1, at + NEAR + 1)) if (unmarked(f.index) && pageTitleSuffix(f.text, headline) !== null) mark(f.index);
}

/** "KABARMADURA.ID" alone on the first line, over the headline: the site's address names the publisher. */
export function outletFromSiteHeader(features: readonly LineFeatures[], titleLine: number | null): string | null {
  const first = features.find((f) => !f.blank);
  if (titleLine === null || first === undefined || first.index >= titleLine) return null;
  const text = first.text.trim();
  if (SITE_ADDRESS.test(text)) return text;
  return addressThenTagline(text);
}

/** "HidayahKita.com - Portal Islam Keluarga Indonesia": the address before the site's tagline after a spaced separator; null if the line is not so. */
export function addressThenTagline(text: string): string | null {
  const head = ADDRESS_THEN_TAGLINE.exec(text.trim())?.[1];
  return head !== undefined && SITE_ADDRESS.test(head) ? head : null;
}

/** A first line's part before a spaced dash (or a typed double hyphen "--"), bar or middle dot, the tagline after it starting with a letter. */
const ADDRESS_THEN_TAGLINE = /^(\S+)\s+(?:--|[-–—|·])\s+\p{L}/u;

/** How many of the page's last lines are read for the site's footer. */
const FOOTER_LINES = 4;
/** A tagline is a name's length, not a sentence. */
const MAX_TAGLINE_WORDS = 8;

/**
 * "Esportsnesia.com – Portal Esports Nomor Satu" among the last lines of the page, under the body: the site's footer
 * names the publisher as its header would. Only the address-and-tagline shape: a bare address there is as often a link.
 */
export function outletFromSiteFooter(features: readonly LineFeatures[], titleLine: number | null): string | null {
  if (titleLine === null) return null;
  const last = features.filter((f) => !f.blank && f.index > titleLine).slice(-FOOTER_LINES);
  for (const f of last) {
    const text = f.text.trim();
    const head = ADDRESS_THEN_TAGLINE.exec(text)?.[1] ?? mastheadThenTagline(text, features);
    if (head === undefined || !(SITE_ADDRESS.test(head) || head.includes(' ')) || f.endsSentence) continue;
    if (text.slice(head.length).trim().split(/\s+/u).length - 1 <= MAX_TAGLINE_WORDS) return head;
  }
  return null;
}

/** A name of a few words before a spaced dash, bar or middle dot, the tagline after it starting with a letter. */
const NAME_THEN_TAGLINE = /^(\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){1,3})\s+[-–—|·]\s+\p{L}/u;

/**
 * "Kalteng Sepekan - Tajam, Berimbang, Terpercaya" in the footer of a page whose first line is "Kalteng Sepekan": the
 * masthead's name repeated with the site's tagline names the publisher, though neither reads as an address.
 */
function mastheadThenTagline(text: string, features: readonly LineFeatures[]): string | undefined {
  const head = NAME_THEN_TAGLINE.exec(text)?.[1];
  const first = features.find((f) => !f.blank)?.text.trim();
  return head !== undefined && first !== undefined && first.toLowerCase() === head.toLowerCase() ? head : undefined;
}

/** The last spaced separator of a tab title ("… - Malut Terkini", "… | Kabar Banua"). */
const LAST_SEPARATOR = /\s[|–—-]\s(?!.*\s[|–—-]\s)/u;

/**
 * "<headline> - Malut Terkini" as the page's headline line, with no copy of the headline under it (the browser tab's
 * title is all that is left of the headline): the name after the last separator is the site's when the page's own
 * furniture names it too (a boilerplate line such as "Copyright © 2026 Malut Terkini", or an address line holding
 * "malutterkini"); the headline is the part before it. A headline whose last words after a dash merely recur in the
 * body ("Banjir Rendam Pati - Kudus") keeps them: only furniture confirms a site's name.
 */
export function tabTitleSite(title: string, features: readonly LineFeatures[], titleLine: number, isFurniture: (line: number) => boolean): { headline: string; site: string } | null {
  const cut = LAST_SEPARATOR.exec(title);
  if (!cut) return null;
  const headline = title.slice(0, cut.index).trim();
  const site = SITE_SUFFIX.exec(title.slice(cut.index))?.[1];
  if (!site || /\p{N}/u.test(site) || fewerWordsThan(headline, MIN_HEADLINE_WORDS)) return null;
  const name = site.toLowerCase();
  const compact = name.replace(/[^\p{L}\p{N}]/gu, '');
  const confirmed = features.some((f) => {
    if (f.blank || f.index === titleLine || !(isFurniture(f.index) || f.urlOnly)) return false;
    const text = f.text.toLowerCase();
    return text.includes(name) || (compact.length >= MIN_COMPACT_NAME && text.includes(compact));
  });
  return confirmed ? { headline, site } : null;
}
/** A site's name squeezed into its address ("malutterkini") is this long at least, so it does not match by chance. */
const MIN_COMPACT_NAME = 6;

/**
 * "https://www.lampungbarometer.id/daerah/2026/11/24/banjir-rob-rendam-300-rumah-di-pesisir-kota-agung": the words of
 * the address's last part (its slug), when they are enough for a headline; numeric ids at either end are dropped.
 * The first letter is written in capitals (a slug is lower case).
 */
export function slugHeadline(url: string): string | null {
  const path = url.trim().replace(/[?#].*$/u, '').replace(/\/+$/u, '');
  const last = path.slice(path.lastIndexOf('/') + 1).replace(/\.[a-z]{2,5}$/iu, '');
  if (!path.includes('/') || !last) return null;
  const parts = last.split(/[-_]+/u).filter((w) => w.length > 0);
  while (parts.length > 0 && /^\p{N}+$/u.test(parts[0] as string)) parts.shift();
  while (parts.length > 0 && /^\p{N}+$/u.test(parts[parts.length - 1] as string)) parts.pop();
  if (parts.length < MIN_SLUG_WORDS || !parts.every((w) => /^[\p{L}\p{N}]+$/u.test(w)) || parts.filter((w) => /\p{L}/u.test(w)).length < MIN_SLUG_WORDS - 1) return null;
  const words = parts.join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
/** A slug of fewer words names a section or a page ("berita-daerah"), not a story. */
const MIN_SLUG_WORDS = 5;
