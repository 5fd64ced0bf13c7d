/**
 * Corpus-level boilerplate learning: a line (normalised) that recurs across many articles is
 * boilerplate even when no rule names it ("Ikuti kami di …", a newsletter footer, an outlet's
 * standing disclaimer). Counts are per article (a line repeated inside one article counts once)
 * and, when the caller knows each article's outlet, per outlet too: a footer that every article
 * of one outlet carries is boilerplate even in a large corpus where that outlet is a small share.
 * The thresholds that turn a count into a decision live in the language data (structure.corpus)
 * and are applied by the line model (src/core/structure/context.ts), which asks more of lines
 * that read as prose, since syndicated stories share real text.
 */
export interface CorpusSignals {
  readonly articleCount: number;
  /** For a line (raw or normalised), the number of articles it occurs in. */
  sharedBy(line: string): number;
  /** For a line, the number of articles of one outlet it occurs in (when outlets were given). */
  sharedWithin?(line: string, outlet: string): number;
  /** The number of articles of one outlet in the corpus (when outlets were given). */
  outletArticleCount?(outlet: string): number;
}

/** An article for learning: its text, and its outlet when the caller knows it. */
export interface CorpusArticle {
  readonly text: string;
  readonly outlet?: string | null;
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

/** How outlets are compared ("KOMPAS.com" and "kompas.com" are one outlet). */
export function outletKey(outlet: string): string {
  return outlet.normalize('NFC').toLowerCase().replace(/^https?:\/\//u, '').replace(/^www\./u, '').trim();
}

/** Counts, for every normalised line, the number of articles (and of articles per outlet) it occurs in. */
export function learnCorpusSignals(texts: Iterable<string | CorpusArticle>): CorpusSignals {
  const counts = new Map<string, number>();
  const byOutlet = new Map<string, Map<string, number>>();
  const outletSizes = new Map<string, number>();
  let articleCount = 0;
  for (const item of texts) {
    const text = typeof item === 'string' ? item : item.text;
    const outlet = typeof item === 'string' || !item.outlet ? null : outletKey(item.outlet);
    articleCount++;
    let perOutlet: Map<string, number> | undefined;
    if (outlet) {
      outletSizes.set(outlet, (outletSizes.get(outlet) ?? 0) + 1);
      perOutlet = byOutlet.get(outlet);
      if (!perOutlet) byOutlet.set(outlet, (perOutlet = new Map()));
    }
    const seen = new Set<string>();
    for (const raw of text.split(/\r\n|\n|\r/u)) {
      const key = normaliseLineForCorpus(raw);
      if (key.length < MIN_KEY_CHARS || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (perOutlet) perOutlet.set(key, (perOutlet.get(key) ?? 0) + 1);
    }
  }
  return {
    articleCount,
    sharedBy: (line) => counts.get(normaliseLineForCorpus(line)) ?? 0,
    sharedWithin: (line, outlet) => byOutlet.get(outletKey(outlet))?.get(normaliseLineForCorpus(line)) ?? 0,
    outletArticleCount: (outlet) => outletSizes.get(outletKey(outlet)) ?? 0,
  };
}
