/**
 * Corpus-level boilerplate learning: a line (normalised) that recurs across many articles is
 * boilerplate even when no rule names it. BASELINE interface; the engine issue fills it in.
 */
export interface CorpusSignals {
  readonly articleCount: number;
  /** For a normalised line, the number of articles it occurs in. */
  sharedBy(normalisedLine: string): number;
}

export function normaliseLineForCorpus(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}
