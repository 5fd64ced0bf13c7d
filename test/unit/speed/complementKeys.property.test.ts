/**
 * Speed round 8, complements: a negated class ("[^\w\s*•·.,:;]", "[^|]") or \S, \W, \D at a cue's start used to make its
 * first character "any", so the alternative ran on every line; the parser now keeps the characters a complement leaves
 * out (regexSyntax.ts `outside`) and firstKeys leaves out the keys of the ASCII characters it cannot match. Against the
 * regex itself: a text the pattern matches at its start begins with a character whose key firstKeys names (or whose case
 * reaches into ASCII: keyOf null), for random complements under the flags the data uses ("i" for cues, "iu" for promo
 * patterns), on every ASCII character in both cases and on characters outside ASCII and those that fold into it.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstKeys, keyOf } from '../../../src/core/boilerplate/regexShape';
import { parseRegex, type RegexNode } from '../../../src/core/boilerplate/regexSyntax';

const ATOMS = ['a', 'A', 'k', 's', 'z', '0', '9', '_', ' ', '.', ',', ':', ';', '|', '/', '-', '{', '[', '\\]', '(', ')', '"', "'", '*', '•', '·', '“', '”', '©', 'ſ', '\u212a', 'é', '\\w', '\\s', '\\d', 'a-f', '0-4', '!-/'];
const HEADS = ['\\S', '\\W', '\\D'];
const probes = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), 'é', 'É', '“', '©', 'ſ', '\u212a', 'İ', 'ı', '\u00a0', '\u2003', 'ß'];

function keysOf(source: string, unicode: boolean): Set<number> | 'any' {
  const alternatives = parseRegex(source, unicode);
  return firstKeys(alternatives.length === 1 ? (alternatives[0] as RegexNode[]) : [{ type: 'group', alternatives, lookaround: 'none' }]);
}

suite('speed round 8: first keys of complements, against the regex', () => {
  const head = fc.oneof(
    fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 6 }).map((atoms) => `[^${atoms.join('')}]`),
    fc.constantFrom(...HEADS),
  );
  for (const flags of ['i', 'iu']) {
    test(`property (${flags}): a text the pattern matches starts with a key firstKeys names`, () => {
      let narrowed = 0;
      fc.assert(
        fc.property(head, fc.constantFrom('', '+', '{1,3}x', '\\s*\\d'), (first, rest) => {
          const source = first + rest;
          let keys: Set<number> | 'any';
          let re: RegExp;
          try {
            re = new RegExp(`^(?:${source})`, flags);
            keys = keysOf(source, flags === 'iu');
          } catch {
            return; // a class the strict parser (or the regex engine) refuses: nothing is read off it
          }
          if (keys === 'any') return;
          narrowed++;
          for (const c of probes) {
            if (!re.test(`${c}x1`) && !re.test(`${c}  1`)) continue;
            const key = keyOf(c.charCodeAt(0));
            assert.ok(key === null || keys.has(key), `${source} /${flags} matches ${JSON.stringify(c)} (key ${key}) outside its keys`);
          }
        }),
        { numRuns: 2000 },
      );
      assert.ok(narrowed > 800, `${narrowed} complements narrowed`);
    });
  }
});
