/**
 * A letter's signature: the writer's name alone on a line right above their address (a cue line such as "Kelurahan
 * Kalumpang, Kota Ternate" or "Jl. Merdeka No. 5"), under a letter to the editor. The address is a cue; the name above
 * it is not, and without this rule it stays body when a blank line parts it from the footer (and becomes a fragment
 * of the footer when none does), so the reading of a page would change with its blank lines.
 */
import type { LineModel } from './structure';
import type { LineFeatures } from './lineFeatures';

/** One to four capitalised words, a connector such as "bin" or "br." allowed between them; no sentence punctuation. */
const NAME_LINE = /^\p{Lu}[\p{L}'.-]*(\s+(\p{Lu}[\p{L}'.-]*|bin|binti|br\.?|boru)){0,3}$/u;

export function markLetterSignatures(model: LineModel, addressCueIds: ReadonlySet<string>): void {
  if (addressCueIds.size === 0) return;
  let previous: LineFeatures | null = null;
  let beforePrevious: LineFeatures | null = null;
  for (const f of model.features) {
    if (f.blank) {
      // A blank line parts the name from the address: only a name right above its address is a signature.
      beforePrevious = previous;
      previous = null;
      continue;
    }
    const hit = model.hits[f.index];
    if (hit && addressCueIds.has(hit.cue.id) && model.marks.has(f.index) && previous && isSignature(model, previous, beforePrevious)) {
      model.marks.mark(previous.index, 'byline', 'letter-signature', "a letter writer's name over their address");
    }
    beforePrevious = previous;
    previous = f;
  }
}

/** A short name line, not the headline nor a body line for certain, under body text (the letter) or a blank line. */
function isSignature(model: LineModel, line: LineFeatures, above: LineFeatures | null): boolean {
  if (model.marks.has(line.index) || model.protectedLines.has(line.index) || line.index === model.titleLine) return false;
  if (above !== null && model.marks.has(above.index)) return false;
  return NAME_LINE.test(line.text.trim());
}
