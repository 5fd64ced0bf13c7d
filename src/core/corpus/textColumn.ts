/**
 * A nullable string per row of the column store (summaryStore.ts), kept as a range of a text
 * shared by many rows (the headlines read from an index cache file stay inside the file's headline
 * line, see StringRanges in src/core/cache) or, for a value set on its own (a cold build's
 * headlines), as bytes in a pool of typed arrays (latin1ByteChunks.ts); a value with a character
 * above U+00FF is kept as its own string.
 *
 * Why: 100,000 small long-lived strings (and a JS array pointing to them) survive the young
 * generation's collections during a cold build and made V8 double it (64 to 128 MB resident); the
 * pool's bytes live outside the JS heap. See idColumn.ts for the ids.
 */
import { grow } from './columns';
import { Latin1ByteChunks } from './latin1ByteChunks';

const NULL = 0;
/** The value is bytes[start, end) of chunk `text` of the pool. */
const POOLED = 1;
/** The value is texts[text].slice(start, end) (JSON-unescaped when `escaped`). */
const RANGE = 2;
/** The value is wide.get(row). */
const WIDE = 3;

export class TextColumn {
  private kind = new Uint8Array(0);
  private readonly texts: string[] = [];
  private readonly pool = new Latin1ByteChunks();
  /** Values with a character the pool cannot hold (above U+00FF): few in most corpora. */
  private readonly wide = new Map<number, string>();
  private rows = 0;
  private text = new Int32Array(0);
  private start = new Int32Array(0);
  private end = new Int32Array(0);
  /** 1: the range holds a JSON escape (the value is JSON.parse of the quoted range). */
  private escaped = new Uint8Array(0);

  /** A new row (null) at the end. */
  push(): void {
    if (this.rows === this.kind.length) this.reserve(Math.max(1024, this.rows * 2));
    this.rows++;
  }

  set(row: number, value: string | null): void {
    this.forget(row);
    if (value === null) return;
    const at = this.pool.add(value);
    if (at === undefined) {
      this.kind[row] = WIDE;
      this.wide.set(row, value);
      return;
    }
    this.kind[row] = POOLED;
    this.text[row] = at.chunk;
    this.start[row] = at.start;
    this.end[row] = at.start + value.length;
    if (this.pool.wasted > 1048576 && this.pool.wasted > this.pool.used / 2) this.compact();
  }

  /** The row's value is `text.slice(start, end)` (JSON-unescaped when `escaped`): only the offsets are kept. */
  setRange(row: number, text: string, start: number, end: number, escaped: boolean): void {
    this.forget(row);
    let number = this.texts.length - 1;
    if (this.texts[number] !== text) number = this.texts.push(text) - 1;
    this.kind[row] = RANGE;
    this.text[row] = number;
    this.start[row] = start;
    this.end[row] = end;
    this.escaped[row] = escaped ? 1 : 0;
  }

  at(row: number): string | null {
    const start = this.start[row] as number;
    const end = this.end[row] as number;
    switch (this.kind[row]) {
      case POOLED:
        return this.pool.read(this.text[row] as number, start, end);
      case RANGE: {
        const text = this.texts[this.text[row] as number] as string;
        return this.escaped[row] ? (JSON.parse(text.slice(start - 1, end + 1)) as string) : text.slice(start, end);
      }
      case WIDE:
        return this.wide.get(row) as string;
      default:
        return null;
    }
  }

  reserve(capacity: number): void {
    if (capacity <= this.kind.length) return;
    this.kind = grow(this.kind, capacity);
    this.text = grow(this.text, capacity);
    this.start = grow(this.start, capacity);
    this.end = grow(this.end, capacity);
    this.escaped = grow(this.escaped, capacity);
  }

  /** The row's old value is no longer held (its pooled bytes count as wasted until a compaction). */
  private forget(row: number): void {
    const kind = this.kind[row];
    if (kind === POOLED) this.pool.release((this.end[row] as number) - (this.start[row] as number));
    else if (kind === WIDE) this.wide.delete(row);
    this.kind[row] = NULL;
  }

  /** Copies every pooled value into a new pool (replaced values' bytes dropped). */
  private compact(): void {
    const old = this.pool.detach();
    for (let row = 0; row < this.rows; row++) {
      if (this.kind[row] !== POOLED) continue;
      const length = (this.end[row] as number) - (this.start[row] as number);
      const at = this.pool.copyFrom(old, this.text[row] as number, this.start[row] as number, this.end[row] as number);
      this.text[row] = at.chunk;
      this.start[row] = at.start;
      this.end[row] = at.start + length;
    }
  }
}
