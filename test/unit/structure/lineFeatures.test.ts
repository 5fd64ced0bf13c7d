/**
 * Line features read characters where regexes used to scan the line; the answers must be the
 * regexes' on any line (random lines built from the characters those regexes name).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldLine, lineFeatures } from '../../../src/core/structure/lineFeatures';
import { countWords } from '../../../src/core/structure/wordCounts';
import { isBlank } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';

const piece = fc.constantFrom('Bupati', 'di', 'kota', 'Baca', 'JUGA', 'yang', 'dan', 'Ia', 'Menurut', 'rumah', 'Dinas', 'é', 'e\u0301', 'İ', '.', ',', ';', ':', '!', '?', '…', '-', '"', '”', '“', '„', '«', '’', "'", ')', ']', ' ', '  ', '\t', '\u00a0', '\u200b', '\u2003', '\ufeff', 'https://a.id/x', 'www.b.com');
const jumble = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
/** Lines of words, as prose, headlines and captions are: every count from 1 to 30 words, any ending. */
const sentence = fc
  .tuple(fc.constantFrom('', '“', '"'), fc.array(fc.constantFrom('yang', 'dan', 'di', 'Bupati', 'rumah', 'Kota', 'warga', 'Ia', 'JAKARTA', '2024'), { minLength: 1, maxLength: 30, size: 'max' }), fc.constantFrom('', '.', '!', '?', '."', '”', ':', ',', '…'))
  .map(([open, words, end]) => open + words.join(' ') + end);
const line = fc.oneof(jumble, sentence);

suite('line features', () => {
  test('sentence end, quote start, blankness, prose and headline shape agree with the regexes and full counts they replace', () => {
    const stopwords = getLanguage('id').stopwords;
    fc.assert(
      fc.property(line, (raw) => {
        const f = lineFeatures({ index: 0, start: 0, end: raw.length, text: raw }, stopwords);
        const text = raw.trim();
        assert.equal(f.blank, isBlank(text), JSON.stringify(raw));
        if (f.blank) return;
        assert.equal(f.endsSentence, /[.!?…]["”’')\]]*$|["”]$/u.test(text), JSON.stringify(raw));
        assert.equal(f.startsWithQuote, /^["“”„«]/u.test(text), JSON.stringify(raw));
        // Prose and headline shape from the full counts, as the features were always read.
        const counts = countWords(text, stopwords);
        const roughWords = text.split(/[ \t\u00a0\u2000-\u200a\u3000]+/u).filter(Boolean).length;
        if (roughWords > 25) {
          assert.ok(f.prose && !f.headlineLike, JSON.stringify(raw));
          return;
        }
        const density = counts.words ? counts.stop / counts.words : 0;
        const capitalRatio = counts.content ? counts.capital / counts.content : 0;
        assert.equal(f.words, counts.words, JSON.stringify(raw));
        assert.equal(f.prose, counts.words >= 25 || (counts.words >= 8 && f.endsSentence && density >= 0.08), JSON.stringify(raw));
        const headlineLike = counts.words >= 2 && counts.words <= 25 && !/[.,;:]$/u.test(text) && !f.startsWithQuote && capitalRatio >= 0.6;
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
