/**
 * Speed round 8, menu rows: a cue alternative every match of which holds two white-space characters in a row
 * (needsSpacePair, regexSpacePair.ts) is left out of a line's start set when the line holds none (SPACE_PAIR). Against
 * the regexes themselves: strings fast-check generates to match such an alternative (the data's and random ones built
 * of white-space repeats, groups and alternations) always hold two white-space characters in a row.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseRegex, topLevelAlternatives, type RegexNode } from '../../../src/core/boilerplate/regexSyntax';
import { needsSpacePair, SPACE_PAIR } from '../../../src/core/boilerplate/regexSpacePair';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';

function needs(source: string): boolean {
  const alternatives = parseRegex(source);
  return needsSpacePair(alternatives.length === 1 ? (alternatives[0] as RegexNode[]) : [{ type: 'group', alternatives, lookaround: 'none' }]);
}

/** Every string generated to match `source` (which needsSpacePair says needs a pair) holds one. */
function holdsPairs(source: string, runs: number): void {
  fc.assert(
    fc.property(fc.stringMatching(new RegExp(`^(?:${source})$`)), (text) => {
      assert.ok(SPACE_PAIR.test(text), `${source} matches ${JSON.stringify(text)}, which holds no two white-space characters in a row`);
    }),
    { numRuns: runs },
  );
}

suite('speed round 8: alternatives that need two white-space characters in a row, against the regex', () => {
  test("the data's menu rows are read as needing a pair, and prose shapes are not", () => {
    const id = getLanguage('id').boilerplate.cues;
    const menu = id.find((c) => c.id === 'menu-row');
    assert.ok(menu && topLevelAlternatives(menu.pattern).some((a) => needs(a.replace(/^\^/u, ''))));
    for (const s of ['a\\s+b', '\\s{1,}x', '(\\s{2,}|x)y', '(?=\\s{2})x', '(\\s{2,}x){0,3}', '\\s\\s', '[ a]{2,}']) assert.equal(needs(s), false, s);
  });

  for (const code of Object.keys(LANGUAGES)) {
    test(`property (${code}): lines made to match a cue alternative that needs a pair hold one`, () => {
      let checked = 0;
      for (const cue of getLanguage(code).boilerplate.cues) {
        for (const raw of topLevelAlternatives(cue.pattern)) {
          const source = raw.replace(/^\^/u, '').replace(/\$$/u, '').replace(/\\b/gu, '').replace(/\(\?!(?:[^()]|\([^()]*\))*\)/gu, '');
          let pair: boolean;
          try {
            pair = needs(source);
          } catch {
            continue;
          }
          if (!pair) continue;
          holdsPairs(source, 300);
          checked++;
        }
      }
      if (code === 'id') assert.ok(checked >= 5, `${checked} alternatives checked`);
    });
  }

  test('property: random sources of white-space repeats, groups and alternations', () => {
    const piece = fc.constantFrom('a', 'b', '\\s', '\\s+', '\\s*', '\\s{2,}', '\\s{2}', '[ \\t]{2,}', '[ a]{2,}', ' {2,}', '\\s{1,3}', '\\u00a0{2,}');
    const group = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.array(piece, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([a, b, alt]) => `(${a.join('')}${alt ? `|${b.join('')}` : ''})`);
    const quantified = fc.tuple(group, fc.constantFrom('', '?', '*', '+', '{2,}', '{0,2}', '{1,3}')).map(([g, q]) => g + q);
    let positive = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, quantified), { minLength: 1, maxLength: 4 }), (parts) => {
        const source = parts.join('');
        if (!needs(source)) return;
        positive++;
        holdsPairs(source, 20);
      }),
      { numRuns: 1500 },
    );
    assert.ok(positive > 200, `${positive} sources need a pair`);
  });
});
