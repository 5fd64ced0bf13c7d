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

/**
 * Counts, for every normalised line, the number of articles it occurs in (once per article).
 * BASELINE: the engine issue refines normalisation, thresholds and per-outlet weighting.
 */
export function learnCorpusSignals(texts: Iterable<string>): CorpusSignals {
  const counts = new Map<string, number>();
  let articleCount = 0;
  for (const text of texts) {
    articleCount++;
    const seen = new Set<string>();
    for (const raw of text.split(/\r\n|\n|\r/)) {
      const key = normaliseLineForCorpus(raw);
      if (key && !seen.has(key)) {
        seen.add(key);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return { articleCount, sharedBy: (line) => counts.get(normaliseLineForCorpus(line)) ?? 0 };
}
