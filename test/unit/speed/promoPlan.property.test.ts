/**
 * Speed round 8, promo outlets: a boilerplate line runs only the promo-outlet patterns that may match a line starting
 * with its first character and that find one of the words or signs they need in one pass over the line (promoPlan.ts).
 * The plain reading ran every pattern holding a literal of the union precheck: against it, the patterns that match a
 * line must be the same, in the same order, on every line of the articles we wrote and on lines built from the
 * patterns' own words and signs, with the letters' case changed and the characters that fold into ASCII under the `u`
 * flag ("ſ", "K").
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileStructureCues } from '../../../src/core/boilerplate/cues';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { promoListFor, promoPlan, promoWordsIn } from '../../../src/core/structure/promoPlan';
import { ourLines } from './ourText';

const fold = (s: string, seed: number): string =>
  [...s].map((c, i) => ((seed >> i % 16) & 1 ? (c === 's' ? 'ſ' : c === 'k' ? '\u212a' : c.toUpperCase()) : c)).join('');

/** The patterns the plan runs on a line and that match it, in order. */
function fastMatches(promo: readonly RegExp[], text: string): number[] {
  const plan = promoPlan(promo);
  const { patterns, needs } = promoListFor(plan, text);
  const found = promoWordsIn(plan, text);
  const out: number[] = [];
  patterns.forEach((re, i) => {
    const need = needs[i] as number;
    if ((need === 0 || (found & need) !== 0) && re.test(text)) out.push(promo.indexOf(re));
  });
  return out;
}

const plainMatches = (promo: readonly RegExp[], text: string): number[] => promo.flatMap((re, i) => (re.test(text) ? [i] : []));

suite('speed round 8: promo-outlet patterns by first character and needed words, against running them all', () => {
  const lines = ourLines();

  for (const code of Object.keys(LANGUAGES)) {
    const promo = compileStructureCues(getLanguage(code)).promoOutlets;

    test(`${code}: the shortcut is in force (patterns left out by first character, every pattern needs a word or sign)`, () => {
      const plan = promoPlan(promo);
      assert.equal(promoPlan(promo), plan, 'worked out once per array');
      if (code === 'id') {
        assert.ok(plan.byKey.every((l) => l.patterns.length < promo.length * 0.6), 'many patterns left out for every first character');
        assert.ok(plan.all.needs.every((n) => n !== 0), 'every pattern needs a word or sign');
      }
    });

    test(`${code}: every line of our articles matches the same patterns`, () => {
      let matched = 0;
      for (const line of lines) {
        for (const text of [line, line.toUpperCase(), fold(line.toLowerCase(), 0x5555)]) {
          const plain = plainMatches(promo, text);
          if (plain.length) matched++;
          assert.deepEqual(fastMatches(promo, text), plain, `${code}: ${JSON.stringify(text)}`);
        }
      }
      if (code === 'id') assert.ok(matched >= 40, `${matched} lines matched`);
    });

    test(`property (${code}): lines built from the patterns' words and signs, case changed and folded, agree`, () => {
      const words = [...new Set(promo.flatMap((re) => [...re.source.replace(/\\[a-zA-Z]/g, ' ').matchAll(/[a-z]{2,}/g)].map((m) => m[0])))];
      const pieces = [...words, 'Tribun', 'Kabar Pos', 'Suara', 'Bali Post', 'KabarKita.com', '2025', '©', '|', '·', '•', '-', '–', '—', ':', ',', '.', '"', '“', '(', ')', '@', '.com', 'All rights reserved', 'Copyright', 'ſ', '\u212a'];
      const line = fc.tuple(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 9 }), fc.integer(), fc.boolean()).map(([parts, seed, spaced]) => fold(parts.join(spaced ? ' ' : ''), seed));
      let matched = 0;
      fc.assert(
        fc.property(fc.oneof(line, fc.constantFrom(...lines)), (text) => {
          const plain = plainMatches(promo, text);
          if (plain.length) matched++;
          assert.deepEqual(fastMatches(promo, text), plain, `${code}: ${JSON.stringify(text)}`);
        }),
        { numRuns: 5000 },
      );
      if (code === 'id') assert.ok(matched > 20, `${matched} lines matched`);
    });
  }
});
