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
  return signalsFromCounts({ articleCount, counts, byOutlet, outletSizes });
}

/**
 * The corpus signal as plain data, to hand to worker threads or to other machines (a shard reads
 * the signals file one corpus-level pass wrote). Lines found in one article only are left out —
 * they are most of a real corpus's lines and no threshold counts them — and read back as 1 for any
 * line long enough to be counted (every line of an article of the corpus was seen at least once).
 */
export interface SerialisedCorpusSignals {
  readonly format: 'corpus-review/signals/v1';
  readonly articleCount: number;
  /** [normalised line, articles] for lines in two or more articles. */
  readonly counts: readonly (readonly [string, number])[];
  /** [outlet key, articles of the outlet, [normalised line, articles of the outlet] for counts ≥ 2]. */
  readonly outlets: readonly (readonly [string, number, readonly (readonly [string, number])[]])[];
}

interface CorpusCounts {
  readonly articleCount: number;
  readonly counts: ReadonlyMap<string, number>;
  readonly byOutlet: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly outletSizes: ReadonlyMap<string, number>;
}

const COUNTS = new WeakMap<CorpusSignals, CorpusCounts>();
function withCounts(signals: CorpusSignals, counts: CorpusCounts): CorpusSignals {
  COUNTS.set(signals, counts);
  return signals;
}

const shared = (m: ReadonlyMap<string, number>): [string, number][] => [...m].filter(([, n]) => n > 1);

/** Plain data for signals learnt by learnCorpusSignals; null for signals built another way (a test's stub). */
export function serialiseCorpusSignals(signals: CorpusSignals): SerialisedCorpusSignals | null {
  const c = COUNTS.get(signals);
  if (!c) return null;
  return {
    format: 'corpus-review/signals/v1',
    articleCount: c.articleCount,
    counts: shared(c.counts),
    outlets: [...c.outletSizes].map(([outlet, size]) => [outlet, size, shared(c.byOutlet.get(outlet) ?? new Map())] as const),
  };
}

/** Signals that answer as the learnt ones did for every line of the corpus's articles. Throws on data of another shape. */
export function restoreCorpusSignals(data: unknown): CorpusSignals {
  const d = data as Partial<SerialisedCorpusSignals> | null;
  if (!d || d.format !== 'corpus-review/signals/v1' || typeof d.articleCount !== 'number' || !Array.isArray(d.counts) || !Array.isArray(d.outlets)) {
    throw new Error('not a corpus-review/signals/v1 signals file');
  }
  const counts = new Map<string, number>(d.counts);
  const byOutlet = new Map<string, Map<string, number>>();
  const outletSizes = new Map<string, number>();
  for (const [outlet, size, lines] of d.outlets) {
    outletSizes.set(outlet, size);
    byOutlet.set(outlet, new Map<string, number>(lines));
  }
  const articleCount = d.articleCount;
  const seenOnce = (key: string): number => (key.length >= MIN_KEY_CHARS ? 1 : 0);
  const sharedBy = (line: string): number => {
    const key = normaliseLineForCorpus(line);
    return counts.get(key) ?? seenOnce(key);
  };
  const sharedWithin = (line: string, outlet: string): number => {
    const o = outletKey(outlet);
    if (!outletSizes.has(o)) return 0;
    const key = normaliseLineForCorpus(line);
    return byOutlet.get(o)?.get(key) ?? seenOnce(key);
  };
  const signals: CorpusSignals = { articleCount, sharedBy, sharedWithin, outletArticleCount: (outlet) => outletSizes.get(outletKey(outlet)) ?? 0 };
  return withCounts(signals, { articleCount, counts, byOutlet, outletSizes });
}

function signalsFromCounts(c: CorpusCounts): CorpusSignals {
  const { counts, byOutlet, outletSizes } = c;
  return withCounts(
    {
      articleCount: c.articleCount,
      sharedBy: (line) => counts.get(normaliseLineForCorpus(line)) ?? 0,
      sharedWithin: (line, outlet) => byOutlet.get(outletKey(outlet))?.get(normaliseLineForCorpus(line)) ?? 0,
      outletArticleCount: (outlet) => outletSizes.get(outletKey(outlet)) ?? 0,
    },
    c,
  );
}

/**
 * The complete counts of one part of a corpus (every line, those seen once included), so that
 * parts learnt separately — by worker threads, or by machines — add up to the whole corpus's signal
 * exactly: a line's article count is the sum of its counts in disjoint parts.
 */
export interface CorpusCountsPart {
  readonly format: 'corpus-review/signals-part/v1';
  readonly articleCount: number;
  readonly counts: readonly (readonly [string, number])[];
  readonly outlets: readonly (readonly [string, number, readonly (readonly [string, number])[]])[];
}

/** The complete counts behind signals from learnCorpusSignals; null for signals built another way. */
export function corpusCountsPart(signals: CorpusSignals): CorpusCountsPart | null {
  const c = COUNTS.get(signals);
  if (!c) return null;
  return { format: 'corpus-review/signals-part/v1', articleCount: c.articleCount, counts: [...c.counts], outlets: [...c.outletSizes].map(([o, size]) => [o, size, [...(c.byOutlet.get(o) ?? new Map<string, number>())]] as const) };
}

/** Adds up parts' counts into the signal of their union (the parts must hold disjoint articles). */
export function sumCorpusCounts(parts: Iterable<CorpusCountsPart>): CorpusSignals {
  const sum = corpusCountsSum();
  for (const part of parts) sum.add(part);
  return sum.signals();
}

/** sumCorpusCounts one part at a time, as parts arrive (a part can be dropped once added). */
export function corpusCountsSum(): { add(part: CorpusCountsPart): void; signals(): CorpusSignals } {
  let articleCount = 0;
  const counts = new Map<string, number>();
  const byOutlet = new Map<string, Map<string, number>>();
  const outletSizes = new Map<string, number>();
  const addAll = (into: Map<string, number>, entries: readonly (readonly [string, number])[]): void => {
    for (const [k, n] of entries) into.set(k, (into.get(k) ?? 0) + n);
  };
  return {
    add(part) {
      articleCount += part.articleCount;
      addAll(counts, part.counts);
      for (const [outlet, size, lines] of part.outlets) {
        outletSizes.set(outlet, (outletSizes.get(outlet) ?? 0) + size);
        let perOutlet = byOutlet.get(outlet);
        if (!perOutlet) byOutlet.set(outlet, (perOutlet = new Map()));
        addAll(perOutlet, lines);
      }
    },
    signals: () => signalsFromCounts({ articleCount, counts, byOutlet, outletSizes }),
  };
}
