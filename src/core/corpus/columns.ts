import type { SpeakerCount } from './types';

/**
 * Entry i of a cache file's decoded columns (src/core/cache/cacheColumns.ts), field by field, as
 * SummaryStore.setCachedRow reads it: a reopen fills 100,000 rows without an object per entry.
 * Status and state are numbers in REVIEW_STATUSES / SIDECAR_STATES; NaN stands for null.
 */
export interface CachedRowSource {
  headlineAt(i: number): string | null;
  /**
   * When the headlines are left inside one text (the cache file's headline line): that text, and
   * entry i's range in it (start -1: null; escaped: it holds a JSON escape, so its value is
   * JSON.parse of its quoted text). A store then keeps the range, not a string per entry.
   */
  headlineText?(): string | undefined;
  headlineStartAt?(i: number): number;
  headlineEndAt?(i: number): number;
  headlineEscapedAt?(i: number): boolean;
  dateAt(i: number): string | null;
  outletAt(i: number): string | null;
  statusNumberAt(i: number): number;
  stateNumberAt(i: number): number;
  speakerCountAt(i: number): number;
  speakerNameAt(i: number, k: number): string;
  speakerQuotesAt(i: number, k: number): number;
  quoteCountAt(i: number): number;
  shareAt(i: number): number;
  errorAt(i: number): string | undefined;
  sizeAt(i: number): number;
  mtimeAt(i: number): number;
  sidecarSizeAt(i: number): number;
  sidecarMtimeAt(i: number): number;
}

/** Building blocks of the column store (summaryStore.ts): interned strings and growable typed arrays. */

/** Strings stored once, referred to by number (-1 is null): outlets, dates and speaker names repeat across a corpus. */
export class Interned {
  private readonly numbers = new Map<string, number>();
  private readonly values: string[] = [];
  numberOf(value: string | null): number {
    if (value === null) return -1;
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }
  valueOf(n: number): string | null {
    return n < 0 ? null : (this.values[n] as string);
  }
}

export function grow<T extends Float64Array | Int32Array | Uint8Array>(column: T, capacity: number): T {
  const bigger = new (column.constructor as new (n: number) => T)(capacity);
  bigger.set(column);
  return bigger;
}


/**
 * Each row's speakers (name, number of quotes) as pairs of numbers in one pool: the name interned,
 * no object per speaker. A row's new list is appended; the pool is compacted when it runs out.
 */
export class SpeakerLists {
  private readonly names = new Interned();
  /** Where a row's pairs start in `pool` and how many pairs it has. */
  private at = new Int32Array(0);
  private length = new Int32Array(0);
  private pool = new Int32Array(0);
  private used = 0;

  reserve(rows: number): void {
    this.at = grow(this.at, rows);
    this.length = grow(this.length, rows);
  }

  get(row: number): SpeakerCount[] {
    const at = this.at[row] as number;
    const out: SpeakerCount[] = [];
    for (let k = 0; k < (this.length[row] as number); k++) {
      out.push({ name: this.names.valueOf(this.pool[at + 2 * k] as number) as string, quotes: this.pool[at + 2 * k + 1] as number });
    }
    return out;
  }

  /** Sets a row's list; `live(row)` says which rows' lists to keep if the pool must be compacted. */
  set(row: number, speakers: readonly SpeakerCount[], live: (row: number) => boolean): void {
    const n = speakers.length;
    this.length[row] = 0;
    if (n === 0) return;
    if (this.used + 2 * n > this.pool.length) this.compact(2 * n, live);
    const at = this.used;
    for (let k = 0; k < n; k++) {
      const s = speakers[k] as SpeakerCount;
      this.pool[at + 2 * k] = this.names.numberOf(s.name);
      this.pool[at + 2 * k + 1] = s.quotes;
    }
    this.at[row] = at;
    this.length[row] = n;
    this.used += 2 * n;
  }

  /** Sets a row's list from entry i of a CachedRowSource (no object per speaker). */
  setFrom(row: number, source: CachedRowSource, i: number, live: (row: number) => boolean): void {
    const n = source.speakerCountAt(i);
    this.length[row] = 0;
    if (n === 0) return;
    if (this.used + 2 * n > this.pool.length) this.compact(2 * n, live);
    const at = this.used;
    for (let k = 0; k < n; k++) {
      this.pool[at + 2 * k] = this.names.numberOf(source.speakerNameAt(i, k));
      this.pool[at + 2 * k + 1] = source.speakerQuotesAt(i, k);
    }
    this.at[row] = at;
    this.length[row] = n;
    this.used += 2 * n;
  }

  /** A new pool with room for `needed` more, holding only live rows' pairs (replaced lists are dropped). */
  private compact(needed: number, live: (row: number) => boolean): void {
    let inUse = 0;
    for (let row = 0; row < this.length.length; row++) if (live(row)) inUse += 2 * (this.length[row] as number);
    const pool = new Int32Array(Math.max(1024, 2 * (inUse + needed)));
    let used = 0;
    for (let row = 0; row < this.length.length; row++) {
      const length = 2 * (this.length[row] as number);
      if (!length) continue;
      if (!live(row)) {
        this.length[row] = 0;
        continue;
      }
      const at = this.at[row] as number;
      pool.set(this.pool.subarray(at, at + length), used);
      this.at[row] = used;
      used += length;
    }
    this.pool = pool;
    this.used = used;
  }
}
