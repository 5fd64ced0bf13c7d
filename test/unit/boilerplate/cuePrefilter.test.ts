/**
 * The cue prefilter (cuePrefilter.ts) must give exactly the answer of the plain test it replaced:
 * every anchored alternative tried at the line start, every other one (on short lines) anywhere;
 * and the cues it names must include every cue that matches. Checked against that plain test on
 * strings fast-check generates from each cue alternative (so that they match it), with their
 * letters' case changed and text glued around them, and on random text from an alphabet of the
 * characters the prefilter treats specially (signs, case-folding oddities like "ſ" and "K").
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileStructureCues, matchCue, topLevelAlternatives } from '../../../src/core/boilerplate/cues';
import { buildCuePrefilter, MAX_WORDS_FOR_UNANCHORED } from '../../../src/core/boilerplate/cuePrefilter';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { readWords, readWordsIn } from '../../../src/core/structure/wordCounts';

/** The plain test: one sticky regex of every anchored alternative, one scanning regex of the others. */
function plainTest(patterns: readonly string[]): (text: string, words: number) => boolean {
  const anchored: string[] = [];
  const anywhere: string[] = [];
  for (const p of patterns) for (const a of topLevelAlternatives(p)) (a.startsWith('^') ? anchored : anywhere).push(a.startsWith('^') ? a.slice(1) : a);
  const atStart = anchored.length ? new RegExp(anchored.map((a) => `(?:${a})`).join('|'), 'iy') : null;
  const inside = anywhere.length ? new RegExp(anywhere.map((a) => `(?:${a})`).join('|'), 'i') : null;
  return (text, words) => {
    if (atStart) {
      atStart.lastIndex = 0;
      if (atStart.test(text)) return true;
    }
    return inside !== null && words <= MAX_WORDS_FOR_UNANCHORED && inside.test(text);
  };
}

/** A source fast-check can generate from: word boundaries and look-arounds dropped (the real regex then filters). */
function relaxed(source: string): string {
  let out = source.replace(/(?<!\\)((?:\\\\)*)\\[bB]/gu, '$1');
  for (let at = out.search(/\(\?<?[=!]/u); at >= 0; at = out.search(/\(\?<?[=!]/u)) {
    let depth = 0;
    let end = at;
    for (; end < out.length; end++) {
      const c = out.charAt(end);
      if (c === '\\') end++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    out = out.slice(0, at) + out.slice(end + 1);
  }
  return out;
}

const flipCase = (s: string, seed: number) => [...s].map((c, i) => ((seed >> i % 16) & 1 ? c.toUpperCase() : c)).join('');

/** Strings that match one alternative of one cue, with case changes and text around them. */
function matchingLines(patterns: readonly string[]): fc.Arbitrary<string> {
  const generators: fc.Arbitrary<string>[] = [];
  let alternatives = 0;
  for (const p of patterns) {
    alternatives += topLevelAlternatives(p).length;
    for (const alt of topLevelAlternatives(p)) {
      const real = new RegExp(alt, 'i');
      let core: fc.Arbitrary<string>;
      try {
        core = fc.stringMatching(new RegExp(relaxed(alt)));
        fc.sample(core, 1);
      } catch {
        continue; // a construct fast-check cannot generate from
      }
      generators.push(
        fc
          .tuple(core, fc.integer(), fc.constantFrom('', ' ', 'Jakarta ', 'ſ '), fc.constantFrom('', '.', ' lalu', ' oleh Redaksi'))
          .map(([s, seed, before, after]) => `${alt.startsWith('^') ? '' : before}${flipCase(s, seed)}${after}`)
          .filter((s) => real.test(s)),
      );
    }
  }
  assert.ok(generators.length >= 0.8 * alternatives, `fast-check generates from ${generators.length} of ${alternatives} alternatives`);
  return fc.oneof(...generators);
}

const oddText = fc
  .array(fc.constantFrom('a', 'K', 'k', '\u212a', 'ſ', 'S', 'İ', 'ı', 'I', '»', '›', '>', '|', '/', '-', '@', '©', '(', ')', ':', '“', '”', ' ', '  ', '1', '2024', 'baca', 'juga', 'google', 'news', 'whatsapp', 'channel', 'foto', 'klik', 'di sini', 'lalu', 'jam', 'oleh', 'WIB'), { maxLength: 24 })
  .map((parts) => parts.join(''));

suite('cue prefilter', () => {
  for (const code of Object.keys(LANGUAGES)) {
    const lang = getLanguage(code);
    const patterns = lang.boilerplate.cues.map((c) => c.pattern);
    const plain = plainTest(patterns);
    const prefilter = buildCuePrefilter(patterns);
    const compiled = compileStructureCues(lang);

    const agrees = (text: string, words: number): void => {
      const expected = plain(text, words);
      const found = readWords(text, lang.stopwords, Infinity, prefilter.letters).letters;
      assert.equal(prefilter.candidates(text, words, found) !== null, expected, `${code} candidates(${JSON.stringify(text)}, ${words}, ${found})`);
      assert.equal(prefilter.test(text, words), expected, `${code} test(${JSON.stringify(text)}, ${words})`);
      if (!expected) return;
      const named = new Set(prefilter.candidates(text, words));
      compiled.cues.forEach((c, i) => {
        if (c.re.test(text)) assert.ok(named.has(i), `${code}: cue ${c.cue.id} matches ${JSON.stringify(text)} but is not a candidate`);
      });
      const before = compiled.cues.map((c) => c.re.exec(text)).findIndex((m) => m !== null);
      const hit = matchCue(text, compiled.cues, words, compiled.anyCue);
      assert.equal(hit?.cue.id, compiled.cues[before]?.cue.id);
      // With the literals and signs the word pass found, as the line model asks.
      const stepped = readWords(text, lang.stopwords, Infinity, compiled.anyCue.letters).letters;
      assert.equal(matchCue(text, compiled.cues, words, compiled.anyCue, stepped)?.cue.id, compiled.cues[before]?.cue.id, `${code} found ${stepped}: ${JSON.stringify(text)}`);
      // A line past the word counts' limit (here 2 rough words) has its letters read on to the end when it is short enough.
      const past = readWordsIn(text, 0, text.length, lang.stopwords, 2, compiled.anyCue.letters, Infinity, true, 45);
      if (past.lettersComplete) assert.equal(matchCue(text, compiled.cues, words, compiled.anyCue, past.letters)?.cue.id, compiled.cues[before]?.cue.id, `${code} past the limit: ${JSON.stringify(text)}`);
      assert.equal(past.lettersComplete, !past.long || past.rough <= 45, JSON.stringify(text));
    };

    test(`${code}: lines made to match a cue get the plain test's answer, and that cue among the candidates`, () => {
      fc.assert(fc.property(matchingLines(patterns), fc.integer({ min: 0, max: 45 }), agrees), { numRuns: 3000 });
    });

    test(`${code}: random text of signs, cue words and case-folding oddities gets the plain test's answer`, () => {
      fc.assert(fc.property(oddText, fc.integer({ min: 0, max: 45 }), agrees), { numRuns: 3000 });
    });

    test(`${code}: most lines of prose are rejected without trying a cue`, () => {
      const prose = ['Bupati meresmikan jembatan baru di desa itu pada hari Senin.', 'The mayor opened a new bridge in the village on Monday.'];
      for (const line of prose) assert.equal(prefilter.candidates(line, 10), null, line);
    });
  }
});
