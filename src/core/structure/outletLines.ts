/**
 * The outlet an article's lines name when its dateline names none: a web address or an author's
 * brand over the publication stamp (marked as byline), a promo, credit or byline line, the
 * masthead above the headline, or the publisher the body names.
 */
import type { BoilerplateLine } from '../model';
import type { DatelineReader } from '../dateline/dateline';
import type { LineFeatures } from './lineFeatures';
import type { DatelineData } from './structureData';
import type { BodyOutletReader } from './bodyOutlet';
import type { LineModel } from './structure';
import { outletFromMastheadShape } from './mastheadShapes';
import { readerFor } from './datelineLines';
import { isLinkBar } from './headlineFurniture';
import { promoListFor, promoPlan, promoWordsIn, type PromoPlan } from './promoPlan';

/**
 * "Medcom.id" alone on a line, then "Sabtu, 22 November 2025 09:05": an outlet's web address over
 * its publication stamp (or another byline line) is the publication's metadata, a byline, and the
 * outlet is read from it. Marked before the dateline is looked for, so the two lines are not read
 * as one paragraph ("Medcom.id Sabtu" is no place). A web address followed by a dash
 * ("KOMPAS.com" / "-" / the lead) is a dateline broken over lines, and is left to the reader.
 */
export function markOutletOverStamp(model: LineModel, data: DatelineData): void {
  const reader = readerFor(data);
  let previous: LineFeatures | null = null;
  for (const f of model.features) {
    if (f.blank) continue;
    // An aggregator's card names the source by its address over a relative time ("KabarFlores.com" / "3 jam lalu").
    const overRelative = model.hits[f.index]?.cue.kind === 'relative-time' && previous !== null && isLoneWebAddress(previous, reader);
    if (previous && (overRelative || (model.hits[f.index]?.cue.kind === 'byline' && (isLoneWebAddress(previous, reader) || isShortName(previous, reader)))) && !model.hits[previous.index] && !model.protectedLines.has(previous.index)) {
      model.marks.mark(previous.index, 'byline', 'outlet-over-stamp', "the outlet's web address over its publication stamp");
    } else if (previous && model.hits[f.index]?.cue.kind === 'byline' && authorDashOutlet(previous, reader) !== null && !model.hits[previous.index] && !model.protectedLines.has(previous.index)) {
      model.marks.mark(previous.index, 'byline', AUTHOR_OUTLET_RULE, "the author and the outlet over the publication stamp");
    }
    // "2025-12-03 10:15:00" / "kategori: Kota | dibaca …" / "malangpagi.id" / the lead: the address under the stamp is metadata too,
    // unless a dash opens the next line (a dateline broken over lines).
    if (previous && STAMP_KINDS.has(model.hits[previous.index]?.cue.kind ?? '') && isLoneWebAddress(f, reader) && !model.hits[f.index] && !model.protectedLines.has(f.index) && !DASH_OPENING.test(nextText(model, f.index))) {
      model.marks.mark(f.index, 'byline', 'outlet-under-stamp', "the outlet's web address under its publication stamp");
    }
    previous = f;
  }
}

/** One word with a dot that the dateline reader takes for an outlet ("Medcom.id", "TRIBUN-BALI.COM"). */
/** Furniture kinds a lone web address before the prose is filed under. */
const LONE_ADDRESS_KINDS: ReadonlySet<string> = new Set(['caption', 'other']);

function isLoneWebAddress(f: LineFeatures, reader: DatelineReader): boolean {
  return f.words === 1 && !WHITE_SPACE.test(f.text) && f.text.includes('.') && reader.isOutlet(f.text.replace(/[.,:;]+$/u, ''));
}

/** "Tribratanews Polda Papua", "Budi Santoso": a few capitalised words and nothing else (an outlet's or an author's name, no deck sentence). */
function isShortName(f: LineFeatures, reader: DatelineReader): boolean {
  return f.words <= 4 && !/[\p{N}.,:;!?"“”]/u.test(f.text) && reader.isName(f.text);
}

const WHITE_SPACE = /\s/u;

const AUTHOR_OUTLET_RULE = 'author-outlet-over-stamp';

/** "<name> - <one word in lower case>": an author's name, a spaced dash, an outlet's brand written in lower case. */
const AUTHOR_DASH_BRAND = /^(.+?)\s+[-–—]\s+(\p{Ll}[\p{L}\d.]{2,})$/u;

/**
 * "Aditya Nugraha - detikinet" over "Jumat, 20 Nov 2026 08:05 WIB": the author's name and the outlet's brand in lower
 * case (a brand, not a sentence: a dateline's place is followed by the lead). Gives the brand, else null.
 */
function authorDashOutlet(f: LineFeatures, reader: DatelineReader): string | null {
  const m = AUTHOR_DASH_BRAND.exec(f.text);
  const name = m?.[1] ?? '';
  if (!m || name.split(/\s+/u).length > 4 || /[\p{N}.,:;!?"“”]/u.test(name) || !reader.isName(name)) return null;
  return m[2] ?? null;
}

/** The metadata lines a web address may stand under: a stamp or byline, a section name with its view count. */
const STAMP_KINDS = new Set(['byline', 'share']);

/** A dash opening a line: the rest of a dateline broken over lines ("KOMPAS.com" / "- …"). */
const DASH_OPENING = /^[-–—]/u;

/** The text of the first non-blank line after line `index`. */
function nextText(model: LineModel, index: number): string {
  for (let i = index + 1; i < model.features.length; i++) {
    const f = model.features[i];
    if (f && !f.blank) return f.text;
  }
  return '';
}

const PROMO_KINDS = new Set(['promo', 'caption', 'byline']);
/** "oleh Redaksi MH": a name of one or two letters after a desk word is the desk's initials, never the publisher's name. */
const MIN_OUTLET_LENGTH = 3;

/** A full stop, a space and a capitalised word after a name: the next sentence of the credit line. */
const SENTENCE_AFTER_NAME = /\.\s+\p{Lu}.*$/u;

export function outletFromBoilerplate(boilerplate: readonly BoilerplateLine[], features: readonly LineFeatures[], promoOutlets: readonly RegExp[], data: DatelineData): string | null {
  const reader = readerFor(data);
  const ordered = [...boilerplate.filter((b) => PROMO_KINDS.has(b.kind)), ...boilerplate.filter((b) => !PROMO_KINDS.has(b.kind))];
  const plan = promoPlan(promoOutlets);
  for (const b of ordered) {
    const name = promoOutletIn(features[b.line]?.text ?? '', plan, reader);
    if (name !== null) return name;
  }
  for (const b of boilerplate) {
    if (b.kind !== 'byline') continue;
    const token = (features[b.line]?.text ?? '').split(/[\s,|]+/u).find((t) => reader.isOutlet(t.replace(/[.,:;]+$/u, '')) && /\./u.test(t));
    if (token) return token.replace(/[.,:;]+$/u, '');
  }
  // A reader view's or saved page's lone web address under the headline ("wartasiger.id" over the reading time), filed
  // with the pre-body furniture: the site the page was saved from, before any prose.
  const firstProse = features.find((f) => f.prose)?.index ?? features.length;
  for (const b of boilerplate) {
    if (b.line >= firstProse) break;
    if (LONE_ADDRESS_KINDS.has(b.kind) && isLoneWebAddress(features[b.line] as LineFeatures, reader)) return (features[b.line]?.text ?? '').trim().replace(/[.,:;]+$/u, '');
  }
  for (const b of boilerplate) {
    if (b.rule !== AUTHOR_OUTLET_RULE) continue;
    const brand = authorDashOutlet(features[b.line] as LineFeatures, reader);
    if (brand) return brand;
  }
  // "Tribratanews Polda Papua" alone over its stamp: a name whose first word ends in a newspaper word ("…news") is the outlet.
  for (const b of boilerplate) {
    if (b.rule !== 'outlet-over-stamp') continue;
    const text = features[b.line]?.text ?? '';
    const first = (text.split(/\s+/u)[0] ?? '').toLowerCase();
    if (text.includes(' ') && (reader.isOutlet(text) || data.outletMorphemes.some((m) => m.length >= 4 && first.length >= m.length + 4 && first.endsWith(m.toLowerCase())))) return text;
  }
  return null;
}

/** The publisher a promo or credit text names (`promoOutlets`, language data), or null. */
function promoOutletIn(text: string, plan: PromoPlan, reader: DatelineReader): string | null {
  // Only the patterns that may match a line starting with its first character and holding one of the words or signs
  // they need ("berlangganan", "adalah|merupakan", "©"): one pass over the line finds those of every pattern (promoPlan.ts).
  const { patterns, needs } = promoListFor(plan, text);
  if (patterns.length === 0) return null;
  const found = promoWordsIn(plan, text);
  for (let i = 0; i < patterns.length; i++) {
    const need = needs[i] as number;
    if (need !== 0 && (found & need) === 0) continue;
    const m = (patterns[i] as RegExp).exec(text);
    // A capture named "outlet" stands where only a publisher's name can ("Baca artikel detikjatim, …"): taken as written.
    const trusted = m?.groups?.['outlet'];
    // "Sumber: Suara Grobogan (suaragrobogan.id)": the address in brackets after the name is not part of it.
    // "Hak cipta © 2026 NianTanaPos. Dilarang mengutip …": a full stop and a space end the name (an address keeps its dots).
    const name = (trusted ?? m?.[1])?.replace(/\s+\([^()]*\)?$/u, '').replace(SENTENCE_AFTER_NAME, '').replace(/[.,:;!?)]+$/u, '');
    if (name && name.length >= MIN_OUTLET_LENGTH && (trusted !== undefined || reader.isOutlet(name) || /^\p{Lu}\p{L}{2,}/u.test(name))) return name;
  }
  return null;
}

/**
 * "… tuturnya.(lk/zul) Ikuti terus berita terbaru LombokKita.com di Google News": a dataset cell keeps the page's promo
 * glued after the sign-off that closes the body; read like a promo line (the same language data). Only text after a
 * sign-off: the body's own sentences are never read as promos.
 */
export function outletFromGluedPromos(gluedTexts: readonly string[], promoOutlets: readonly RegExp[], data: DatelineData): string | null {
  if (gluedTexts.length === 0) return null;
  const reader = readerFor(data);
  const plan = promoPlan(promoOutlets);
  for (const text of gluedTexts) {
    const name = promoOutletIn(text, plan, reader);
    if (name !== null) return name;
  }
  return null;
}

/**
 * A masthead above the headline names the publisher when its name reads as a newspaper's (`isOutlet`: a newspaper
 * word or a compound such as "TRIBRATANEWS"; a club's or an agency's own name, "PS BUMI RAFLESIA", has none): first
 * the site's name over its furniture, else the page's first line.
 */
export function outletFromMasthead(features: readonly LineFeatures[], titleLine: number | null, isCue: (line: number) => boolean, data: DatelineData): string | null {
  if (titleLine === null) return null;
  const reader = readerFor(data);
  return siteNameOverFurniture(features, titleLine, isCue, reader, data) ?? firstLineMasthead(features, titleLine, data, reader) ?? outletFromMastheadShape(features, titleLine, isCue, data);
}

/**
 * "Mandar Pos Online" heading the page, over a tagline and a menu and then the headline: the first line that is no
 * cue line ("Skip to content" may stand above it), only when other lines stand between it and the headline (a label
 * right over the headline is a section's: "Berita Daerah"), with no digit or punctuation.
 */
function siteNameOverFurniture(features: readonly LineFeatures[], titleLine: number, isCue: (line: number) => boolean, reader: DatelineReader, data: DatelineData): string | null {
  const above = features.filter((f) => !f.blank && f.index < titleLine);
  // A search or login button left over the masthead ("Menu", "Cari"): one word that names no outlet.
  // A top bar of links over the site's name ("Kabar Haji & Umrah  |  Live TV  |  Masuk") is passed over like a cue line.
  const first = above.find((f) => !isCue(f.index) && !isLinkBar(f.text) && (f.words > 1 || reader.isOutlet(mastheadText(f.text))));
  if (first === undefined || first === above[above.length - 1]) return null;
  const name = mastheadText(first.text);
  // A public body's name bounds its own length ("Dinas Kesehatan Kabupaten Lombok Timur").
  return !/[\p{N}.,:;!?|]/u.test(name) && ((first.words <= MAX_MASTHEAD_WORDS && reader.isOutlet(name)) || isInstitutionMasthead(name, data)) ? name : null;
}

/**
 * "The Archipelago Post" alone on the page's first line, above the headline. Right over the headline a label is a
 * section's ("Berita Daerah", "Kabar Terkini"): a name there must end in its newspaper word ("Jambi Ekspres").
 */
function firstLineMasthead(features: readonly LineFeatures[], titleLine: number, data: DatelineData, reader: DatelineReader): string | null {
  const first = features.find((f) => !f.blank);
  if (first === undefined || first.index >= titleLine || first.endsSentence) return null;
  // "MAJALAH SASAMBO · Edisi 47 / November 2025": the name, then the issue's number or date after a spaced separator.
  const issue = MASTHEAD_THEN_ISSUE.exec(first.text.trim());
  if (!issue && /\p{N}/u.test(first.text)) return null;
  const text = issue?.[1] ?? mastheadText(first.text);
  const words = text.split(/\s+/u);
  if (!((words.length <= MAX_MASTHEAD_WORDS && reader.isOutlet(text)) || isInstitutionMasthead(text, data))) return null;
  const rightOverHeadline = features.every((f) => f.index <= first.index || f.index >= titleLine || f.blank);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return !rightOverHeadline || data.outletMorphemes.some((m) => m.toLowerCase() === last) ? text : null;
}

/** A menu button's glyph before the site's name ("☰  SELEBTODAY") is no part of it. */
const MENU_GLYPHS = /^[\p{So}\p{Sm}]+\s*/u;

function mastheadText(line: string): string {
  return line.trim().replace(MENU_GLYPHS, '');
}

/** The compiled institutionMastheads of each language's data. */
const institutionPatterns = new WeakMap<DatelineData, RegExp | null>();

/** "Pemerintah Kabupaten Sumba Timur": a public body's name, which heads its own portal as a newspaper's name heads its site. */
export function isInstitutionMasthead(name: string, data: DatelineData): boolean {
  let re = institutionPatterns.get(data);
  if (re === undefined) {
    re = data.institutionMastheads?.length ? new RegExp(data.institutionMastheads.map((p) => `(?:${p})`).join('|'), 'iu') : null;
    institutionPatterns.set(data, re);
  }
  return re !== null && re.test(name);
}

/** A masthead's name without digits, a spaced bar, middle dot or dash, then a part holding a number (the issue or date). */
const MASTHEAD_THEN_ISSUE = /^([^\p{N}|·•—–]+?)\s+[|·•—–]\s+(?=[^\p{N}]*\p{N})/u;

/** How many words a masthead's name may have ("Mandar Pos Online", "IDN Times Jabar"). */
const MAX_MASTHEAD_WORDS = 4;

/** The publisher the body names ("dalam wawancara dengan Katadata.co.id"): body lines are those neither headline nor boilerplate. */
export function outletFromBody(model: LineModel, bodyOutlet: BodyOutletReader | null, data: DatelineData): string | null {
  if (!bodyOutlet) return null;
  const reader = readerFor(data);
  const all = model.features.filter((f) => !f.blank);
  const body = all.filter((f) => f.index !== model.titleLine && !model.marks.has(f.index)).map((f) => f.text);
  // The page's first line, when it stands above the headline: the masthead a name in the body may repeat.
  const first = all[0];
  const masthead = first !== undefined && model.titleLine !== null && first.index < model.titleLine ? first.text : null;
  const headline = model.titleLine !== null ? (model.features[model.titleLine]?.text ?? null) : null;
  return bodyOutlet.read(body, all.map((f) => f.text), (name) => reader.isOutlet(name), masthead, headline);
}

/** The compiled creditOffices of each language's data: an office word standing at a segment's start. */
const officePatterns = new WeakMap<DatelineData, RegExp | null>();

/** The compiled creditSourceWords of each language's data: a label closing the text before the office word. */
const sourceLabels = new WeakMap<DatelineData, RegExp | null>();
const ZERO_WIDTH = /\u200b/gu;

/** The capitalised words that follow the office word: the body's name ("Bawaslu Gorontalo", "RS Sentosa Husada", "YLL"). */
const BODY_NAME = /^\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,4}/u;
/** What may close the credit: the line's end, a separator, markup, or a date or time after "on"/"pada"/"di". */
const CREDIT_END = /^\s*(?:$|[|·•/—–,*_]|(?:on|pada|di)\s)/u;
/** One word in capitals ("YLL", "PSM"): an acronym is a body's own name, a single capitalised word is mostly a kind ("Puskesmas"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * "Jumat, 20 November 2026 | Humas Bawaslu Gorontalo | 1.044 views", "oleh Tim Komunikasi YLL": on a body's own page the
 * byline credits the article to its press office or web admin by the body's name, and the page's publisher is that
 * body (held-out README, "Outlet leftovers (stop 17)"). Only byline lines; the credit is given as written. The name must
 * be two capitalised words or more, an acronym that is no kind of unit, or one word the page's masthead spells out ("Admin
 * Puskesmas" under "PUSKESMAS SUNGAI RAYA DALAM"): elsewhere "Admin Puskesmas", "Admin BPBD", "Humas Polres" or "Humas Daop 5 …"
 * name no one body.
 */
export function outletFromOfficeCredit(boilerplate: readonly BoilerplateLine[], features: readonly LineFeatures[], titleLine: number | null, data: DatelineData): string | null {
  let re = officePatterns.get(data);
  if (re === undefined) {
    re = data.creditOffices?.length ? new RegExp(`(?:^|[^\\p{L}\\p{N}_])(${data.creditOffices.map((o) => o.replace(/\s+/gu, '\\s+')).join('|')})\\s+`, 'giu') : null;
    officePatterns.set(data, re);
  }
  if (re === null) return null;
  let sourceLabel = sourceLabels.get(data);
  if (sourceLabel === undefined) {
    sourceLabel = data.creditSourceWords?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${data.creditSourceWords.join('|')})\\s*[:.]?\\s*$`, 'iu') : null;
    sourceLabels.set(data, sourceLabel);
  }
  // "PUSKESMAS SUNGAI RAYA DALAM" over the headline: the page's masthead spells out a one-word short form ("Admin Puskesmas").
  const first = features.find((f) => !f.blank);
  const masthead = first !== undefined && titleLine !== null && first.index < titleLine ? first.text.toLowerCase().split(/[^\p{L}\p{N}]+/u) : [];
  for (const b of boilerplate) {
    if (b.kind !== 'byline') continue;
    // A zero-width space left between words ("Humas\u200b Kecamatan …") is no letter of the credit; runs of spaces are one.
    const text = (features[b.line]?.text ?? '').replace(ZERO_WIDTH, '');
    for (const m of text.matchAll(re)) {
      // "Sumber: Humas Pemkot Tidore": the office is the story's source, which a news site names too; not its publisher.
      if (sourceLabel?.test(text.slice(0, (m.index ?? 0) + 1)) === true) continue;
      const rest = text.slice((m.index ?? 0) + m[0].length);
      const name = BODY_NAME.exec(rest)?.[0];
      if (!name || !CREDIT_END.test(rest.slice(name.length))) continue;
      if (namesOneBody(name, masthead, features, data)) return `${m[1]} ${name}`.replace(/\s+/gu, ' ');
    }
    const after = creditAfterName(text, data);
    if (after !== null && namesOneBody(after.name, masthead, features, data)) return `${after.name} ${after.office}`.replace(/\s+/gu, ' ');
  }
  return null;
}

/** One capitalised word of letters only (a short form such as "Untad"), safe inside a pattern. */
const SINGLE_NAME = /^\p{Lu}\p{L}+$/u;

/**
 * The credit's name names one body: two capitalised words or more, an acronym that is no kind of unit, or one word the
 * page spells out as a body's short form — in its masthead ("Admin Puskesmas" under "PUSKESMAS SUNGAI RAYA DALAM") or in
 * brackets after the body's full name ("Humas Untad" over "… Universitas Tadulako (Untad) …").
 */
function namesOneBody(name: string, masthead: readonly string[], features: readonly LineFeatures[], data: DatelineData): boolean {
  if (name.includes(' ') || (ACRONYM.test(name) && !isUnitKind(name, data)) || masthead.includes(name.toLowerCase())) return true;
  if (isUnitKind(name, data) || !SINGLE_NAME.test(name)) return false;
  const spelledOut = new RegExp(`\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)+\\s+\\(${name}\\)`, 'u');
  return features.some((f) => !f.blank && f.text.includes(`(${name})`) && spelledOut.test(f.text));
}

/** The compiled creditOfficeSuffixes of each language's data: an office named after the body ("YPLS Communications Team"). */
const officeSuffixPatterns = new WeakMap<DatelineData, RegExp | null>();
/** The capitalised words right before the office: the body's name, after the credit's word ("By", "Oleh"). */
const NAME_BEFORE_OFFICE = /(?:^|[^\p{L}\p{N}_])(\p{L}+)\s+(\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,4})\s+$/u;

/**
 * "By YPLS Communications Team", "Oleh Yayasan Pesisir Media Team": the office word after the body's name, the credit's
 * word ("by", "oleh": `creditByWords`) before it. Gives the name and the office as written, else null.
 */
function creditAfterName(text: string, data: DatelineData): { name: string; office: string } | null {
  let re = officeSuffixPatterns.get(data);
  if (re === undefined) {
    re = data.creditOfficeSuffixes?.length ? new RegExp(`\\s(${data.creditOfficeSuffixes.map((o) => o.replace(/\s+/gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])`, 'giu') : null;
    officeSuffixPatterns.set(data, re);
  }
  if (re === null) return null;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    if (!CREDIT_END.test(text.slice(start + m[0].length))) continue;
    const before = NAME_BEFORE_OFFICE.exec(text.slice(0, start + 1));
    if (before && (data.creditByWords ?? []).includes((before[1] ?? '').toLowerCase()) && before[2] && m[1]) return { name: before[2], office: m[1] };
  }
  return null;
}

/** "BPBD", "Puskesmas": one word that is a kind of unit (the data's unit kinds and service units), no body's own name. */
function isUnitKind(word: string, data: DatelineData): boolean {
  const lower = word.toLowerCase();
  return (data.unitKindWords ?? []).includes(lower) || (data.serviceUnitHeads ?? []).includes(lower);
}

/** A paper's name: one to four words of letters (an OCR slip may put a digit for a letter: "CENDERAWASIH P0S"). */
const PAPER_NAME = /^\p{L}[\p{L}\d.'-]*(?:\s+\p{L}[\p{L}\d.'-]*){0,3}$/u;

/**
 * "RADAR TEGAL | SELASA, 17 NOVEMBER 2026 | HALAMAN 3": a print page's running head (a cue the language data names)
 * opens with the paper's name, the article's publisher on a scanned or e-paper page.
 */
export function outletFromRunningHead(boilerplate: readonly BoilerplateLine[], features: readonly LineFeatures[], runningHeadIds: ReadonlySet<string>): string | null {
  if (runningHeadIds.size === 0) return null;
  for (const b of boilerplate) {
    if (!runningHeadIds.has(b.rule)) continue;
    const name = (features[b.line]?.text ?? '').split('|')[0]?.trim().replace(/\s+/gu, ' ') ?? '';
    if (PAPER_NAME.test(name)) return name;
  }
  return null;
}
