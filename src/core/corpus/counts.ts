/**
 * Counting for the view badge, the title, the status bar and the dashboard.
 */
import type { ArticleSummary, ReviewStatus, SidecarState } from './types';

export interface ReviewProgress {
  readonly total: number;
  readonly reviewed: number;
  readonly byStatus: Readonly<Record<ReviewStatus, number>>;
  readonly bySidecar: Readonly<Record<SidecarState, number>>;
}

export function reviewProgress(articles: readonly ArticleSummary[]): ReviewProgress {
  const byStatus: Record<ReviewStatus, number> = { unreviewed: 0, accepted: 0, rejected: 0, flagged: 0 };
  const bySidecar: Record<SidecarState, number> = { pending: 0, missing: 0, fresh: 0, stale: 0, conflict: 0, invalid: 0 };
  for (const a of articles) {
    byStatus[a.status]++;
    bySidecar[a.sidecar]++;
  }
  return { total: articles.length, reviewed: articles.length - byStatus.unreviewed, byStatus, bySidecar };
}

/** "37 of 120 reviewed" */
export function progressLabel(p: ReviewProgress): string {
  return `${p.reviewed} of ${p.total} reviewed`;
}

export interface Bar {
  readonly label: string;
  readonly value: number;
}

export interface CorpusStats {
  readonly progress: ReviewProgress;
  readonly perOutlet: readonly Bar[];
  readonly perMonth: readonly Bar[];
  readonly topSpeakers: readonly Bar[];
  /** Articles by share of boilerplate lines, in ten buckets 0–10 %, …, 90–100 %. */
  readonly boilerplateHistogram: readonly Bar[];
  /** Mean boilerplate share over indexed articles (0..1), null when none is indexed. */
  readonly meanBoilerplateShare: number | null;
}

function bars(counts: Map<string, number>): Bar[] {
  return [...counts].map(([label, value]) => ({ label, value }));
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function corpusStats(articles: readonly ArticleSummary[], topN = 15): CorpusStats {
  const outlets = new Map<string, number>();
  const months = new Map<string, number>();
  const speakers = new Map<string, number>();
  const histogram = Array.from({ length: 10 }, () => 0);
  let shareSum = 0;
  let shareCount = 0;
  for (const a of articles) {
    bump(outlets, a.outlet ?? 'Unknown outlet');
    bump(months, a.date?.slice(0, 7) ?? 'Undated');
    for (const s of a.speakers) bump(speakers, s.name, s.quotes);
    if (a.boilerplateShare !== null) {
      shareSum += a.boilerplateShare;
      shareCount++;
      const bucket = Math.min(9, Math.floor(a.boilerplateShare * 10));
      histogram[bucket] = (histogram[bucket] ?? 0) + 1;
    }
  }
  const byValue = (x: Bar, y: Bar): number => y.value - x.value || x.label.localeCompare(y.label);
  return {
    progress: reviewProgress(articles),
    perOutlet: bars(outlets).sort(byValue),
    perMonth: bars(months).sort((x, y) => (x.label === 'Undated' ? 1 : y.label === 'Undated' ? -1 : x.label.localeCompare(y.label))),
    topSpeakers: bars(speakers).sort(byValue).slice(0, topN),
    boilerplateHistogram: histogram.map((value, i) => ({ label: `${i * 10}–${i * 10 + 10} %`, value })),
    meanBoilerplateShare: shareCount ? shareSum / shareCount : null,
  };
}

/**
 * The next (or previous) unreviewed article after `currentId` in `ordered` (the tree's order),
 * wrapping around; undefined when none is left. When `currentId` is not in the list (filtered
 * out, or not an article), the search starts at the list's beginning (or end).
 */
export function nextUnreviewed(
  ordered: readonly ArticleSummary[],
  currentId: string | undefined,
  direction: 1 | -1 = 1,
): ArticleSummary | undefined {
  const n = ordered.length;
  if (!n) return undefined;
  const at = currentId === undefined ? -1 : ordered.findIndex((a) => a.id === currentId);
  const start = at >= 0 ? at : direction === 1 ? -1 : n;
  for (let step = 1; step <= n; step++) {
    const candidate = ordered[(((start + direction * step) % n) + n) % n];
    if (candidate && candidate.status === 'unreviewed' && candidate.id !== currentId) return candidate;
  }
  return undefined;
}
