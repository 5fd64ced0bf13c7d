/**
 * A JSON array of strings (or nulls) left inside its text: where each string's characters start
 * and end, instead of one JS string per element. The index cache's keys and headlines (100,000 of
 * each at 100,000 articles) are read this way by the extension: the decoded line is one large
 * string (V8 puts it straight into its old generation) and a row keeps two offsets into it. One
 * small string per element would be 200,000 objects surviving the young generation's collections
 * while the file is read, which made V8 double the extension host's young generation (64 to
 * 128 MB of resident memory) on every reopen (bench/tree-index.mjs prints the heap spaces).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class StringRanges {
  constructor(
    /** The text the ranges point into. */
    readonly text: string,
    /** Element i's characters (between its quotes) are text.slice(start[i], end[i]); start[i] is -1 for null. */
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** 1 when element i holds a JSON escape (then its value is JSON.parse of its quoted text). */
    readonly escaped: Uint8Array,
  ) {}

  get length(): number {
    return this.start.length;
  }

  isNull(i: number): boolean {
    return (this.start[i] as number) < 0;
  }

  /** Element i as a string (null for null): a slice of the text, or the unescaped value. */
  valueAt(i: number): string | null {
    const start = this.start[i] as number;
    if (start < 0) return null;
    const end = this.end[i] as number;
    return this.escaped[i] ? (JSON.parse(this.text.slice(start - 1, end + 1)) as string) : this.text.slice(start, end);
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * The ranges of the JSON array `text.slice(from, to + 1)` (from at '[', to at ']'), or undefined
 * when it is not an array of strings (and nulls, when `nullable`) in valid JSON: the caller then
 * parses it with JSON.parse and gets the same verdict as before.
 */
export function scanStringArray(text: string, from: number, to: number, nullable: boolean): StringRanges | undefined {
  if (text.charCodeAt(from) !== 0x5b || text.charCodeAt(to) !== 0x5d) return undefined;
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let escapes = new Uint8Array(1024);
  let n = 0;
  let i = from + 1;
  const skip = (): void => {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
  };
  skip();
  if (i === to) return new StringRanges(text, new Int32Array(0), new Int32Array(0), new Uint8Array(0));
  for (;;) {
    if (n === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
      escapes = grown(escapes);
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let j = i + 1;
      let escaped = 0;
      for (;;) {
        if (j >= to) return undefined;
        const d = text.charCodeAt(j);
        if (d === QUOTE) break;
        if (d < 0x20) return undefined; // a raw control character: not JSON
        if (d === BACKSLASH) {
          escaped = 1;
          j += 2;
        } else j++;
      }
      if (escaped) {
        try {
          JSON.parse(text.slice(i, j + 1));
        } catch {
          return undefined;
        }
      }
      starts[n] = i + 1;
      ends[n] = j;
      escapes[n] = escaped;
      i = j + 1;
    } else if (nullable && c === 0x6e && text.startsWith('null', i)) {
      starts[n] = -1;
      ends[n] = -1;
      i += 4;
    } else return undefined;
    n++;
    skip();
    const sep = text.charCodeAt(i);
    if (i === to) break;
    if (sep !== 0x2c) return undefined;
    i++;
    skip();
  }
  return new StringRanges(text, starts.slice(0, n), ends.slice(0, n), escapes.slice(0, n));
}

function grown<T extends Int32Array | Uint8Array>(column: T): T {
  const bigger = new (column.constructor as new (n: number) => T)(column.length * 2);
  bigger.set(column);
  return bigger;
}
