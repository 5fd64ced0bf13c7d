/**
 * A magazine's kicker over its headline: "SEKOLAH DI ATAS AIR" in capitals, then "Ruang Kelas yang Ikut Mengapung di
 * Danau Tempe", its deck (a sentence) and the writer's byline ("Oleh …"). The kicker reads as a headline too, and
 * stands first; the headline is the longer title-case line under it, over the deck and the byline.
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';
import { readsAsHeadline } from './headlineFurniture';

/** A kicker is a short phrase. */
const MAX_KICKER_WORDS = 5;

const inCapitals = (text: string): boolean => text === text.toLocaleUpperCase() && /\p{Lu}.*\p{Lu}/u.test(text);

/** The position of the headline under the kicker at position k, or -1 when line k is no such kicker. */
export function headlineUnderKicker(nonBlank: readonly LineFeatures[], k: number, hits: readonly (CueHit | null)[]): number {
  const f = nonBlank[k];
  const g = nonBlank[k + 1];
  if (!f || !g || f.prose || f.words > MAX_KICKER_WORDS || hits[f.index] || !inCapitals(f.text.trim())) return -1;
  // Right under it, with no blank line between: a longer headline written in title case, not in capitals.
  if (g.index !== f.index + 1 || hits[g.index] || inCapitals(g.text.trim()) || g.words <= f.words || !readsAsHeadline(g)) return -1;
  // Then the byline cue, or a one-sentence deck and the byline cue: a magazine's opening, not a lead's.
  let j = k + 2;
  const deck = nonBlank[j];
  if (deck && deck.prose && !hits[deck.index]) j++;
  const byline = nonBlank[j];
  return byline && hits[byline.index]?.cue.kind === 'byline' ? k + 1 : -1;
}
