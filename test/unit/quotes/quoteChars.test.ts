/**
 * The quote readers' character questions (quoteChars.ts) answer as the regexes they replaced, on
 * random stretches of the characters those regexes name (and surrogates, which \s never matches).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cueLeadLength, firstNonSpace, isLeftBoundary, isRightBoundary, isSentenceEndUnit, isSpaceOrBracketGap, trimmedEndLength } from '../../../src/core/quotes/quoteChars';

const piece = fc.constantFrom(' ', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff', '(', ')', '[', ']', '{', '}', '<', '>', '/', '-', '\u2013', '\u2014', '\u2026', ',', '.', ';', ':', '!', '?', '"', '\u201c', '\u201d', 'a', 'Z', 'é', '1', '😀', '\ud83d', '\ude00');
const stretch = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));

suite('quote character questions', () => {
  test('one-unit tests agree with their regexes on every unit', () => {
    const cases: [(u: number) => boolean, RegExp][] = [
      [isLeftBoundary, /[\s([{<\u2014\u2013\-/]/u],
      [isRightBoundary, /[\s.,;:!?)\]}>\u2026\u2014\u2013\-]/u],
      [isSentenceEndUnit, /[.!?;:]/u],
    ];
    for (const [fn, re] of cases) for (let c = 0; c < 0x10000; c++) assert.equal(fn(c), re.test(String.fromCharCode(c)), `${re} ${c}`);
  });

  test('stretch questions agree with their regexes', () => {
    fc.assert(
      fc.property(stretch, fc.nat(12), fc.nat(12), (t, a, b) => {
        const j = JSON.stringify(t);
        assert.equal(firstNonSpace(t), t.search(/\S/u), j);
        assert.equal(cueLeadLength(t), (t.match(/^[\s,.:;\u2013\u2014-]*/u)?.[0] ?? '').length, j);
        assert.equal(trimmedEndLength(t), t.replace(/\s+$/u, '').length, j);
        const gap = t.slice(a, b);
        assert.equal(isSpaceOrBracketGap(t, a, b), /^\s*(?:\(\s*)?$/u.test(gap) || /^\)\s*$/u.test(gap), `${j} ${a} ${b}`);
      }),
      { numRuns: 10000 },
    );
  });
});
