/**
 * One list of "read also" labels serves both rules that meet a related headline inside a body line: the glued form a
 * scraper's cell keeps and the spaced form a dataset's tokeniser leaves.
 */
import * as assert from 'node:assert/strict';
import { getLanguage } from '../../../src/core/lang/language';
import { relatedLabelPattern } from '../../../src/core/people/relatedLabels';
import { nameLexicon } from '../../../src/core/quotes/quoteData';
import { analyse, names } from '../generalisation/analyse';

const labels = nameLexicon(getLanguage('id')).gluedRelatedLabels;

suite('related-headline labels inside a body line', () => {
  test('the glued form finds a label after punctuation, not inside a word', () => {
    const glued = relatedLabelPattern(labels, 'glued');
    assert.ok(glued);
    glued.lastIndex = 0;
    assert.ok(glued.test('ditutup (3/2).Lihat pula: Jembatan Gantung Putus'));
    glued.lastIndex = 0;
    assert.ok(!glued.test('ia membaca juga: tiga surat'), 'a word ending in a label is no label');
  });

  test('the spaced form needs white space before the label and takes the spaces after its colon', () => {
    const spaced = relatedLabelPattern(labels, 'spaced');
    assert.ok(spaced);
    const m = spaced.exec('panen raya . Baca lainnya : Harga Pala Turun');
    assert.equal(m?.[0], 'Baca lainnya : ');
    assert.equal(spaced.exec('panen raya .Baca juga : Harga'), null, 'glued to the stop: the other form');
  });

  test('a label listed once serves the spaced body rule too ("Baca lainnya :"): the headline\'s words leave the body', () => {
    // Before one list served both, "baca lainnya" was only the glued rule's, which leaves a two-word run after a
    // comma in the headline ("Arus Lancar") to the name rules.
    const a = analyse([
      'Harga Kopra di Halmahera Naik',
      '',
      'TOBELO , MU - Harga kopra di Halmahera Utara naik sepekan terakhir , Selasa ( 4/9/2018 ) . Baca lainnya : Kapolres Halut Tinjau Pos Mudik Tobelo , Arus Lancar Kepala Dinas Pertanian Halmahera Utara , Yoram Tjaha , mengatakan permintaan dari Surabaya meningkat .',
    ]);
    assert.deepEqual(names(a), ['Yoram Tjaha']);
  });
});
