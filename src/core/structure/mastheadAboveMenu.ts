/**
 * The lines of an institution's masthead stand above its site's menu: "GMIT JEMAAT EFATA SOE" over "Klasis Timor Tengah
 * Selatan" and a motto, then "Beranda  Tentang Jemaat  Ibadah …". Such a line (the body's parent, its region, its motto)
 * reads as a headline, but a kicker or a second headline stands under the menu, right over the headline it belongs to.
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';
import { isMenuBar } from './headlineFurniture';

/** Whether a menu row (a bar of menu entries, or a navigation cue line) stands after position j and before position end. */
export function aboveMenuRow(nonBlank: readonly LineFeatures[], j: number, end: number, hits: readonly (CueHit | null)[]): boolean {
  for (let m = j + 1; m < end; m++) {
    const g = nonBlank[m] as LineFeatures;
    if (isMenuBar(g.text) || hits[g.index]?.cue.kind === 'breadcrumb') return true;
  }
  return false;
}
