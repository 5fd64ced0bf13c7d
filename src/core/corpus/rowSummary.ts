/** How a row of the column store (summaryStore.ts) reads as an ArticleSummary, and what it derives from an id. */
import type { SummaryStore } from './summaryStore';
import type { ArticleSummary, ReviewStatus, SidecarState, SpeakerCount } from './types';

/** The name a view shows before the headline is known: the id's last path segment, decoded. */
export function nameOf(id: string): string {
  return nameOfSegment(id.slice(id.lastIndexOf('/') + 1));
}

/** nameOf from the id's last path segment. */
export function nameOfSegment(last: string): string {
  if (!last.includes('%')) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Whether `name` is what nameOf(id) gives (without making that string: a reopen asks 100,000 times). */
export function isNameOf(name: string, id: string): boolean {
  const start = id.length - name.length;
  if (start > 0 && id.charCodeAt(start - 1) === 0x2f && id.endsWith(name) && !name.includes('%')) return true;
  return name === nameOf(id);
}

let lastExtension = '';

/**
 * The extension of an id's last segment, as the sidecar rule cuts it (src/core/sidecar
 * sidecarPathFor: a leading dot starts no extension): '.txt' for `…/a.txt`, '' for `…/README`.
 */
export function extensionOf(id: string): string {
  const slash = id.lastIndexOf('/');
  const dot = id.lastIndexOf('.');
  if (dot <= slash + 1) return '';
  // Most ids of a corpus share one extension: that string again, not a new one per id.
  if (id.length - dot === lastExtension.length && id.endsWith(lastExtension)) return lastExtension;
  return (lastExtension = id.slice(dot));
}

/** extensionOf for the id whose last segment ends at `end` in `text` and starts at or after `start`. */
export function extensionOfRange(text: string, start: number, end: number): string {
  // Searched within the range: text may be a line of 100,000 keys.
  const slash = lastIndexIn(text, 0x2f, start, end);
  const dot = lastIndexIn(text, 0x2e, start, end);
  if (dot <= slash + 1) return '';
  if (end - dot === lastExtension.length && text.startsWith(lastExtension, dot)) return lastExtension;
  return (lastExtension = text.slice(dot, end));
}

/** The last position of the character `code` in text[start, end), or start - 1. */
export function lastIndexIn(text: string, code: number, start: number, end: number): number {
  let at = end - 1;
  while (at >= start && text.charCodeAt(at) !== code) at--;
  return at;
}

/** One row of a store, read as an ArticleSummary (see SummaryStore.summary). */
export class RowSummary implements ArticleSummary {
  constructor(
    /** Its store and row: read by compareArticles, which orders two rows of one store without making their ids. */
    readonly store: SummaryStore,
    readonly row: number,
  ) {}
  get id(): string {
    return this.store.idAt(this.row);
  }
  get name(): string {
    return this.store.nameAt(this.row);
  }
  get headline(): string | null {
    return this.store.headlineAt(this.row);
  }
  get date(): string | null {
    return this.store.dateAt(this.row);
  }
  get outlet(): string | null {
    return this.store.outletAt(this.row);
  }
  get status(): ReviewStatus {
    return this.store.statusAt(this.row);
  }
  get sidecar(): SidecarState {
    return this.store.sidecarStateAt(this.row);
  }
  get speakers(): readonly SpeakerCount[] {
    return this.store.speakersAt(this.row);
  }
  get quoteCount(): number {
    return this.store.quoteCountAt(this.row);
  }
  get boilerplateShare(): number | null {
    return this.store.shareAt(this.row);
  }
  get indexed(): boolean {
    return this.store.isIndexed(this.row);
  }
  get error(): string | undefined {
    return this.store.errorAt(this.row);
  }
  toJSON(): ArticleSummary {
    return this.store.plain(this.row);
  }
}
