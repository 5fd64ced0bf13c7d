/**
 * Mastheads that name the publisher without a newspaper word, read from their shape at the top of the page (round 62):
 * a logo's alternative text ("[Logo: Warta Almamater]"), a site's name opening its menu bar ("Horas Samosir | Beranda |
 * …"), and a name in capitals over or beside its tagline ("GEMA PROGO" / "suara warga kulon progo", "KAMPUNG DIGITAL
 * SIDOREJO — Dari Warga, Untuk Warga", a name spaced out letter by letter). A section label ("EKONOMI", "OPINI") has no
 * tagline, opens no menu and names no logo, so it is never read as a name here.
 */
import type { LineFeatures } from './lineFeatures';
import type { DatelineData } from './structureData';
import { SITE_ADDRESS } from './pageTitle';

/** A name has at most this many words ("Kampung Digital Sidorejo") … */
const MAX_NAME_WORDS = 4;
/** … and its tagline at most this many ("Buletin Mingguan Paroki Santo Yosef Purwokerto"). */
const MAX_TAGLINE_WORDS = 8;
/** A skip link or a button over the masthead ("Lewati ke konten", "Menu") has at most this many words. */
const MAX_BUTTON_WORDS = 3;
/** A separator between two parts of a line, with spaces around it. */
const SPACED_SEPARATOR = /\s+[|·•]\s+/u;
/** A name, then a spaced dash and the tagline on the same line. */
const NAME_DASH_TAGLINE = /^(.+?)\s+[—–-]\s+(\p{L}.*)$/u;
/** "R A D A R   M A D I U N": capitals one by one, words apart by two spaces or more. */
const LETTER_SPACED = /^\p{Lu}(?: \p{Lu}){2,}(?: {2,}\p{Lu}(?: \p{Lu})*)*$/u;

/** "R A D A R   M A D I U N" → "RADAR MADIUN"; any other text as it is. */
export function unspacedLetters(text: string): string {
  // A page's zero-width spaces beside the spaces are no letters.
  const trimmed = text.replace(/\u200B/gu, '').trim();
  if (!LETTER_SPACED.test(trimmed)) return trimmed;
  // The words are set apart by the widest gaps (a zero-width space read as a space widens a gap between two letters).
  const widest = Math.max(...(trimmed.match(/ +/gu) ?? []).map((gap) => gap.length));
  if (widest < 2) return trimmed.replace(/ /gu, '');
  return trimmed.split(new RegExp(` {${widest},}`, 'u')).map((w) => w.replace(/ /gu, '')).join(' ');
}

/** A line spaced out letter by letter, the way a logo's lettering is scraped. */
export function isLetterSpaced(text: string): boolean {
  return LETTER_SPACED.test(text.replace(/\u200B/gu, '').trim());
}

/** A few capitalised words with no digit or punctuation but a dot or hyphen inside a word. */
function isNameShape(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length <= MAX_NAME_WORDS && words.every((w) => /^\p{Lu}[\p{L}.'-]*$/u.test(w)) && !/[.]$/u.test(text);
}

/** Written in capitals throughout: how a masthead sets its name apart from a headline in title case. */
function inCapitals(text: string): boolean {
  return text === text.toLocaleUpperCase() && /\p{Lu}\p{Lu}/u.test(text);
}

/**
 * A tagline: a short phrase, no digits, no sentence's end, not itself in capitals (a label or a second name), and no
 * separator of a menu or a section path ("Warta Kilat · Kriminal").
 */
function isTagline(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length >= 2 && words.length <= MAX_TAGLINE_WORDS && !/[\p{N}|:·•›»>/]/u.test(text) && !/[.!?]$/u.test(text.trim()) && !inCapitals(text);
}

export function outletFromMastheadShape(features: readonly LineFeatures[], titleLine: number, isCue: (line: number) => boolean, data: DatelineData): string | null {
  const above = features.filter((f) => !f.blank && f.index < titleLine);
  return logoAltName(above, data) ?? menuBarName(above, data) ?? nameWithTagline(above, features, titleLine, isCue, data);
}

/** "[Logo: Warta Almamater]", "Logo: Warta Almamater": a logo's alternative text names the site. */
function logoAltName(above: readonly LineFeatures[], data: DatelineData): string | null {
  const words = data.logoWords ?? [];
  for (const f of above) {
    // In brackets or after a colon: "Logo Baru Kota Palu Diluncurkan" is a headline.
    const m = /^\[\s*(\p{L}+)\s*[:：-]?\s*([^\]]+?)\s*\]$|^(\p{L}+)\s*[:：]\s*(.+)$/u.exec(f.text.trim());
    const name = (m?.[2] ?? m?.[4] ?? '').trim();
    if (m && words.includes((m[1] ?? m[3] ?? '').toLowerCase()) && isNameShape(name)) return name;
  }
  return null;
}

/** "Horas Samosir | Beranda | Peristiwa | …": a menu bar whose first item, before its home link, is the site's name. */
function menuBarName(above: readonly LineFeatures[], data: DatelineData): string | null {
  const home = data.homeWords ?? [];
  for (const f of above) {
    const parts = f.text.trim().split(SPACED_SEPARATOR);
    if (parts.length < 3 || !home.includes((parts[1] ?? '').toLowerCase())) continue;
    const name = parts[0] ?? '';
    if (name.includes(' ') && isNameShape(name) && !home.includes(name.toLowerCase())) return name;
  }
  return null;
}

/**
 * The page's first line, a name in capitals (or spaced out letter by letter), with its tagline after a spaced dash or on
 * the line right under it (a section's label in capitals has no tagline).
 */
function nameWithTagline(above: readonly LineFeatures[], features: readonly LineFeatures[], titleLine: number, isCue: (line: number) => boolean, data: DatelineData): string | null {
  // A skip link or a search button may stand over the masthead ("Lewati ke konten").
  const first = above.find((f) => !isCue(f.index) || isLetterSpaced(f.text));
  if (first === undefined) return null;
  const text = first.text.trim();
  const dashed = NAME_DASH_TAGLINE.exec(text);
  let name: string;
  if (dashed && isTagline(dashed[2] ?? '')) {
    name = dashed[1] ?? '';
  } else {
    name = unspacedLetters(text);
    const next = features[first.index + 1];
    if (next === undefined || next.blank || next.index >= titleLine || !isTagline(next.text)) return null;
  }
  return isMastheadName(name, data) ? name : null;
}

/** Line k is the masthead's name in capitals, heading the page, with its tagline right under it. */
export function isMastheadOverTagline(nonBlank: readonly LineFeatures[], k: number, isCue: (line: number) => boolean): boolean {
  return nonBlank[k] !== undefined && !isCue((nonBlank[k] as LineFeatures).index) && isTaglineUnderMasthead(nonBlank, k + 1, isCue);
}

/**
 * "Harian Pagi Kebanggaan Warga Madiun Raya" right under "R A D A R   M A D I U N", "Buletin Mingguan Paroki …" right
 * under "SUARA GEMBALA": a short phrase under a name in capitals (no blank line between) is the site's tagline, not the
 * headline, which findHeadline looks for further down.
 */
export function isTaglineUnderMasthead(nonBlank: readonly LineFeatures[], k: number, isCue: (line: number) => boolean): boolean {
  // The masthead heads the page (a skip link or a menu button may stand over it); a label in capitals under an edition
  // line or a menu heads a section ("METRO KENDARI" over a headline, no blank line between).
  return isTaglineUnderCapitalName(nonBlank, k) && !nonBlank.slice(0, k - 1).some((g) => !isCue(g.index) || g.words > MAX_BUTTON_WORDS);
}

/**
 * The shape both readings of a tagline share: line k is a short phrase (isTagline) right under the line before it (no
 * blank line between), and that line is a masthead's name in capitals, perhaps letter-spaced or beside its own address.
 */
export function isTaglineUnderCapitalName(nonBlank: readonly LineFeatures[], k: number): boolean {
  const f = nonBlank[k];
  const name = nonBlank[k - 1];
  if (f === undefined || name === undefined || name.index !== f.index - 1 || f.prose || !isTagline(f.text)) return false;
  return isMastheadName(unspacedLetters(nameBesideAddress(name.text)));
}

/** `part` is the web address of the site named `name` ("suaralembah.id" of "SUARA LEMBAH"): its host spells the name's letters. */
export function addressOfName(part: string, name: string): boolean {
  if (!SITE_ADDRESS.test(part) || part === name) return false;
  const letters = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length >= 4 && part.toLowerCase().slice(0, part.indexOf('.')).replace(/-/gu, '') === letters;
}

/** "SUARA LEMBAH — suaralembah.id" → "SUARA LEMBAH": a site's name with its own web address beside it; any other text as it is. */
function nameBesideAddress(text: string): string {
  const m = NAME_DASH_TAGLINE.exec(text.trim()) ?? /^(.+?)\s+[|·•]\s+(\S+)$/u.exec(text.trim());
  return m?.[1] !== undefined && m[2] !== undefined && addressOfName(m[2].trim(), m[1].trim()) ? m[1].trim() : text;
}

/**
 * Two words or more in capitals: a masthead's name. One word in capitals over a line is as often a section's or a
 * genre's label ("EKONOMI", "INFOGRAFIS"), and a service unit's or a congregation's own page ("PUSKESMAS …", "… JEMAAT …")
 * names no news publisher.
 */
function isMastheadName(text: string, data?: DatelineData): boolean {
  const head = text.split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (!(inCapitals(text) && isNameShape(text) && text.includes(' ')) || (data?.serviceUnitHeads ?? []).includes(head)) return false;
  // "GMIT JEMAAT EFATA SOE" over its classis: a congregation's own page, whose masthead names no news publisher either.
  const congregation = data?.congregationWords ?? [];
  return congregation.length === 0 || !text.toLowerCase().split(/\s+/u).some((w) => congregation.includes(w));
}
