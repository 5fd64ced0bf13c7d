/**
 * Speed round 9, gates of strings: a gate whose literals only a regex scan finds ("episode|ep", "rb|ribu|k|jt") is
 * looked for only when one of its alternatives could still match the line (its other gates open, the line's last
 * character one it may end with). Checked against plain readings: the split gate reading (`openCheap` and
 * `openStrings`) answers as `open` does; the first cue matchCue finds through the prefilter is the plain reading's (a
 * line that passes the plain test, plainCueTest.ts, takes the first cue in data order whose regex matches it), on lines
 * made of the string gates' literals, counts and every kind of last character.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildGates } from '../../../src/core/boilerplate/cueGates';
import { buildCuePrefilter } from '../../../src/core/boilerplate/cuePrefilter';
import { matchCue } from '../../../src/core/boilerplate/cues';
import type { Factor } from '../../../src/core/boilerplate/regexShape';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { topLevelAlternatives } from '../../../src/core/boilerplate/regexSyntax';
import { MAX_CUE_LINE_CHARS, MAX_CUE_WORDS } from '../../../src/core/structure/lineFeatures';
import { readWords } from '../../../src/core/structure/wordCounts';
import { flip } from './ourText';
import { plainCueTest } from './plainCueTest';

const opening = fc.constantFrom('', '👍', '❤️ ', '•', '»', 'Kabar Pesantren', 'Podcast Kita', 'Saluran', '1.2', '12', 'Ep.', 'Episode', 'eps.', 'Baca juga:', 'Foto:', 'Lihat', 'K', 'ſ');
const piece = fc.constantFrom(' ', '  ', ' — ', ' – ', ' | ', ' - ', ': ', 'episode', 'ep', 'eps.', 'rb', 'ribu', 'k', 'jt', 'juta', '12', '3,4', '1.250', '7', 'kali dibagikan', 'komentar', 'pengikut', 'google news', 'tetap', 'sepak bola', 'warga', '.', ',');
const ending = fc.constantFrom('', '.', ' ', '1', '42', 'k', 'rb', 'jt', 'ribu', 'u', '!', ')', '”', 'é', 'ſ', 'K');
const line = fc.tuple(opening, fc.array(piece, { maxLength: 8 }), ending, fc.integer()).map(([a, parts, end, seed]) => flip(a + parts.join('') + end, seed).trim());

suite('speed round 9: gates of strings looked for only where their alternatives can match', () => {
  for (const code of Object.keys(LANGUAGES)) {
    const lang = getLanguage(code);
    const patterns = lang.boilerplate.cues.map((c) => c.pattern);
    const cues = lang.boilerplate.cues.map((cue) => ({ cue, re: new RegExp(cue.pattern, 'i') }));
    const prefilter = buildCuePrefilter(patterns);
    const passes = plainCueTest(patterns.flatMap((p) => topLevelAlternatives(p)).map((raw) => ({ anchored: raw.startsWith('^'), source: raw.startsWith('^') ? raw.slice(1) : raw })));
    const plainCue = (text: string, words: number) => (text && text.length <= MAX_CUE_LINE_CHARS && words <= MAX_CUE_WORDS && passes(text, words) ? matchCue(text, cues, words) : null);
    test(`property (${code}): the first cue found through the prefilter is the first found by running every cue`, () => {
      let hits = 0;
      fc.assert(
        fc.property(line, fc.integer({ min: 0, max: 45 }), (text, words) => {
          const plain = plainCue(text, words);
          const found = readWords(text, lang.stopwords, Infinity, prefilter.letters).letters;
          for (const fast of [matchCue(text, cues, words, prefilter, found), matchCue(text, cues, words, prefilter)]) {
            assert.equal(fast?.cue.id ?? null, plain?.cue.id ?? null, `${code} ${JSON.stringify(text)} ${words}`);
            assert.equal(fast?.labelOnly ?? null, plain?.labelOnly ?? null, `${code} ${JSON.stringify(text)} ${words}`);
          }
          if (plain) hits++;
        }),
        { numRuns: 4000 },
      );
      // English has a dozen cues, none for these literals: its lines seldom reach one.
      assert.ok(hits > (code === 'id' ? 200 : -1), `${hits} lines hit a cue`);
    });
  }

  test('property: openCheap and openStrings answer as open, for any wanted gates', () => {
    const literal = fc.constantFrom('episode', 'ep', 'rb', 'k', 'jt', 'google', 'foto', '/', '.', '|', 'co');
    const factor = (s: string): Factor => ({ source: s.replace(/[^a-z]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), keys: [...s].map((c) => new Set([c.charCodeAt(0)])) });
    const lists = fc.array(fc.array(literal, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 });
    const text = fc.array(fc.oneof(literal, fc.constantFrom(' ', 'Bupati', 'K', 'ſ', 'sepak')), { maxLength: 12 }).map((p) => p.join(''));
    let strings = 0;
    fc.assert(
      fc.property(lists, text, fc.integer(), (ls, t, wanted) => {
        const gates = buildGates(ls.map((l) => l.map(factor)));
        const whole = gates.open(t);
        assert.equal(gates.openCheap(t) | gates.openStrings(t, gates.stringBits), whole, JSON.stringify(t));
        assert.equal(gates.openStrings(t, wanted), whole & gates.stringBits & wanted, `${JSON.stringify(t)} wanted ${wanted}`);
        assert.equal(gates.openCheap(t) & gates.stringBits, 0);
        if ((whole & gates.stringBits) !== 0) strings++;
      }),
      { numRuns: 3000 },
    );
    assert.ok(strings > 300, `${strings} texts opened a gate of strings`);
  });
});
