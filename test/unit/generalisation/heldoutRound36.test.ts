/**
 * Forms met in held-out round thirty-six (test/fixtures/heldout/README.md: h264–h273, local politics and elections on
 * political desks: live counts, debates, KPU and Bawaslu, coalitions, DPRD sessions, nicknames), each fixed by language
 * data or a small general rule and checked here on a further short article written for the test, with the counter-case
 * that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('political desks and pilkada pages (round thirty-six)', () => {
  test('a menu row with a year in an entry ("Pilkada 2024") or a hamburger glyph is furniture, not the headline', () => {
    const year = analyse([
      'BERITA | DAERAH | PILKADA 2024 | OPINI',
      'KPU Garut Tetapkan Dua Pasangan Calon Bupati Maju ke Pencoblosan',
      'Senin, 23 September 2024 | 10:00 WIB',
      '',
      'GARUT - Komisi Pemilihan Umum Kabupaten Garut menetapkan dua pasangan calon dalam rapat pleno terbuka, Senin (23/9/2024).',
    ]);
    assert.equal(year.title?.text, 'KPU Garut Tetapkan Dua Pasangan Calon Bupati Maju ke Pencoblosan');
    assert.equal(kindOf(year, 1), 'share');
    const glyph = analyse([
      '☰  Garut  Jabar  Politik  Hukum  Indeks',
      'KPU Garut Tetapkan Dua Pasangan Calon Bupati Maju ke Pencoblosan',
      'Senin, 23 September 2024 | 10:00 WIB',
      '',
      'GARUT - Komisi Pemilihan Umum Kabupaten Garut menetapkan dua pasangan calon dalam rapat pleno terbuka, Senin (23/9/2024).',
    ]);
    assert.equal(glyph.title?.text, 'KPU Garut Tetapkan Dua Pasangan Calon Bupati Maju ke Pencoblosan');
  });

  test('a live count above the headline (its heading and its rows) is furniture, and the rows name no persons', () => {
    const a = analyse([
      'HITUNG CEPAT PILBUP GARUT 2024 — Data masuk 92,10%',
      '01  Hendra Gunawan–Rika Permata   47,30%',
      '02  Yusuf Maulana–Dedeh Kurniasih   52,70%',
      '',
      'Paslon Nomor Urut 2 Unggul Tipis di Hitung Cepat Pilbup Garut',
      'Rabu, 27 November 2024 | 17:10 WIB',
      '',
      'GARUT - Pasangan nomor urut 2 unggul tipis dalam hitung cepat, kata peneliti Cahya Lestari Putri.',
    ]);
    assert.equal(a.title?.text, 'Paslon Nomor Urut 2 Unggul Tipis di Hitung Cepat Pilbup Garut');
    for (const line of [1, 2, 3]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
    assert.deepEqual(names(a), ['Cahya Lestari Putri']);
  });

  test('a masthead, its group line and a dotted section row over a stamp, the headline under the stamp', () => {
    const a = analyse([
      'SUARA PANTURA',
      'Grup Media Pesisir',
      'Politik  ·  Pilkada 2024',
      'Nov 18, 2024 · 19:05 WIB',
      'Debat Terakhir Pilbup Brebes Bahas Banjir Rob dan Harga Bawang',
      '',
      'BREBES, SUARA PANTURA - Debat terakhir pemilihan bupati digelar di pendapa kabupaten, Senin (18/11).',
    ]);
    assert.equal(a.title?.text, 'Debat Terakhir Pilbup Brebes Bahas Banjir Rob dan Harga Bawang');
    assert.equal(kindOf(a, 4), 'byline');
    assert.equal(a.dateline?.place, 'BREBES');
    // The counter-case: a short headline over its deck and the lead is still the headline.
    const deck = analyse([
      'Banjir Rob Lagi',
      'Ratusan Rumah di Pesisir Brebes Terendam Sejak Subuh',
      '',
      'BREBES - Banjir rob kembali merendam ratusan rumah di pesisir utara, Senin (18/11), kata warga.',
    ]);
    assert.equal(deck.title?.text, 'Banjir Rob Lagi');
  });

  test('a stamp with seconds is a byline, not the dateline', () => {
    const a = analyse([
      'Bawaslu Tegal Telusuri Pembagian Sembako oleh Tim Pemenangan',
      'Selasa, 12 November 2024 09:45:12',
      '',
      'Tegal (kabarpesisir.com) – Bawaslu Kabupaten Tegal menelusuri laporan pembagian sembako di dua kecamatan.',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(a.dateline?.place, 'Tegal');
  });

  test('"<writer> | Editor: <name>" at the foot is a byline and names no persons', () => {
    const a = analyse([
      'KPU Sragen Mulai Rekapitulasi Tingkat Kecamatan',
      '',
      'SRAGEN - KPU Sragen memulai rekapitulasi suara tingkat kecamatan, kata ketua KPU Ngatiyo Prasetyo.',
      '',
      'Wahyu Hendrawan | Editor: Rini Kusumawati',
    ]);
    assert.equal(kindOf(a, 5), 'byline');
    assert.deepEqual(names(a), ['Ngatiyo Prasetyo']);
  });

  test('election words ("Pilbup", "Pilwali", "Pilgub") and an audience noun ("Pendengar") open no names', () => {
    const a = analyse([
      'Partisipasi Pemilih Turun di Tiga Daerah',
      '',
      'SURABAYA - Partisipasi dalam Pilbup Jember, Pilwali Malang dan Pilgub Jatim turun, kata peneliti Aryo Wibisono.',
      '',
      'Pendengar Radio yang ingin melapor dapat menghubungi studio.',
    ]);
    assert.deepEqual(names(a), ['Aryo Wibisono']);
  });

  test('a party\'s name after "Ketua DPC Partai" is no person; its holder after the comma is, with a degree and one name word', () => {
    const a = analyse([
      'Partai Pengusung Minta Bawaslu Adil',
      '',
      'MEDAN - Ketua DPC Partai Karya Bangsa Medan, Hasyim SE, meminta Bawaslu tidak tebang pilih dalam menangani laporan.',
      '',
      'Ketua Bawaslu Deli, Rahmadi SE, mengatakan semua laporan diproses.',
    ]);
    assert.deepEqual(names(a).sort(), ['Hasyim', 'Rahmadi']);
    assert.equal(a.people.find((p) => p.name === 'Hasyim')?.role, 'Ketua DPC Partai Karya Bangsa Medan');
    // The counter-case: a role with its holder's full name is read as before.
    const full = analyse([
      'Partai Pengusung Minta Bawaslu Adil',
      '',
      'MEDAN - Ketua DPC Partai Karya Bangsa Medan, Tigor Lubis, meminta Bawaslu tidak tebang pilih.',
    ]);
    assert.deepEqual(names(full), ['Tigor Lubis']);
  });

  test('a quotation with no cue closing a sentence that names a person on its line is that person\'s', () => {
    const a = analyse([
      'Debat Pilbup Kediri Berakhir Damai',
      '',
      'KEDIRI - Debat terakhir dipandu moderator Sinta Wulandari di gedung DPRD Kabupaten Kediri.',
      '',
      '"Mohon tenang, waktu kandidat berjalan," ujar Sinta Wulandari.',
      '',
      'Di segmen penutup, Hendra Kusuma menutup debat dengan pesan dalam bahasa Jawa, "Ayo dijaga bareng Kediri iki."',
    ]);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Sinta Wulandari', 'Hendra Kusuma']);
  });
});
