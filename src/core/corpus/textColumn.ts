/**
 * A nullable string per row of the column store (summaryStore.ts), kept either as the row's own
 * string or as a range of a text shared by many rows: the headlines read from an index cache
 * file stay inside the file's headline line (see StringRanges in src/core/cache, and idColumn.ts
 * for why: 100,000 small long-lived strings made V8 double the host's young generation).
 */
import { grow } from './columns';

export class TextColumn {
  /** A row's own value; undefined: its value is a range of one of `texts`. */
  private readonly own: (string | null | undefined)[] = [];
  private readonly texts: string[] = [];
  private text = new Int32Array(0);
  private start = new Int32Array(0);
  private end = new Int32Array(0);
  /** 1: the range holds a JSON escape (the value is JSON.parse of the quoted range). */
  private escaped = new Uint8Array(0);

  /** A new row (null) at the end. */
  push(): void {
    this.own.push(null);
  }

  set(row: number, value: string | null): void {
    this.own[row] = value;
  }

  /** The row's value is `text.slice(start, end)` (JSON-unescaped when `escaped`): only the offsets are kept. */
  setRange(row: number, text: string, start: number, end: number, escaped: boolean): void {
    let number = this.texts.length - 1;
    if (this.texts[number] !== text) number = this.texts.push(text) - 1;
    this.own[row] = undefined;
    this.text[row] = number;
    this.start[row] = start;
    this.end[row] = end;
    this.escaped[row] = escaped ? 1 : 0;
  }

  at(row: number): string | null {
    const own = this.own[row];
    if (own !== undefined) return own;
    const text = this.texts[this.text[row] as number] as string;
    const start = this.start[row] as number;
    const end = this.end[row] as number;
    return this.escaped[row] ? (JSON.parse(text.slice(start - 1, end + 1)) as string) : text.slice(start, end);
  }

  reserve(capacity: number): void {
    this.text = grow(this.text, capacity);
    this.start = grow(this.start, capacity);
    this.end = grow(this.end, capacity);
    this.escaped = grow(this.escaped, capacity);
  }
}
