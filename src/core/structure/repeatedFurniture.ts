/**
 * A print page's furniture repeated further down: a PDF or e-paper copy carries the paper's running head and rubric
 * ("BELITUNG RAYA", "FORUM KEADILAN | No. 48 … | Desember 2026") onto every page it spans, so the line filed as
 * furniture over the headline comes back in the middle of the story or under it. Such a copy is furniture too; it is
 * a short line, no prose, the same words as a line marked before the headline.
 */
import type { LineModel } from './structure';
import { foldLine } from './lineFeatures';

/** Furniture is short; a longer line that happens to repeat the words is left to the other rules. */
const MAX_WORDS = 14;

export function markRepeatedFurniture(model: LineModel): void {
  const title = model.titleLine;
  if (title === null) return;
  const furniture = new Map<string, { kind: Parameters<typeof model.marks.mark>[1] }>();
  for (let i = 0; i < title; i++) {
    const f = model.features[i];
    const kind = model.marks.kindOf(i);
    if (!f || f.blank || kind === undefined || f.words > MAX_WORDS) continue;
    const fold = foldLine(f.text);
    if (fold.length >= 3 && /\p{L}/u.test(fold)) furniture.set(fold, { kind });
  }
  if (furniture.size === 0) return;
  for (const f of model.features) {
    if (f.index <= title || f.blank || f.prose || f.words > MAX_WORDS || model.marks.has(f.index) || model.protectedLines.has(f.index)) continue;
    const seen = furniture.get(foldLine(f.text));
    if (seen) model.marks.mark(f.index, seen.kind, 'repeated-furniture', "the page's furniture over the headline, repeated on a later page");
  }
}
