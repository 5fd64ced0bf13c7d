/**
 * Corpus-level boilerplate learning: a line (normalised) that recurs across many articles is
 * boilerplate even when no rule names it ("Ikuti kami di …", a newsletter footer, an outlet's
 * standing disclaimer). The counts are per article (a line repeated inside one article counts
 * once); the thresholds that turn a count into a decision live in the language data
 * (structure.corpus) and are applied by the line model (src/core/structure/context.ts), which
 * also asks more of lines that read as prose, since syndicated stories share real text.
 */
export interface CorpusSignals {
  readonly articleCount: number;
  /** For a line (raw or normalised), the number of articles it occurs in. */
  sharedBy(line: string): number;
}

/** Lines shorter than this (after normalising) are too generic to count ("-", "1."). */
const MIN_KEY_CHARS = 4;
/** Keys are cut to this length so a corpus of very long lines stays bounded in memory. */
const MAX_KEY_CHARS = 300;

/** Case, digits, spacing, bullets and closing punctuation do not make two lines different. */
export function normaliseLineForCorpus(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\d+/gu, '0')
    .replace(/^[\s•·▪►‣◦*>|-]+/u, '')
    .replace(/[\s.,:;!?…-]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_KEY_CHARS);
}

/** Counts, for every normalised line, the number of articles it occurs in (once per article). */
export function learnCorpusSignals(texts: Iterable<string>): CorpusSignals {
  const counts = new Map<string, number>();
  let articleCount = 0;
  for (const text of texts) {
    articleCount++;
    const seen = new Set<string>();
    for (const raw of text.split(/\r\n|\n|\r/u)) {
      const key = normaliseLineForCorpus(raw);
      if (key.length < MIN_KEY_CHARS || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { articleCount, sharedBy: (line) => counts.get(normaliseLineForCorpus(line)) ?? 0 };
}
