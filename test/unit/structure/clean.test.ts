/** The cleaned text and record of `corpus-review export --clean`, on the written fixtures. */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../src/core/analyze';
import { cleanText, toCleanRecord } from '../../../src/core/output/clean';
import { readFixture } from './fixtures';

function clean(name: string, dropDateline = false): string {
  const { article, analysis } = analyzeText(readFixture(name));
  return cleanText(article, analysis, { dropDateline });
}

suite('cleaned export text', () => {
  test('the headline comes first, boilerplate lines are gone, paragraphs are separated by a blank line', () => {
    const text = clean('breadcrumb-promo.txt');
    const paragraphs = text.split('\n\n');
    assert.equal(paragraphs[0], 'Warga Serpong Gotong Royong Bersihkan Saluran Air Jelang Musim Hujan');
    assert.match(paragraphs[1] ?? '', /^SERPONG – Ratusan warga/);
    assert.equal(paragraphs.length, 4);
    for (const gone of ['Beranda', '(Red)', 'Google News', 'Warga Serpong\n']) assert.ok(!text.includes(gone), gone);
  });

  test('a sign-off closing a body line is cut, with the promo glued after it', () => {
    const text = clean('jpnn-mixed.txt');
    assert.ok(text.endsWith('kata ketua panitia.'), text.slice(-60));
  });

  test('a sentence a scraper broke over several lines is one paragraph again, and the dateline can be dropped', () => {
    const text = clean('fragments.txt', true);
    const lead = text.split('\n\n')[1];
    assert.equal(lead, 'Sebuah truk bermuatan pasir terguling di Jalan Margonda Raya, Beji, Kota Depok, pada Kamis (12/6/2025) pagi.');
    assert.ok(!text.includes('WhatsApp'));
    assert.ok(!text.includes('Bus Tersangkut'));
  });

  test('a name split over a blank line is joined; a quote paragraph is not glued to the one before', () => {
    const text = clean('repeated-headline.txt');
    assert.match(text, /banjir kiriman selama musim hujan tahun ini\./);
    assert.match(text, /\n\n“Kalau air sungai naik/);
    assert.ok(!text.includes('Bacaan Lainnya') && !text.includes('Harga Cabai'));
  });

  test('the record carries the metadata beside the text', () => {
    const { article, analysis } = analyzeText(readFixture('tribun-byline.txt'));
    const record = toCleanRecord('tribun-byline.txt', article, analysis);
    assert.equal(record['title'], 'Sekolah Rusak Diterjang Angin Puting Beliung, Siswa Belajar di Tenda');
    assert.deepEqual(record['dateline'], { place: 'MUARA ENIM', outlet: 'TRIBUN-SUMSEL.COM', raw: 'TRIBUN-SUMSEL.COM, MUARA ENIM –' });
    assert.equal(record['outlet'], 'TRIBUN-SUMSEL.COM');
    assert.deepEqual(record['authors'], ['Siti Rahma']);
    assert.equal(record['removedLines'], 3);
    assert.ok(Array.isArray(record['quotes']) && Array.isArray(record['people']));
    assert.ok(!String(record['text']).includes('EDITOR'));
  });
});
