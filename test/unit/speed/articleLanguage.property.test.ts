/**
 * Speed round 6, language detection: a prose line of ASCII letters, curly quotes, dashes and Latin-1
 * signs is read in place (its runs of letters hashed as they are lower-cased) instead of being
 * lower-cased, split by the WORD class and looked up word by word. Against that plain reading the
 * counted words and the stop-word hits of every language must be the same, on lines of both
 * languages' stop words in any case, with the signs the fast path takes and characters it must
 * leave to the plain one (letters outside ASCII, signs whose lower case is a letter: the Kelvin, ohm and ångström signs, "İ").
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { countStopwords, DETECTION } from '../../../src/core/lang/articleLanguage';
import { LANGUAGES } from '../../../src/core/lang/language';
import { flip } from './ourText';

const WORD = /[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\ud7ff]+/g;

/** The reading the detector had before: each line lower-cased and split by WORD, each word looked up. */
function plainCount(lines: readonly string[], stopwordSets: readonly ReadonlySet<string>[], minLineWords: number, maxWords: number): { hits: number[]; counted: number } {
  const hits = stopwordSets.map(() => 0);
  let counted = 0;
  for (const line of lines) {
    if (counted >= maxWords) break;
    if (line.length < minLineWords * 2 - 1) continue;
    const words = line.toLowerCase().match(WORD);
    if (!words || words.length < minLineWords) continue;
    counted += words.length;
    for (const w of words) stopwordSets.forEach((set, k) => set.has(w) && hits[k]!++);
  }
  return { hits, counted };
}

suite('speed round 6: language detection reads ASCII lines in place, against the plain reading', () => {
  const languages = Object.values(LANGUAGES);
  const stopwords = [...new Set(languages.flatMap((l) => [...l.stopwords]))];
  const others = ['rumah', 'Budi', 'the', 'xyz', 'a', 'é', 'café', 'naïve', 'Straße', '\u212a', '\u2126', '\u212b', 'İstanbul', 'ſ', 'ǅ', '2025', "don't", 'e-mail', 'ĳ'];
  const signs = [' ', '  ', ', ', '. ', '“', '”', '‘', '’', '—', '–', '…', '\u00a0', '\u200b', '·', '«', '»', '©', '°', '(', ')', '"', "'", '-', '/', ':', '\t', '\u00bf', '\u2060', '\u2070', '\u00c0'];
  const word = fc.oneof({ arbitrary: fc.constantFrom(...stopwords), weight: 3 }, { arbitrary: fc.constantFrom(...others), weight: 1 });
  const line = fc.tuple(fc.array(fc.tuple(word, fc.constantFrom(...signs)), { minLength: 0, maxLength: 14 }), fc.integer(), fc.integer({ min: 0, max: 5 })).map(([parts, seed, how]) => {
    const text = parts.map(([w, s]) => w + s).join('');
    return how === 0 ? flip(text, seed) : how === 1 ? text.toUpperCase() : text;
  });

  for (const configured of languages) {
    test(`property (${configured.code}): counted words and hits per language are the plain reading's`, () => {
      const order = [configured, ...languages.filter((l) => l.code !== configured.code)];
      let hit = 0;
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 5, max: 300 }), (lines, minLineWords, maxWords) => {
          const thresholds = { ...DETECTION, minLineWords, maxWords };
          const found = countStopwords(lines.map((text) => ({ text })), configured, languages, thresholds);
          const expected = plainCount(lines, order.map((l) => l.stopwords), minLineWords, maxWords);
          assert.deepEqual(found, expected, JSON.stringify(lines));
          if (expected.hits.some((h) => h > 0)) hit++;
        }),
        { numRuns: 3000 },
      );
      assert.ok(hit > 1000, `${hit} runs found stop words`);
    });
  }
});
