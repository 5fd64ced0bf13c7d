/**
 * Forms met in held-out round twenty-five (test/fixtures/heldout/README.md: h154–h163, people and headlines
 * on regional pages from Kalimantan, Sulawesi, Maluku, Papua, Sumatra and Aceh: mastheads over the headline,
 * copyright lines naming the publisher, relatives sharing a family name, name openers such as "La Ode"),
 * each fixed by language data or a small general rule and checked here on a further short article written for
 * the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('articles from other outlets (round twenty-five)', () => {
  test('a masthead with its section ("Name | Section") over the headline is not the headline', () => {
    const a = analyse([
      'Warta Borneo | Kapuas Hulu',
      '"Kami Butuh Jembatan": Warga Dua Desa Seberangi Sungai dengan Rakit',
      'Senin, 1 Desember 2025 10:00 WIB',
      'PUTUSSIBAU - Warga dua desa di Kapuas Hulu masih menyeberangi sungai dengan rakit setiap hari.',
    ]);
    assert.equal(a.title?.text, '"Kami Butuh Jembatan": Warga Dua Desa Seberangi Sungai dengan Rakit');
    assert.ok(kindOf(a, 1) !== undefined);
  });

  test('a headline with a spaced dash over the lead stays the headline', () => {
    const a = analyse([
      'Banjir Bandang Landa Garut - Tiga Warga Hilang',
      'GARUT - Banjir bandang melanda tiga kecamatan di Garut, Senin (1/12/2025), dan tiga warga masih dicari.',
    ]);
    assert.equal(a.title?.text, 'Banjir Bandang Landa Garut - Tiga Warga Hilang');
  });

  test('a copyright line naming the publisher before "All Rights Reserved" or before the year names the outlet', () => {
    const before = analyse([
      'Nelayan Tolak Kapal Pukat di Perairan Simeulue',
      'SINABANG - Ratusan nelayan menolak kapal pukat yang beroperasi di perairan Simeulue, Selasa (2/12/2025).',
      '',
      'Copyright © 2025 Lintas Teluk. All Rights Reserved.',
    ]);
    assert.equal(before.outlet, 'Lintas Teluk');
    const after = analyse([
      'Nelayan Tolak Kapal Pukat di Perairan Simeulue',
      'SINABANG - Ratusan nelayan menolak kapal pukat yang beroperasi di perairan Simeulue, Selasa (2/12/2025).',
      '',
      'COPYRIGHT © LINTAS TELUK 2025',
    ]);
    assert.equal(after.outlet, 'LINTAS TELUK');
  });

  test('a masthead whose first part is a name with a newspaper word names the outlet', () => {
    const a = analyse([
      'Manado Ekspres - Berita Sulawesi Utara',
      'Harga Cengkih Naik, Petani Minahasa Mulai Panen',
      'TONDANO - Petani cengkih di Minahasa mulai memanen, Rabu (3/12/2025), saat harga naik.',
    ]);
    assert.equal(a.outlet, 'Manado Ekspres');
  });

  test('two relatives sharing a family name are two people', () => {
    const a = analyse([
      'Nelayan Tua di Ternate Kembali Melaut',
      'TERNATE - Setelah sembuh dari sakit, Yakobus Lamanepa (60) kembali melaut, Kamis (4/12/2025).',
      '',
      'Anak bungsunya, Paulus Lamanepa, kini ikut membantu di perahu.',
      '',
      'Paulus bilang ayahnya tidak bisa diam di rumah.',
    ]);
    assert.ok(names(a).includes('Yakobus Lamanepa'));
    assert.ok(names(a).includes('Paulus Lamanepa'));
  });

  test('"La Ode" opens a name, "Muh." stays inside one, and "Keuchik" is a role', () => {
    const a = analyse([
      'Bupati Tinjau Pasar Ikan',
      'BAUBAU - Bupati Buton, La Ode Hamdan, meninjau pasar ikan bersama Camat Wolio, Andi Muh. Rasyid, Jumat (5/12/2025).',
      '',
      'Keuchik Lam Teh, Teuku Hasan, ikut hadir.',
    ]);
    assert.ok(names(a).includes('La Ode Hamdan'));
    assert.ok(names(a).some((n) => n.startsWith('Andi Muh') && n.endsWith('Rasyid')));
    assert.ok(!names(a).some((n) => n.startsWith('Keuchik')));
  });

  test('a sentence opening with "Terakhir" before a name, and a road bend "Panorama", are no people; a road named after "jalan" is a place', () => {
    const a = analyse([
      'Truk Terguling di Tanjakan',
      'SOLOK - Truk terguling di tikungan Panorama II, jalan Sitinjau Lauik, Sabtu (6/12/2025).',
      '',
      '"Terakhir Bunga telepon bulan lalu," kata Rina Safitri.',
    ]);
    assert.ok(!names(a).some((n) => n.startsWith('Terakhir') || n.startsWith('Panorama') || n === 'Sitinjau Lauik'));
  });
});
