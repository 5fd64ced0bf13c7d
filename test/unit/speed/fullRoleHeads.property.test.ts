/**
 * Speed round 7, people: the role heads written out in full are worked out once per language's lexicon
 * (fullRoleHeadsOf, roleHeads.ts) instead of per article. The plain reading built the set from the lexicon on
 * every call: the kept set must hold the same heads, for every language, and for lexicons made up here.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fullRoleHeadsOf } from '../../../src/core/people/roleHeads';
import { nameLexicon } from '../../../src/core/quotes/quoteData';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';

/** The reading before the seventh speed round, as peopleFinder.ts built it per article. */
function plainFullRoleHeads(lex: { readonly roleHeadsLower: ReadonlySet<string>; readonly roleAbbreviations: ReadonlyMap<string, unknown> }): Set<string> {
  return new Set([...lex.roleHeadsLower].filter((head) => !lex.roleAbbreviations.has(head)));
}

suite('speed round 7: full role heads kept per lexicon against the plain reading', () => {
  for (const code of Object.keys(LANGUAGES)) {
    test(`${code}: the kept set is the plain one, and is kept`, () => {
      const lex = nameLexicon(getLanguage(code));
      const kept = fullRoleHeadsOf(lex);
      assert.deepEqual([...kept].sort(), [...plainFullRoleHeads(lex)].sort());
      assert.equal(fullRoleHeadsOf(lex), kept, 'worked out once per lexicon');
      if (code === 'id') assert.ok(kept.size > 10 && kept.size < lex.roleHeadsLower.size, `${kept.size} of ${lex.roleHeadsLower.size}`);
    });
  }

  test('property: lexicons made up here, each asked twice, answer as the plain reading', () => {
    const word = fc.constantFrom('gubernur', 'kapolres', 'kadis', 'wakil', 'menteri', 'menkeu', 'pelatih', 'bupati');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.uniqueArray(word), fc.uniqueArray(word)), { minLength: 1, maxLength: 4 }), (made) => {
        const lexicons = made.map(([heads, shorts]) => ({ roleHeadsLower: new Set(heads), roleAbbreviations: new Map(shorts.map((s) => [s, [s]])) }));
        for (const lex of [...lexicons, ...lexicons]) assert.deepEqual([...fullRoleHeadsOf(lex)].sort(), [...plainFullRoleHeads(lex)].sort());
      }),
      { numRuns: 2000 },
    );
  });
});
