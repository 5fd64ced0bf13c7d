/**
 * The "read also" labels of the language data (`gluedRelatedLabels`: "baca juga", "simak pula", "read also", …), as the
 * two rules that meet a related headline inside a body line read them. One list serves both, so a label added for one
 * form of the fragment counts for the other:
 * - `glued`: the label anywhere but inside a word ("…2026).Baca juga: Harga …", a scraper's cell), then its colon
 *   (titleCaseLines.ts: the headline's runs are no names by their shape alone);
 * - `spaced`: the label after white space, its colon and the spaces after it ("… panen raya . Baca juga : Harga …", a
 *   dataset's tokenised text; bodyText.ts drops the headline's words from the body).
 * Words of a label are apart by any white space, a zero-width space too. Made once per list.
 */
import { phraseAlternatives } from '../text/escapeRegExp';

export type RelatedLabelForm = 'glued' | 'spaced';

const made = { glued: new WeakMap<readonly string[], RegExp | null>(), spaced: new WeakMap<readonly string[], RegExp | null>() };

export function relatedLabelPattern(labels: readonly string[], form: RelatedLabelForm): RegExp | null {
  let re = made[form].get(labels);
  if (re === undefined) {
    const alternatives = phraseAlternatives(labels, '[\\s\\u200b]+');
    if (alternatives.length === 0) re = null;
    else if (form === 'glued') re = new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})[\\s\\u200b]*:`, 'giu');
    else re = new RegExp(`(?<=\\s)(?:${alternatives.join('|')})\\s*:\\s*`, 'iu');
    made[form].set(labels, re);
  }
  return re;
}
