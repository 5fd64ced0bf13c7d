/**
 * The word counter hashes ASCII words instead of lower-casing the line; its counts must be those of
 * the plain reading (lower-case the line, slice each word, look it up), on prose, on words outside
 * ASCII and on lines where lower-casing changes the length ("İ").
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords, isWordChar, readWords } from '../../../src/core/structure/wordCounts';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';

const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 47 || (c >= 0xdc00 && c <= 0xdfff);

/** The plain reading the counter must agree with. */
function plainCounts(text: string, stopwords: ReadonlySet<string>) {
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  let words = 0, stop = 0, content = 0, capital = 0;
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) i++;
      else if (isJoiner(c) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    words++;
    const word = aligned ? (i - start <= 12 ? lower.slice(start, i) : null) : text.slice(start, i).toLowerCase();
    if (word !== null && stopwords.has(word)) {
      stop++;
      continue;
    }
    const first = text.charAt(start);
    if (first.toUpperCase() === first.toLowerCase()) continue;
    content++;
    if (first !== first.toLowerCase()) capital++;
  }
  return { words, stop, content, capital };
}

/** Runs of characters between spaces, as the long-line test always counted them. */
function plainRough(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

suite('word counts', () => {
  for (const code of Object.keys(LANGUAGES)) {
    const stopwords = getLanguage(code).stopwords;
    const sample = [...stopwords].slice(0, 12);
    const unit = fc.constantFrom(...sample, ...sample.map((w) => w.toUpperCase()), 'Bupati', 'JAKARTA', 'Jum’at', 'İstanbul', 'ıi', 'é', 'Éric', '8,5', 'Rp1.950.000', '-', '’', ' ', ' ', ', ', '“', '@akun', '#tag', 'ſ', 'K', 'kesejahteraan', '\u00a0', '📰', '𝐁𝐚𝐧', '▶️');
    test(`${code}: counts match the plain reading on random lines`, () => {
      fc.assert(
        fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
          const text = parts.join('');
          assert.deepEqual({ ...countWords(text, stopwords) }, plainCounts(text, stopwords), text);
        }),
        { numRuns: 4000 },
      );
    });

    test(`${code}: one pass gives the rough word count of the whole line, and the counts of a line within the limit`, () => {
      fc.assert(
        fc.property(fc.array(unit, { maxLength: 60 }), fc.integer({ min: 0, max: 30 }), (parts, limit) => {
          const text = parts.join('');
          const read = readWords(text, stopwords, limit);
          const rough = plainRough(text);
          assert.equal(read.rough, rough, text);
          assert.equal(read.long, rough > limit, text);
          if (!read.long) assert.deepEqual({ words: read.words, stop: read.stop, content: read.content, capital: read.capital }, plainCounts(text, stopwords), text);
          // Stop words counted only up to a cap are the full count, capped; the words are all counted still.
          const capped = readWords(text, stopwords, limit, null, 2, false);
          if (!read.long) assert.deepEqual([capped.words, capped.stop], [read.words, Math.min(read.stop, 2)], text);
        }),
        { numRuns: 3000 },
      );
    });
  }

  test('a sentence is counted as a reader would: stop words, content words, capitals', () => {
    const stopwords = getLanguage('id').stopwords;
    assert.deepEqual({ ...countWords('Bupati Bogor meresmikan jembatan di Desa Sukamaju, Senin.', stopwords) }, { words: 8, stop: 1, content: 7, capital: 5 });
  });
});
