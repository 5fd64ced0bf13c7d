/**
 * Speed round 3, boilerplate cues: the prefilter keeps each filtered candidate list for lines that
 * open alike; against a prefilter that filters every line afresh it must name the same cues, in the
 * same order, whatever lines came before (lines sharing openings in sequence, case and key oddities).
 * The one-character gates are read in one pass over a table of units, against the indexOf and regex
 * tests they replace.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCuePrefilter } from '../../../src/core/boilerplate/cuePrefilter';
import { oneCharacterGates } from '../../../src/core/boilerplate/cueGates';
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
      // Kept lists dropped every few lines: the full table's clearing must change nothing either.
      const keptFew = buildCuePrefilter(patterns, 5);
      const fresh = buildCuePrefilter(patterns, 0);
      let named = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(line, fc.integer({ min: 0, max: 45 })), { minLength: 1, maxLength: 12 }), (lines) => {
          for (const [text, words] of lines) {
            const found = readWords(text, lang.stopwords, Infinity, kept.letters).letters;
            const expected = fresh.candidates(text, words, found);
            assert.deepEqual(kept.candidates(text, words, found), expected, `${code} ${JSON.stringify(text)} ${words} ${found}`);
            assert.deepEqual(keptFew.candidates(text, words, found), expected, `${code} (5 kept) ${JSON.stringify(text)} ${words} ${found}`);
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

suite('speed round 3: one-character cue gates against their plain readings', () => {
  const signSets = [['%'], ['@'], ['.'], ['-'], ['/'], ['('], ['|', '#']];
  const singleSources = ['[\\u00bb\\u203a\\u003e]', '[\\u2014\\u2013\\u002d]', '\\u00a9', '\\u002e', 'k', 's', '[\\u00e9\\u00c9]', '\\u0130'];
  const gateSet = fc.tuple(fc.subarray(signSets), fc.subarray(singleSources)).map(([signs, sources]) => {
    let bit = 1;
    const signGates = signs.map((chars) => ({ bit: (bit <<= 1) >> 1, chars }));
    const singles = sources.map((source) => ({ bit: (bit <<= 1) >> 1, re: new RegExp(source, 'i') }));
    const anySingle = sources.length ? new RegExp(`[${sources.map((s) => (s.startsWith('[') ? s.slice(1, -1) : s)).join('')}]`, 'i') : null;
    return { signGates, singles, anySingle };
  });
  const piece = fc.constantFrom('a', 'K', 'k', '\u212a', 'S', 'ſ', 'é', 'É', 'İ', 'i', '»', '›', '>', '—', '–', '-', '©', '.', '%', '@', '/', '(', '|', '#', ' ', '\ud835', '\udc00', 'Baca juga', '1');
  const text = fc.array(piece, { maxLength: 20 }).map((p) => p.join(''));

  test('property: one pass over a table of units opens the gates the indexOf and regex tests opened', () => {
    let opened = 0;
    fc.assert(
      fc.property(gateSet, text, ({ signGates, singles, anySingle }, t) => {
        let expected = 0;
        for (const gate of signGates) if (gate.chars.some((c) => t.indexOf(c) !== -1)) expected |= gate.bit;
        if (anySingle !== null && anySingle.test(t)) for (const gate of singles) if (gate.re.test(t)) expected |= gate.bit;
        const table = oneCharacterGates(signGates, anySingle, singles);
        let found = 0;
        if (table !== null) for (let i = 0; i < t.length; i++) found |= table[t.charCodeAt(i)] as number;
        assert.equal(found, expected, JSON.stringify(t));
        if (expected !== 0) opened++;
      }),
      { numRuns: 3000 },
    );
    assert.ok(opened > 1000, `${opened} texts opened a gate`);
  });
});
