/**
 * The files a folder walk found, without a string per file: each folder's file names (as they
 * appear at the end of their ids) are joined into one string, and a file is its folder's id prefix
 * plus a range of that string. A walk may also give a file's row in a store it was checked against
 * (`rowAt`); the range stays, so the id can be made again whatever happened to that store.
 *
 * Why: a cold open of 100,000 articles kept 100,000 id strings (about 110 bytes each) from the
 * walk until the pass ended, and then in the store. They are small and long-lived, so they survive
 * the young generation's collections, which is what makes V8 double the young generation (see
 * idColumn.ts). Joined per folder they are one string of about 20 bytes an article, and
 * SummaryStore.addRange keeps only offsets into it.
 */
import { grow } from './columns';

/** A listed file's id as `prefix + text.slice(start, end)`, as SummaryStore.addRange takes it. */
export interface ListedRange {
  readonly prefix: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export class FolderListing {
  private readonly prefixes: string[] = [];
  private readonly texts: string[] = [];
  /** Per entry: its folder (an index of prefixes/texts), its range, its row (-1: none given). */
  private folder = new Int32Array(0);
  private start = new Int32Array(0);
  private end = new Int32Array(0);
  private row = new Int32Array(0);
  private count = 0;
  /** The folder being listed: its prefix and the names given so far. */
  private openPrefix: string | undefined;
  private openNames: string[] = [];
  private openLength = 0;

  get length(): number {
    return this.count;
  }

  /**
   * Adds a file by its id (which must hold a '/'), with its row in the store the walk checks
   * against, or -1. Ids sharing everything up to their last '/' share one prefix; the id string
   * itself is not kept once its folder is closed (close, or the next folder's first id).
   */
  add(id: string, row: number): void {
    const slash = id.lastIndexOf('/');
    if (slash < 0) throw new Error(`a listed id needs a '/': ${id}`);
    if (this.openPrefix === undefined || this.openPrefix.length !== slash + 1 || !id.startsWith(this.openPrefix)) {
      this.close();
      this.openPrefix = id.slice(0, slash + 1);
    }
    if (this.count === this.folder.length) this.reserve(Math.max(1024, this.count * 2));
    const name = id.slice(slash + 1);
    this.folder[this.count] = this.prefixes.length;
    this.start[this.count] = this.openLength;
    this.end[this.count] = this.openLength + name.length;
    this.row[this.count] = row;
    this.count++;
    this.openNames.push(name);
    // A separator after each name keeps the joined text readable; the ranges do not depend on it.
    this.openLength += name.length + 1;
  }

  /** Ends the folder being listed (its names become one string). */
  close(): void {
    if (this.openPrefix === undefined) return;
    this.prefixes.push(this.openPrefix);
    // join makes one flat string; the names (slices of the ids) die with the array.
    this.texts.push(this.openNames.join('\n') + '\n');
    this.openPrefix = undefined;
    this.openNames = [];
    this.openLength = 0;
  }

  /** The id of entry i (made when asked). */
  idAt(i: number): string {
    const r = this.rangeAt(i);
    return r.prefix + r.text.slice(r.start, r.end);
  }

  /** The row given with entry i, or -1. */
  rowAt(i: number): number {
    return this.row[i] as number;
  }

  rangeAt(i: number): ListedRange {
    this.close();
    const folder = this.folder[i] as number;
    return { prefix: this.prefixes[folder] as string, text: this.texts[folder] as string, start: this.start[i] as number, end: this.end[i] as number };
  }

  /** Forgets every row given (the store they point into was replaced): entries are ids again. */
  forgetRows(): void {
    this.row.fill(-1, 0, this.count);
  }

  /** Entry i's row in a store that replaced the one the walk checked against. */
  setRow(i: number, row: number): void {
    this.row[i] = row;
  }

  private reserve(capacity: number): void {
    this.folder = grow(this.folder, capacity);
    this.start = grow(this.start, capacity);
    this.end = grow(this.end, capacity);
    this.row = grow(this.row, capacity);
  }
}
