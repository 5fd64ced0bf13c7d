/**
 * Short strings whose characters are all U+0000..U+00FF, kept as one byte per character in chunks
 * of typed arrays (outside the JS heap) and read back with String.fromCharCode: the pool under
 * TextColumn (textColumn.ts). A value never straddles two chunks; chunks are never moved or grown,
 * so a full chunk costs no copy, and the last one is the only slack.
 */
const CHUNK_BYTES = 256 * 1024;
/** String.fromCharCode.apply takes its arguments on the stack: read long values in slices of this many. */
const READ_SLICE = 8192;

export interface PooledAt {
  readonly chunk: number;
  readonly start: number;
}

export class Latin1ByteChunks {
  private chunks: Uint8Array[] = [];
  /** Bytes written into the last chunk. */
  private filled = CHUNK_BYTES;
  /** Bytes of values still held, and of values released (replaced) since the last detach. */
  used = 0;
  wasted = 0;

  /** Stores `value` and says where; undefined (nothing stored) when a character is above U+00FF. */
  add(value: string): PooledAt | undefined {
    const length = value.length;
    for (let i = 0; i < length; i++) if (value.charCodeAt(i) > 0xff) return undefined;
    const at = this.room(length);
    const chunk = this.chunks[at.chunk] as Uint8Array;
    for (let i = 0; i < length; i++) chunk[at.start + i] = value.charCodeAt(i);
    return at;
  }

  /** The value stored at chunk[start, end). */
  read(chunk: number, start: number, end: number): string {
    const bytes = this.chunks[chunk] as Uint8Array;
    if (end - start <= READ_SLICE) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
    let out = '';
    for (let at = start; at < end; at += READ_SLICE) out += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(end, at + READ_SLICE)) as unknown as number[]);
    return out;
  }

  /** A value of `length` bytes is no longer held. */
  release(length: number): void {
    this.used -= length;
    this.wasted += length;
  }

  /** Hands the current chunks over (to copy the values still held from, with copyFrom) and starts empty. */
  detach(): Latin1ByteChunks {
    const old = new Latin1ByteChunks();
    old.chunks = this.chunks;
    old.filled = this.filled;
    this.chunks = [];
    this.filled = CHUNK_BYTES;
    this.used = 0;
    this.wasted = 0;
    return old;
  }

  /** Copies a value of `from` (chunk[start, end)) into this pool. */
  copyFrom(from: Latin1ByteChunks, chunk: number, start: number, end: number): PooledAt {
    const at = this.room(end - start);
    (this.chunks[at.chunk] as Uint8Array).set((from.chunks[chunk] as Uint8Array).subarray(start, end), at.start);
    return at;
  }

  /** Room for `length` bytes: in the last chunk, or a new one (as long as the value when longer than a chunk). */
  private room(length: number): PooledAt {
    if (this.filled + length > (this.chunks[this.chunks.length - 1]?.length ?? 0)) {
      this.chunks.push(new Uint8Array(Math.max(CHUNK_BYTES, length)));
      this.filled = 0;
    }
    const at = { chunk: this.chunks.length - 1, start: this.filled };
    this.filled += length;
    this.used += length;
    return at;
  }
}
