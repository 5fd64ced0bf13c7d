/**
 * The ids of a column store's rows (summaryStore.ts) and the look-up from id to row, without a JS
 * string per row where it can: a row's id is `prefix + text.slice(start, end)`, where the text may
 * be one large string shared by many rows (an index cache file's keys line, see StringRanges in
 * src/core/cache) and the prefix one of a few (a corpus root's Uri string and '/'). A row added
 * from a plain id string keeps that string as its text. The look-up is an open-addressing hash
 * table in an Int32Array over the ids' characters (FNV-1a), not a Map keyed by 100,000 strings.
 *
 * Why: at 100,000 articles a string and a Map entry per id were about 100 bytes of small
 * long-lived objects per article, read in at once on a reopen; surviving the young generation's
 * collections, they made V8 double it (64 to 128 MB resident). Ids are made when asked (idAt): a
 * view asks for the few it shows.
 */

import { lastIndexIn } from './rowSummary';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashChars(hash: number, text: string, start: number, end: number): number {
  let h = hash;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

export class IdColumn {
  private readonly texts: string[] = [];
  /** Prefixes end with '/' (so a row's last path segment lies inside its text). */
  private readonly prefixes: string[] = [];
  private readonly prefixNumbers = new Map<string, number>();
  private readonly prefixHashes: number[] = [];
  private text = new Int32Array(0);
  /** -1: no prefix. */
  private prefix = new Int32Array(0);
  private start = new Int32Array(0);
  private end = new Int32Array(0);
  /** Open addressing: row + 1 in a slot, 0 for an empty slot. Never shrinks; deleted rows stay (the store skips them). */
  private table = new Int32Array(0);
  private rows = 0;

  get length(): number {
    return this.rows;
  }

  /** The number to give addRange for a text many rows point into. */
  addText(text: string): number {
    return this.texts.push(text) - 1;
  }

  /** The number to give addRange for a prefix ending with '/' (kept once, however often it is asked for). */
  prefixNumber(prefix: string): number {
    if (!prefix.endsWith('/')) throw new Error(`an id prefix must end with '/': ${prefix}`);
    let n = this.prefixNumbers.get(prefix);
    if (n === undefined) {
      n = this.prefixes.push(prefix) - 1;
      this.prefixNumbers.set(prefix, n);
      this.prefixHashes.push(hashChars(FNV_OFFSET, prefix, 0, prefix.length));
    }
    return n;
  }

  idAt(row: number): string {
    const text = this.texts[this.text[row] as number] as string;
    const start = this.start[row] as number;
    const end = this.end[row] as number;
    const prefix = this.prefix[row] as number;
    const tail = start === 0 && end === text.length ? text : text.slice(start, end);
    return prefix < 0 ? tail : (this.prefixes[prefix] as string) + tail;
  }

  /** The row whose id is `id` and for which `live(row)` holds, or -1. */
  find(id: string, live: (row: number) => boolean): number {
    const mask = this.table.length - 1;
    if (mask < 0) return -1;
    for (let slot = hashChars(FNV_OFFSET, id, 0, id.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] as number;
      if (entry === 0) return -1;
      const row = entry - 1;
      if (this.equals(row, id) && live(row)) return row;
    }
  }

  /**
   * The order of two rows' ids as `<` on the strings gives it (UTF-16 code units), without making
   * them: the tree sorts 100,000 articles by id whenever it regroups.
   */
  compare(a: number, b: number): number {
    const prefixA = this.prefix[a] as number;
    const prefixB = this.prefix[b] as number;
    const textA = this.texts[this.text[a] as number] as string;
    const textB = this.texts[this.text[b] as number] as string;
    const startA = this.start[a] as number;
    const startB = this.start[b] as number;
    if (prefixA === prefixB) return compareRanges(textA, startA, this.end[a] as number, textB, startB, this.end[b] as number);
    // Other prefixes (rare: several roots, or rows added from whole ids): the whole ids.
    const idA = this.idAt(a);
    const idB = this.idAt(b);
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  }

  /** The id's last path segment (after its last '/'), as it is in the id. */
  lastSegmentAt(row: number): string {
    const text = this.texts[this.text[row] as number] as string;
    const start = this.start[row] as number;
    const end = this.end[row] as number;
    return text.slice(lastIndexIn(text, 0x2f, start, end) + 1, end);
  }

  /** find() for the id (prefix: a number from prefixNumber) `prefixes[prefix] + texts[text].slice(start, end)`, without making it. */
  findRange(prefix: number, text: number, start: number, end: number, live: (row: number) => boolean): number {
    const mask = this.table.length - 1;
    if (mask < 0) return -1;
    const source = this.texts[text] as string;
    const hash = hashChars(this.prefixHashes[prefix] as number, source, start, end);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] as number;
      if (entry === 0) return -1;
      const row = entry - 1;
      if (this.rangeEquals(row, prefix, source, start, end) && live(row)) return row;
    }
  }

  /** A new row whose id is the string `id`. */
  add(id: string): number {
    return this.addRange(-1, this.addText(id), 0, id.length);
  }

  /** A new row whose id is `prefixes[prefix] + texts[text].slice(start, end)` (prefix -1: none). */
  addRange(prefix: number, text: number, start: number, end: number): number {
    const row = this.rows++;
    if (row === this.text.length) this.reserve(Math.max(1024, row * 2));
    this.text[row] = text;
    this.prefix[row] = prefix;
    this.start[row] = start;
    this.end[row] = end;
    if (2 * this.rows > this.table.length) this.rehash(Math.max(2048, this.table.length * 2));
    else this.place(row);
    return row;
  }

  private hashOf(row: number): number {
    const prefix = this.prefix[row] as number;
    const seed = prefix < 0 ? FNV_OFFSET : (this.prefixHashes[prefix] as number);
    return hashChars(seed, this.texts[this.text[row] as number] as string, this.start[row] as number, this.end[row] as number);
  }

  private place(row: number): void {
    const mask = this.table.length - 1;
    let slot = this.hashOf(row) & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = row + 1;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size);
    for (let row = 0; row < this.rows; row++) this.place(row);
  }

  /** Room for `rows` rows in all (never less than held): a reader that knows how many rows come sizes the columns once, without doubling's slack. */
  reserve(rows: number): void {
    if (rows <= this.text.length) return;
    for (const name of ['text', 'prefix', 'start', 'end'] as const) {
      const bigger = new Int32Array(rows);
      bigger.set(this[name]);
      this[name] = bigger;
    }
  }

  /** Whether row's id is `id`, compared character by character (no string made). */
  private equals(row: number, id: string): boolean {
    const prefixNumber = this.prefix[row] as number;
    const prefix = prefixNumber < 0 ? '' : (this.prefixes[prefixNumber] as string);
    const start = this.start[row] as number;
    const end = this.end[row] as number;
    if (id.length !== prefix.length + end - start || !id.startsWith(prefix)) return false;
    const text = this.texts[this.text[row] as number] as string;
    for (let i = start, j = prefix.length; i < end; i++, j++) if (text.charCodeAt(i) !== id.charCodeAt(j)) return false;
    return true;
  }

  private rangeEquals(row: number, prefix: number, source: string, start: number, end: number): boolean {
    const rowPrefix = this.prefix[row] as number;
    const rowStart = this.start[row] as number;
    const rowEnd = this.end[row] as number;
    const rowText = this.texts[this.text[row] as number] as string;
    if (rowPrefix === prefix) {
      if (rowEnd - rowStart !== end - start) return false;
      for (let i = rowStart, j = start; i < rowEnd; i++, j++) if (rowText.charCodeAt(i) !== source.charCodeAt(j)) return false;
      return true;
    }
    // Another prefix (or none): compare the whole ids (rare: roots inside one another).
    return this.equals(row, (this.prefixes[prefix] as string) + source.slice(start, end));
  }
}

/** `<` on text1.slice(start1, end1) and text2.slice(start2, end2), as -1, 0 or 1, without slicing. */
function compareRanges(text1: string, start1: number, end1: number, text2: string, start2: number, end2: number): number {
  const length = Math.min(end1 - start1, end2 - start2);
  for (let k = 0; k < length; k++) {
    const c1 = text1.charCodeAt(start1 + k);
    const c2 = text2.charCodeAt(start2 + k);
    if (c1 !== c2) return c1 < c2 ? -1 : 1;
  }
  const d = end1 - start1 - (end2 - start2);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}
