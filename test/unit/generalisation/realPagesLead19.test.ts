/**
 * Shapes met on real Indonesian news pages (stop 19: pages found through the public page search, read by eye against
 * gold/FORMAT.md, never stored in the project): each fixed by language data or a small general rule and checked here
 * on a short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('real pages (stop 19, the lead\'s sample)', () => {
  test('"<headline> - SITE.COM" under the headline is the page title, boilerplate, and no dateline is read out of it', () => {
    const a = analyse([
      'Jembatan Gantung Putus, Warga Seberangi Sungai dengan Rakit',
      '',
      'Kamis, 12 November 2026 – 10:05 WIB',
      'Jembatan Gantung Putus, Warga Seberangi Sungai dengan Rakit - KABARLEMBAH.COM',
      '',
      'kabarlembah.com, SIGI - Jembatan gantung di Desa Lembah Asri putus setelah banjir, Rabu (11/11).',
      '',
      'Warga kini menyeberang dengan rakit bambu setiap pagi.',
    ]);
    assert.equal(kindOf(a, 4), 'repeated-headline');
    assert.equal(a.dateline?.place, 'SIGI');
    assert.equal(a.outlet?.toLowerCase(), 'kabarlembah.com');
  });

  test('a headline-like line with a dash and a capitalised tail that is not the headline stays as it is', () => {
    const a = analyse([
      'Jembatan Gantung Putus di Sigi',
      '',
      'SIGI - Jembatan gantung di Desa Lembah Asri putus setelah banjir, Rabu (11/11/2026).',
      '',
      'Jembatan Gantung Putus di Sigi - Donggala sudah diperbaiki tahun lalu, kata warga, namun kini rusak lagi.',
    ]);
    assert.equal(kindOf(a, 5), undefined, 'a body sentence opening with the headline\'s words stays body');
  });

  test('an app banner over the headline (close button, tagline, store line) is boilerplate, and its tagline is no headline', () => {
    const a = analyse([
      'Close Banner Apps KABARLEMBAH.COM',
      'KABARLEMBAH.COM App',
      'Kabar Terbaru dari Lembah dan Pesisir',
      'Tersedia di Google Play dan App Store',
      'Download Apps KABARLEMBAH.COM',
      '',
      'Harga Cabai di Pasar Inpres Turun',
      '',
      'PALU - Harga cabai rawit di Pasar Inpres turun menjadi Rp30.000 per kilogram, Senin (9/11/2026).',
    ]);
    assert.equal(a.title?.text, 'Harga Cabai di Pasar Inpres Turun');
    for (const line of [1, 2, 3, 4, 5]) assert.notEqual(kindOf(a, line), undefined, `banner line ${line}`);
    assert.deepEqual(names(a), [], 'no person in the banner');
  });

  test('a body sentence about an app store stays body', () => {
    const a = analyse([
      'Aplikasi Pasar Desa Diluncurkan',
      '',
      'PALU - Pemerintah desa meluncurkan aplikasi pasar daring, Senin (9/11/2026).',
      '',
      'Warga dapat mengunduh aplikasi itu di Play Store mulai pekan depan, kata kepala desa.',
    ]);
    assert.equal(kindOf(a, 5), undefined);
  });

  test('links boxed as a one-column text table ("| headline |", "|", "|---|") are a related list; their words are no people', () => {
    const a = analyse([
      'Polisi Patroli Malam di Jalan Lingkar',
      '',
      'Kapolres Lembah AKBP Hendra Saputra memimpin patroli malam, Sabtu (7/11/2026).',
      '',
      '"Kami ingin warga tidur tenang," ujar Kapolres Lembah.',
      '| Sat Reskrim Lembah Tangkap Pencuri Kabel di Gudang Tua |',
      '|',
      '|---|',
      '| Pemuda Desa Asri Raih Juara Lomba Perahu |',
      '|',
      '|---|',
    ]);
    for (const line of [6, 7, 8, 9, 10, 11]) assert.equal(kindOf(a, line), 'related-list', `line ${line}`);
    assert.equal(a.quotes[0]?.speaker, 'Hendra Saputra');
    assert.deepEqual(names(a), ['Hendra Saputra']);
  });

  test('a real table\'s rows with several cells are not taken for the link box', () => {
    const a = analyse([
      'Curah Hujan Pekan Ini',
      '',
      'PALU - BMKG mencatat curah hujan tinggi sepekan terakhir, Senin (9/11/2026).',
      '',
      '| Hari | Curah hujan |',
      '| Senin | 40 mm |',
    ]);
    assert.notEqual(kindOf(a, 5), 'related-list');
  });

  test('a police deputy named by his role alone and a police unit are no people', () => {
    const a = analyse([
      'Wakapolres Minta Personel Netral',
      '',
      'TENGGARONG - Wakapolres meminta personel menjaga netralitas, Selasa (10/11/2026).',
      '',
      'Ia juga meminta Satreskrim dan Intelkam menyelidiki isu pungutan liar.',
      '',
      'Wakapolresta Samarinda AKBP Dodi Kurniawan hadir dalam apel itu.',
    ]);
    assert.deepEqual(names(a), ['Dodi Kurniawan']);
  });
});
