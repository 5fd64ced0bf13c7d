/**
 * The index cache's columns (cacheFile.ts) decoded one at a time into compact arrays, so that a
 * reader of 100,000 entries never holds every column's parsed JSON at once: each column's array
 * is checked value by value, what it holds is kept as numbers (outlets, dates and speaker names
 * interned), and the array is dropped before the next column is parsed. A value that does not fit
 * its field marks its entry bad (dropped later, counted), never the file.
 */
import type { CacheEntry, CachedSummary } from './indexCache';
import type { CachedRowSource } from '../corpus/summaryStore';
import { StringRanges } from './stringRanges';

/** The headline's field number (ENTRY_FIELDS in cacheFile.ts, which imports this file). */
const ENTRY_FIELDS_HEADLINE = 7;
import { REVIEW_STATUSES, SIDECAR_STATES, type ArticleSummary, type ReviewStatus, type SidecarState, type SpeakerCount } from '../corpus/types';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Strings stored once; -1 stands for null. */
class StringTable {
  private readonly numbers = new Map<string, number>();
  readonly values: string[] = [];
  numberOf(value: string | null): number {
    if (value === null) return -1;
    let n = this.numbers.get(value);
    if (n === undefined) this.numbers.set(value, (n = this.values.push(value) - 1));
    return n;
  }
  at(n: number): string | null {
    return n < 0 ? null : (this.values[n] as string);
  }
}

export class DecodedColumns implements CachedRowSource {
  /** 1 for an entry with a value that does not fit its field. */
  readonly bad: Uint8Array;
  private readonly size: Float64Array;
  private readonly mtime: Float64Array;
  private sha256: (string | undefined)[] = [];
  /** NaN: no sidecar. */
  private readonly sidecarSize: Float64Array;
  private readonly sidecarMtime: Float64Array;
  private readonly status: Uint8Array;
  private readonly state: Uint8Array;
  private headline: readonly (string | null)[] = [];
  /** The headlines left in their line (readCacheBytes for onDecodedRange), instead of `headline`. */
  private headlineRanges: StringRanges | undefined;
  private readonly strings = new StringTable();
  private readonly date: Int32Array;
  private readonly outlet: Int32Array;
  /** Entry i's speakers are pairs (name number, quotes) from speakerAt[i] to speakerAt[i + 1]. */
  private readonly speakerAt: Int32Array;
  private speakerPairs: number[] = [];
  private readonly quoteCount: Float64Array;
  /** NaN: null. */
  private readonly share: Float64Array;
  private readonly errors = new Map<number, string>();

  constructor(
    readonly count: number,
    /** Whether entries keep their sha256 (the CLI's skip test); a reader without a use for it checks it and drops it. */
    private readonly keepSha256: boolean,
  ) {
    this.bad = new Uint8Array(count);
    this.size = new Float64Array(count);
    this.mtime = new Float64Array(count);
    this.sidecarSize = new Float64Array(count);
    this.sidecarMtime = new Float64Array(count);
    this.status = new Uint8Array(count);
    this.state = new Uint8Array(count);
    this.date = new Int32Array(count);
    this.outlet = new Int32Array(count);
    this.speakerAt = new Int32Array(count + 1);
    this.quoteCount = new Float64Array(count);
    this.share = new Float64Array(count);
  }

  /** Takes the column of field number `field` (ENTRY_FIELDS order); false when it is not an array of `count` values (a damaged file). */
  take(field: number, column: unknown): boolean {
    if (column instanceof StringRanges && ENTRY_FIELDS_HEADLINE === field) {
      if (column.length !== this.count) return false;
      this.headlineRanges = column;
      return true;
    }
    if (!Array.isArray(column) || column.length !== this.count) return false;
    const values = column as unknown[];
    const n = this.count;
    const mark = (i: number): void => void (this.bad[i] = 1);
    const numbers = (into: Float64Array, nullable: boolean): void => {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (isNum(v)) into[i] = v;
        else if (nullable && v === null) into[i] = NaN;
        else mark(i);
      }
    };
    const strings = (into: Int32Array): void => {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (isStrOrNull(v)) into[i] = this.strings.numberOf(v);
        else mark(i);
      }
    };
    const oneOf = (into: Uint8Array, allowed: readonly string[]): void => {
      for (let i = 0; i < n; i++) {
        const at = allowed.indexOf(values[i] as string);
        if (at < 0) mark(i);
        else into[i] = at;
      }
    };
    if (field === 0) numbers(this.size, false);
    else if (field === 1) numbers(this.mtime, false);
    else if (field === 2) {
      for (let i = 0; i < n; i++) if (typeof values[i] !== 'string') mark(i);
      if (this.keepSha256) this.sha256 = values as (string | undefined)[];
    } else if (field === 3) numbers(this.sidecarSize, true);
    else if (field === 4) numbers(this.sidecarMtime, true);
    else if (field === 5) oneOf(this.status, REVIEW_STATUSES);
    else if (field === 6) oneOf(this.state, SIDECAR_STATES);
    else if (field === 7) {
      for (let i = 0; i < n; i++) if (!isStrOrNull(values[i])) mark(i);
      this.headline = values as (string | null)[];
    } else if (field === 8) strings(this.date);
    else if (field === 9) strings(this.outlet);
    else if (field === 10) this.takeSpeakers(values);
    else if (field === 11) numbers(this.quoteCount, false);
    else if (field === 12) {
      numbers(this.share, true);
      for (let i = 0; i < n; i++) if ((this.share[i] as number) > 1) mark(i);
    } else if (field === 13) {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (typeof v === 'string') this.errors.set(i, v);
        else if (v !== null) mark(i);
      }
    } else return false;
    return true;
  }

  /**
   * Frees the columns' memory at once (their buffers detached), for a reader that copied what it
   * keeps: at 100,000 entries about 9 MB outside the JS heap that would otherwise wait for a full
   * garbage collection. Nothing may be read from these columns afterwards.
   */
  release(): void {
    for (const column of [this.bad, this.size, this.mtime, this.sidecarSize, this.sidecarMtime, this.status, this.state, this.date, this.outlet, this.speakerAt, this.quoteCount, this.share]) {
      releaseBuffer(column);
    }
    this.speakerPairs = [];
    this.headline = [];
  }

  /** Whether entry i's values all fit their fields. */
  fits(i: number): boolean {
    // A sidecar stamp is both numbers or both null.
    return !this.bad[i] && Number.isNaN(this.sidecarSize[i] as number) === Number.isNaN(this.sidecarMtime[i] as number);
  }

  // Entry i field by field (CachedRowSource): a store fills a row from these without an object per entry.
  headlineAt(i: number): string | null {
    return this.headlineRanges ? this.headlineRanges.valueAt(i) : (this.headline[i] ?? null);
  }
  // The headlines' line and ranges, when they were read so (CachedRowSource).
  headlineText(): string | undefined {
    return this.headlineRanges?.text;
  }
  headlineStartAt(i: number): number {
    return this.headlineRanges ? (this.headlineRanges.start[i] as number) : -1;
  }
  headlineEndAt(i: number): number {
    return this.headlineRanges ? (this.headlineRanges.end[i] as number) : -1;
  }
  headlineEscapedAt(i: number): boolean {
    return this.headlineRanges?.escaped[i] === 1;
  }
  dateAt(i: number): string | null {
    return this.strings.at(this.date[i] as number);
  }
  outletAt(i: number): string | null {
    return this.strings.at(this.outlet[i] as number);
  }
  statusNumberAt(i: number): number {
    return this.status[i] as number;
  }
  stateNumberAt(i: number): number {
    return this.state[i] as number;
  }
  speakerCountAt(i: number): number {
    return ((this.speakerAt[i + 1] as number) - (this.speakerAt[i] as number)) / 2;
  }
  speakerNameAt(i: number, k: number): string {
    return this.strings.at(this.speakerPairs[(this.speakerAt[i] as number) + 2 * k] as number) as string;
  }
  speakerQuotesAt(i: number, k: number): number {
    return this.speakerPairs[(this.speakerAt[i] as number) + 2 * k + 1] as number;
  }
  quoteCountAt(i: number): number {
    return this.quoteCount[i] as number;
  }
  shareAt(i: number): number {
    return this.share[i] as number;
  }
  errorAt(i: number): string | undefined {
    return this.errors.get(i);
  }
  sizeAt(i: number): number {
    return this.size[i] as number;
  }
  mtimeAt(i: number): number {
    return this.mtime[i] as number;
  }
  sidecarSizeAt(i: number): number {
    return this.sidecarSize[i] as number;
  }
  sidecarMtimeAt(i: number): number {
    return this.sidecarMtime[i] as number;
  }

  /** Entry i as a CacheEntry (whose summary is made an ArticleSummary when `id` is given), or null when a value did not fit. */
  entry(i: number, name: string, id: string | undefined): CacheEntry | null {
    const sidecarSize = this.sidecarSize[i] as number;
    const sidecarMtime = this.sidecarMtime[i] as number;
    if (!this.fits(i)) return null;
    const speakers: SpeakerCount[] = [];
    for (let k = this.speakerAt[i] as number; k < (this.speakerAt[i + 1] as number); k += 2) speakers.push({ name: this.strings.at(this.speakerPairs[k] as number) as string, quotes: this.speakerPairs[k + 1] as number });
    const share = this.share[i] as number;
    const boilerplateShare = Number.isNaN(share) ? null : share;
    const error = this.errors.get(i);
    const headline = this.headlineAt(i);
    const date = this.strings.at(this.date[i] as number);
    const outlet = this.strings.at(this.outlet[i] as number);
    const status = REVIEW_STATUSES[this.status[i] as number] as ReviewStatus;
    const sidecar = SIDECAR_STATES[this.state[i] as number] as SidecarState;
    const quoteCount = this.quoteCount[i] as number;
    // Object literals of one shape each (no spread): a reopen builds 100,000 of these before the tree shows.
    let summary: CachedSummary | ArticleSummary;
    if (id === undefined) {
      summary = error === undefined ? { name, headline, date, outlet, status, sidecar, speakers, quoteCount, boilerplateShare } : { name, headline, date, outlet, status, sidecar, speakers, quoteCount, boilerplateShare, error };
    } else {
      summary = error === undefined
        ? { id, name, headline, date, outlet, status, sidecar, speakers, quoteCount, boilerplateShare, indexed: true }
        : { id, name, headline, date, outlet, status, sidecar, speakers, quoteCount, boilerplateShare, indexed: true, error };
    }
    return {
      size: this.size[i] as number,
      mtimeMs: this.mtime[i] as number,
      sha256: this.sha256[i] ?? '',
      sidecar: Number.isNaN(sidecarSize) ? null : { size: sidecarSize, mtimeMs: sidecarMtime },
      summary,
    };
  }

  private takeSpeakers(values: readonly unknown[]): void {
    const pairs: number[] = [];
    for (let i = 0; i < this.count; i++) {
      this.speakerAt[i] = pairs.length;
      const flat = values[i];
      let fits = Array.isArray(flat) && flat.length % 2 === 0;
      for (let k = 0; fits && k < (flat as unknown[]).length; k += 2) {
        const name: unknown = (flat as unknown[])[k];
        const quotes: unknown = (flat as unknown[])[k + 1];
        if (typeof name === 'string' && isNum(quotes)) pairs.push(this.strings.numberOf(name), quotes);
        else fits = false;
      }
      if (!fits) {
        this.bad[i] = 1;
        pairs.length = this.speakerAt[i] as number;
      }
    }
    this.speakerAt[this.count] = pairs.length;
    this.speakerPairs = pairs;
  }
}

/**
 * Frees a typed array's memory now when it owns its whole buffer (ArrayBuffer.prototype.transfer
 * to length 0 detaches it and drops its backing store): a few MB that would otherwise stay
 * resident until V8 next collects the array's object. Does nothing where transfer is missing.
 */
export function releaseBuffer(array: ArrayBufferView): void {
  const buffer = array.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (array.byteOffset === 0 && array.byteLength === buffer.byteLength && typeof buffer.transfer === 'function') buffer.transfer(0);
}
