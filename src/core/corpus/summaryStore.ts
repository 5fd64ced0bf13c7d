/**
 * Every article's summary, stored by column: what the extension keeps in memory for a corpus of
 * 100,000 articles. One object per article with a dozen properties, its strings, its speaker
 * objects and its stamp objects cost about 1.2 KB an article; here an article reopened from the
 * index cache costs about 180 bytes: its id and headline are ranges of the cache file's lines
 * (idColumn.ts, textColumn.ts), the rest a few bytes in typed arrays. Outlets, dates and speaker
 * names repeat across a corpus and are stored once (interned); review status and sidecar state
 * are one byte each; the stamps (size and mtime of the article and its sidecar) are numbers in
 * typed arrays, not objects.
 *
 * A view sees a row through `summary(row)`: an ArticleSummary whose properties read the columns
 * (about 40 bytes, made when first asked). It is the same object for the row's whole life, and it
 * reads the row's current values: a view never holds a stale summary, and nothing may cache what it
 * derives from one by the object's identity. `plain(row)` gives a detached copy (an API, a test, JSON).
 * The tree and the status bar read no summary objects: they group, filter and count `rows()`
 * (rowViews.ts), so a corpus costs no object per article unless something asks for all of them.
 *
 * Rows are appended and never reused: a deleted row is marked, so an old summary object still reads
 * the values it had (but for its speakers, once the pool is compacted). The store is pure (no vscode, no fs), so it is unit-tested directly.
 */
import { grow, Interned, SpeakerLists, type CachedRowSource } from './columns';
import { IdColumn } from './idColumn';
import { StampColumns, type RowStamps } from './stampColumns';
import { TextColumn } from './textColumn';

export type { CachedRowSource };
import { extensionOf, extensionOfRange, isNameOf, nameOfSegment, RowSummary } from './rowSummary';
import { REVIEW_STATUSES, SIDECAR_STATES, type ArticleSummary, type ReviewStatus, type SidecarState, type SpeakerCount } from './types';

export type { RowStamp, RowStamps } from './stampColumns';

/** The values of a summary, as the store is given them (an ArticleSummary without its id is one). */
export type SummaryValues = Omit<ArticleSummary, 'id'>;

const INDEXED = 1;
/** The stamp columns hold stamps (from a stat, or from the cache file when FROM_CACHE). */
const HAS_STAMPS = 2;
/** The stamps include a sidecar's. */
const HAS_SIDECAR = 4;
/** The row's summary and stamps came from the index cache file and have not been checked against the files yet. */
const FROM_CACHE = 8;
/** ...and that cached summary may be shown as it is (see summaryReusable in src/core/cache). */
const REUSABLE = 16;
const DELETED = 32;

export class SummaryStore {
  /** Every row's id (deleted ones too) and the look-up from id to row: no string or Map entry per row (idColumn.ts). */
  private readonly ids = new IdColumn();
  private live = 0;
  /** Headlines: a row's own string, or a range of a cache file's headline line (setCachedRow). */
  private readonly headlines = new TextColumn();
  /** A row's name when it is not its id's last segment (rare): no array slot per row. */
  private readonly names = new Map<number, string>();
  private readonly errors = new Map<number, string>();
  private readonly outlets = new Interned();
  private readonly dates = new Interned();
  private capacity = 0;
  private flags = new Uint8Array(0);
  private status = new Uint8Array(0);
  private sidecar = new Uint8Array(0);
  private outlet = new Int32Array(0);
  private date = new Int32Array(0);
  private quoteCount = new Int32Array(0);
  private share = new Float64Array(0);
  private readonly speakers = new SpeakerLists();
  private readonly stampColumns = new StampColumns();
  /** The reading objects made so far (summary(row)): a view asks for the few it shows (rowViews.ts reads rows without them). */
  private readonly handles = new Map<number, RowSummary>();
  private readonly isLive = (row: number): boolean => !((this.flags[row] as number) & DELETED);
  /** How many live ids end in each extension (see extensionOf). */
  private readonly extensionCounts = new Map<string, number>();
  private liveSummaries: ArticleSummary[] | undefined;
  private liveRowList: Int32Array | undefined;

  /** How many articles the store holds (deleted rows not counted). */
  get count(): number {
    return this.live;
  }

  rowOf(id: string): number {
    return this.ids.find(id, this.isLive);
  }

  has(id: string): boolean {
    return this.rowOf(id) >= 0;
  }

  /** The row's id (made when asked: the store keeps no string per row, see idColumn.ts). */
  idAt(row: number): string {
    return this.ids.idAt(row);
  }

  /** Every live row's id with its row, in the order they were added. */
  *entries(): IterableIterator<[string, number]> {
    for (let row = 0; row < this.ids.length; row++) if (this.isLive(row)) yield [this.ids.idAt(row), row];
  }

  /** Every live row, in the order they were added. */
  *liveRows(): IterableIterator<number> {
    for (let row = 0; row < this.ids.length; row++) if (this.isLive(row)) yield row;
  }

  /** The order of two rows' ids (as `<` on the ids), without making them (IdColumn.compare). */
  compareIds(a: number, b: number): number {
    return this.ids.compare(a, b);
  }

  /** The number of a text that rows added with addRange point into (an index cache file's keys line). */
  idText(text: string): number {
    return this.ids.addText(text);
  }

  /** The number of an id prefix ending with '/' (a corpus root's Uri string and '/'). */
  idPrefix(prefix: string): number {
    return this.ids.prefixNumber(prefix);
  }

  /** rowOf for the id `prefix + text.slice(start, end)` (numbers from idPrefix and idText), without making it. */
  rowOfRange(prefix: number, text: number, start: number, end: number): number {
    return this.ids.findRange(prefix, text, start, end, this.isLive);
  }

  /** add for the id `prefix + text.slice(start, end)`, when rowOfRange found no row: no string is kept for it. */
  addRange(prefix: number, text: number, start: number, end: number, source: string): number {
    const row = this.ids.addRange(prefix, text, start, end);
    this.addedRow(row, extensionOfRange(source, start, end));
    return row;
  }

  /** The extensions ('.txt', or '' for none) of the ids held, as extensionOf gives them. */
  extensions(): IterableIterator<string> {
    return this.extensionCounts.keys();
  }

  /** Adds an article not yet read (its file name is all a view can show), or returns its row. */
  add(id: string): number {
    const known = this.rowOf(id);
    if (known >= 0) return known;
    const row = this.ids.add(id);
    this.addedRow(row, extensionOf(id));
    return row;
  }

  private addedRow(row: number, extension: string): void {
    if (row === this.capacity) this.reserve(Math.max(1024, this.capacity * 2));
    this.live++;
    this.headlines.push();
    this.extensionCounts.set(extension, (this.extensionCounts.get(extension) ?? 0) + 1);
    this.outlet[row] = -1;
    this.date[row] = -1;
    this.share[row] = NaN;
    this.liveSummaries = undefined;
    this.liveRowList = undefined;
  }

  delete(id: string): boolean {
    const row = this.rowOf(id);
    if (row < 0) return false;
    this.live--;
    const extension = extensionOf(id);
    const left = (this.extensionCounts.get(extension) ?? 1) - 1;
    if (left) this.extensionCounts.set(extension, left);
    else this.extensionCounts.delete(extension);
    this.flags[row] = (this.flags[row] as number) | DELETED;
    this.liveSummaries = undefined;
    this.liveRowList = undefined;
    return true;
  }

  /** Sets a row's summary (the stamps are left as they are). */
  setSummary(row: number, s: SummaryValues): void {
    // The strings are kept as given: the caller gives strings of their own (a value sliced out of
    // an article or sidecar text would keep that whole text alive; see summarizeInputs).
    this.headlines.set(row, s.headline);
    this.setName(row, isNameOf(s.name, this.ids.idAt(row)) ? undefined : s.name);
    if (s.error === undefined) this.errors.delete(row);
    else this.errors.set(row, s.error);
    this.outlet[row] = this.outlets.numberOf(s.outlet);
    this.date[row] = this.dates.numberOf(s.date);
    this.status[row] = REVIEW_STATUSES.indexOf(s.status);
    this.sidecar[row] = SIDECAR_STATES.indexOf(s.sidecar);
    this.quoteCount[row] = s.quoteCount;
    this.share[row] = s.boilerplateShare ?? NaN;
    this.setFlag(row, INDEXED, s.indexed);
    this.speakers.set(row, s.speakers, this.isLive);
  }

  /** Only the sidecar state (a cached fresh summary marked in conflict in this session, or the other way round). */
  setSidecarState(row: number, state: SidecarState): void {
    if (this.sidecarStateAt(row) === state) return;
    this.sidecar[row] = SIDECAR_STATES.indexOf(state);
  }

  /** Copies row `from` of `other` (summary, stamps, flags) into this store's row `row`. */
  copyRow(row: number, other: SummaryStore, from: number): void {
    this.setSummary(row, other.summary(from));
    this.flags[row] = (other.flags[from] as number) & ~DELETED;
    this.stampColumns.copy(row, other.stampColumns, from);
  }

  /** Records the stamps the row's summary was made from (after a stat), or forgets them (undefined). The row is no longer the cache's. */
  setStamps(row: number, stamps: RowStamps | undefined): void {
    this.setFlag(row, FROM_CACHE | REUSABLE, false);
    this.writeStamps(row, stamps);
  }

  /** Records a cache file's stamps for the row: unchecked until setStamps; `reusable` says whether its summary may be shown as it is. */
  setCachedStamps(row: number, stamps: RowStamps, reusable: boolean): void {
    this.writeStamps(row, stamps);
    this.setFlag(row, FROM_CACHE, true);
    this.setFlag(row, REUSABLE, reusable);
  }

  /**
   * Sets a row's summary and cached stamps (as setSummary then setCachedStamps would) from entry i
   * of a cache file's columns; `name` undefined: the id's own (nameOf).
   */
  setCachedRow(row: number, source: CachedRowSource, i: number, name: string | undefined, reusable: boolean): void {
    const text = source.headlineText?.();
    const start = text === undefined ? -1 : (source.headlineStartAt?.(i) ?? -1);
    // Left in the cache file's headline line (no string per row; see textColumn.ts), unless null.
    if (text !== undefined && start >= 0) this.headlines.setRange(row, text, start, source.headlineEndAt?.(i) ?? start, source.headlineEscapedAt?.(i) ?? false);
    else this.headlines.set(row, text === undefined ? source.headlineAt(i) : null);
    this.setName(row, name);
    const error = source.errorAt(i);
    if (error === undefined) this.errors.delete(row);
    else this.errors.set(row, error);
    this.outlet[row] = this.outlets.numberOf(source.outletAt(i));
    this.date[row] = this.dates.numberOf(source.dateAt(i));
    this.status[row] = source.statusNumberAt(i);
    this.sidecar[row] = source.stateNumberAt(i);
    this.quoteCount[row] = source.quoteCountAt(i);
    this.share[row] = source.shareAt(i);
    this.speakers.setFrom(row, source, i, this.isLive);
    const sidecarSize = source.sidecarSizeAt(i);
    const hasSidecar = !Number.isNaN(sidecarSize);
    this.flags[row] = ((this.flags[row] as number) & DELETED) | INDEXED | HAS_STAMPS | FROM_CACHE | (hasSidecar ? HAS_SIDECAR : 0) | (reusable ? REUSABLE : 0);
    this.stampColumns.set(row, source.sizeAt(i), source.mtimeAt(i), hasSidecar ? sidecarSize : 0, hasSidecar ? source.sidecarMtimeAt(i) : 0);
  }

  stampsAt(row: number): RowStamps | undefined {
    const f = this.flags[row] as number;
    if (!(f & HAS_STAMPS)) return undefined;
    return this.stampColumns.stamps(row, (f & HAS_SIDECAR) !== 0);
  }

  /** Whether the row's summary and stamps are still the cache file's (not checked against the files yet). */
  isFromCache(row: number): boolean {
    return ((this.flags[row] as number) & FROM_CACHE) !== 0;
  }

  /** Whether the row's cached summary may be shown as it is. */
  isReusable(row: number): boolean {
    return ((this.flags[row] as number) & REUSABLE) !== 0;
  }

  isIndexed(row: number): boolean {
    return ((this.flags[row] as number) & INDEXED) !== 0;
  }

  /** The row's summary as the views read it (made once per change of the row). */
  summary(row: number): ArticleSummary {
    let handle = this.handles.get(row);
    if (!handle) this.handles.set(row, (handle = new RowSummary(this, row)));
    return handle;
  }

  /**
   * A reading object for the row, made for this call and not kept: it reads as summary(row) does,
   * but is not the same object. For callers that read a row and let go (file decorations ask for
   * every article a cold build touches: 100,000 kept objects and Map entries otherwise).
   */
  view(row: number): ArticleSummary {
    return this.handles.get(row) ?? new RowSummary(this, row);
  }

  /**
   * Every live row, in the order added; the same array until a row is added or deleted (do not
   * modify it). What the tree and the status bar group and count (rowViews.ts), with no object per row.
   */
  rows(): Int32Array {
    if (!this.liveRowList) {
      const out = new Int32Array(this.live);
      let n = 0;
      for (let row = 0; row < this.ids.length; row++) if (this.isLive(row)) out[n++] = row;
      this.liveRowList = out;
    }
    return this.liveRowList;
  }

  /** Every live article's summary (in the order added); the same array until a row is added or deleted. */
  summaries(): readonly ArticleSummary[] {
    if (!this.liveSummaries) {
      const out: ArticleSummary[] = [];
      for (const row of this.rows()) out.push(this.summary(row));
      this.liveSummaries = out;
    }
    return this.liveSummaries;
  }

  /** A detached copy of the row's summary: a plain object, as a test or an API wants it. */
  plain(row: number): ArticleSummary {
    const s: ArticleSummary = {
      id: this.idAt(row),
      name: this.nameAt(row),
      headline: this.headlineAt(row),
      date: this.dateAt(row),
      outlet: this.outletAt(row),
      status: this.statusAt(row),
      sidecar: this.sidecarStateAt(row),
      speakers: this.speakers.get(row),
      quoteCount: this.quoteCountAt(row),
      boilerplateShare: this.shareAt(row),
      indexed: this.isIndexed(row),
    };
    const error = this.errorAt(row);
    return error === undefined ? s : { ...s, error };
  }

  nameAt(row: number): string { return this.names.get(row) ?? nameOfSegment(this.ids.lastSegmentAt(row)); }
  headlineAt(row: number): string | null { return this.headlines.at(row); }
  dateAt(row: number): string | null { return this.dates.valueOf(this.date[row] as number); }
  outletAt(row: number): string | null { return this.outlets.valueOf(this.outlet[row] as number); }
  statusAt(row: number): ReviewStatus { return REVIEW_STATUSES[this.status[row] as number] as ReviewStatus; }
  sidecarStateAt(row: number): SidecarState { return SIDECAR_STATES[this.sidecar[row] as number] as SidecarState; }
  quoteCountAt(row: number): number { return this.quoteCount[row] as number; }
  shareAt(row: number): number | null { return Number.isNaN(this.share[row] as number) ? null : (this.share[row] as number); }
  errorAt(row: number): string | undefined { return this.errors.get(row); }
  speakersAt(row: number): SpeakerCount[] { return this.speakers.get(row); }

  // The stamps one number at a time (a writer of 100,000 rows makes no stamp objects); valid when stampsAt is not undefined.
  articleSizeAt(row: number): number { return this.stampColumns.articleSize(row); }
  articleMtimeAt(row: number): number { return this.stampColumns.articleMtime(row); }
  sidecarSizeAt(row: number): number | null { return this.stampColumns.sidecarSizeIf(row, this.hasSidecarStamp(row)); }
  sidecarMtimeAt(row: number): number | null { return this.stampColumns.sidecarMtimeIf(row, this.hasSidecarStamp(row)); }

  private hasSidecarStamp(row: number): boolean {
    return ((this.flags[row] as number) & HAS_SIDECAR) !== 0;
  }

  private setName(row: number, name: string | undefined): void {
    if (name === undefined) this.names.delete(row);
    else this.names.set(row, name);
  }

  private setFlag(row: number, flag: number, on: boolean): void {
    const f = this.flags[row] as number;
    this.flags[row] = on ? f | flag : f & ~flag;
  }

  private writeStamps(row: number, stamps: RowStamps | undefined): void {
    this.setFlag(row, HAS_STAMPS, stamps !== undefined);
    this.setFlag(row, HAS_SIDECAR, Boolean(stamps?.sidecar));
    this.stampColumns.write(row, stamps);
  }

  /**
   * Room for `more` rows beyond those held (deleted ones included), sized exactly: a reader that
   * knows how many rows come (an index cache file) avoids the slack of doubling (up to half of
   * every column).
   */
  reserveFor(more: number): void {
    const rows = this.ids.length + more;
    if (rows <= this.capacity) return;
    this.reserve(rows);
    this.ids.reserve(rows);
  }

  private reserve(capacity: number): void {
    this.capacity = capacity;
    this.flags = grow(this.flags, capacity);
    this.status = grow(this.status, capacity);
    this.headlines.reserve(capacity);
    this.sidecar = grow(this.sidecar, capacity);
    this.outlet = grow(this.outlet, capacity);
    this.date = grow(this.date, capacity);
    this.quoteCount = grow(this.quoteCount, capacity);
    this.share = grow(this.share, capacity);
    this.speakers.reserve(capacity);
    this.stampColumns.reserve(capacity);
  }
}

