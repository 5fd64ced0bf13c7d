/**
 * The tree's filter: any combination of outlet, review status, speaker and free text. An empty
 * filter matches everything. Text and speaker match case-insensitively on substrings, because a
 * reviewer types "wahyu" and expects "Sri Wahyuni".
 */
import type { ArticleSummary, ReviewStatus } from './types';

export interface ArticleFilter {
  readonly outlet?: string;
  readonly status?: ReviewStatus;
  readonly speaker?: string;
  readonly text?: string;
}

export function isFilterActive(f: ArticleFilter): boolean {
  return Boolean(f.outlet !== undefined || f.status || f.speaker || f.text);
}

/** toLowerCase, not toLocaleLowerCase: the same on every machine, and several times faster on 100,000 summaries. */
const fold = (s: string): string => s.toLowerCase();

/**
 * The folded text a text filter searches, per summary. Summaries are immutable (a changed article
 * gets a new object), so a WeakMap keyed by the summary never serves stale text and frees itself.
 */
const haystacks = new WeakMap<ArticleSummary, string>();
function haystackOf(a: ArticleSummary): string {
  let h = haystacks.get(a);
  if (h === undefined) haystacks.set(a, (h = fold([a.headline ?? '', a.name, a.outlet ?? '', a.date ?? ''].join('\u0000'))));
  return h;
}

export function matchesFilter(a: ArticleSummary, f: ArticleFilter): boolean {
  if (f.outlet !== undefined && (a.outlet ?? '') !== f.outlet) return false;
  if (f.status && a.status !== f.status) return false;
  if (f.speaker) {
    const wanted = fold(f.speaker);
    if (!a.speakers.some((s) => fold(s.name).includes(wanted))) return false;
  }
  if (f.text) {
    if (!haystackOf(a).includes(fold(f.text))) return false;
  }
  return true;
}

export function filterArticles(articles: readonly ArticleSummary[], f: ArticleFilter): ArticleSummary[] {
  return isFilterActive(f) ? articles.filter((a) => matchesFilter(a, f)) : [...articles];
}

/** "outlet: KabarPesisir · status: flagged", for the view's description. */
export function describeFilter(f: ArticleFilter): string {
  const parts: string[] = [];
  if (f.outlet !== undefined) parts.push(`outlet: ${f.outlet || 'unknown'}`);
  if (f.status) parts.push(`status: ${f.status}`);
  if (f.speaker) parts.push(`speaker: ${f.speaker}`);
  if (f.text) parts.push(`“${f.text}”`);
  return parts.join(' · ');
}
