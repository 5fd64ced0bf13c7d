/**
 * Speed round 10, boilerplate cues: before a cue alternative's regex runs, and before a candidate cue's regex runs, the
 * line is read once by a letter automaton for the strings every match holds (literalNeeds.ts). A line lacking one must be
 * a line the regex does not match: each alternative of the data against its plain regex, on our lines, on lines made
 * of the data's words and signs, both with their case flipped and with characters whose case reaches into ASCII
 * ("ſ", "K", "İ", "ı"); and the first cue matchCue finds through the prefilter is the plain reading's.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCuePrefilter } from '../../../src/core/boilerplate/cuePrefilter';
import { compileStructureCues, matchCue, topLevelAlternatives } from '../../../src/core/boilerplate/cues';
import { literalNeeds, NeedFinder } from '../../../src/core/boilerplate/literalNeeds';
import { parseRegex, type RegexNode } from '../../../src/core/boilerplate/regexSyntax';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { readWords } from '../../../src/core/structure/wordCounts';
import { MAX_CUE_LINE_CHARS, MAX_CUE_WORDS } from '../../../src/core/structure/lineFeatures';
import { flip, ourLines } from './ourText';
import { plainCueTest } from './plainCueTest';

/** An alternative parsed as the prefilter parses it (one sequence), or null when the parser refuses it. */
function nodesOf(source: string): RegexNode[] | null {
  try {
    const alternatives = parseRegex(source);
    return alternatives.length === 1 ? (alternatives[0] as RegexNode[]) : [{ type: 'group', alternatives, lookaround: 'none' }];
  } catch {
    return null;
  }
}

const ODD_CASES = ['ſ', 'K', 'İ', 'ı', 'ß', 'Å'];

suite('speed round 10: strings a cue alternative needs, found in one pass over the line', () => {
  const ours = ourLines();
  for (const code of Object.keys(LANGUAGES)) {
    const lang = getLanguage(code);
    const patterns = lang.boilerplate.cues.map((c) => c.pattern);
    const alternatives = patterns.flatMap((p) => topLevelAlternatives(p)).map((raw) => {
      const anchored = raw.startsWith('^');
      const source = anchored ? raw.slice(1) : raw;
      const nodes = nodesOf(source);
      return { source, re: new RegExp(source, anchored ? 'iy' : 'i'), needs: nodes ? literalNeeds(nodes) : null };
    });
    const needing = alternatives.filter((a) => a.needs !== null);
    const words = [...new Set(needing.flatMap((a) => (a.needs ?? []).flat()))];
    const finder = new NeedFinder(words);
    const ids = needing.map((a) => finder.compile(a.needs) ?? []);
    const signs = ['', ' ', '  ', ':', ': ', ' - ', ' | ', ' » ', '/', '.', '(', ')', '[', ']', '@', '©', '%', '12', '2025', ' 3 Maret 2025', ' 14:30 WIB', '.com', ...ODD_CASES];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...signs));
    // A character whose case reaches into ASCII put in the place of a letter: the regex does not match it as that letter.
    const odd = (s: string, at: number, c: string): string => (s.length === 0 ? c : s.slice(0, at % s.length) + c + s.slice((at % s.length) + 1));
    const made = fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer(), fc.boolean(), fc.option(fc.tuple(fc.nat(), fc.constantFrom(...ODD_CASES))))
      .map(([parts, seed, spaced, o]) => {
        const s = flip(parts.join(spaced ? ' ' : ''), seed);
        return o === null ? s : odd(s, o[0], o[1]);
      });
    // Mostly lines some cue passes (ours and made ones), so that matches are many; some plain prose.
    const passesAny = plainCueTest(patterns.flatMap((p) => topLevelAlternatives(p)).map((a) => ({ anchored: a.startsWith('^'), source: a.startsWith('^') ? a.slice(1) : a })));
    const cueLines = ours.filter((l) => passesAny(l, 10));
    const flipped = (from: string[]) => fc.tuple(fc.constantFrom(...from), fc.integer({ min: 0, max: 2 }), fc.integer()).map(([l, how, seed]) => (how === 0 ? flip(l, seed) : l));
    const line = fc.oneof({ arbitrary: flipped(cueLines), weight: 3 }, { arbitrary: flipped(ours), weight: 1 }, { arbitrary: made, weight: 2 });

    test(`property (${code}): a line lacking an alternative's needed strings is a line its regex does not match`, () => {
      assert.ok(needing.length > alternatives.length / 2, `${needing.length} of ${alternatives.length} alternatives need strings`);
      let lacking = 0;
      let matched = 0;
      fc.assert(
        fc.property(line, (text) => {
          needing.forEach((a, i) => {
            a.re.lastIndex = 0;
            const matches = a.re.test(text);
            if (matches) matched++;
            if (finder.holds(ids[i] ?? [], text)) return;
            lacking++;
            assert.equal(matches, false, `${JSON.stringify(text)} matches ${a.source} but lacks ${JSON.stringify(a.needs)}`);
          });
        }),
        { numRuns: 1500 },
      );
      assert.ok(lacking > 1000 && matched > 100, `${lacking} alternatives left out, ${matched} matches`);
    });

    test(`property (${code}): the first cue matchCue finds through the prefilter is the plain reading's`, () => {
      const compiled = compileStructureCues(lang);
      const prefilter = buildCuePrefilter(patterns);
      // The plain reading: a line the plain cue test passes takes the first cue in data order whose regex matches it.
      const passes = passesAny;
      const plainMatch = (text: string, n: number) => {
        if (!text || text.length > MAX_CUE_LINE_CHARS || n > MAX_CUE_WORDS || !passes(text, n)) return null;
        for (const c of compiled.cues) {
          const m = c.re.exec(text);
          if (m) return { cue: c.cue, labelOnly: m.index === 0 && text.length - m[0].length <= 2 };
        }
        return null;
      };
      let hits = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(line, fc.integer({ min: 0, max: 45 })), { minLength: 1, maxLength: 8 }), (lines) => {
          for (const [text, n] of lines) {
            const found = readWords(text, lang.stopwords, Infinity, prefilter.letters).letters;
            const plain = plainMatch(text, n);
            assert.deepEqual(matchCue(text, compiled.cues, n, prefilter, found), plain, `${code} ${JSON.stringify(text)} ${n}`);
            if (plain !== null) hits++;
          }
        }),
        { numRuns: 400 },
      );
      assert.ok(hits > 200, `${hits} lines matched a cue`);
    });
  }

  test('the strings of a line are read once, in any case, and a new line is read anew', () => {
    const nodes = nodesOf('\\bhak\\s+cipta\\s+(milik|pada)\\b') as RegexNode[];
    assert.deepEqual(literalNeeds(nodes), [['cipta'], ['milik', 'pada']]);
    const bracket = nodesOf('.{0,80}\\[\\s*(e-?mail|surel)') as RegexNode[];
    assert.deepEqual(literalNeeds(bracket), [['['], ['mail', 'surel']]);
    const finder = new NeedFinder(['cipta', 'milik', 'pada', '[', 'mail', 'surel']);
    const needs = finder.compile(literalNeeds(nodes)) ?? [];
    const brackets = finder.compile(literalNeeds(bracket)) ?? [];
    assert.equal(finder.holds(needs, 'Hak CIPTA milik penerbit'), true);
    assert.equal(finder.holds(brackets, 'Hak CIPTA milik penerbit'), false);
    assert.equal(finder.holds(needs, 'pihak pencipta lagu'), false);
    assert.equal(finder.holds(brackets, 'Kirim ke [E-MAIL]'), true);
    // A letter whose case reaches into ASCII is not the letter for the cues' regexes (no `u` flag), nor for the finder.
    assert.equal(finder.holds(needs, 'Hak cipta mili\u212a'), false);
    assert.equal(new RegExp('milik', 'i').test('mili\u212a'), false);
  });
});
