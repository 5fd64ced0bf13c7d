/**
 * Two more kinds of furniture over a headline, for findHeadline (headline.ts): a newsletter's table of contents over
 * its first story, and a site's tagline standing right under its name.
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';
import { isTaglineUnderCapitalName } from './mastheadShapes';

/** "1. Lima Diakon Ditahbiskan …", "2) Jadwal Misa": an item of a numbered list. */
const NUMBERED_ITEM = /^\d{1,2}[.)]\s+\S/u;

/**
 * Line k is a table of contents' label ("DAFTAR ISI", a cue of kind toc alone on its line) or one of the numbered items
 * right under it. A newsletter lists its stories over the first one, whose headline repeats item 1 further down: the
 * items are no headline of their own.
 */
export function isTableOfContents(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): boolean {
  for (let j = k; j >= 0; j--) {
    const g = nonBlank[j] as LineFeatures;
    const hit = hits[g.index];
    if (hit?.cue.kind === 'toc' && hit.labelOnly) return true;
    // The items follow the label and each other with no blank line between.
    if (!NUMBERED_ITEM.test(g.text)) return false;
    const above = nonBlank[j - 1];
    if (above === undefined || above.index !== g.index - 1) return false;
  }
  return false;
}

/**
 * "DHARMA KINI" / "Kabar Umat Buddha Nusantara": a short line right under the site's name written in capitals (no blank
 * line between them), the name already skipped as furniture, is the site's tagline. A headline is set apart from the
 * masthead by a blank line or a menu and is followed by its stamp; findHeadline still asks for a headline over a
 * stamp further down before it passes the tagline by. The shape is the masthead reader's (mastheadShapes.ts).
 */
export function isTaglineUnderName(nonBlank: readonly LineFeatures[], k: number, skipped: readonly number[]): boolean {
  const name = nonBlank[k - 1];
  return name !== undefined && skipped.includes(name.index) && isTaglineUnderCapitalName(nonBlank, k);
}
