/**
 * The word table's storage: an open-addressing hash table from words to values, keyed by
 * wordHash (seeded per process; the tokenizer's scan works it out on the way for most words).
 * Not a Map: every body token is looked up, and a Map lookup of a freshly sliced word (its hash
 * computed by a runtime call, then the bucket walk) cost about three times a lookup here.
 *
 * Each key's characters are also copied into one pool of UTF-16 code units, so that a word can be
 * found where it stands in the text (slotIn) without a string of its own: comparing against the
 * pool is a typed-array read per character, where comparing against the key string went through
 * the string's representation each time (measured: about 10 ns against 35 ns per word).
 */
const INITIAL_SLOTS = 1024;
const INITIAL_POOL = 8192;

export class WordSlots<V> {
  /** Per slot: the key's hash (0: empty), where its characters start in `pool`, its length, the key, its value. Slots are a power of two, at most half used. */
  private hashes = new Int32Array(INITIAL_SLOTS);
  private starts = new Int32Array(INITIAL_SLOTS);
  private lengths = new Int32Array(INITIAL_SLOTS);
  private keys: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS);
  private values: (V | undefined)[] = new Array<V | undefined>(INITIAL_SLOTS);
  private pool = new Uint16Array(INITIAL_POOL);
  private poolUsed = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value of `word` (its wordHash `h`), or undefined. */
  get(word: string, h: number): V | undefined {
    const hashes = this.hashes;
    const mask = hashes.length - 1;
    for (let i = h & mask, at = hashes[i] as number; at !== 0; i = (i + 1) & mask, at = hashes[i] as number) {
      if (at === h && this.keys[i] === word) return this.values[i];
    }
    return undefined;
  }

  /**
   * The slot holding the word text[from, to) (its wordHash `h`), or -1, compared in place with the
   * pooled characters. keyAt and valueAt read the slot; it holds until the next word is added.
   */
  slotIn(text: string, from: number, to: number, h: number): number {
    const hashes = this.hashes;
    const mask = hashes.length - 1;
    const length = to - from;
    const pool = this.pool;
    for (let i = h & mask, at = hashes[i] as number; at !== 0; i = (i + 1) & mask, at = hashes[i] as number) {
      if (at !== h || this.lengths[i] !== length) continue;
      let p = this.starts[i] as number;
      let k = from;
      while (k < to && pool[p] === text.charCodeAt(k)) {
        k++;
        p++;
      }
      if (k === to) return i;
    }
    return -1;
  }

  keyAt(slot: number): string {
    return this.keys[slot] as string;
  }

  valueAt(slot: number): V {
    return this.values[slot] as V;
  }

  /** Adds `word` (its wordHash `h`, not in the table yet) with its value. */
  add(word: string, h: number, value: V): void {
    if (2 * (this.count + 1) > this.hashes.length) this.grow();
    if (this.poolUsed + word.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(2 * this.pool.length, this.poolUsed + word.length));
      pool.set(this.pool.subarray(0, this.poolUsed));
      this.pool = pool;
    }
    const start = this.poolUsed;
    for (let k = 0; k < word.length; k++) this.pool[start + k] = word.charCodeAt(k);
    this.poolUsed += word.length;
    this.put(h, start, word, value);
  }

  clear(): void {
    this.hashes = new Int32Array(INITIAL_SLOTS);
    this.starts = new Int32Array(INITIAL_SLOTS);
    this.lengths = new Int32Array(INITIAL_SLOTS);
    this.keys = new Array<string | undefined>(INITIAL_SLOTS);
    this.values = new Array<V | undefined>(INITIAL_SLOTS);
    this.pool = new Uint16Array(INITIAL_POOL);
    this.poolUsed = 0;
    this.count = 0;
  }

  private put(h: number, start: number, word: string, value: V): void {
    const mask = this.hashes.length - 1;
    let i = h & mask;
    while (this.hashes[i] !== 0) i = (i + 1) & mask;
    this.hashes[i] = h;
    this.starts[i] = start;
    this.lengths[i] = word.length;
    this.keys[i] = word;
    this.values[i] = value;
    this.count++;
  }

  private grow(): void {
    const { hashes, starts, keys, values } = this;
    const slots = hashes.length * 2;
    this.hashes = new Int32Array(slots);
    this.starts = new Int32Array(slots);
    this.lengths = new Int32Array(slots);
    this.keys = new Array<string | undefined>(slots);
    this.values = new Array<V | undefined>(slots);
    this.count = 0;
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== 0) this.put(hashes[i] as number, starts[i] as number, keys[i] as string, values[i] as V);
  }
}
