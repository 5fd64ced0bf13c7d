/**
 * What stands above a headline on a scraped page, and what reads as a headline under it: mastheads, site menus
 * (as words on lines of their own, as one row split by bars or wide spaces), sports widgets, short cue lines and
 * captions. findHeadline (headline.ts) skips such furniture.
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';
import { SITE_ADDRESS } from './pageTitle';
import { addressOfName } from './mastheadShapes';

/** "Travel & Kuliner": two section words joined by an ampersand read as one two-word label. */
export function joinAmpersand(text: string): string {
  return text.replace(/\s&\s/u, ' ');
}

/** The line's word count, an ampersand between two words not counted (see joinAmpersand). */
export function labelWords(f: LineFeatures): number {
  return /\s&\s/u.test(f.text) ? joinAmpersand(f.text).split(/\s+/u).length : f.words;
}

/** Between the entries of a site menu kept on one line: a bar, a middle dot or a bullet … */
const MENU_BAR_SEPARATOR = /\s+[|·•]\s+/u;
/** … or, in a menu scraped without them, a run of spaces. */
const MENU_BAR_SPACES = /\s{2,}/u;
/** A menu bar has at least this many entries (two parts are a masthead, "Site | Section") … */
const MIN_MENU_BAR_ENTRIES = 3;
/** … and one split by spaces alone one more (a stray double space in a headline splits it once or twice). */
const MIN_SPACED_MENU_ENTRIES = 4;
/** How far past a menu word the headline is looked for (a site menu runs to a dozen lines). */
const MAX_MENU_LOOKAHEAD = 16;

/**
 * Four words or more, not prose, no sentence end: a headline rather than the lead. A question mark may end a
 * headline ("Worth It?", "Sering Begadang?"); a lead is prose and is caught by `prose` first. A headline quoting
 * someone (`Kepala BPBD NTB: "Gempa Tak Bisa Diprediksi, Tapi Korban Bisa Dicegah"`) ends in a closing quote mark,
 * which the line features read as a sentence end (and so, with enough short words, as prose): it is one when the
 * quotation closes right after a word and no sentence mark stands anywhere in the line.
 */
export function readsAsHeadline(g: LineFeatures): boolean {
  if (g.words < 4) return false;
  if (g.words <= MAX_QUOTED_HEADLINE_WORDS && QUOTED_HEADLINE.test(g.text)) return true;
  return (!g.prose && (!g.endsSentence || /\?["”']?$/u.test(g.text))) || (g.words <= MAX_QUOTING_HEADLINE_WORDS && QUOTING_HEADLINE.test(g.text)) || isTitleCaseQuestion(g);
}

/**
 * "Sertifikat Halal Gratis, Mengapa Pedagang Kecil Masih Enggan?": an opinion page's question headline holds enough
 * stop words to read as prose, but a sentence asking a question is not written with nearly every word capitalised.
 */
function isTitleCaseQuestion(g: LineFeatures): boolean {
  if (g.words > MAX_TITLE_CASE_QUESTION_WORDS || !/\?["”']?$/u.test(g.text)) return false;
  const words = g.text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^["“'‘(]?\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length >= TITLE_CASE_SHARE;
}
/** A headline's length; a longer question is a sentence. */
const MAX_TITLE_CASE_QUESTION_WORDS = 16;
/** Title case leaves a few short words ("di", "dan", "yang") in lower case. */
const TITLE_CASE_SHARE = 0.75;

/**
 * 'Kepala BMKG: "Kemarau Bisa Lebih Panjang"': a headline quoting its speaker ends in a quote mark, which reads as a
 * sentence end (and so, with enough stop words, as prose); a quoted sentence ends in a full stop or comma inside the
 * marks, the headline's quotation does not.
 */
const MAX_QUOTING_HEADLINE_WORDS = 20;
const QUOTING_HEADLINE = /^[^"“”.:]{2,80}:\s*["“][^"“”]{3,}[^"“”.,;]["”]$/u;

/** A quotation opened inside the line and closed at its end right after a word, no sentence mark in the line. */
const QUOTED_HEADLINE = /^[^.!?…]*\s["“][^"“”.!?…]+[\p{L}\p{N}]["”]$/u;
/** Longer than this, a line is prose whatever it ends with (the line features' long-line limit). */
const MAX_QUOTED_HEADLINE_WORDS = 24;

/** "Serambi Nanggroe | Aceh Besar", "Kendari Ekspres - Berita Sulawesi Tenggara": a site's name and its section, split by a bar or a spaced dash. */
const MASTHEAD_SEPARATOR = /\s[|\-–—]\s/u;

/**
 * A masthead on the first line: two short parts (four words or fewer each, no digits, no sentence end) on either
 * side of one bar or spaced dash. The caller also asks for a line reading as a headline after it, so a headline
 * with a dash ("Banjir Garut - 3 Warga Hilang") is left alone: the lead follows it, not another headline.
 */
/** "PontianakPost.co.id" then "Kalbar | Kapuas Hulu": the second line, right under a skipped site address. */
export function underSiteHeader(nonBlank: readonly LineFeatures[], k: number, skipped: readonly number[]): boolean {
  const first = nonBlank[0];
  return k === 1 && first !== undefined && skipped.length === 1 && skipped[0] === first.index && SITE_ADDRESS.test(first.text);
}

export function isMasthead(f: LineFeatures, hit: CueHit | null | undefined): boolean {
  if (hit || f.endsSentence || /\p{N}/u.test(f.text)) return false;
  const parts = f.text.split(MASTHEAD_SEPARATOR).map((part) => part.trim());
  if (parts.length !== 2) return false;
  // A site's list of the places it covers ("NIASTODAY | Gunungsitoli, Nias, Nisel, Nias Barat") is a longer second part.
  const coverage = parts.some((part) => COVERAGE_LIST.test(part));
  if (f.text.length > (coverage ? MAX_COVERAGE_MASTHEAD : 60)) return false;
  // "SUARA LEMBAH — suaralembah.id": the site's name beside its own web address, written in lower case.
  return parts.every((part) => (/^\p{Lu}/u.test(part) && (part.split(/\s+/u).length <= 4 || COVERAGE_LIST.test(part))) || addressOfName(part, parts[0] ?? ''));
}


/** Three or more names of one or two capitalised words each, split by commas: a list of places, not a headline (a zero-width space may sit by a space). */
const COVERAGE_LIST = /^\p{Lu}[\p{L}'-]*(?:[\s\u200B]+\p{Lu}[\p{L}'-]*)?(?:[\s\u200B]*,[\s\u200B]*\p{Lu}[\p{L}'-]*(?:[\s\u200B]+\p{Lu}[\p{L}'-]*)?){2,}[\s\u200B]*$/u;
/** A masthead with a coverage list may run this long (a headline with commas has verbs and lower-case words). */
const MAX_COVERAGE_MASTHEAD = 100;

/**
 * One or two words with no punctuation and no cue: a menu entry or a section label. A search box's
 * placeholder ("Cari di sini...") may run to four words before its closing ellipsis.
 */
export function isMenuWord(f: LineFeatures, hit: CueHit | null | undefined): boolean {
  if (isMenuBar(f.text)) return true;
  if (hit || f.text.length > 30) return false;
  const placeholder = /(?:\.{3}|…)$/u.test(f.text);
  const label = joinAmpersand(f.text);
  return labelWords(f) <= (placeholder ? 4 : 2) && !/\p{P}/u.test(label.replace(/(?:\.{3}|…)$/u, ''));
}

/**
 * Cue kinds that are a page's furniture above a headline whatever their length: captions, navigation and share rows
 * ("Lewati ke konten", "Live Streaming | Program | Berita"), a breadcrumb with no path marks ("Beranda  Manokwari  Nasional"),
 * a promotion (a newsletter's pitch, "Jangan ketinggalan. Dapatkan … di kotak masukmu …": a sentence, but the site's),
 * an embedded player's text ("Video Player is loading.", "Current Time 0:00").
 */
const FURNITURE_KINDS: ReadonlySet<string> = new Set(['caption', 'share', 'breadcrumb', 'promo', 'video']);

/**
 * A site menu kept on one line ("Nasional | Ekonomi | Hukum", "Politik · Ekonomi · Sport", "Beranda  Politik  Hukum"):
 * three entries or more of one to three words each, opening with a letter, with no digit or punctuation in them.
 */
export function isMenuBar(text: string): boolean {
  const marked = text.split(MENU_BAR_SEPARATOR);
  const entries = marked.length > 1 ? marked : text.split(MENU_BAR_SPACES);
  // A middle dot or bullet never stands in a headline: two entries of up to four words ("Politik · Pilkada 2024") are a menu.
  const dotted = marked.length > 1 && MENU_DOT.test(text) && !/\|/u.test(text);
  const needed = dotted ? 2 : marked.length > 1 ? MIN_MENU_BAR_ENTRIES : MIN_SPACED_MENU_ENTRIES;
  return entries.length >= needed && entries.every((entry) => MENU_ENTRY.test(entry) && entry.split(/\s+/u).length <= (dotted ? 4 : 3));
}
const MENU_DOT = /\s[·•]\s/u;
/** Letters, with a year or a number at the end ("Pilkada 2024"). */
const MENU_ENTRY = /^\p{L}[\p{L}\s&]*(?:\s\p{N}{1,4})?$/u;

/** A link's text in a link bar: letters (and "&"), up to four words, no digit and no punctuation. */
const LINK_TEXT = /^\p{L}[\p{L}&]*(?:\s\p{L}[\p{L}&]*|\s&){0,3}$/u;

/**
 * "Kabar Haji & Umrah  |  Live TV  |  Masuk": a top bar of three links or more separated by bars or dots, as
 * `isMenuBar` reads a menu but with links of up to four words and no trailing number (a bar over the site's name,
 * which the outlet rules pass over; the menu's own bounds keep headlines with a year out of it).
 */
export function isLinkBar(text: string): boolean {
  const links = text.trim().split(MENU_BAR_SEPARATOR);
  return links.length >= MIN_MENU_BAR_ENTRIES && links.every((link) => LINK_TEXT.test(link));
}

/** A site's name is at most this many words ("IDN Times Jabar"). */
const MAX_SITE_NAME_WORDS = 4;

/**
 * "IDN Times Jabar" on the first line, then menu words or a site address ("News", "Jabar", "JawaPos.com"), then a
 * headline: the site's name over its menu. A short headline is followed by its stamp or lead, not by a menu.
 */
export function isSiteNameOverMenu(nonBlank: readonly LineFeatures[], hits: readonly (CueHit | null)[]): boolean {
  const [first, next] = nonBlank;
  if (!first || !next || hits[first.index] || first.endsSentence || first.words > MAX_SITE_NAME_WORDS || /[\p{N}\p{P}]/u.test(first.text)) return false;
  const nextHit = hits[next.index];
  if (nextHit) return isCapitalsName(first.text) && PLAYER_OR_NAV_KINDS.has(nextHit.cue.kind) && headlineAhead(nonBlank, 0, hits);
  return (isMenuWord(next, null) || SITE_ADDRESS.test(next.text)) && headlineAhead(nonBlank, 0, hits);
}

/**
 * "SUARA MALUKU TV" over an embedded player's text ("Video Player is loading.", "Play Video") or a share row, then the
 * headline: a headline is followed by its stamp, a caption or its lead, not by a player or navigation, so a short name in
 * capitals over those is the site's masthead.
 */
const PLAYER_OR_NAV_KINDS: ReadonlySet<string> = new Set(['video', 'share', 'breadcrumb']);

function isCapitalsName(text: string): boolean {
  return text === text.toLocaleUpperCase() && /\p{Lu}/u.test(text);
}

/** A cue line of one or two words ("Lihat Foto") or of a furniture kind: above the headline, a page's furniture. */
export function isShortCueOrCaption(f: LineFeatures, hit: CueHit | null | undefined): boolean {
  return !!hit && (f.words <= 2 || FURNITURE_KINDS.has(hit.cue.kind));
}

/** A site's name and its tagline: how many lines may stand between a candidate and the menu under it. */
const MAX_SITE_LINES = 2;

/**
 * "PEMERINTAH KABUPATEN KOLAKA UTARA", or a site's name and tagline, over the site's menu ("Beranda", "Berita", …) and
 * then a line reading as a headline: a headline is followed by its stamp or its lead, never by a menu and a second headline.
 */
export function overMenu(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): boolean {
  for (let j = k + 1; j < nonBlank.length && j <= k + MAX_SITE_LINES + 1; j++) {
    const g = nonBlank[j] as LineFeatures;
    const hit = hits[g.index];
    if (opensMenu(nonBlank, j, hits)) return headlineAhead(nonBlank, j, hits);
    if (hit || g.prose || g.endsSentence) return false;
  }
  return false;
}

/**
 * A menu starts at j: a navigation cue line ("Menu", "Beranda | Berita | Daerah") or two menu words in a row. One short
 * line alone is not enough: a body scraped with a line break at every link ("Timnas Indonesia" / "menelan …") has them too.
 */
function opensMenu(nonBlank: readonly LineFeatures[], j: number, hits: readonly (CueHit | null)[]): boolean {
  const g = nonBlank[j] as LineFeatures;
  const hit = hits[g.index];
  // A breadcrumb opens the navigation as a menu does ("Portal Resmi > Berita > Kesehatan" under the site's name).
  if (hit) return hit.cue.kind === 'share' || hit.cue.kind === 'breadcrumb';
  const next = nonBlank[j + 1];
  return isMenuWord(g, hit) && next !== undefined && (isMenuWord(next, hits[next.index]) || hits[next.index]?.cue.kind === 'share');
}

/** How many of the lines before k were skipped as menu words or short cue lines (they do not count towards the limit). */
export function menuWordsBefore(skipped: readonly number[], nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): number {
  return nonBlank.slice(0, k).filter((g) => skipped.includes(g.index) && (isMenuWord(g, hits[g.index]) || isShortCueOrCaption(g, hits[g.index]))).length;
}

/**
 * True when, after line k, only menu words and cue lines (stamps, captions, share words) stand before a line
 * that reads as a headline: four words or more, no cue, no sentence end, not prose. The lead ends the search.
 */
export function headlineAhead(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): boolean {
  for (let j = k + 1; j < nonBlank.length && j <= k + MAX_MENU_LOOKAHEAD; j++) {
    const g = nonBlank[j] as LineFeatures;
    const hit = hits[g.index];
    if (hit || isMenuWord(g, hit) || SITE_ADDRESS.test(g.text) || isWidgetRow(nonBlank, j, hits)) continue;
    return readsAsHeadline(g);
  }
  return false;
}

/** "SKOR LANGSUNG | Indonesia Masters Super 500", "Liga 3 Sulsel 2025 · Grup A · Pekan 4": parts split by a bar or a middle dot. */
const WIDGET_SEPARATOR = /\s[|·•]\s/u;
/** "PSM Junior  1 - 3  Persipare", "ONIC 4 - 2 RRQ Hoshi": a score with a spaced dash (a headline writes "2-1"). */
const SPACED_SCORE = /\p{N}\s+[-–]\s+\p{N}/u;
/**
 * Table columns: runs of two spaces or more, in a row with three numbers or more (a page's zero-width spaces, read as
 * spaces, leave such runs in a headline too, but not the numbers).
 */
const COLUMN_GAP = /\S\s{2,}\S/gu;
/** A number written with thousands dots ("12.000") is one number, not two. */
const NUMBER_GROUP = /\p{N}+(?:\.\p{N}{3})*/gu;

/**
 * A row of a widget scraped above a headline (a live score, a standings, medal or fixture table, a competition's
 * label): a line holding a number (not a stamp), neither prose nor ending a sentence, that splits into parts by a bar or
 * a middle dot, holds a score with a spaced dash, has two column gaps and three numbers, or is all in capitals ("JADWAL PROLIGA 2025
 * PEKAN INI"); or a scoreboard ("Indonesia 2-1 Arab Saudi": the score between two names), a short label and its value
 * ("MVP: Kairi") or a list of scorers ("Gol: … 12', 67'") glued under such a row.
 * A headline with a score ("Persib Tekuk Persija 2-1") has none of these shapes on its own.
 */
export function isWidgetRow(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): boolean {
  const f = nonBlank[k];
  if (!f || hits[f.index]?.cue.kind === 'byline' || f.prose || f.endsSentence) return false;
  const text = f.text.trim();
  if (/\p{N}/u.test(text)) {
    // A label in capitals is short and unpunctuated ("JADWAL PROLIGA 2025 PEKAN INI"); a headline written in capitals
    // ("SMELTER NIKEL … MULAI GROUNDBREAKING, SERAP 3.000 TENAGA KERJA") is longer or breaks at a comma.
    const capitals = text === text.toLocaleUpperCase() && /\p{Lu}/u.test(text) && f.words <= MAX_CAPITALS_LABEL_WORDS && !text.includes(',');
    const columns = (text.match(COLUMN_GAP) ?? []).length >= 2 && (text.match(NUMBER_GROUP) ?? []).length >= 3;
    if (WIDGET_SEPARATOR.test(text) || SPACED_SCORE.test(text) || columns || capitals || TABLE_ROW.test(text)) return true;
  }
  const glued = SCOREBOARD.test(text) || (WIDGET_LABEL.test(text) && (f.words <= 3 || MINUTE_MARK.test(text)));
  const above = nonBlank[k - 1];
  return glued && above !== undefined && above.index === f.index - 1 && isWidgetRow(nonBlank, k - 1, hits);
}
/** The most words a widget's label in capitals holds. */
const MAX_CAPITALS_LABEL_WORDS = 6;
/** "1. Jawa Barat 42 38 50": a table row (its column gaps may be gone) ends in three numbers standing alone. */
const TABLE_ROW = /(?:^|\s)\p{N}+(?:[.,]\p{N}+)?(?:\s+\p{N}+(?:[.,]\p{N}+)?){2}$/u;
/** "Gol: Ahmad Rizal 12' (PSMJ); …": a match centre's scorers, with the minute of each goal. */
const MINUTE_MARK = /\p{N}['’]/u;
/** "MVP: Kairi", "Kartu Merah: -": a short label and its value, glued under a widget's row. */
const WIDGET_LABEL = /^\p{L}[\p{L}\s]{0,20}:\s*\S/u;
/** Two names with a score between them and nothing else. */
const SCOREBOARD = /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}\s\p{N}{1,3}-\p{N}{1,3}\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}$/u;

/**
 * A row of menu entries: three or more entries of one to three words, letters only, split by bars or by runs of
 * spaces ("Masuk | Daftar | Tulis", "CLUB   TEAM   NEWS"). Not a headline that happens to hold two double spaces
 * (a page's zero-width spaces leave them; see readingText in analyze.ts).
 */
function isMenuRow(text: string): boolean {
  const entries = text.trim().split(MENU_ROW_SEPARATOR);
  return entries.length >= MIN_MENU_BAR_ENTRIES && entries.every((entry) => MENU_ROW_ENTRY.test(entry));
}
// A bar with a run of spaces beside it ("Berita |  Opini": a zero-width space read as a space) still splits two entries.
const MENU_ROW_SEPARATOR = /\s+\|\s+|\s{2,}/u;
const MENU_ROW_ENTRY = /^\p{L}[\p{L}&'.-]*(?:\s\p{L}[\p{L}&'.-]*){0,2}$/u;

/**
 * Page furniture above a headline: a cue line, a site's name or a label (three words or fewer, or four in capitals,
 * no sentence end), or a menu row. A headline of four words or more in mixed case is not furniture, so a headline
 * over its deck line and stamp stays the headline.
 */
export function isTopFurniture(g: LineFeatures, hit: CueHit | null | undefined): boolean {
  if (hit) return true;
  // "Pasar Kolpajung Direnovasi,": a headline broken over two lines is no furniture.
  if (g.prose || g.endsSentence || /[,;:\-–—]$/u.test(g.text)) return false;
  if (isMenuRow(g.text)) return true;
  const capitals = g.text === g.text.toLocaleUpperCase() && /\p{Lu}/u.test(g.text);
  return g.words <= (capitals ? 4 : 3);
}
