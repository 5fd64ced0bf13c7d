/**
 * The headline: the first line of the article that is not a banner or a breadcrumb standing
 * before it. A breadcrumb (or a truncated copy of the headline ending in "...") only counts as
 * one when a line soon after it repeats its words, so a headline that merely starts with
 * "Home" stays the headline.
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';
import { addressThenTagline, pageTitleSuffix, SITE_ADDRESS, slugHeadline } from './pageTitle';
import { repeatedHeadline } from './headlineRepeat';
import { CARRIED_ON } from './headlineTail';
import { headlineOverLead } from './headlineOverLead';
import { headlineUnderKicker } from './headlineKicker';
import { headlineUnderDateHeader } from './headlineDateHeader';
import { aboveMenuRow } from './mastheadAboveMenu';
import { isLetterSpaced, isMastheadOverTagline, isTaglineUnderMasthead } from './mastheadShapes';
import { isTableOfContents, isTaglineUnderName } from './headlineBoxes';
import { headlineAhead, joinAmpersand, labelWords, isMasthead, isMenuBar, isMenuWord, isShortCueOrCaption, isSiteNameOverMenu, isTopFurniture, isWidgetRow, menuWordsBefore, overMenu, readsAsHeadline, underSiteHeader } from './headlineFurniture';

/** A navigation path ("Home » Berita » Daerah", "Beranda / Berita / Daerah") is a breadcrumb whatever follows it. */
const PATH_SEPARATOR = /\s[»›>/]\s/u;
/** How many non-blank lines at the top may precede the headline. */
const MAX_LINES_BEFORE_HEADLINE = 4;

export interface HeadlineResult {
  readonly line: number | null;
  /** Lines before the headline, boilerplate. */
  readonly skipped: readonly number[];
}

/** `fold(i)` is foldLine of line i's text (the caller keeps each line's fold, asked for again and again here). */
export function findHeadline(features: readonly LineFeatures[], hits: readonly (CueHit | null)[], skipKinds: ReadonlySet<string>, fold: (line: number) => string, tallyIds: ReadonlySet<string> = new Set(), summaryIds: ReadonlySet<string> = new Set(), isInstitution: (text: string) => boolean = () => false, isDatelineLead: (text: string) => boolean = () => false): HeadlineResult {
  const found = findFirstHeadline(features, hits, skipKinds, fold, tallyIds, summaryIds, isInstitution, isDatelineLead);
  // A blog's tagline over its date header, the post's title and its byline: the title is the headline.
  return found.line === null ? found : headlineUnderDateHeader(features.filter((f) => !f.blank), found.line, hits, found.skipped) ?? found;
}

function findFirstHeadline(features: readonly LineFeatures[], hits: readonly (CueHit | null)[], skipKinds: ReadonlySet<string>, fold: (line: number) => string, tallyIds: ReadonlySet<string> = new Set(), summaryIds: ReadonlySet<string> = new Set(), isInstitution: (text: string) => boolean = () => false, isDatelineLead: (text: string) => boolean = () => false): HeadlineResult {
  const nonBlank = features.filter((f) => !f.blank);
  const skipped: number[] = [];
  let furniture = 0;
  const isCueLine = (line: number): boolean => hits[line] !== null && hits[line] !== undefined;
  const repeated = repeatedHeadline(nonBlank, hits);
  if (repeated >= 0) return { line: (nonBlank[repeated] as LineFeatures).index, skipped: nonBlank.slice(0, repeated).map((g) => g.index) };
  for (let k = 0; k < nonBlank.length; k++) {
    const f = nonBlank[k] as LineFeatures;
    const hit = hits[f.index];
    // Whether a headline still follows line k: asked by several of the tests below, read once.
    let ahead: boolean | undefined;
    const headlineFollows = (): boolean => (ahead ??= headlineAhead(nonBlank, k, hits));
    // A live count or poll scraped above the headline ("LIVE Hitung Cepat … Data masuk 87%", "01 Budi–Ani 41,22%"): its rows,
    // and the line right over them (their heading: a headline is followed by its stamp or lead, never by a count's rows),
    // are furniture and do not count towards the limit.
    if (isTallyLine(nonBlank, k, hits, tallyIds) && headlineFollows()) {
      skipped.push(f.index);
      furniture++;
      continue;
    }
    // A sports desk's widget over the headline (a live score, a standings or medal table, "Liga 3 · Grup A · Pekan 4"):
    // its rows are furniture and do not count towards the limit.
    if (isWidgetRow(nonBlank, k, hits) && headlineFollows()) {
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
    if ((isMenuWord(f, hit) || isShortCueOrCaption(f, hit)) && headlineFollows()) {
      skipped.push(f.index);
      continue;
    }
    // "GALERI FOTO" over "FOTO: Sehari Bersama Pembuat Gerabah Kasongan" and its stamp: a photo or video story's headline
    // opens with its genre and a colon, which reads as a caption's credit; standing right over the stamp, it is the headline.
    const labelled = isShortCueOrCaption(f, hit) ? labelledHeadlineOverStamp(nonBlank, k, hits) : -1;
    if (labelled > k) {
      for (let j = k; j < labelled; j++) skipped.push((nonBlank[j] as LineFeatures).index);
      return { line: (nonBlank[labelled] as LineFeatures).index, skipped };
    }
    if (k > MAX_LINES_BEFORE_HEADLINE + furniture + menuWordsBefore(skipped, nonBlank, k, hits)) break;
    const later = nonBlank.slice(k + 1, k + 4);
    const isBanner = hit !== null && hit !== undefined && hit.cue.kind !== 'breadcrumb' && skipKinds.has(hit.cue.kind);
    const isBreadcrumb = hit !== null && hit !== undefined && skipKinds.has(hit.cue.kind) && (PATH_SEPARATOR.test(f.text) || echoesLaterLine(f, later, fold));
    // A line cut short with "..." is a truncated copy of the headline only when a headline (not the lead) repeats it.
    const isTruncatedCopy = (f.text.endsWith('...') || f.text.endsWith('…')) && echoesLaterLine(f, later.filter((g) => !g.prose), fold);
    // "GORONTALOPOST.ID" alone on the first line: the site's header, not the headline (a later address line may be a dateline).
    // Lower down ("Radar Malang", "JawaPos.com", menu words, headline) only when everything above was skipped too.
    // "SUKABUMIRAYA.NET — Update Berita Sukabumi 24 Jam": the address with the site's tagline, when a headline follows.
    const isSiteHeader =
      nonBlank.length > 1 && (SITE_ADDRESS.test(f.text) || (addressThenTagline(f.text) !== null && headlineFollows())) && (k === 0 || (skipped.length === k && headlineFollows()));
    // "<headline> | Kabar Madura" over the headline itself: the page's title, a copy of the headline.
    const titled = later.find((g) => pageTitleSuffix(f.text, g.text) !== null);
    // The page title names the headline: the line it repeats is the headline, and a site's name or tagline standing
    // between the two ("Kalteng Terkini", "Berita Palangka Raya dan 13 Kabupaten") is furniture, however it reads.
    if (titled !== undefined) {
      for (const g of nonBlank.slice(k, nonBlank.indexOf(titled))) skipped.push(g.index);
      return { line: titled.index, skipped };
    }
    // "Kementerian Keuangan Republik Indonesia" over "Beranda > Publikasi > Berita": a site's name over its navigation path
    // (a headline is followed by its stamp or lead, never by a path), when a headline still follows.
    const overPath = k === skipped.length && isSiteNameOverPath(f, nonBlank[k + 1], hits) && headlineAhead(nonBlank, k + 1, hits);
    // "BAPPEDA PROVINSI PAPUA BARAT", "Humas Provinsi Jawa Tengah": a public body's name heading its own portal, with
    // everything above it skipped, is the masthead when a headline still follows (a headline names what the body did).
    const institutionMasthead = k === skipped.length && isInstitution(f.text.trim()) && headlineFollows();
    // The page's address over no line that reads as a headline (only cue lines, then the lead): the headline survives in
    // the address's slug alone ("…/banjir-rob-rendam-300-rumah-di-pesisir-kota-agung"), and the address line carries it.
    if (f.urlOnly && k === skipped.length && slugHeadline(f.text) !== null && !headlineFollows()) return { line: f.index, skipped };
    // A bare web address above the headline (a print view's or a scraper's address line) names a page, never a story.
    // "R A D A R   M A D I U N": a logo's lettering spaced out letter by letter, never a headline's; nor the site's
    // tagline right under its name in capitals (everything above skipped), when a headline still follows.
    const mastheadLettering =
      k === skipped.length && (isLetterSpaced(f.text) || isTaglineUnderMasthead(nonBlank, k, isCueLine) || (isMastheadOverTagline(nonBlank, k, isCueLine) && headlineAhead(nonBlank, k + 1, hits))) && headlineFollows();
    // "Aplikasi Berita Terbaru dan Terpopuler" between "JPNN.com App" and "Dapatkan di Play Store …": a line inside an
    // app banner or an ad block (promotion lines right above and below it) is the banner's tagline, not the headline.
    const insideBanner = k > 0 && isPromoLine(hits[(nonBlank[k - 1] as LineFeatures).index]) && isPromoLine(hits[nonBlank[k + 1]?.index ?? -1]) && headlineFollows();
    const isNavigation =
      f.urlOnly || overPath || insideBanner || institutionMasthead || mastheadLettering ||
      isBreadcrumb || isTruncatedCopy || isSiteHeader || (k === 0 && isSiteNameOverMenu(nonBlank, hits)) || isSectionLabel(f, hit, nonBlank[k + 1], hits) || ((k === 0 || underSiteHeader(nonBlank, k, skipped)) && isMasthead(f, hit) && headlineFollows()) || overMenu(nonBlank, k, hits);
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
    // Lines skipped above ("E-PAPER") leave the same furniture under them.
    const underFurniture = skipped.length === k ? headlineUnderFurniture(nonBlank, hits, k) : -1;
    if (underFurniture > k) {
      for (let j = k; j < underFurniture; j++) skipped.push((nonBlank[j] as LineFeatures).index);
      return { line: (nonBlank[underFurniture] as LineFeatures).index, skipped };
    }
    // A site's tagline, an audio player, a weather widget or a promotion standing over the site's furniture (a menu, a
    // ticker, a label) and then a headline over its stamp: the headline is the one over the stamp.
    const overLaterStamp = headlineOverLaterStamp(nonBlank, k, hits, summaryIds, isTaglineUnderName(nonBlank, k, skipped));
    if (overLaterStamp > k) {
      for (let j = k; j < overLaterStamp; j++) skipped.push((nonBlank[j] as LineFeatures).index);
      return { line: (nonBlank[overLaterStamp] as LineFeatures).index, skipped };
    }
    // A masthead, a portal's name or a banner over stamps and menus, then the real headline right over the lead.
    const overLead = headlineOverLead(nonBlank, k, hits);
    if (overLead > k) {
      for (let j = k; j < overLead; j++) skipped.push((nonBlank[j] as LineFeatures).index);
      return { line: (nonBlank[overLead] as LineFeatures).index, skipped };
    }
    // "Jakarta, Pasar Indonesia - Nilai tukar rupiah …" first: a scraper kept the body and dropped the headline. A sentence
    // opening with a dateline that names the outlet is the lead, and no headline stands above it.
    if (f.prose && isDatelineLead(f.text)) return { line: null, skipped };
    // A magazine's kicker in capitals over its headline, its deck and its byline: the headline is under it.
    const underKicker = headlineUnderKicker(nonBlank, k, hits);
    if (underKicker > k) return { line: (nonBlank[underKicker] as LineFeatures).index, skipped: [...skipped, f.index] };
    return { line: f.index, skipped };
  }
  return { line: nonBlank[0]?.index ?? null, skipped: [] };
}

/** A cue line that promotes or advertises (an app banner's rows, an ad). */
function isPromoLine(hit: CueHit | null | undefined): boolean {
  return hit !== null && hit !== undefined && (hit.cue.kind === 'promo' || hit.cue.kind === 'ad');
}

/**
 * From position `from` (the top, or under lines already skipped): the position of the first line reading as a headline when only page furniture (short labels, menu rows,
 * cue lines) stands above it and at least one of them is a cue line or a menu (a short headline over its deck has
 * neither); -1 otherwise.
 */
function headlineUnderFurniture(nonBlank: readonly LineFeatures[], hits: readonly (CueHit | null)[], from: number): number {
  let sawCueOrMenu = false;
  // Cue lines (an e-paper's edition, page and zoom rows) do not count towards the limit.
  let cueLines = 0;
  for (let j = from; j < nonBlank.length && j - from <= MAX_LINES_BEFORE_HEADLINE + Math.min(cueLines, MAX_EXTRA_CUE_LINES); j++) {
    const g = nonBlank[j] as LineFeatures;
    const hit = hits[g.index];
    // A newsletter's table of contents ("DAFTAR ISI", "1. …") over its first story: furniture, like a cue line.
    const contents = !hit && isTableOfContents(nonBlank, j, hits);
    if (hit || contents) cueLines++;
    if (contents) {
      sawCueOrMenu = true;
      continue;
    }
    const menu = isMenuBar(g.text);
    if (!hit && !menu && readsAsHeadline(g)) return sawCueOrMenu && j > from ? j : -1;
    if (!menu && !isTopFurniture(g, hit)) return -1;
    sawCueOrMenu ||= menu || !!hit;
  }
  return -1;
}

/** How many cue lines over the headline headlineUnderFurniture lets past its limit. */
const MAX_EXTRA_CUE_LINES = 6;
/** Cue kinds of a stamp under a headline: a dated byline, or a relative time ("Cerita dari mitra · 2 jam lalu"). */
const STAMP_KINDS: ReadonlySet<string> = new Set(['byline', 'relative-time']);

/**
 * Line k would be the headline, but it stands over the site's furniture: the position of a line reading as a headline
 * right over a later stamp (past a short name), when k is no prose and either k itself is furniture (a label) or
 * furniture (a cue line, a menu row, a short label) stands between k and that line, or k is a site's tagline under
 * its name (`tagline`); -1 otherwise. A headline over its
 * deck line and stamp keeps its place: nothing stands between the two.
 */
function headlineOverLaterStamp(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[], summaryIds: ReadonlySet<string>, tagline = false): number {
  const f = nonBlank[k] as LineFeatures;
  if (f.prose) return -1;
  const limit = Math.min(nonBlank.length, k + MAX_LIST_LOOKAHEAD);
  // A key-points box over the headline ("Ringkasan berita ini dibuat dengan bantuan AI …" and its sentences): its
  // points read as prose, but they are the page's furniture, not the lead.
  let inSummaryBox = false;
  for (let s = k + 1; s < limit; s++) {
    const stamp = nonBlank[s] as LineFeatures;
    if (summaryIds.has(hits[stamp.index]?.cue.id ?? '')) {
      inSummaryBox = true;
      continue;
    }
    if (stamp.prose && inSummaryBox) continue;
    inSummaryBox = false;
    if (stamp.prose) return -1;
    if (!STAMP_KINDS.has(hits[stamp.index]?.cue.kind ?? '')) continue;
    const j = lineOverStamp(nonBlank, k, s, hits);
    // k right over this stamp (past a name at most): k is the headline. A stamp further down (a date bar over the
    // menu) may belong to the site's furniture: look on for the next one.
    if (j < 0 && s <= k + 2) return -1;
    if (j < 0) continue;
    const start = brokenHeadlineStart(nonBlank, j, k, hits);
    const between = nonBlank.slice(k + 1, start);
    // A second headline between them ("Editor's pick" and its items): a list under the headline, not the site's furniture.
    // A line above the site's menu is the masthead's (its parent body, its motto), however it reads.
    if (between.some((g, i) => !hits[g.index] && readsAsHeadline(g) && !aboveMenuRow(nonBlank, k + 1 + i, start, hits))) return -1;
    return isTopFurniture(f, hits[f.index]) || tagline || between.some((g) => isTopFurniture(g, hits[g.index]) || isMenuBar(g.text)) ? start : -1;
  }
  return -1;
}

/** The position of the line reading as a headline over the stamp at s (past cue lines, menus and a short name), after k; -1 if none. */
function lineOverStamp(nonBlank: readonly LineFeatures[], k: number, s: number, hits: readonly (CueHit | null)[]): number {
  for (let j = s - 1; j > k; j--) {
    const g = nonBlank[j] as LineFeatures;
    if (hits[g.index] || isMenuBar(g.text) || (g.words <= MAX_NAME_WORDS && !g.endsSentence)) continue;
    return readsAsHeadline(g) ? j : -1;
  }
  return -1;
}

/** One word, a colon, then a headline's words: no credit's slash or brackets. */
const LABELLED_HEADLINE = /^\p{L}+\s*:\s*[^/()\s]+(?:\s+[^/()\s]+){3,}$/u;

/**
 * From a label at k: the position of the first stamp's line above it (a dated byline cue, with only non-prose lines
 * before it) when that line is a caption cue of the shape "Label: four words or more" that reads as a headline; -1 otherwise.
 */
function labelledHeadlineOverStamp(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): number {
  for (let s = k + 1; s < nonBlank.length && s <= k + MAX_LINES_BEFORE_HEADLINE; s++) {
    const g = nonBlank[s] as LineFeatures;
    if (g.prose) return -1;
    if (hits[g.index]?.cue.kind !== 'byline') continue;
    const over = nonBlank[s - 1] as LineFeatures;
    return s - 1 > k && hits[over.index]?.cue.kind === 'caption' && !over.endsSentence && LABELLED_HEADLINE.test(over.text.trim()) ? s - 1 : -1;
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


/** A short name (six words at most, no digits, no sentence end, no cue) right over a navigation path ("Beranda > Berita"). */
function isSiteNameOverPath(f: LineFeatures, next: LineFeatures | undefined, hits: readonly (CueHit | null)[]): boolean {
  if (!next || next.index !== f.index + 1 || hits[f.index] || f.words > 6 || f.endsSentence || /\p{N}/u.test(f.text)) return false;
  return hits[next.index]?.cue.kind === 'breadcrumb' && PATH_SEPARATOR.test(next.text);
}

/** True when one of the next lines' opening words appear in this line (a breadcrumb ending in the headline). */
function echoesLaterLine(f: LineFeatures, later: readonly LineFeatures[], fold: (line: number) => string): boolean {
  const here = fold(f.index);
  return later.some((g) => {
    const opening = fold(g.index).split(' ').slice(0, 4).join(' ');
    return opening.split(' ').length >= 3 && here.includes(opening);
  });
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

/**
 * The headline as a reader names it: a channel post's pictographs at either end ("📌 BANJIR …", "… 🔴") and the
 * chat's bold or italic marks around the whole line ("*Jembatan … Terisolasi*") are decoration, not words of it.
 */
export function headlineText(text: string): string {
  const bare = text.replace(EDGE_PICTOGRAPHS, '').replace(MARKDOWN_HEADING, '');
  return CHAT_EMPHASIS.exec(bare)?.[2] ?? bare;
}
/** "# Subak Kedisan …": a page saved as Markdown marks its headline with hashes and a space (a hashtag has no space). */
const MARKDOWN_HEADING = /^#{1,6}\s+(?=\S)/u;
const EDGE_PICTOGRAPHS = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+|[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+$/gu;
const CHAT_EMPHASIS = /^([*_~])(?=[^\s*_~])(.+)(?<=[^\s*_~])\1$/u;
