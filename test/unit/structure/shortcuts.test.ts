/**
 * The line model's small shortcuts, each against the regex it stands in for: a table look-up or a
 * first-character test must give the regex's answer (or, for a precheck, never refuse what the
 * regex accepts) on random text built from the characters that matter.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { startsAsContinuation } from '../../../src/core/structure/blocks';
import { MAY_CHANGE_UNDER_NFC, mayBeUrl } from '../../../src/core/structure/lineFeatures';
import { firstCharacterTest } from '../../../src/core/boilerplate/regexPrefix';
import { charTable, isWhiteSpaceUnit } from '../../../src/core/text/charTables';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';

const piece = fc.constantFrom('a', 'B', 'é', 'É', 'ſ', 'K', 'İ', 'ı', '𝑎', '𝐀', '\ud835', '\udc00', ',', '.', ';', ':', ')', ']', '%', '-', '–', '—', '(', '[', '*', '***', '---', '/', ' ', '\t', '\u00a0', '\u2028', '\ufeff', 'Red', 'dil/jpnn', 'http://x.id', 'www.y.com', 'HTTPS://Z', 'w', 'h', '1');
const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));

suite('line model shortcuts', () => {
  test('startsAsContinuation is the regex it replaces', () => {
    const re = /^[\p{Ll},.;:)\]%]|^[-–—]$/u;
    fc.assert(fc.property(text, (t) => assert.equal(startsAsContinuation(t), re.test(t), JSON.stringify(t))), { numRuns: 5000 });
  });

  test('a web-address line always starts with h or w (the test before URL_ONLY)', () => {
    const urlOnly = /^(https?:\/\/|www\.)\S+$/iu;
    fc.assert(fc.property(text, (t) => assert.ok(!urlOnly.test(t) || mayBeUrl(t), JSON.stringify(t))), { numRuns: 5000 });
  });

  test('a truncated line is told by its end as the regex tells it', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('.', '..', '…', 'a', ' '), { maxLength: 6 }).map((p) => p.join('')), (t) => assert.equal(t.endsWith('...') || t.endsWith('…'), /(\.\.\.|…)$/u.test(t))), { numRuns: 2000 });
  });

  test('a character table answers as its regex does on every unit', () => {
    for (const re of [/\s/u, /[\p{Ll},.;:)\]%]/u, /[»›>©]/i]) {
      const table = charTable(re);
      for (let c = 0; c < 0x10000; c += 7) assert.equal(table[c] === 1, re.test(String.fromCharCode(c)), `${re} ${c}`);
    }
    assert.ok(isWhiteSpaceUnit(0x3000) && !isWhiteSpaceUnit(Number.NaN) && !isWhiteSpaceUnit(65));
  });

  for (const code of Object.keys(LANGUAGES)) {
    const lang = getLanguage(code);
    const pattern = lang.boilerplate.structure?.signoffAlone;
    if (!pattern) continue;
    test(`${code}: the sign-off's first-character test never refuses a line the sign-off pattern matches`, () => {
      const mayStart = firstCharacterTest(pattern);
      assert.ok(mayStart, 'a test is read off the data');
      const re = new RegExp(pattern, 'iu');
      const matching = fc.stringMatching(new RegExp(pattern));
      fc.assert(fc.property(fc.oneof(text, matching), (t) => assert.ok(!re.test(t) || mayStart(t), JSON.stringify(t))), { numRuns: 5000 });
      assert.equal(mayStart('Bupati Bogor'), false);
    });
  }

  test('no first-character test is claimed for a pattern that may match anywhere', () => {
    assert.equal(firstCharacterTest('^a|b'), null);
    assert.equal(firstCharacterTest('^.*x'), null);
  });
});

suite('NFC shortcut', () => {
  test('a text of units below U+0300 is its own NFC form: every single unit and every pair of them', () => {
    for (let a = 0; a < 0x300; a++) {
      const one = String.fromCharCode(a);
      assert.equal(one.normalize('NFC'), one);
      for (let b = 0; b < 0x300; b++) {
        const two = one + String.fromCharCode(b);
        if (two.normalize('NFC') !== two) assert.fail(`U+${a.toString(16)} U+${b.toString(16)}`);
      }
    }
  });

  test('the test names exactly the texts with a unit from U+0300 on, and folding keeps its answers', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0x2ff }), fc.integer({ min: 0x300, max: 0xffff })).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }).map((p) => p.join('')), (t) => {
        assert.equal(MAY_CHANGE_UNDER_NFC.test(t), [...t].some((ch) => ch.charCodeAt(0) >= 0x300 || ch.length > 1), JSON.stringify(t));
        if (!MAY_CHANGE_UNDER_NFC.test(t)) assert.equal(t.normalize('NFC'), t, JSON.stringify(t));
      }),
      { numRuns: 5000 },
    );
  });
});
