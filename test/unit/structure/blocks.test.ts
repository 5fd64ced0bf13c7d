/** Whether a line goes on in the next, read by characters, must be what the regexes it replaced said. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { continuesOn } from '../../../src/core/structure/blocks';
import { lineFeatures, type LineFeatures } from '../../../src/core/structure/lineFeatures';
import { getLanguage } from '../../../src/core/lang/language';

function plainContinuesOn(a: LineFeatures, b: LineFeatures, continuationWords: ReadonlySet<string>, aIsCue: boolean): boolean {
  if (a.blank || b.blank || b.index !== a.index + 1) return false;
  if (/^[\p{Ll},.;:)\]%]|^[-–—]$/u.test(b.text)) return true;
  if (a.endsSentence) return false;
  if (/[,(:\-–—]$/u.test(a.text)) return true;
  const last = a.text.slice(-40).split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (continuationWords.has(last)) return true;
  return !aIsCue && a.words <= 4;
}

suite('blocks', () => {
  test('a line continues on the next exactly when the regex reading said so', () => {
    const lang = getLanguage('id');
    const words = new Set(lang.boilerplate.structure?.continuationWords ?? []);
    const piece = fc.constantFrom('Sebuah', 'pohon', 'tumbang', 'di', 'DI', 'Kota', 'kabupaten', 'x'.repeat(38), ' ', '\u00a0', '\t', ',', '(', ':', '-', '–', '—', '.', '”', 'ke');
    const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(line, line, fc.boolean(), (x, y, cue) => {
        const a = lineFeatures({ index: 0, start: 0, end: x.length, text: x }, lang.stopwords);
        const b = lineFeatures({ index: 1, start: 0, end: y.length, text: y }, lang.stopwords);
        assert.equal(continuesOn(a, b, words, cue), plainContinuesOn(a, b, words, cue), JSON.stringify([x, y]));
      }),
      { numRuns: 5000 },
    );
  });
});
