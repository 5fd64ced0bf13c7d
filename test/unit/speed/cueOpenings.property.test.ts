/**
 * Speed round 4, boilerplate cues: a line's first-character bucket is run as a sticky regex of only the
 * alternatives its opening (first three characters) allows, kept per opening and per set of
 * alternatives. Against the plain test (every anchored alternative tried at the start, every other one
 * anywhere on a short line) it must give the same answer, whatever lines came before: lines are built
 * from the cues' own words (so that many match), signs and case-folding oddities, in sequences whose
 * lines share openings, with the kept regexes dropped often or never kept.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCuePrefilter, MAX_WORDS_FOR_UNANCHORED } from '../../../src/core/boilerplate/cuePrefilter';
import { topLevelAlternatives } from '../../../src/core/boilerplate/cues';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { readWords } from '../../../src/core/structure/wordCounts';
import { flip } from './ourText';

/** The plain test the prefilter's answer must equal. */
function plainTest(patterns: readonly string[]): (text: string, words: number) => boolean {
  const anchored: string[] = [];
  const anywhere: string[] = [];
  for (const p of patterns) for (const a of topLevelAlternatives(p)) (a.startsWith('^') ? anchored : anywhere).push(a.startsWith('^') ? a.slice(1) : a);
  const atStart = new RegExp(anchored.map((a) => `(?:${a})`).join('|'), 'iy');
  const inside = anywhere.length ? new RegExp(anywhere.map((a) => `(?:${a})`).join('|'), 'i') : null;
  return (text, words) => {
    atStart.lastIndex = 0;
    return atStart.test(text) || (inside !== null && words <= MAX_WORDS_FOR_UNANCHORED && inside.test(text));
  };
}

/** The runs of letters the patterns spell ("baca", "juga", "selengkapnya"): lines made of them reach the cues. */
function cueWords(patterns: readonly string[]): string[] {
  const words = new Set<string>();
  for (const p of patterns) for (const m of p.replace(/\\[a-zA-Z]/g, ' ').matchAll(/[a-z]{2,}/g)) words.add(m[0]);
  return [...words];
}

const signs = ['', ' ', '  ', ':', ': ', ' - ', ' — ', ' | ', ' » ', '/', '.', ',', '(', ')', '@', '#', '©', '%', '12', '2025', ' 3 Maret 2025', ' 14:30 WIB', 'ſ', 'K', 'İ', 'é', '“'];

suite('speed round 4: cue buckets cut by the line opening against the plain test', () => {
  for (const code of Object.keys(LANGUAGES)) {
    const lang = getLanguage(code);
    const patterns = lang.boilerplate.cues.map((c) => c.pattern);
    const words = cueWords(patterns);
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...signs));
    const line = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer(), fc.boolean()).map(([parts, seed, spaced]) => flip(parts.join(spaced ? ' ' : ''), seed));
    // Lines that open alike and go on differently: an opening's kept regex must serve them all.
    const sameOpening = fc.tuple(line, fc.array(line, { minLength: 1, maxLength: 4 })).map(([head, tails]) => tails.map((t) => head.slice(0, 3) + t));

    test(`property (${code}): a prefilter keeping regexes by opening answers as the plain test, over sequences of lines`, () => {
      const plain = plainTest(patterns);
      const kept = buildCuePrefilter(patterns);
      const keptFew = buildCuePrefilter(patterns, 3);
      const fresh = buildCuePrefilter(patterns, 0);
      let passed = 0;
      fc.assert(
        fc.property(fc.array(fc.oneof(line.map((l) => [l]), sameOpening), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 45 }), (groups, n) => {
          for (const text of groups.flat()) {
            const expected = plain(text, n);
            const found = readWords(text, lang.stopwords, Infinity, kept.letters).letters;
            for (const [name, p] of [['kept', kept], ['3 kept', keptFew], ['fresh', fresh]] as const) {
              assert.equal(p.candidates(text, n, found) !== null, expected, `${code} ${name} ${JSON.stringify(text)} ${n}`);
              assert.equal(p.test(text, n), expected, `${code} ${name} test ${JSON.stringify(text)} ${n}`);
            }
            if (expected) passed++;
          }
        }),
        { numRuns: 3000 },
      );
      // Many of the lines do match a cue (a property over lines that all fail would prove little).
      assert.ok(passed > 1000, `${passed} lines passed`);
    });
  }
});
