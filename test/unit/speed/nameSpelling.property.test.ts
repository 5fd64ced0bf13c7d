/**
 * Speed round 7, people: a name word's new spelling kept per registry (nameSpelling.ts) against the plain reading it
 * replaces, both words rewritten on every call.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { spelledOtherWayKept } from '../../../src/core/people/nameSpelling';

/** The reading before the seventh speed round: each pair applied to both words in turn, on every call. */
function plainSpelledOtherWay(a: string, b: string, variants: readonly (readonly [string, string])[]): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  let x = a;
  let y = b;
  for (const [old, now] of variants) {
    x = x.replaceAll(old, now);
    y = y.replaceAll(old, now);
  }
  return x === y;
}

// Few letters, so that words often hold the pairs and often meet again rewritten alike.
const letters = fc.constantFrom('c', 'h', 'o', 'e', 'u', 'd', 'j', 't', 'a');
// Words of shared openings too: a map kept by a wrong key (a prefix, say) would answer for the wrong word.
const free = fc.array(letters, { maxLength: 9 }).map((l) => l.join(''));
const stemmed = fc.tuple(fc.constantFrom('soek', 'such', 'rach', 'djat', 'tjoe'), fc.array(letters, { maxLength: 3 })).map(([s, l]) => s + l.join(''));
const word = fc.oneof(free, stemmed);
const pair = fc.tuple(fc.array(letters, { minLength: 1, maxLength: 2 }), fc.array(letters, { maxLength: 2 })).map(([o, n]) => [o.join(''), n.join('')] as const);

suite('speed round 7: name spellings against their plain reading', () => {
  test('property: spelledOtherWayKept answers as the plain reading, over calls sharing one kept map', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 4 }), fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 20 }), (variants, pairs) => {
        const kept = new Map<string, string>();
        for (const [a, b] of pairs) assert.equal(spelledOtherWayKept(a, b, variants, kept), plainSpelledOtherWay(a, b, variants), JSON.stringify([a, b, variants]));
      }),
      { numRuns: 5000 },
    );
    const indonesian = [['ch', 'h'], ['oe', 'u'], ['dj', 'j'], ['tj', 'c']] as const;
    assert.equal(spelledOtherWayKept('soekarno', 'sukarno', indonesian, new Map()), true);
    assert.equal(spelledOtherWayKept('rachmat', 'rahmat', indonesian, new Map()), true);
    assert.equal(spelledOtherWayKept('rachmat', 'rahmad', indonesian, new Map()), false);
  });
});
