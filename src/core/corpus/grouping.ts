/**
 * Groups of articles for the tree: by outlet, month, review status, sidecar state, or none.
 * Groups come in a fixed, meaningful order (statuses in workflow order, months in calendar order,
 * outlets alphabetically) with the "unknown" group last, so the tree does not jump around as
 * indexing fills in values.
 */
import { RowSummary } from './rowSummary';
import { REVIEW_STATUSES, SIDECAR_STATES, type ArticleSummary } from './types';

export type GroupBy = 'outlet' | 'month' | 'status' | 'staleness' | 'flat';
export const GROUP_BYS: readonly GroupBy[] = ['outlet', 'month', 'status', 'staleness', 'flat'];

export interface ArticleGroup {
  /** Stable within a grouping: used in tree ids. */
  readonly key: string;
  readonly label: string;
  readonly articles: readonly ArticleSummary[];
  readonly reviewed: number;
}

const UNKNOWN = '\uffff';

const SIDECAR_LABELS: Record<string, string> = {
  pending: 'Not read yet',
  missing: 'No sidecar',
  fresh: 'Up to date',
  stale: 'Stale (article changed)',
  conflict: 'Conflict with engine',
  invalid: 'Sidecar does not parse',
};

const STATUS_LABELS: Record<string, string> = { unreviewed: 'Unreviewed', accepted: 'Accepted', rejected: 'Rejected', flagged: 'Flagged' };

export function isGroupBy(value: unknown): value is GroupBy {
  return typeof value === 'string' && (GROUP_BYS as readonly string[]).includes(value);
}

export function groupKey(a: ArticleSummary, by: GroupBy): string {
  switch (by) {
    case 'outlet':
      return a.outlet ?? UNKNOWN;
    case 'month':
      return a.date?.slice(0, 7) ?? UNKNOWN;
    case 'status':
      return a.status;
    case 'staleness':
      return a.sidecar;
    case 'flat':
      return '';
  }
}

export function groupLabel(key: string, by: GroupBy): string {
  if (key === UNKNOWN) return by === 'month' ? 'Undated' : 'Unknown outlet';
  if (by === 'status') return STATUS_LABELS[key] ?? key;
  if (by === 'staleness') return SIDECAR_LABELS[key] ?? key;
  return key;
}

/** A group key's place before the keys' own order (statuses and sidecar states in workflow order). */
export function orderOf(by: GroupBy, key: string): number {
  if (by === 'status') return REVIEW_STATUSES.indexOf(key as never);
  if (by === 'staleness') return SIDECAR_STATES.indexOf(key as never);
  return 0;
}

/** Review order inside a group and in the flat list: by id (the URI, hence folder then file name). */
export function compareArticles(a: ArticleSummary, b: ArticleSummary): number {
  // Two rows of one store: compared in the store (a row's id is made when read: twice per comparison otherwise).
  if (a instanceof RowSummary && b instanceof RowSummary && a.store === b.store) return a.store.compareIds(a.row, b.row);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Groups `articles` (any order); with `flat`, one group holding everything. Empty groups are left out.
 * Each group's list is made at its final length (keys counted first): the tree regroups 100,000
 * articles every second while indexing, and lists grown push by push left three times their size
 * in garbage each time, kept long enough to be promoted to the old generation.
 */
export function groupArticles(articles: readonly ArticleSummary[], by: GroupBy): ArticleGroup[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const key = groupKey(a, by);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const buckets = new Map<string, { members: ArticleSummary[]; filled: number }>();
  for (const [key, n] of counts) buckets.set(key, { members: new Array<ArticleSummary>(n), filled: 0 });
  for (const a of articles) {
    const bucket = buckets.get(groupKey(a, by)) as { members: ArticleSummary[]; filled: number };
    bucket.members[bucket.filled++] = a;
  }
  const keys = [...buckets.keys()].sort((x, y) => orderOf(by, x) - orderOf(by, y) || (x < y ? -1 : x > y ? 1 : 0));
  return keys.map((key) => {
    const members = (buckets.get(key) as { members: ArticleSummary[] }).members.sort(compareArticles);
    let reviewed = 0;
    for (const a of members) if (a.status !== 'unreviewed') reviewed++;
    return { key, label: groupLabel(key, by), articles: members, reviewed };
  });
}

/** Splits a long list into pages so a group of 100,000 articles opens as a handful of ranges. */
export function pages<T>(items: readonly T[], size: number): { from: number; to: number; items: readonly T[] }[] {
  const out: { from: number; to: number; items: readonly T[] }[] = [];
  for (let i = 0; i < items.length; i += size) out.push({ from: i, to: Math.min(i + size, items.length) - 1, items: items.slice(i, i + size) });
  return out;
}
