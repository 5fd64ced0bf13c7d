/**
 * The word table's storage against a Map (the plain reading): whatever words are added, with
 * whatever hashes (a few values, so that most words collide), each word is found by its string
 * and in place in a text, with its own key and value; absent words are not found; growing the
 * table and its character pool, and clearing it, lose or mix up nothing.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordSlots } from '../../../src/core/people/wordSlots';
import { wordHash } from '../../../src/core/people/wordScan';

/** Words of a few letters (ASCII, accents, a surrogate pair): many share a length. */
const word = fc.array(fc.constantFrom('a', 'b', 'B', 'é', '.', '-', '\u{1F600}', 'ß'), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));

suite('people: word slots', () => {
  test('property: every word added is found, by string and in place, with its value; others are not, also when hashes collide', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 300 }), fc.array(word, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (added, asked, spread) => {
        // A hash of few values: the table must tell colliding words apart by their characters.
        const hash = (w: string): number => (wordHash(w) % spread) + 1;
        const slots = new WordSlots<number>();
        const plain = new Map<string, number>();
        for (const w of added) {
          if (plain.has(w)) continue;
          plain.set(w, plain.size);
          slots.add(w, hash(w), plain.size - 1);
        }
        assert.equal(slots.size, plain.size);
        for (const w of [...added, ...asked]) {
          assert.equal(slots.get(w, hash(w)), plain.get(w), w);
          const text = `x ${w}.`;
          const slot = slots.slotIn(text, 2, 2 + w.length, hash(w));
          if (plain.has(w)) {
            assert.equal(slots.keyAt(slot), w);
            assert.equal(slots.valueAt(slot), plain.get(w));
          } else assert.equal(slot, -1, w);
        }
        slots.clear();
        assert.equal(slots.size, 0);
        for (const w of added) assert.equal(slots.get(w, hash(w)), undefined);
      }),
      { numRuns: 300 },
    );
  });

  test('thousands of words grow the slots and the character pool: all are found again', () => {
    const slots = new WordSlots<string>();
    const words = Array.from({ length: 5000 }, (_, i) => `kata${i.toString(36)}panjang`);
    for (const w of words) slots.add(w, wordHash(w), w.toUpperCase());
    for (const w of words) {
      assert.equal(slots.get(w, wordHash(w)), w.toUpperCase());
      const slot = slots.slotIn(`[${w}]`, 1, 1 + w.length, wordHash(w));
      assert.equal(slots.keyAt(slot), w);
    }
  });
});
