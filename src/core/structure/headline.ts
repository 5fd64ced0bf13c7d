/**
 * The headline: the first line of the article that is not a banner or a breadcrumb standing
 * before it. A breadcrumb (or a truncated copy of the headline ending in "...") only counts as
 * one when a line soon after it repeats its words, so a headline that merely starts with
 * "Home" stays the headline.
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';
import { pageTitleSuffix, SITE_ADDRESS } from './pageTitle';
import { CARRIED_ON } from './headlineTail';

/** A navigation path ("Home » Berita » Daerah", "Beranda / Berita / Daerah") is a breadcrumb whatever follows it. */
const PATH_SEPARATOR = /\s[»›>/]\s/u;
/** Between the entries of a site menu kept on one line: a bar, a middle dot or a bullet … */
const MENU_BAR_SEPARATOR = /\s+[|·•]\s+/u;
/** … or, in a menu scraped without them, a run of spaces. */
const MENU_BAR_SPACES = /\s{2,}/u;
/** A menu bar has at least this many entries (two parts are a masthead, "Site | Section") … */
const MIN_MENU_BAR_ENTRIES = 3;
/** … and one split by spaces alone one more (a stray double space in a headline splits it once or twice). */
const MIN_SPACED_MENU_ENTRIES = 4;
/** How many non-blank lines at the top may precede the headline. */
const MAX_LINES_BEFORE_HEADLINE = 4;
/** How far past a menu word the headline is looked for (a site menu runs to a dozen lines). */
const MAX_MENU_LOOKAHEAD = 16;

export interface HeadlineResult {
  readonly line: number | null;
  /** Lines before the headline, boilerplate. */
  readonly skipped: readonly number[];
}

/** `fold(i)` is foldLine of line i's text (the caller keeps each line's fold, asked for again and again here). */
export function findHeadline(features: readonly LineFeatures[], hits: readonly (CueHit | null)[], skipKinds: ReadonlySet<string>, fold: (line: number) => string, tallyIds: ReadonlySet<string> = new Set()): HeadlineResult {
  const nonBlank = features.filter((f) => !f.blank);
  const skipped: number[] = [];
  let furniture = 0;
  for (let k = 0; k < nonBlank.length; k++) {
    const f = nonBlank[k] as LineFeatures;
    const hit = hits[f.index];
    // A live count or poll scraped above the headline ("LIVE Hitung Cepat … Data masuk 87%", "01 Budi–Ani 41,22%"): its rows,
    // and the line right over them (their heading: a headline is followed by its stamp or lead, never by a count's rows),
    // are furniture and do not count towards the limit.
    if (isTallyLine(nonBlank, k, hits, tallyIds) && headlineAhead(nonBlank, k, hits)) {
      skipped.push(f.index);
      furniture++;
      continue;
    }
    // A sports desk's widget over the headline (a live score, a standings or medal table, "Liga 3 · Grup A · Pekan 4"):
    // its rows are furniture and do not count towards the limit.
    if (isWidgetRow(nonBlank, k, hits) && headlineAhead(nonBlank, k, hits)) {
      skipped.push(f.index);
      furniture++;
      continue;
    }
    // A most-read or latest-news list scraped above the article ("Terkini", "Paling Dibaca"): its items read as
    // headlines too; the article's headline is the one standing over the first stamp.
    // Under a long site menu the list may stand lower: the menu's words do not count towards the limit.
    const overStamp = hit?.labelOnly && hit.cue.kind === 'related-list' && k <= MAX_LINES_BEFORE_HEADLINE + furniture + menuWordsBefore(skipped, nonBlank, k, hits) ? headlineOverStamp(nonBlank, k, hits) : -1;
    if (overStamp > k) {
      for (let j = k; j < overStamp; j++) skipped.push((nonBlank[j] as LineFeatures).index);
      return { line: (nonBlank[overStamp] as LineFeatures).index, skipped };
    }
    // A site menu ("Home", "Berita", "Daerah", "Masuk", "Cari berita..."), a label over a stamp, a photo viewer
    // ("Lihat Foto" and its caption): skipped when a line that reads as a headline follows through such lines
    // and cue lines only. These do not count towards the limit of lines before the headline.
    if ((isMenuWord(f, hit) || isShortCueOrCaption(f, hit)) && headlineAhead(nonBlank, k, hits)) {
      skipped.push(f.index);
      continue;
    }
    if (k > MAX_LINES_BEFORE_HEADLINE + furniture + menuWordsBefore(skipped, nonBlank, k, hits)) break;
    const later = nonBlank.slice(k + 1, k + 4);
    const isBanner = hit !== null && hit !== undefined && hit.cue.kind !== 'breadcrumb' && skipKinds.has(hit.cue.kind);
    const isBreadcrumb = hit !== null && hit !== undefined && skipKinds.has(hit.cue.kind) && (PATH_SEPARATOR.test(f.text) || echoesLaterLine(f, later, fold));
    // A line cut short with "..." is a truncated copy of the headline only when a headline (not the lead) repeats it.
    const isTruncatedCopy = (f.text.endsWith('...') || f.text.endsWith('…')) && echoesLaterLine(f, later.filter((g) => !g.prose), fold);
    // "GORONTALOPOST.ID" alone on the first line: the site's header, not the headline (a later address line may be a dateline).
    // Lower down ("Radar Malang", "JawaPos.com", menu words, headline) only when everything above was skipped too.
    const isSiteHeader = nonBlank.length > 1 && SITE_ADDRESS.test(f.text) && (k === 0 || (skipped.length === k && headlineAhead(nonBlank, k, hits)));
    // "<headline> | Kabar Madura" over the headline itself: the page's title, a copy of the headline.
    const isPageTitle = later.some((g) => pageTitleSuffix(f.text, g.text) !== null);
    const isNavigation =
      isBreadcrumb || isTruncatedCopy || isSiteHeader || isPageTitle || (k === 0 && isSiteNameOverMenu(nonBlank, hits)) || isSectionLabel(f, hit, nonBlank[k + 1], hits) || ((k === 0 || underSiteHeader(nonBlank, k, skipped)) && isMasthead(f, hit) && headlineAhead(nonBlank, k, hits)) || overMenu(nonBlank, k, hits);
    if (isBanner || isNavigation) {
      skipped.push(f.index);
      continue;
    }
    // A masthead, a menu row and a section label stacked over the headline ("PS BUMI RAFLESIA", "OFFICIAL WEBSITE",
    // "CLUB   TEAM   NEWS", "NEWS"): the headline is the line standing over the first stamp when only such furniture
    // precedes it.
    const overStamp0 = headlineOverStamp(nonBlank, k - 1, hits);
    if (overStamp0 > k && nonBlank.slice(k, overStamp0).every((g) => isTopFurniture(g, hits[g.index]))) {
      for (let j = k; j < overStamp0; j++) skipped.push((nonBlank[j] as LineFeatures).index);
      return { line: (nonBlank[overStamp0] as LineFeatures).index, skipped };
    }
    // "BALI EXPRESS", "Jawa Pos Group", "Politik · Pilkada 2024", a stamp, then the headline: the same furniture with the
    // headline under the stamp rather than over it.
    const underFurniture = k === 0 ? headlineUnderFurniture(nonBlank, hits) : -1;
    if (underFurniture > 0) {
      for (let j = 0; j < underFurniture; j++) skipped.push((nonBlank[j] as LineFeatures).index);
      return { line: (nonBlank[underFurniture] as LineFeatures).index, skipped };
    }
    return { line: f.index, skipped };
  }
  return { line: nonBlank[0]?.index ?? null, skipped: [] };
}

/**
 * From the top: the position of the first line reading as a headline when only page furniture (short labels, menu rows,
 * cue lines) stands above it and at least one of them is a cue line or a menu (a short headline over its deck has
 * neither); -1 otherwise.
 */
function headlineUnderFurniture(nonBlank: readonly LineFeatures[], hits: readonly (CueHit | null)[]): number {
  let sawCueOrMenu = false;
  for (let j = 0; j < nonBlank.length && j <= MAX_LINES_BEFORE_HEADLINE; j++) {
    const g = nonBlank[j] as LineFeatures;
    const hit = hits[g.index];
    const menu = isMenuBar(g.text);
    if (!hit && !menu && readsAsHeadline(g)) return sawCueOrMenu && j > 0 ? j : -1;
    if (!menu && !isTopFurniture(g, hit)) return -1;
    sawCueOrMenu ||= menu || !!hit;
  }
  return -1;
}

/** Line k is a row of a count (a cue in tallyIds) or stands right over one, no blank line between (the count's heading). */
function isTallyLine(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[], tallyIds: ReadonlySet<string>): boolean {
  const isRow = (g: LineFeatures | undefined): boolean => g !== undefined && tallyIds.has(hits[g.index]?.cue.id ?? '');
  const f = nonBlank[k] as LineFeatures;
  const next = nonBlank[k + 1];
  return isRow(f) || (next !== undefined && next.index === f.index + 1 && isRow(next) && !f.prose);
}

/**
 * A section label ("Nasional", "Ekonomi Bisnis") scraped above the headline: one or two words, no
 * punctuation or digits, followed by a longer line that reads as a headline (four words or more, no
 * sentence end, no cue). A real headline is longer than two words, and the line after it is the lead.
 */
function isSectionLabel(f: LineFeatures, hit: CueHit | null | undefined, next: LineFeatures | undefined, hits: readonly (CueHit | null)[]): boolean {
  const label = joinAmpersand(f.text);
  if (hit || !next || labelWords(f) > 2 || f.text.length > 30 || /[\p{P}\p{N}]/u.test(label)) return false;
  // "Pasar Kolpajung Direnovasi,": a headline's first line, broken after a comma, may be shorter.
  return !hits[next.index] && (readsAsHeadline(next) || (!next.prose && !next.endsSentence && next.words >= 2 && next.text.trim().endsWith(',')));
}

/** "Travel & Kuliner": two section words joined by an ampersand read as one two-word label. */
function joinAmpersand(text: string): string {
  return text.replace(/\s&\s/u, ' ');
}

/** The line's word count, an ampersand between two words not counted (see joinAmpersand). */
function labelWords(f: LineFeatures): number {
  return /\s&\s/u.test(f.text) ? joinAmpersand(f.text).split(/\s+/u).length : f.words;
}

/**
 * Four words or more, not prose, no sentence end: a headline rather than the lead. A question mark may end a
 * headline ("Worth It?", "Sering Begadang?"); a lead is prose and is caught by `prose` first. A headline quoting
 * someone (`Kepala BPBD NTB: "Gempa Tak Bisa Diprediksi, Tapi Korban Bisa Dicegah"`) ends in a closing quote mark,
 * which the line features read as a sentence end (and so, with enough short words, as prose): it is one when the
 * quotation closes right after a word and no sentence mark stands anywhere in the line.
 */
function readsAsHeadline(g: LineFeatures): boolean {
  if (g.words < 4) return false;
  if (g.words <= MAX_QUOTED_HEADLINE_WORDS && QUOTED_HEADLINE.test(g.text)) return true;
  return (!g.prose && (!g.endsSentence || /\?["”']?$/u.test(g.text))) || (g.words <= MAX_QUOTING_HEADLINE_WORDS && QUOTING_HEADLINE.test(g.text));
}

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
function underSiteHeader(nonBlank: readonly LineFeatures[], k: number, skipped: readonly number[]): boolean {
  const first = nonBlank[0];
  return k === 1 && first !== undefined && skipped.length === 1 && skipped[0] === first.index && SITE_ADDRESS.test(first.text);
}

function isMasthead(f: LineFeatures, hit: CueHit | null | undefined): boolean {
  if (hit || f.endsSentence || f.text.length > 60 || /\p{N}/u.test(f.text)) return false;
  const parts = f.text.split(MASTHEAD_SEPARATOR);
  return parts.length === 2 && parts.every((part) => /^\p{Lu}/u.test(part.trim()) && part.trim().split(/\s+/u).length <= 4);
}

/**
 * One or two words with no punctuation and no cue: a menu entry or a section label. A search box's
 * placeholder ("Cari di sini...") may run to four words before its closing ellipsis.
 */
function isMenuWord(f: LineFeatures, hit: CueHit | null | undefined): boolean {
  if (isMenuBar(f.text)) return true;
  if (hit || f.text.length > 30) return false;
  const placeholder = /(?:\.{3}|…)$/u.test(f.text);
  const label = joinAmpersand(f.text);
  return labelWords(f) <= (placeholder ? 4 : 2) && !/\p{P}/u.test(label.replace(/(?:\.{3}|…)$/u, ''));
}

/**
 * Cue kinds that are a page's furniture above a headline whatever their length: captions, navigation and share rows
 * ("Lewati ke konten", "Live Streaming | Program | Berita"), a breadcrumb with no path marks ("Beranda  Manokwari  Nasional"),
 * a promotion (a newsletter's pitch, "Jangan ketinggalan. Dapatkan … di kotak masukmu …": a sentence, but the site's).
 */
const FURNITURE_KINDS: ReadonlySet<string> = new Set(['caption', 'share', 'breadcrumb', 'promo']);

/**
 * A site menu kept on one line ("Nasional | Ekonomi | Hukum", "Politik · Ekonomi · Sport", "Beranda  Politik  Hukum"):
 * three entries or more of one to three words each, opening with a letter, with no digit or punctuation in them.
 */
function isMenuBar(text: string): boolean {
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

/** A site's name is at most this many words ("IDN Times Jabar"). */
const MAX_SITE_NAME_WORDS = 4;

/**
 * "IDN Times Jabar" on the first line, then menu words or a site address ("News", "Jabar", "JawaPos.com"), then a
 * headline: the site's name over its menu. A short headline is followed by its stamp or lead, not by a menu.
 */
function isSiteNameOverMenu(nonBlank: readonly LineFeatures[], hits: readonly (CueHit | null)[]): boolean {
  const [first, next] = nonBlank;
  if (!first || !next || hits[first.index] || hits[next.index] || first.endsSentence || first.words > MAX_SITE_NAME_WORDS || /[\p{N}\p{P}]/u.test(first.text)) return false;
  return (isMenuWord(next, null) || SITE_ADDRESS.test(next.text)) && headlineAhead(nonBlank, 0, hits);
}

/** A cue line of one or two words ("Lihat Foto") or of a furniture kind: above the headline, a page's furniture. */
function isShortCueOrCaption(f: LineFeatures, hit: CueHit | null | undefined): boolean {
  return !!hit && (f.words <= 2 || FURNITURE_KINDS.has(hit.cue.kind));
}

/** A site's name and its tagline: how many lines may stand between a candidate and the menu under it. */
const MAX_SITE_LINES = 2;

/**
 * "PEMERINTAH KABUPATEN KOLAKA UTARA", or a site's name and tagline, over the site's menu ("Beranda", "Berita", …) and
 * then a line reading as a headline: a headline is followed by its stamp or its lead, never by a menu and a second headline.
 */
function overMenu(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): boolean {
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
  if (hit) return hit.cue.kind === 'share';
  const next = nonBlank[j + 1];
  return isMenuWord(g, hit) && next !== undefined && (isMenuWord(next, hits[next.index]) || hits[next.index]?.cue.kind === 'share');
}

/** How many of the lines before k were skipped as menu words or short cue lines (they do not count towards the limit). */
function menuWordsBefore(skipped: readonly number[], nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): number {
  return nonBlank.slice(0, k).filter((g) => skipped.includes(g.index) && (isMenuWord(g, hits[g.index]) || isShortCueOrCaption(g, hits[g.index]))).length;
}

/**
 * True when, after line k, only menu words and cue lines (stamps, captions, share words) stand before a line
 * that reads as a headline: four words or more, no cue, no sentence end, not prose. The lead ends the search.
 */
function headlineAhead(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): boolean {
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
const NUMBER_GROUP = /\p{N}+/gu;

/**
 * A row of a widget scraped above a headline (a live score, a standings, medal or fixture table, a competition's
 * label): a line holding a number (not a stamp), neither prose nor ending a sentence, that splits into parts by a bar or
 * a middle dot, holds a score with a spaced dash, has two column gaps and three numbers, or is all in capitals ("JADWAL PROLIGA 2025
 * PEKAN INI"); or a scoreboard ("Indonesia 2-1 Arab Saudi": the score between two names), a short label and its value
 * ("MVP: Kairi") or a list of scorers ("Gol: … 12', 67'") glued under such a row.
 * A headline with a score ("Persib Tekuk Persija 2-1") has none of these shapes on its own.
 */
function isWidgetRow(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): boolean {
  const f = nonBlank[k];
  if (!f || hits[f.index]?.cue.kind === 'byline' || f.prose || f.endsSentence) return false;
  const text = f.text.trim();
  if (/\p{N}/u.test(text)) {
    const capitals = text === text.toLocaleUpperCase() && /\p{Lu}/u.test(text);
    const columns = (text.match(COLUMN_GAP) ?? []).length >= 2 && (text.match(NUMBER_GROUP) ?? []).length >= 3;
    if (WIDGET_SEPARATOR.test(text) || SPACED_SCORE.test(text) || columns || capitals || TABLE_ROW.test(text)) return true;
  }
  const glued = SCOREBOARD.test(text) || (WIDGET_LABEL.test(text) && (f.words <= 3 || MINUTE_MARK.test(text)));
  const above = nonBlank[k - 1];
  return glued && above !== undefined && above.index === f.index - 1 && isWidgetRow(nonBlank, k - 1, hits);
}
/** "1. Jawa Barat 42 38 50": a table row (its column gaps may be gone) ends in three numbers standing alone. */
const TABLE_ROW = /(?:^|\s)\p{N}+(?:[.,]\p{N}+)?(?:\s+\p{N}+(?:[.,]\p{N}+)?){2}$/u;
/** "Gol: Ahmad Rizal 12' (PSMJ); …": a match centre's scorers, with the minute of each goal. */
const MINUTE_MARK = /\p{N}['’]/u;
/** "MVP: Kairi", "Kartu Merah: -": a short label and its value, glued under a widget's row. */
const WIDGET_LABEL = /^\p{L}[\p{L}\s]{0,20}:\s*\S/u;
/** Two names with a score between them and nothing else. */
const SCOREBOARD = /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}\s\p{N}{1,3}-\p{N}{1,3}\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}$/u;

/** True when one of the next lines' opening words appear in this line (a breadcrumb ending in the headline). */
function echoesLaterLine(f: LineFeatures, later: readonly LineFeatures[], fold: (line: number) => string): boolean {
  const here = fold(f.index);
  return later.some((g) => {
    const opening = fold(g.index).split(' ').slice(0, 4).join(' ');
    return opening.split(' ').length >= 3 && here.includes(opening);
  });
}

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
function isTopFurniture(g: LineFeatures, hit: CueHit | null | undefined): boolean {
  if (hit) return true;
  // "Pasar Kolpajung Direnovasi,": a headline broken over two lines is no furniture.
  if (g.prose || g.endsSentence || /[,;:\-–—]$/u.test(g.text)) return false;
  if (isMenuRow(g.text)) return true;
  const capitals = g.text === g.text.toLocaleUpperCase() && /\p{Lu}/u.test(g.text);
  return g.words <= (capitals ? 4 : 3);
}

/** How far under a list heading the stamp of the article may stand. */
const MAX_LIST_LOOKAHEAD = 14;
/** A site's name between the headline and the stamp ("Gumi Sasak") is at most this many words. */
const MAX_NAME_WORDS = 3;

/**
 * Under a list heading at position k: the position of the line that reads as a headline (four words or more,
 * no cue, no sentence end, not prose) right over the first byline stamp, past a short site name; -1 if none.
 */
function headlineOverStamp(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): number {
  const limit = Math.min(nonBlank.length, k + MAX_LIST_LOOKAHEAD);
  let stamp = -1;
  for (let j = k + 1; j < limit && stamp < 0; j++) {
    const g = nonBlank[j] as LineFeatures;
    if (g.prose) return -1;
    if (hits[g.index]?.cue.kind === 'byline') stamp = j;
  }
  for (let j = stamp - 1; j > k; j--) {
    const g = nonBlank[j] as LineFeatures;
    if (hits[g.index] || isMenuBar(g.text) || (g.words <= MAX_NAME_WORDS && !g.endsSentence)) continue;
    return !g.prose && !g.endsSentence && g.words >= 4 ? brokenHeadlineStart(nonBlank, j, k, hits) : -1;
  }
  return -1;
}

/**
 * "Sampah Plastik Menumpuk" / "di Pantai Pede, Pelaku Wisata": a headline broken over lines, found by its longest
 * line (j) or its last. The line right above (no blank between, after position k) belongs to it when j carries it on
 * (opens in lower case), when it ends in a comma, or when it carries on a line above it in turn; headlineTails
 * (headlineTail.ts) then joins the lines again.
 */
function brokenHeadlineStart(nonBlank: readonly LineFeatures[], j: number, k: number, hits: readonly (CueHit | null)[]): number {
  let start = j;
  while (start - 1 > k) {
    const line = nonBlank[start] as LineFeatures;
    const above = nonBlank[start - 1] as LineFeatures;
    if (above.index !== line.index - 1 || hits[above.index] || above.prose || above.endsSentence) break;
    // The line carries the one above on, the one above ends in a comma, or the one above itself carries on an earlier line.
    if (!CARRIED_ON.test(line.text.trim()) && !above.text.trim().endsWith(',') && !CARRIED_ON.test(above.text.trim())) break;
    start--;
  }
  return start;
}
