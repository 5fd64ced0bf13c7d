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

  test('a site\'s address glued to the lead by a hyphen, or before a bar and the place, is the dateline\'s outlet', () => {
    const glued = analyse(['Harga Cabai Turun di Pasar Inpres', '', 'KABARLEMBAH.COM-Harga cabai rawit di Pasar Inpres turun, Senin (9/11/2026).']);
    assert.equal(glued.outlet, 'KABARLEMBAH.COM');
    const barred = analyse(['Harga Cabai Turun di Pasar Inpres', '', 'KabarLembah.com | PALU - Harga cabai rawit di Pasar Inpres turun menjadi Rp30.000 per kilogram, Senin (9/11/2026).']);
    assert.equal(barred.dateline?.place, 'PALU');
    assert.equal(barred.outlet, 'KabarLembah.com');
  });

  test('a hyphenated pair of capitals glued to the lead keeps its hyphen', () => {
    const a = analyse(['Harga Cabai Turun di Pasar Inpres', '', 'TRIBUN-LEMBAH.COM, PALU - Harga cabai rawit di Pasar Inpres turun, Senin (9/11/2026).']);
    assert.equal(a.dateline?.place, 'PALU');
    assert.equal(a.outlet, 'TRIBUN-LEMBAH.COM');
  });

  test('a reduplicated word typed with a spaced dash ("tiba – tiba") opens no dateline', () => {
    const a = analyse(['Warga Kaget Jalan Ditutup', '', 'Lanjut Camat Hendra, tiba – tiba jalan desa ditutup tanpa pemberitahuan kepada warga.']);
    assert.equal(a.dateline, null);
    assert.equal(a.outlet, null);
  });

  test('a short title-case headline closed by a full stop and printed twice is the headline, under a blog\'s widget words', () => {
    const a = analyse([
      'Headlines',
      'Loading...',
      'Klarifikasi Camat Lembah Soal Jalan yang Ditutup.',
      '',
      'Klarifikasi Camat Lembah Soal Jalan yang Ditutup.',
      '',
      'Sigi, Kabarlembah.com - Camat Lembah menjelaskan penutupan jalan desa kepada warga, Senin (9/11/2026).',
    ]);
    assert.equal(a.title?.text, 'Klarifikasi Camat Lembah Soal Jalan yang Ditutup.');
    assert.equal(kindOf(a, 5), 'repeated-headline');
  });

  test('a short sentence in lower case printed twice under the headline is not taken for a repeated headline', () => {
    const line = 'Warga menutup jalan desa dengan bambu sejak pagi.';
    const a = analyse(['Jalan Desa Ditutup Warga', '', line, '', line, '', 'Kepala desa meminta warga bersabar.']);
    assert.equal(a.title?.text, 'Jalan Desa Ditutup Warga');
  });

  test('one word after a place\'s head that acts is the holder, unless the text uses it as a place', () => {
    const a = analyse([
      'Bupati Klarifikasi Soal Jalan',
      '',
      'Bupati Hardono juga menegaskan tidak pernah menantang warga.',
      '',
      'Ia meminta warga melapor ke kantor camat.',
    ]);
    assert.deepEqual(names(a), ['Hardono']);
    const place = analyse([
      'Bupati Klarifikasi Soal Jalan',
      '',
      'Bupati Lembata menegaskan jalan akan diperbaiki. Pemkab Lembata menyiapkan anggaran.',
    ]);
    assert.deepEqual(names(place), []);
    const shortForm = analyse(['Bupati Tinjau Banjir', '', 'Bupati Kukar meninjau banjir di Tenggarong, Senin (9/11/2026).']);
    assert.deepEqual(names(shortForm), [], 'a regency\'s short form is a place');
    const district = analyse(['Pencuri Ditangkap', '', 'Kapolsek Lembah mengatakan kedua pelaku ditangkap pada Rabu malam.']);
    assert.deepEqual(names(district), [], 'a district\'s police chief is followed by the district');
    const body = analyse(['Pengurus Dilantik', '', 'Ketua Saniri terpilih, Marten Pattiasina, menyatakan siap bekerja.']);
    assert.deepEqual(names(body), ['Marten Pattiasina']);
  });

  test('a coordinating minister\'s portfolio and a village head\'s local title are roles, not names', () => {
    const a = analyse([
      'Menko Kunjungi Korban',
      '',
      'JAKARTA - Menko Polhukam Darmawan Sasongko menjenguk korban di rumah sakit, Kamis (12/11/2026).',
      '',
      'Datok Penghulu Kampung Baru, Rusli Hasibuan, ikut mendampingi.',
      '',
      'Terkait Opini di media sosial, Darmawan menolak berkomentar.',
    ]);
    assert.deepEqual(names(a).sort(), ['Darmawan Sasongko', 'Rusli Hasibuan']);
  });

  test('a spaced straight mark after a comma and before a cue in lower case closes what the page left unopened; it opens nothing', () => {
    const a = analyse([
      'Camat Klarifikasi Soal Jalan',
      '',
      'SIGI - Camat Lembah Hendra Saputra membantah menantang warga, Senin (9/11/2026).',
      '',
      'Saya hanya turun dari mobil dan bertanya siapa yang berteriak, " kata Hendra.',
      '',
      'Ia menyebut warga yang berkumpul di depan kantor itu tidak dikenalnya.',
      '',
      'Kami akan melapor ke polisi kalau ada ancaman lagi, " terangnya.',
    ]);
    assert.deepEqual(a.quotes, [], 'no quotation runs from one closing mark to the next');
    const opened = analyse([
      'Camat Klarifikasi Soal Jalan',
      '',
      'SIGI - Camat Lembah Hendra Saputra membantah menantang warga, Senin (9/11/2026).',
      '',
      'Menurut Hendra, " saya hanya turun dari mobil," kata dia.',
    ]);
    assert.equal(opened.quotes.length, 1, 'a spaced mark before a capital or after a cue still opens a quotation');
  });

  test('the author a sign-off in brackets closes the story with is no person of the story', () => {
    const a = analyse([
      'Sepuluh Pesilat Divonis Enam Bulan',
      '',
      'TRENGGALEK - Majelis hakim menjatuhkan vonis enam bulan kepada sepuluh pesilat, Senin (9/11/2026).',
      '',
      'Kuasa hukum terdakwa, Rina Marlina, menerima putusan itu. (Hasan Basri)',
    ]);
    assert.deepEqual(names(a), ['Rina Marlina']);
  });

  test('a courtroom or a hall named after "ruang" or "aula" is no person', () => {
    const a = analyse([
      'Vonis untuk Pesilat',
      '',
      'BANYUWANGI - Ketua Majelis Hakim Ahmad Rafiq membacakan vonis di ruang Cakra Wijaya, Kamis (12/11/2026).',
      '',
      'Keluarga terdakwa menunggu di aula Sasana Praja bersama Darmaji, ayah terdakwa.',
    ]);
    assert.deepEqual(names(a).sort(), ['Ahmad Rafiq', 'Darmaji']);
  });

  test('a page that starts with a two-sentence lead opening with a dateline has no headline, and the dateline is read', () => {
    const a = analyse([
      'PALU - Rahmawati, pedagang asal Kota Donggala yang menolak pindah ke pasar baru, akhirnya divonis enam bulan penjara. Wajahnya datar tanpa ekspresi.',
      '"Terdakwa terbukti bersalah," ucap hakim Wahyudi Prasetyo.',
    ]);
    assert.equal(a.title, null);
    assert.equal(a.dateline?.place, 'PALU');
    const headline = analyse(['PALU - Pasar Baru Dibuka. Pedagang Lama Menolak Pindah', '', 'Pemerintah kota membuka pasar baru, Senin (9/11/2026).']);
    assert.equal(headline.title?.text, 'PALU - Pasar Baru Dibuka. Pedagang Lama Menolak Pindah', 'a short headline in title case stays the headline');
  });

  test('a role written out with its body\'s acronym in brackets, then one name: the name speaks, not the whole role', () => {
    const a = analyse([
      'Status Darurat Banjir Dicabut',
      '',
      'SERANG - Status tanggap darurat banjir di Lebak dicabut, Selasa (10/11/2026).',
      '',
      '"Pengungsi tetap kami layani sampai rumahnya diperbaiki," kata Plt Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sukarta di Serang, Selasa.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Sukarta');
    const office = analyse([
      'Status Darurat Banjir Dicabut',
      '',
      'SERANG - Status tanggap darurat banjir di Lebak dicabut, Selasa (10/11/2026).',
      '',
      '"Pengungsi tetap kami layani," kata Kepala Badan Penanggulangan Bencana Daerah (BPBD).',
    ]);
    assert.notEqual(office.quotes[0]?.speaker, 'BPBD', 'an acronym in brackets with no name after it names no holder');
  });
});
