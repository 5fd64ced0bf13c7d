/**
 * The few things the views and the review loop need from a sidecar's text, on top of the core
 * sidecar module (src/core/sidecar): the facts the tree shows, the sidecar's state relative to the
 * article, and a copy with a new review decision (only the review block changes).
 */
import type { ReviewStatus, SidecarFacts, SidecarState } from '../core/corpus';
import { isStale, readSidecar, setReview, type SidecarView } from '../core/sidecar';
import { sidecarFacts } from '../core/cache/facts';

export interface ReviewDecision {
  readonly status: ReviewStatus;
  readonly reviewer: string | null;
  readonly note: string | null;
  /** ISO 8601. */
  readonly time: string;
}

export type SidecarReading = { readonly ok: true; readonly view: SidecarView; readonly facts: SidecarFacts } | { readonly ok: false; readonly message: string };

export function readSidecarText(text: string): SidecarReading {
  const read = readSidecar(text);
  if (!read.ok) {
    const { line, column, message } = read.error;
    return { ok: false, message: line ? `line ${line}, column ${column ?? 1}: ${message}` : message };
  }
  const view = read.value;
  return {
    ok: true,
    view,
    facts: sidecarFacts(view),
  };
}

/**
 * The sidecar's state for an article whose current text is `articleText`. `conflicted`: the last
 * extraction of this article in this session reported a conflict (the file itself keeps the
 * person's value and does not record the disagreement).
 */
export function sidecarState(reading: SidecarReading | null, articleText: string, conflicted = false): SidecarState {
  if (reading === null) return 'missing';
  if (!reading.ok) return 'invalid';
  if (isStale(reading.view, articleText)) return 'stale';
  return conflicted ? 'conflict' : 'fresh';
}

/** The sidecar text with its review block set to `decision`. Throws (with line and column) when the sidecar does not parse. */
export function withReview(text: string, decision: ReviewDecision): string {
  const result = setReview(text, decision);
  if (!result.ok) {
    const { line, column, message } = result.error;
    throw new Error(line ? `line ${line}, column ${column ?? 1}: ${message}` : message);
  }
  return result.value;
}
