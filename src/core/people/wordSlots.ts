/**
 * The word table's storage: an open-addressing hash table from words to values, keyed by
 * wordHash (seeded per process; the tokenizer's scan works it out on the way for most words).
 * Not a Map: every body token is looked up, and a Map lookup of a freshly sliced word (its hash
 * computed by a runtime call, then the bucket walk) cost about three times a lookup here.
 *
 * Each key's characters are also copied into one pool of UTF-16 code units, so that a word can be
 * found where it stands in the text (slotIn) without a string of its own: comparing against the
 * pool is a typed-array read per character, where comparing against the key string went through
 * the string's representation each time (measured: about 26 ns against 35 ns per word). A slot's
 * numbers sit side by side (hash, pool start, length), and so do its key and value: in a whole
 * analysis the table is mostly out of the cache, and a probe then costs one memory line, not three.
 */
const INITIAL_SLOTS = 1024;
const INITIAL_POOL = 8192;
/** Numbers per slot in `meta`: hash (0: empty), start of the key's characters in `pool`, key length, unused. */
const META = 4;

export class WordSlots<V> {
  /** Slots are a power of two, at most three quarters used (a probe past the first slot mostly stays in its memory line). */
  private slots = INITIAL_SLOTS;
  private meta = new Int32Array(INITIAL_SLOTS * META);
  /** Per slot: the key, then its value. */
  private refs: (string | V | undefined)[] = new Array<string | V | undefined>(INITIAL_SLOTS * 2);
  private pool = new Uint16Array(INITIAL_POOL);
  private poolUsed = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value of `word` (its wordHash `h`), or undefined. */
  get(word: string, h: number): V | undefined {
    const meta = this.meta;
    const mask = this.slots - 1;
    for (let i = h & mask, at = meta[i * META] as number; at !== 0; i = (i + 1) & mask, at = meta[i * META] as number) {
      if (at === h && this.refs[2 * i] === word) return this.refs[2 * i + 1] as V;
    }
    return undefined;
  }

  /**
   * The slot holding the word text[from, to) (its wordHash `h`), or -1, compared in place with the
   * pooled characters. keyAt and valueAt read the slot; it holds until the next word is added.
   */
  slotIn(text: string, from: number, to: number, h: number): number {
    const meta = this.meta;
    const mask = this.slots - 1;
    const length = to - from;
    const pool = this.pool;
    for (let i = h & mask, at = meta[i * META] as number; at !== 0; i = (i + 1) & mask, at = meta[i * META] as number) {
      if (at !== h || meta[i * META + 2] !== length) continue;
      let p = meta[i * META + 1] as number;
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
    return this.refs[2 * slot] as string;
  }

  valueAt(slot: number): V {
    return this.refs[2 * slot + 1] as V;
  }

  /** Adds `word` (its wordHash `h`, not in the table yet) with its value. */
  add(word: string, h: number, value: V): void {
    if (4 * (this.count + 1) > 3 * this.slots) this.grow();
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
    this.slots = INITIAL_SLOTS;
    this.meta = new Int32Array(INITIAL_SLOTS * META);
    this.refs = new Array<string | V | undefined>(INITIAL_SLOTS * 2);
    this.pool = new Uint16Array(INITIAL_POOL);
    this.poolUsed = 0;
    this.count = 0;
  }

  private put(h: number, start: number, word: string, value: V): void {
    const mask = this.slots - 1;
    let i = h & mask;
    while (this.meta[i * META] !== 0) i = (i + 1) & mask;
    this.meta[i * META] = h;
    this.meta[i * META + 1] = start;
    this.meta[i * META + 2] = word.length;
    this.refs[2 * i] = word;
    this.refs[2 * i + 1] = value;
    this.count++;
  }

  private grow(): void {
    const { slots, meta, refs } = this;
    this.slots = slots * 2;
    this.meta = new Int32Array(this.slots * META);
    this.refs = new Array<string | V | undefined>(this.slots * 2);
    this.count = 0;
    for (let i = 0; i < slots; i++) {
      const h = meta[i * META] as number;
      if (h !== 0) this.put(h, meta[i * META + 1] as number, refs[2 * i] as string, refs[2 * i + 1] as V);
    }
  }
}
