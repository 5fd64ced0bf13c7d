/**
 * Speed round 3, people: each shortcut against the plain reading it replaces, on random text built
 * from letters (astral ones and lone surrogates too), white space of every kind and punctuation.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordBeforeSpaces } from '../../../src/core/people/nameTokens';

const piece = fc.constantFrom('a', 'Menurut', 'kata', 'é', 'İ', '𝐀', '𐐨', '\ud835', '\udc00', '1', ',', '.', '(', '"', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u200b', 'Harun');
const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));

suite('speed round 3: people shortcuts against their plain readings', () => {
  test('property: wordBeforeSpaces is /(\\p{L}+)\\s+$/u on the slice', () => {
    const WORD_BEFORE = /(\p{L}+)\s+$/u;
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const to = t.length === 0 ? 0 : b % (t.length + 1);
        const from = Math.max(0, to - (a % 30));
        assert.equal(wordBeforeSpaces(t, from, to), WORD_BEFORE.exec(t.slice(from, to))?.[1], JSON.stringify([t, from, to]));
      }),
      { numRuns: 30000 },
    );
    assert.equal(wordBeforeSpaces('Menurut Harun,', 0, 8), 'Menurut');
  });
});
