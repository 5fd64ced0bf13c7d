/**
 * Corpus-level boilerplate: a line recurring across many articles is boilerplate with the
 * number of articles that share it; a small corpus, or prose shared by a few syndicated
 * stories, is not enough to say so.
 */
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import { analyzeStructure } from '../../../src/core/structure/structure';
import { learnCorpusSignals, normaliseLineForCorpus } from '../../../src/core/boilerplate/corpusBoilerplate';
import { learnCorpusSignalsWithOutlets } from '../../../src/core/boilerplate/corpusLearn';

const FOOTER = 'Dukung jurnalisme warga bersama Kabar Lembah';
const PLACES = ['Cibinong', 'Depok', 'Bekasi', 'Cikarang', 'Bogor', 'Sentul', 'Citeureup', 'Parung', 'Leuwiliang', 'Jonggol', 'Ciawi', 'Cisarua', 'Gunung Putri', 'Babakan Madang', 'Sukaraja', 'Kemang', 'Rumpin', 'Tenjo', 'Jasinga', 'Ciseeng'];

function article(i: number, withFooter: boolean): string {
  const place = PLACES[i % PLACES.length] as string;
  const lines = [
    `Warga ${place} Gelar Kerja Bakti Bersihkan Sungai ke-${i}`,
    `${place.toUpperCase()} - Ratusan warga ${place} membersihkan bantaran sungai dari sampah plastik pada akhir pekan ini.`,
    `Ketua RT di ${place} mengatakan kegiatan ini akan digelar setiap bulan agar sungai tetap bersih.`,
  ];
  if (withFooter) lines.push(FOOTER);
  return lines.join('\n');
}

suite('corpus boilerplate', () => {
  test('normalisation ignores case, digits, bullets and closing punctuation', () => {
    assert.equal(normaliseLineForCorpus('  • Ikuti Kami di 2 Kanal!  '), normaliseLineForCorpus('ikuti kami di 7 kanal'));
  });

  test('counts a line once per article', () => {
    const signals = learnCorpusSignals(['a line here\na line here', 'A line here.', 'other']);
    assert.equal(signals.articleCount, 3);
    assert.equal(signals.sharedBy('a line here'), 2);
  });

  test('a footer shared by many articles of a large corpus is marked corpus-repeat with sharedBy', () => {
    const texts = PLACES.map((_, i) => article(i, i % 4 === 0));
    const signals = learnCorpusSignals(texts);
    const got = analyzeStructure(parseArticle(texts[0] as string), getLanguage('id'), { corpus: signals });
    assert.deepEqual(got.boilerplate.map((b) => b.line), [3]);
    const footer = got.boilerplate[0];
    assert.equal(footer?.kind, 'corpus-repeat');
    assert.equal(footer?.sharedBy, 5);
    assert.match(footer?.reason ?? '', /5 of the corpus's 20 articles/);
  });

  test('a five-article corpus does not mark real text, even when every article shares a line', () => {
    const texts = PLACES.slice(0, 5).map((_, i) => article(i, true));
    const signals = learnCorpusSignals(texts);
    const got = analyzeStructure(parseArticle(texts[0] as string), getLanguage('id'), { corpus: signals });
    assert.deepEqual(got.boilerplate, []);
  });

  test('prose shared by a few syndicated stories stays body', () => {
    const shared = 'Pemerintah kabupaten menyatakan bahwa seluruh bantuan akan disalurkan melalui kecamatan dan desa masing-masing.';
    const texts = PLACES.map((_, i) => article(i, false) + (i < 3 ? `\n${shared}` : ''));
    const signals = learnCorpusSignals(texts);
    const got = analyzeStructure(parseArticle(texts[0] as string), getLanguage('id'), { corpus: signals });
    assert.equal(got.lineRoles[3], 'body');
  });

  test('a prose disclaimer every article of one outlet carries is that outlet\'s boilerplate, though rare in the corpus', () => {
    const disclaimer = 'Seluruh isi berita menjadi tanggung jawab redaksi dan dilarang disalin tanpa izin tertulis.';
    const others = PLACES.map((_, i) => article(i, false));
    const outlet = PLACES.slice(0, 9).map((place, i) =>
      [`Pasar Murah Digelar di ${place} Pekan Ini ${i}`, `KabarLembah.id – Pemerintah kecamatan ${place} menggelar pasar murah untuk warga pada pekan ini.`, `Warga ${place} antusias membeli beras dan minyak goreng dengan harga terjangkau.`, disclaimer].join('\n'),
    );
    const texts = [...others, ...outlet];
    const lang = getLanguage('id');
    const signals = learnCorpusSignalsWithOutlets(texts, lang);
    const got = analyzeStructure(parseArticle(outlet[0] as string), lang, { corpus: signals });
    assert.deepEqual(got.boilerplate.map((b) => [b.line, b.kind, b.rule, b.sharedBy]), [[3, 'corpus-repeat', 'corpus-outlet', 9]]);
    const plain = analyzeStructure(parseArticle(outlet[0] as string), lang, { corpus: learnCorpusSignals(texts) });
    assert.deepEqual(plain.boilerplate, [], 'without outlets the corpus share alone is too small for prose');
  });

  test('a place name that recurs as a fragment of broken sentences is not corpus boilerplate', () => {
    const texts = PLACES.map((place, i) =>
      [`Banjir Rendam Permukiman ${place} ${i}`, `Banjir setinggi 50 sentimeter merendam permukiman warga di`, 'Tangerang Selatan', `, tepatnya di kawasan ${place}, pada Senin pagi.`].join('\n'),
    );
    const signals = learnCorpusSignals(texts);
    assert.equal(signals.sharedBy('Tangerang Selatan'), 20);
    const got = analyzeStructure(parseArticle(texts[0] as string), getLanguage('id'), { corpus: signals });
    assert.deepEqual(got.boilerplate, []);
  });
});
