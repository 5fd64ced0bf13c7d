/**
 * The plain reading the cue prefilter replaces: a line passes when an anchored alternative matches at its start, or
 * (on a line of at most MAX_WORDS_FOR_UNANCHORED words) another alternative matches anywhere. The speed rounds'
 * property tests compare the prefilter with it.
 */
import { MAX_WORDS_FOR_UNANCHORED } from '../../../src/core/boilerplate/cuePrefilter';

export function plainCueTest(alternatives: readonly { readonly anchored: boolean; readonly source: string }[]): (text: string, words: number) => boolean {
  const atStart = alternatives.filter((a) => a.anchored);
  // No anchored alternative at all: an empty joined regex would match every line.
  const anchored = atStart.length ? new RegExp(atStart.map((a) => `(?:${a.source})`).join('|'), 'iy') : null;
  const anywhere = alternatives.filter((a) => !a.anchored);
  const inside = anywhere.length ? new RegExp(anywhere.map((a) => `(?:${a.source})`).join('|'), 'i') : null;
  return (text, words) => {
    if (anchored !== null) anchored.lastIndex = 0;
    return (anchored !== null && anchored.test(text)) || (inside !== null && words <= MAX_WORDS_FOR_UNANCHORED && inside.test(text));
  };
}
