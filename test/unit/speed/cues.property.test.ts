/**
 * Speed round 3, boilerplate cues: the prefilter keeps each filtered candidate list for lines that
 * open alike; against a prefilter that filters every line afresh it must name the same cues, in the
 * same order, whatever lines came before (lines sharing openings in sequence, case and key oddities).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCuePrefilter } from '../../../src/core/boilerplate/cuePrefilter';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { readWords } from '../../../src/core/structure/wordCounts';

const opening = fc.constantFrom('', 'b', 'B', 'ba', 'Baca', 'BACA', 'baca juga', 'Lihat', 'ſ', 'K', 'İ', 'ı', '»', '“', '(', '@', '1', '12', '2024', 'oleh', 'OLEH', 'Foto', 'Home', 'www.', 'Tags', 'Editor', '#', '*', '-', '—', ' ', 'é', 'ü');
const rest = fc.constantFrom('', ':', ': ', 'juga', ' juga:', ' Video', ' google news', ' di sini', ' » ', ' | ', ' - ', '/', 'foto', '(Red)', ' 2024', ' WIB', ' lalu', ' jam', '.', '©', 'channel whatsapp', ' Senin, 3 Maret 2025');
const line = fc.tuple(opening, opening, fc.array(rest, { maxLength: 6 })).map(([a, b, r]) => a + b + r.join(''));

suite('speed round 3: cue prefilter shortcuts against their plain readings', () => {
  for (const code of Object.keys(LANGUAGES)) {
    const lang = getLanguage(code);
    const patterns = lang.boilerplate.cues.map((c) => c.pattern);
    test(`property (${code}): candidate lists kept by opening are the lists filtered afresh, over sequences of lines`, () => {
      const kept = buildCuePrefilter(patterns);
      const fresh = buildCuePrefilter(patterns, false);
      let named = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(line, fc.integer({ min: 0, max: 45 })), { minLength: 1, maxLength: 12 }), (lines) => {
          for (const [text, words] of lines) {
            const found = readWords(text, lang.stopwords, Infinity, kept.letters).letters;
            const expected = fresh.candidates(text, words, found);
            assert.deepEqual(kept.candidates(text, words, found), expected, `${code} ${JSON.stringify(text)} ${words} ${found}`);
            assert.deepEqual(kept.candidates(text, words), fresh.candidates(text, words), `${code} ${JSON.stringify(text)} ${words}`);
            if (expected !== null && expected.length > 0) named++;
          }
        }),
        { numRuns: 3000 },
      );
      // The lines do reach cues (a property over lines that all pass nothing would prove nothing).
      assert.ok(named > 100, `${named} lines named a cue`);
    });
  }
});
