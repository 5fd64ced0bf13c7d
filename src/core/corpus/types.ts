/**
 * What the tree, the status bar, the Explorer decorations and the dashboard know about one
 * article: a small summary, never the article text. The extension fills it from the article (via
 * the engine) and its sidecar; everything in this folder is pure grouping/filtering/counting over it.
 */
export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected' | 'flagged';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'accepted', 'rejected', 'flagged'];

/**
 * The sidecar's state relative to its article. `pending`: not read yet (indexing still running);
 * `invalid`: the sidecar exists but does not parse; `conflict`: the last merge kept a person's
 * edit over a different engine value.
 */
export type SidecarState = 'pending' | 'missing' | 'fresh' | 'stale' | 'conflict' | 'invalid';
export const SIDECAR_STATES: readonly SidecarState[] = ['pending', 'missing', 'fresh', 'stale', 'conflict', 'invalid'];

export interface SpeakerCount {
  readonly name: string;
  readonly quotes: number;
}

export interface ArticleSummary {
  /** Stable id: the article's URI as a string. Also the sort key for review order. */
  readonly id: string;
  /** File name ("02-banjir.txt"): the label until the headline is known. */
  readonly name: string;
  /** Null until indexed, or when the engine found no headline. */
  readonly headline: string | null;
  /** YYYY-MM-DD, the article's own date. */
  readonly date: string | null;
  readonly outlet: string | null;
  readonly status: ReviewStatus;
  readonly sidecar: SidecarState;
  /** Speakers of the article's quotes, with how many quotes each has. */
  readonly speakers: readonly SpeakerCount[];
  readonly quoteCount: number;
  /** Share (0..1) of non-blank lines that are boilerplate; null until indexed. */
  readonly boilerplateShare: number | null;
  /** False while only the file name is known. */
  readonly indexed: boolean;
  /** Why the article could not be read (invalid UTF-8, binary…), when it could not. */
  readonly error?: string;
}

/** A summary for a file that has been listed but not read yet. */
export function pendingSummary(id: string, name: string): ArticleSummary {
  return { id, name, headline: null, date: null, outlet: null, status: 'unreviewed', sidecar: 'pending', speakers: [], quoteCount: 0, boilerplateShare: null, indexed: false };
}

export function isReviewed(a: ArticleSummary): boolean {
  return a.status !== 'unreviewed';
}
