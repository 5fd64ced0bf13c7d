/**
 * Forms met on real national-portal pages (stop 19, test/fixtures/heldout/README.md "Real pages, stop 19"): each fixed
 * by language data or a small general rule and checked here on a short article written for the test, with the
 * counter-case that must not change. No text of the real pages is kept in the project.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

const speakers = (lines: readonly string[]): (string | null)[] => analyse(lines).quotes.map((q) => q.speaker);

suite('real national-portal pages (stop nineteen)', () => {
  test('a name does not run over a blank line after a heading line, nor over a stray character\'s line', () => {
    const a = analyse([
      'Harga Beras Naik di Pasar Kota',
      '',
      'SUKAMAJU - Harga beras di pasar kota naik pekan ini.',
      '',
      'Warga Antre Beras Murah Sejak Subuh di Balai Desa',
      '',
      'Rahmat mengatakan harga naik karena pasokan berkurang.',
      '',
      '"Kami sedang mencari jalan keluar," ujar Rahmat, Selasa (1/12/2020).',
      'Â',
      'Divonis 6 Tahun',
      'Selanjutnya majelis hakim memutuskan perkara penimbunan beras itu.',
    ]);
    assert.deepEqual(names(a), ['Rahmat']);
    assert.equal(a.quotes[0]?.speaker, 'Rahmat');
  });

  test('counter-case: a name a scrape cut over a blank line after a sentence still joins', () => {
    const a = analyse([
      'Wali Kota Tinjau Pasar',
      '',
      'SUKAMAJU - Menjelang Lebaran 2024, Wali Kota Sukamaju Budi',
      '',
      'Santoso meninjau harga di pasar kota.',
      '',
      '"Harga masih stabil," kata Budi.',
    ]);
    assert.ok(names(a).includes('Budi Santoso'), names(a).join(', '));
  });

  test('a long role ending in a gazetteer place, then one name word, names its holder', () => {
    const lines = [
      'Kasus Demam Berdarah Naik',
      '',
      'SUKAMAJU - Kasus demam berdarah naik sejak awal tahun.',
      '',
      '"Belum ada penderita yang meninggal dunia," kata Kepala Seksi Pengendalian Penyakit Dinkes Kabupaten Sleman Wartono di Sleman, Sabtu (2/1).',
      '',
      '"Kami terus memantau jentik," ujarnya.',
    ];
    assert.deepEqual(speakers(lines), ['Wartono', 'Wartono']);
    assert.ok(names(analyse(lines)).includes('Wartono'));
  });

  test('counter-case: a two-word name after a long role stays whole', () => {
    const lines = [
      'Kasus Demam Berdarah Naik',
      '',
      'SUKAMAJU - Kasus demam berdarah naik sejak awal tahun.',
      '',
      '"Belum ada penderita yang meninggal dunia," kata Kepala Seksi Pengendalian Penyakit Dinkes Kabupaten Sleman Eko Prasetyo di Sleman.',
    ];
    assert.deepEqual(speakers(lines), ['Eko Prasetyo']);
  });

  test('a role and its institution, then the holder after a comma, name the holder (a commissioner too)', () => {
    assert.deepEqual(
      speakers([
        'Aliran Dana Ditelusuri',
        '',
        'SUKAMAJU - Penyidik masih bekerja. "Kami menelusuri aliran dana itu," kata juru bicara KPK, Rudi Hartanto, kemarin.',
        '',
        '"Jumlah suara sah sebanyak 8.850," kata Komisioner KPU Sukamaju, Wulan Sari di Sukamaju.',
      ]),
      ['Rudi Hartanto', 'Wulan Sari'],
    );
  });

  test('counter-case: a weekday after the comma is no holder', () => {
    assert.deepEqual(
      speakers([
        'Aliran Dana Ditelusuri',
        '',
        'SUKAMAJU - Penyidik masih bekerja. "Kami menelusuri aliran dana itu," kata juru bicara KPK, Selasa (3/3/2020).',
      ]),
      ['KPK'],
    );
  });

  test('a conjunction or a ranking\'s "Disusul" opening a sentence is no name word', () => {
    const a = analyse([
      'Banjir Melanda Tiga Kota',
      '',
      'SUKAMAJU - Banjir melanda tiga kota, Selasa (3/3/2020).',
      '',
      'Selain Sukamaju, banjir juga merendam Sidoarjo. Kasus terbanyak ada di Jawa Barat. Disusul Bali dengan 800 rumah.',
      '',
      'Warga mengungsi pada 5 Juli. Sedangkan Wukuf di Arafah jatuh pada 10 Agustus.',
    ]);
    assert.deepEqual(names(a), []);
  });

  test('counter-case: a name after a sentence-opening conjunction that is followed by a verb is still read', () => {
    const a = analyse(['Banjir Melanda Kota', '', 'SUKAMAJU - Banjir melanda kota.', '', 'Selain itu, Budi Santoso mengatakan warga mulai mengungsi.']);
    assert.deepEqual(names(a), ['Budi Santoso']);
  });

  test('one word opening its sentence, then a noun for who a person is and a reporting verb later, is a person', () => {
    const lines = [
      'Warga Keluhkan Jalan Rusak',
      '',
      'SUKAMAJU - Warga mengeluhkan jalan rusak di pinggir kota.',
      '',
      'Tarno, pedagang di Pasar Cempaka, Sukamaju Timur, mengatakan jalan rusak sejak tahun lalu.',
      '',
      'Wiwik, warga yang tinggal di ujung jalan itu menyampaikan hal serupa.',
      '',
      '"Kalau hujan, lubangnya tidak kelihatan," ungkapnya.',
    ];
    assert.deepEqual(names(analyse(lines)).sort(), ['Tarno', 'Wiwik']);
    assert.deepEqual(speakers(lines), ['Wiwik']);
  });

  test('counter-case: a company opening its sentence before a noun for a thing stays no person', () => {
    const a = analyse(['Stok Aman', '', 'SUKAMAJU - Stok bahan bakar aman.', '', 'Pertamina, perusahaan energi milik negara itu mengatakan stok aman.']);
    assert.deepEqual(names(a), []);
  });

  test('a nickname followed by ", sapaan <name>" is that person\'s alias, and a cue with it names the person', () => {
    const lines = [
      'Bupati Tinjau Rumah Warga',
      '',
      'SUKAMAJU - Bupati Sukamaju Darmawan Saputra mengunjungi rumah warga kurang mampu.',
      '',
      'Kang DW, sapaan Darmawan Saputra, harus menyusuri gang sempit menuju rumah itu.',
      '',
      '"Saya harus tahu langsung kondisi warga," ungkap Kang DW kepada wartawan.',
    ];
    const a = analyse(lines);
    assert.deepEqual(names(a), ['Darmawan Saputra']);
    assert.ok(a.people[0]?.aliases.includes('Kang DW'));
    assert.deepEqual(speakers(lines), ['Darmawan Saputra']);
  });

  test('counter-case: ", sapaan akrabnya" after a nickname still points back to the person named before', () => {
    const a = analyse([
      'Pelatih Puas',
      '',
      'SUKAMAJU - Pelatih Persikas Darto Wibowo puas dengan hasil laga.',
      '',
      '"Anak-anak bermain disiplin," tutur Pak Darto, sapaan akrabnya.',
    ]);
    assert.deepEqual(names(a), ['Darto Wibowo']);
  });

  test('a link to a collection of a topic\'s stories on its own line is boilerplate; a sentence about one stays body', () => {
    const a = analyse([
      'Kasus Demam Berdarah Naik',
      '',
      'SUKAMAJU - Kasus demam berdarah naik sejak awal tahun.',
      'Kumpulan Berita DPR RI',
      'Kumpulan berita itu dibagikan kepada wartawan.',
    ]);
    assert.notEqual(kindOf(a, 4), undefined);
    assert.equal(kindOf(a, 5), undefined);
  });
});
