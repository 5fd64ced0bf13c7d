/**
 * Speed round 6, boilerplate cues: an alternative that ends with "$" is skipped on a line whose last
 * character none of its matches can end with (regexEnd.ts). Checked against plain readings: every
 * line an alternative of the data matches ends with a character its end keys allow (lines of the
 * articles we wrote, lines made of the cues' words and signs, case flipped), and the prefilter
 * answers as the plain test on made-up patterns whose ends are read through groups, repeats,
 * optional parts, look-arounds, escapes and classes.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCuePrefilter } from '../../../src/core/boilerplate/cuePrefilter';
import { topLevelAlternatives } from '../../../src/core/boilerplate/cues';
import { endAllows, endKeyOf, endKeys } from '../../../src/core/boilerplate/regexEnd';
import { parseRegex, type RegexNode } from '../../../src/core/boilerplate/regexSyntax';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { readWords } from '../../../src/core/structure/wordCounts';
import { plainCueTest } from './plainCueTest';
import { flip, ourLines } from './ourText';


/** Each alternative that has end keys, with its own regex (sticky when anchored, as the prefilter runs it). */
function endedAlternatives(patterns: readonly string[]): { source: string; re: RegExp; ends: Uint8Array }[] {
  const out: { source: string; re: RegExp; ends: Uint8Array }[] = [];
  for (const p of patterns) {
    for (const raw of topLevelAlternatives(p)) {
      const source = raw.startsWith('^') ? raw.slice(1) : raw;
      let nodes: RegexNode[];
      try {
        const parsed = parseRegex(source);
        nodes = parsed.length === 1 ? (parsed[0] as RegexNode[]) : [{ type: 'group', alternatives: parsed, lookaround: 'none' }];
      } catch {
        continue;
      }
      const ends = endKeys(source, nodes);
      if (ends !== null) out.push({ source, re: new RegExp(source, raw.startsWith('^') ? 'iy' : 'i'), ends });
    }
  }
  return out;
}

suite('speed round 6: cue alternatives skipped by the line end against their plain readings', () => {
  const ours = ourLines();
  for (const code of Object.keys(LANGUAGES)) {
    const patterns = getLanguage(code).boilerplate.cues.map((c) => c.pattern);
    const ended = endedAlternatives(patterns);
    const words = [...new Set(patterns.flatMap((p) => [...p.replace(/\\[a-zA-Z]/g, ' ').matchAll(/[a-z]{2,}/g)].map((m) => m[0])))];
    const signs = ['', ' ', ':', '.', ',', '!', '?', ')', '(', '"', '”', '»', '|', '-', '—', '/', '%', '12', '2025', ' 14:30 WIB', '.com', '.jpg', 'ſ', 'K', 'é', '🌐', '…'];
    const made = fc.tuple(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...signs)), { minLength: 1, maxLength: 8 }), fc.integer(), fc.boolean()).map(([parts, seed, spaced]) => flip(parts.join(spaced ? ' ' : ''), seed));
    // Most lines are ones some alternative with end keys matches (a property over lines none matches would prove nothing).
    const matching = ours.filter((l) => ended.some(({ re }) => ((re.lastIndex = 0), re.test(l))));
    const written = (from: string[]) => fc.tuple(fc.constantFrom(...from), fc.constantFrom(...signs), fc.integer()).map(([l, tail, seed]) => flip(seed % 3 === 0 ? l + tail : l, seed));
    const line = fc.oneof({ arbitrary: written(matching), weight: 4 }, { arbitrary: written(ours), weight: 1 }, { arbitrary: made, weight: 1 }).filter((l) => l.length > 0);

    test(`property (${code}): every line an alternative ending with "$" matches ends with a key it allows`, () => {
      assert.ok(ended.length > (code === 'id' ? 200 : 3), `${ended.length} alternatives with end keys`);
      let matched = 0;
      fc.assert(
        fc.property(line, (text) => {
          for (const { source, re, ends } of ended) {
            re.lastIndex = 0;
            if (!re.test(text)) continue;
            matched++;
            assert.ok(endAllows(ends, endKeyOf(text)), `${code} /${source}/ matches ${JSON.stringify(text)}`);
          }
        }),
        { numRuns: 3000 },
      );
      assert.ok(matched > 300, `${matched} matches`);
    });
  }

  // Made-up alternatives whose last character is read through the constructs a reversal must get right.
  const made = [
    '^(baca|lihat)\\s+juga$', '^foto\\s*:\\s*\\S+\\.(jpe?g|png)$', '\\d{4}$', '^(oleh|by)\\s+\\w+(\\s+\\w+)?\\.?$', '^[a-z]+(\\s*[|·]\\s*[a-z]+){1,3}$',
    '(x|yz?)+$', '^ab(cd)?$', '^a(?=b)b$', '^a\\b$', '(?<=\\s)wib$', '^\\$$', '\\\\$', '^[$]', '^\\(\\s*[a-z]+\\s*\\)$', '^[^.]{1,20}$',
    '^halaman\\s+\\d+(\\s+dari\\s+\\d+)?$', '^-{3,}$', '^(a|)$', '^.{0,10}$', '^(?:tag|topik)\\s*:?$', '(@\\w+|#\\w+)$', '^[»›>]\\s*\\S.{0,20}[«‹<]$',
  ];
  const patternOf = fc.array(fc.constantFrom(...made), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
  const bits = ['baca', 'juga', 'foto', 'Foto', ':', ' ', '.', 'jpg', 'png', '2025', 'oleh', 'Budi', 'x', 'yz', 'y', 'a', 'b', 'cd', '$', '\\', '(', ')', '|', '·', 'wib', 'halaman', '3', 'dari', '---', 'tag', '@', '#', '»', '«', 'ſ', 'K'];
  const madeLine = fc.array(fc.constantFrom(...bits), { minLength: 1, maxLength: 7 }).chain((parts) => fc.constantFrom(parts.join(''), parts.join(' ')));

  test('property: made-up patterns answer as the plain test, over sequences of lines', () => {
    const stopwords = getLanguage('id').stopwords;
    let passed = 0;
    let failed = 0;
    fc.assert(
      fc.property(fc.uniqueArray(patternOf, { minLength: 1, maxLength: 10 }), fc.array(madeLine, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 45 }), (patterns, lines, n) => {
        const plain = plainCueTest(patterns.flatMap((p) => topLevelAlternatives(p).map((a) => ({ anchored: a.startsWith('^'), source: a.startsWith('^') ? a.slice(1) : a }))));
        const kept = buildCuePrefilter(patterns);
        const fresh = buildCuePrefilter(patterns, 0);
        for (const text of lines) {
          const expected = plain(text, n);
          const found = readWords(text, stopwords, Infinity, kept.letters).letters;
          for (const [name, p] of [['kept', kept], ['fresh', fresh]] as const) {
            assert.equal(p.candidates(text, n, found) !== null, expected, `${name} ${JSON.stringify(text)} ${n} ${JSON.stringify(patterns)}`);
          }
          if (expected) passed++;
          else failed++;
        }
      }),
      { numRuns: 1000 },
    );
    assert.ok(passed > 1000 && failed > 1000, `${passed} lines passed, ${failed} failed`);
  });
});
