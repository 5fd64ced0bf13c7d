/**
 * Where the body starts: the first paragraph after the headline that opens with a dateline.
 * Lines between the headline and that paragraph (photo captions, bylines, a lead photo's text)
 * are boilerplate. The outlet is the one the dateline names, else the one a promo, credit or
 * byline line names (outletLines.ts).
 */
import type { Article } from '../article/article';
import type { Dateline } from '../model';
import { DatelineReader, type DatelineMatch } from '../dateline/dateline';
import { captionBeforeDateline } from './captionBeforeDateline';
import type { Block } from './blocks';
import { collapseSpaces, type LineFeatures } from './lineFeatures';
import type { DatelineData } from './structureData';
import type { LineModel } from './structure';
import { isWholeQuotation } from './quoteCard';

/** How many lines (not already boilerplate) may stand between the headline and the dateline's paragraph … */
const MAX_LINES_BEFORE_DATELINE = 3;
/** … each no longer than a photo caption. */
const MAX_WORDS_BEFORE_DATELINE = 40;
/** A short line of capitalised words alone ("MALUKU TENGGARA"): a section label when a dateline follows it. */
const SECTION_LABEL = /^\p{Lu}[\p{Lu}\s.'-]{1,40}$/u;

/** A line of one or two words closed by a colon ("Pertanyaan:", "Jawaban:"). */
const LABEL_LINE = /^\p{L}+(?:\s\p{L}+)?\s*:$/u;

/** One dateline reader per language's data (outletLines.ts reads with it too). */
const readers = new WeakMap<DatelineData, DatelineReader>();
export function readerFor(data: DatelineData): DatelineReader {
  let r = readers.get(data);
  if (!r) readers.set(data, (r = new DatelineReader(data)));
  return r;
}

/**
 * A line that is nothing but "<place>, <outlet>" (no dash: the line break stands for it), read only when the block
 * goes on under it. Both parts are needed, the second reading as a publisher's name or written as the
 * site's header above, so a short line of the body ("Tabanan, Bali") is not taken for a dateline.
 */
function datelineAloneOnLine(reader: DatelineReader, line: string, above: readonly LineFeatures[], data: DatelineData): DatelineMatch | null {
  const text = line.trim();
  if (!text.includes(',') || text.length > 60) return null;
  const m = reader.read(`${text} -`);
  if (!m?.place || !m.outlet || m.length < text.length) return null;
  // The site's own header above ("NusaBali.com", its web-address ending from the language data) names it too.
  const outlet = m.outlet.toLowerCase();
  const siteSuffix = new RegExp(`${data.domainSuffix}$`, 'iu');
  const named = reader.isOutlet(m.outlet) || above.some((f) => f.text.trim().toLowerCase().replace(siteSuffix, '') === outlet);
  return named ? { place: m.place, outlet: m.outlet, length: line.length } : null;
}


/** A deck has at least this many words (a shorter line under the headline is a label or a name). */
const DECK_MIN_WORDS = 5;
/** A day, a month and a year, in words or figures ("48 November 58", "4/12/2025", "November 23, 2025"). */
const DATE_SHAPE = /\d\s*[\p{L}/.-]+\.?\s*\d|\p{L}\s+\d{1,2},\s*\d{1,4}/u;

/**
 * "Pararem diputuskan dalam paruman agung yang dihadiri krama …" the first line under the headline: a sentence, most of its
 * words in lower case, with no full stop, brackets, separators or date, is the article's deck, part of its text.
 * A byline ("By Teresa Siahaan and Michael Hartono") or a repeated title is written in capitals; a caption closes
 * with a full stop or names its photographer in brackets; a stamp holds a date or a separator row. A deck in title
 * case cannot be told from a byline by its shape and is left to the caption rule. Blank lines between are skipped
 * (a scrape may drop them all, and the reading must not change).
 */
function deckUnderHeadline(model: LineModel, f: LineFeatures, headline: number): boolean {
  if (headline < 0 || f.index <= headline || f.words < DECK_MIN_WORDS) return false;
  for (let i = headline + 1; i < f.index; i++) if (model.features[i]?.blank === false) return false;
  const text = f.text.trim();
  // A deck ends on its last word (a caption often trails off: "… tekankan netralitas --").
  if (!/[\p{L}\p{N}?!]["”’]?$/u.test(text) || /[(|·•]|\s[-–—]\s/u.test(text) || DATE_SHAPE.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

/**
 * "Saat air danau naik, sekolah ikut naik. Tiga puluh dua murid …" right under a magazine's headline and right over
 * its byline ("Oleh …"): a deck of a sentence or two. A photo's caption stands under its photo, never between a
 * headline and the writer's name; the deck is the article's text (as deckUnderHeadline's).
 */
function deckOverByline(model: LineModel, f: LineFeatures, headline: number): boolean {
  if (headline < 0 || f.index <= headline || f.words < DECK_MIN_WORDS) return false;
  for (let i = headline + 1; i < f.index; i++) if (model.features[i]?.blank === false) return false;
  const next = model.features.slice(f.index + 1).find((g) => !g.blank);
  if (!next || model.hits[next.index]?.cue.kind !== 'byline') return false;
  const text = f.text.trim();
  if (/[(|·•]|\s[-–—]\s/u.test(text) || DATE_SHAPE.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

export interface FoundDateline {
  readonly dateline: Dateline;
  readonly blockLines: readonly number[];
}

export function findDateline(article: Article, model: LineModel, blocks: readonly Block[], data: DatelineData, timeOrZone: RegExp): FoundDateline | null {
  const reader = readerFor(data);
  const after = model.titleLine ?? -1;
  let unmarkedBefore = 0;
  for (const block of blocks) {
    if ((block.lines[0] as number) <= after) continue;
    // "Bagikan:" glued over "TANJUNG SELOR - …" (no blank line between): the marked lines that open a block
    // are not the dateline's, the rest of the block may still open with one.
    const skip = block.lines.findIndex((i) => !model.marks.has(i) && !model.hits[i]);
    if (skip < 0) continue;
    let lines = skip > 0 ? block.lines.slice(skip) : block.lines;
    const pieces = lines.slice(0, 12).map((i) => {
      const line = article.lines[i];
      const text = model.features[i]?.text ?? '';
      return { text, start: line ? line.start + line.text.indexOf(text) : 0 };
    });
    let joined = pieces.map((p) => p.text).join(' ');
    let m = reader.read(joined);
    // A photo caption glued before the lead ("MERUGI: … (MOH. RIFKI/RadarMadura.id) RADARMADURA.ID – …"): its label is
    // no dateline; the dateline after its credit is read instead, and the caption stays out of the dateline's span.
    const caption = captionBeforeDateline(pieces[0]?.text ?? '');
    if (caption > 0 && pieces[0]) {
      const rest = reader.read(joined.slice(caption));
      if (rest && (rest.place !== null || rest.outlet !== null)) {
        pieces[0] = { text: pieces[0].text.slice(caption), start: pieces[0].start + caption };
        joined = joined.slice(caption);
        m = rest;
      }
    }
    // "Pertanyaan:" / "Assalamu'alaikum …": a word closed by a colon that ends its own line is a label over what
    // follows (a question, an answer), not a dateline broken over two lines.
    if (m && pieces.length > 1 && m.length >= (pieces[0]?.text.length ?? 0) && LABEL_LINE.test(pieces[0]?.text ?? '')) m = null;
    // "Reuters" / "FILE - Warga … (Foto: …)": a place that runs on into a line a cue marks as furniture (a caption) is no
    // dateline broken over two lines; the lead comes later.
    if (m && pieces.length > 1 && m.length > (pieces[0]?.text.length ?? 0) && model.hits[lines[1] as number]) m = null;
    // "MALUKU TENGGARA" / "TUAL — …": a section label in capitals over a line that opens with a dateline of its
    // own is not part of the place ("KOMPAS.com" / "- …", a dateline broken over lines, has none of its own).
    if (m && pieces.length > 1 && m.length > (pieces[0]?.text.length ?? 0) && SECTION_LABEL.test(pieces[0]?.text ?? '')) {
      const rest = reader.read(pieces.slice(1).map((p) => p.text).join(' '));
      if (rest?.place) {
        lines = lines.slice(1);
        pieces.shift();
        joined = pieces.map((p) => p.text).join(' ');
        m = rest;
      }
    }
    // Page furniture glued over the lead with no blank line ("Foto: …" / "SEMARANG - …" in one block): a later line
    // that opens with a dateline within itself, after lines short enough to be furniture, is where the body begins.
    if ((!m || m.length > (pieces[0]?.text.length ?? 0)) && pieces.length > 1) {
      const later = datelineOnLaterLine(model, lines, pieces, reader, m !== null);
      if (later) {
        lines = lines.slice(later.at);
        pieces.splice(0, later.at);
        joined = pieces.map((p) => p.text).join(' ');
        m = later.match;
      }
    }
    // "BADUNG, NusaBali" alone on the line over the lead: a place and an outlet with the line's end for a separator.
    if (!m && pieces.length > 1) m = datelineAloneOnLine(reader, pieces[0]?.text ?? '', model.features.slice(0, block.lines[0]), data);
    // "Hamba Allah, Tasikmalaya" / "Jawaban:" glued in one block: a colon closing a label line is the label's, whatever
    // stands before it, not a dateline's separator.
    if (m && endsOnLabelLine(pieces, joined.slice(0, m.length).trimEnd().length)) m = null;
    const first = lines[0] as number;
    if (!m) {
      // A block opened by marked lines was passed over whole before; it still is when no dateline follows them.
      if (skip > 0) continue;
      // A long paragraph without a dateline is the lead: the body has begun, there is no dateline to find.
      if (lines.some((i) => (model.features[i]?.words ?? 0) > MAX_WORDS_BEFORE_DATELINE)) break;
      unmarkedBefore += lines.length;
      if (unmarkedBefore > MAX_LINES_BEFORE_DATELINE) break;
      continue;
    }
    const end = joinedToOffset(pieces, m.length);
    const startPiece = pieces[0] as { start: number };
    const raw = joined.slice(0, m.length).trim();
    // "Pontianak Kini" alone on a line over the body, then "Pontianak Kini - Warga …": a name of two words or more
    // written exactly as a header line is the outlet's brand, not a place.
    // Names with their white space collapsed ("Pontianak  Kini", two spaces where a page had a zero-width one).
    const place = m.place === null ? null : collapseSpaces(m.place);
    const outlet = m.outlet === null ? null : collapseSpaces(m.outlet);
    const brand = place !== null && outlet === null && place.includes(' ') && model.features.some((f) => f.index > after && f.index < first && collapseSpaces(f.text) === place);
    // A quote card between the headline and the body: the quotation and the line under it (who said it) are body.
    let underCard = false;
    for (const f of model.features) {
      if (f.blank || f.index <= after || f.index >= first) continue;
      const hit = model.hits[f.index];
      const attribution = underCard;
      underCard = !hit && isWholeQuotation(f);
      if (hit) {
        model.marks.mark(f.index, hit.cue.kind, hit.cue.id, hit.cue.reason);
        continue;
      }
      if (underCard || attribution) continue;
      const byline = timeOrZone.test(f.text);
      if (!byline && (deckUnderHeadline(model, f, after) || deckOverByline(model, f, after))) continue;
      model.marks.mark(f.index, byline ? 'byline' : 'caption', byline ? 'pre-body-byline' : 'pre-body', byline ? 'a byline between the headline and the body' : 'a photo caption between the headline and the body');
    }
    return { dateline: { place: brand ? null : place, outlet: brand ? place : outlet, raw, span: { start: startPiece.start, end: Math.max(startPiece.start, end) } }, blockLines: lines };
  }
  return null;
}

/** The text read (its first `length` characters, the pieces joined by spaces) ends with a whole label line ("Jawaban:"). */
function endsOnLabelLine(pieces: readonly { readonly text: string }[], length: number): boolean {
  let end = -1;
  for (const piece of pieces) {
    end += 1 + piece.text.length;
    if (end >= length) return end === length && LABEL_LINE.test(piece.text);
  }
  return false;
}

/** How many lines of a block may stand before its lead as furniture glued to it. */
const MAX_GLUED_FURNITURE = 6;

/**
 * The first line after the block's first (within MAX_GLUED_FURNITURE, every line before it no longer
 * than a dateline may stand after) whose text opens with a dateline ending within that line. When the
 * block's own opening read as a dateline (`replacing`), only one with a place replaces it: "JAKARTA," /
 * "KOMPAS.com - …" is one dateline broken over two lines.
 */
function datelineOnLaterLine(model: LineModel, lines: readonly number[], pieces: readonly { text: string }[], reader: DatelineReader, replacing: boolean): { at: number; match: NonNullable<ReturnType<DatelineReader['read']>> } | null {
  for (let j = 1; j < Math.min(pieces.length, MAX_GLUED_FURNITURE + 1); j++) {
    if ((model.features[lines[j - 1] as number]?.words ?? 0) > MAX_WORDS_BEFORE_DATELINE) return null;
    // A line a cue already names (a stamp "Senin, 8 Desember 2025 | 15:45 WIB", a share bar) opens no lead.
    const line = lines[j] as number;
    if (model.marks.has(line) || model.hits[line]) continue;
    const own = pieces[j]?.text ?? '';
    const match = reader.read(pieces.slice(j).map((p) => p.text).join(' '));
    if (match && match.length <= own.length && (match.place !== null || (!replacing && match.outlet !== null))) return { at: j, match };
  }
  return null;
}

/** Maps a position in the space-joined text of a block back to an offset in the article. */
function joinedToOffset(pieces: readonly { text: string; start: number }[], position: number): number {
  let at = 0;
  for (const p of pieces) {
    if (position <= at + p.text.length) return p.start + (position - at);
    at += p.text.length + 1;
  }
  const last = pieces[pieces.length - 1];
  return last ? last.start + last.text.length : 0;
}
