/**
 * A key-points box ("Poin Penting", "Intinya sih...", "Ringkasan berita ini dibuat dengan bantuan AI …") summarises the
 * article in a few sentences between the byline and the lead. Unlike a related list, its items are full sentences that
 * read as prose, so the related-list rule does not take them; left unmarked, they stand between the headline and the
 * dateline and hide it. They are marked before the dateline is looked for.
 */
import { DatelineReader } from '../dateline/dateline';
import type { DatelineData } from './structureData';
import type { LineModel } from './structure';

/** A box holds a handful of points; more would be the body. */
const MAX_ITEMS = 6;
/** A point is one short sentence; a longer line, or one of two sentences, is the lead (on a page with no blank lines it follows the box directly). */
const MAX_ITEM_WORDS = 25;
const SECOND_SENTENCE = /[.!?]["”’)]?\s+["“]?\p{Lu}/u;
const BULLET = /^([•·▪►‣◦*»✓✔]|[-–]\s|\d{1,2}[.)])\s*/u;

const readers = new WeakMap<DatelineData, DatelineReader>();
function readerFor(data: DatelineData): DatelineReader {
  let r = readers.get(data);
  if (!r) readers.set(data, (r = new DatelineReader(data)));
  return r;
}

/** The lead glued under the box with no blank line ("BANYUWANGI, Radar Banyuwangi – …") ends it. */
function opensWithDateline(reader: DatelineReader, text: string): boolean {
  const m = reader.read(text);
  return m !== null && m.length <= text.length && (m.place !== null || m.outlet !== null);
}

export function markSummaryBoxes(model: LineModel, summaryIds: ReadonlySet<string>, data: DatelineData): void {
  if (summaryIds.size === 0) return;
  const { features, hits, marks } = model;
  for (const f of features) {
    const hit = hits[f.index];
    if (!hit?.labelOnly || !summaryIds.has(hit.cue.id) || model.protectedLines.has(f.index)) continue;
    let items = 0;
    for (let i = f.index + 1; i < features.length && items < MAX_ITEMS; i++) {
      const g = features[i];
      if (g === undefined) break;
      // Blank lines may stand between the heading and its first point; after a point, one ends the box.
      if (g.blank) {
        if (items > 0) break;
        continue;
      }
      if (model.protectedLines.has(i) || i === model.titleLine || hits[i] || g.startsWithQuote || g.words > MAX_ITEM_WORDS || SECOND_SENTENCE.test(g.text.replace(BULLET, ''))) break;
      const point = BULLET.test(g.text) || g.endsSentence || g.headlineLike;
      if (!point || opensWithDateline(readerFor(data), g.text)) break;
      marks.mark(i, hit.cue.kind, `${hit.cue.id}-item`, `a point of the summary box under "${f.text}"`);
      items++;
    }
    if (items > 0) marks.mark(f.index, hit.cue.kind, hit.cue.id, hit.cue.reason);
  }
}
