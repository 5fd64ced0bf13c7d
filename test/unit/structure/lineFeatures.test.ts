/**
 * Line features read characters where regexes used to scan the line; the answers must be the
 * regexes' on any line (random lines built from the characters those regexes name).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldLine, lineFeatures } from '../../../src/core/structure/lineFeatures';
import { isBlank } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';

const piece = fc.constantFrom('Bupati', 'di', 'kota', 'Baca', 'JUGA', 'é', 'e\u0301', 'İ', '.', ',', ';', ':', '!', '?', '…', '-', '"', '”', '“', '„', '«', '’', "'", ')', ']', ' ', '  ', '\t', '\u00a0', '\u200b', '\u2003', '\ufeff', 'https://a.id/x', 'www.b.com');
const line = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

suite('line features', () => {
  test('sentence end, quote start, blankness and headline punctuation agree with the regexes they replace', () => {
    const stopwords = getLanguage('id').stopwords;
    fc.assert(
      fc.property(line, (raw) => {
        const f = lineFeatures({ index: 0, start: 0, end: raw.length, text: raw }, stopwords);
        const text = raw.trim();
        assert.equal(f.blank, isBlank(text), JSON.stringify(raw));
        if (f.blank) return;
        assert.equal(f.endsSentence, /[.!?…]["”’')\]]*$|["”]$/u.test(text), JSON.stringify(raw));
        assert.equal(f.startsWithQuote, /^["“”„«]/u.test(text), JSON.stringify(raw));
        const headlineLike = f.words >= 2 && f.words <= 25 && !/[.,;:]$/u.test(text) && !f.startsWithQuote && f.capitalRatio >= 0.6;
        assert.equal(f.headlineLike, headlineLike, JSON.stringify(raw));
      }),
      { numRuns: 5000 },
    );
  });

  test('folding agrees with the regex folding on any line', () => {
    const plainFold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').replace(/[\s.,:;!?…-]+$/u, '').trim();
    fc.assert(fc.property(line, (text) => assert.equal(foldLine(text), plainFold(text), JSON.stringify(text))), { numRuns: 5000 });
    assert.equal(foldLine('Harga  Cabai\tNaik ...'), 'harga cabai naik');
  });
});
