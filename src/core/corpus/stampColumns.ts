/**
 * The stamps of a column store's rows (summaryStore.ts): the size and mtime of each article and of
 * its sidecar, as numbers in typed arrays rather than a stamp object per row. Whether a row has
 * stamps, and a sidecar's, are flags the store keeps with its other flags.
 */
import { grow } from './columns';

/** A file's size and mtime, as a stat gives them. */
export type RowStamp = { readonly size: number; readonly mtimeMs: number };
/** The article's and its sidecar's stamps a row's summary was made from (sidecar null: there was none). */
export type RowStamps = { readonly article: RowStamp; readonly sidecar: RowStamp | null };

export class StampColumns {
  private size = new Float64Array(0);
  private mtime = new Float64Array(0);
  private sidecarSize = new Float64Array(0);
  private sidecarMtime = new Float64Array(0);

  /** Sets a row's four numbers (0 for a sidecar there is none of). */
  set(row: number, size: number, mtime: number, sidecarSize: number, sidecarMtime: number): void {
    this.size[row] = size;
    this.mtime[row] = mtime;
    this.sidecarSize[row] = sidecarSize;
    this.sidecarMtime[row] = sidecarMtime;
  }

  /** Sets a row from stamp objects (undefined: none, all zero). */
  write(row: number, stamps: RowStamps | undefined): void {
    this.set(row, stamps?.article.size ?? 0, stamps?.article.mtimeMs ?? 0, stamps?.sidecar?.size ?? 0, stamps?.sidecar?.mtimeMs ?? 0);
  }

  copy(row: number, other: StampColumns, from: number): void {
    this.set(row, other.articleSize(from), other.articleMtime(from), other.sidecarSize[from] as number, other.sidecarMtime[from] as number);
  }

  /** The row's stamps as objects; `hasSidecar` from the store's flags. */
  stamps(row: number, hasSidecar: boolean): RowStamps {
    const article = { size: this.size[row] as number, mtimeMs: this.mtime[row] as number };
    return { article, sidecar: hasSidecar ? { size: this.sidecarSize[row] as number, mtimeMs: this.sidecarMtime[row] as number } : null };
  }

  articleSize(row: number): number { return this.size[row] as number; }
  articleMtime(row: number): number { return this.mtime[row] as number; }
  sidecarSizeIf(row: number, hasSidecar: boolean): number | null { return hasSidecar ? (this.sidecarSize[row] as number) : null; }
  sidecarMtimeIf(row: number, hasSidecar: boolean): number | null { return hasSidecar ? (this.sidecarMtime[row] as number) : null; }

  reserve(capacity: number): void {
    this.size = grow(this.size, capacity);
    this.mtime = grow(this.mtime, capacity);
    this.sidecarSize = grow(this.sidecarSize, capacity);
    this.sidecarMtime = grow(this.sidecarMtime, capacity);
  }
}
