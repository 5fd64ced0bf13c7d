/**
 * Grouping, filtering and counting over a store's rows (numbers), for the tree and the status bar:
 * the same answers as groupArticles, filterArticles and reviewProgress over the rows' summaries
 * (unit tests compare them), without an ArticleSummary object per article or a JS array of them.
 *
 * Why: at 100,000 articles a reading object per row (about 45 bytes) and the lists of them the tree
 * regrouped every second were about 6 MB of small objects that lived through the young
 * generation's collections during a cold build, and made V8 double it (64 to 128 MB resident). Rows
 * and groups here are Int32Arrays, whose contents live outside the JS heap.
 */
import { isFilterActive, matchesFilter, type ArticleFilter } from './filter';
import { groupKey, groupLabel, orderOf, type GroupBy } from './grouping';
import type { ReviewProgress } from './counts';
import type { SummaryStore } from './summaryStore';
import type { ArticleSummary, ReviewStatus, SidecarState, SpeakerCount } from './types';

/** A group of rows, in review order (by id), as ArticleGroup holds summaries. */
export interface RowGroup {
  readonly key: string;
  readonly label: string;
  readonly rows: Int32Array;
  readonly reviewed: number;
}

/**
 * One reusable ArticleSummary over a store, pointed at one row after another: the grouping key and
 * the filter read it exactly as they read a summary, with no object per row.
 */
export class RowCursor implements ArticleSummary {
  row = 0;
  constructor(private readonly store: SummaryStore) {}
  at(row: number): this {
    this.row = row;
    return this;
  }
  get id(): string { return this.store.idAt(this.row); }
  get name(): string { return this.store.nameAt(this.row); }
  get headline(): string | null { return this.store.headlineAt(this.row); }
  get date(): string | null { return this.store.dateAt(this.row); }
  get outlet(): string | null { return this.store.outletAt(this.row); }
  get status(): ReviewStatus { return this.store.statusAt(this.row); }
  get sidecar(): SidecarState { return this.store.sidecarStateAt(this.row); }
  get speakers(): readonly SpeakerCount[] { return this.store.speakersAt(this.row); }
  get quoteCount(): number { return this.store.quoteCountAt(this.row); }
  get boilerplateShare(): number | null { return this.store.shareAt(this.row); }
  get indexed(): boolean { return this.store.isIndexed(this.row); }
  get error(): string | undefined { return this.store.errorAt(this.row); }
}

/** The rows `filter` lets through, in the order given; with no filter on, `rows` itself. */
export function filterRows(store: SummaryStore, rows: Int32Array, filter: ArticleFilter): Int32Array {
  if (!isFilterActive(filter)) return rows;
  const cursor = new RowCursor(store);
  const out = new Int32Array(rows.length);
  let n = 0;
  for (const row of rows) if (matchesFilter(cursor.at(row), filter)) out[n++] = row;
  return out.slice(0, n);
}

/** groupArticles for rows: the same groups, keys, labels, order and reviewed counts. */
export function groupRows(store: SummaryStore, rows: Int32Array, by: GroupBy): RowGroup[] {
  const cursor = new RowCursor(store);
  // Each row's group as a number (first pass), then each group's rows at its final length (second).
  const numbers = new Map<string, number>();
  const keys: string[] = [];
  const sizes: number[] = [];
  const groupOf = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const key = groupKey(cursor.at(rows[i] as number), by);
    let n = numbers.get(key);
    if (n === undefined) {
      numbers.set(key, (n = keys.length));
      keys.push(key);
      sizes.push(0);
    }
    groupOf[i] = n;
    sizes[n] = (sizes[n] as number) + 1;
  }
  const members = sizes.map((size) => new Int32Array(size));
  const filled = sizes.map(() => 0);
  for (let i = 0; i < rows.length; i++) {
    const n = groupOf[i] as number;
    (members[n] as Int32Array)[(filled[n] as number)++] = rows[i] as number;
  }
  const order = keys.map((_, n) => n).sort((x, y) => orderOf(by, keys[x] as string) - orderOf(by, keys[y] as string) || compareKeys(keys[x] as string, keys[y] as string));
  return order.map((n) => {
    const groupRowsSorted = sortRowsById(store, members[n] as Int32Array);
    let reviewed = 0;
    for (const row of groupRowsSorted) if (store.statusAt(row) !== 'unreviewed') reviewed++;
    const key = keys[n] as string;
    return { key, label: groupLabel(key, by), rows: groupRowsSorted, reviewed };
  });
}

/**
 * Sorts `rows` in place by id. Rows usually come in id order already (a folder walk lists names in
 * order; a cache file is in key order): checked first, in one pass. Otherwise sorted as a JS array
 * (TimSort, made and dropped within this call): TypedArray#sort with a comparator was 5 times
 * slower on 100,000 rows, and the tree regroups every second while indexing.
 */
export function sortRowsById(store: SummaryStore, rows: Int32Array): Int32Array {
  let sorted = true;
  for (let i = 1; sorted && i < rows.length; i++) sorted = store.compareIds(rows[i - 1] as number, rows[i] as number) <= 0;
  if (sorted) return rows;
  rows.set(Array.from(rows).sort((a, b) => store.compareIds(a, b)));
  return rows;
}

function compareKeys(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** reviewProgress for rows. */
export function reviewProgressOfRows(store: SummaryStore, rows: Int32Array): ReviewProgress {
  const byStatus: Record<ReviewStatus, number> = { unreviewed: 0, accepted: 0, rejected: 0, flagged: 0 };
  const bySidecar: Record<SidecarState, number> = { pending: 0, missing: 0, fresh: 0, stale: 0, conflict: 0, invalid: 0 };
  for (const row of rows) {
    byStatus[store.statusAt(row)]++;
    bySidecar[store.sidecarStateAt(row)]++;
  }
  return { total: rows.length, reviewed: rows.length - byStatus.unreviewed, byStatus, bySidecar };
}

/** The rows of `groups` one after another: the tree's order. */
export function concatRows(groups: readonly RowGroup[]): Int32Array {
  const out = new Int32Array(groups.reduce((n, g) => n + g.rows.length, 0));
  let at = 0;
  for (const g of groups) {
    out.set(g.rows, at);
    at += g.rows.length;
  }
  return out;
}
