/**
 * Forms met in held-out round eighty-six (test/fixtures/heldout/README.md: h764–h773, news that went through paper:
 * OCR of scanned clippings, e-paper and PDF copies, a magazine feature, a tabloid's front page, a bulletin, a letters
 * page, an ad wrapped around a story), each fixed by language data or a small general rule and checked here on a
 * further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('news that went through paper (round eighty-six)', () => {
  test('a print running head gives the edition\'s date and the paper\'s name, on every page it repeats on', () => {
    const a = analyse([
      'KORAN SELATAN | KAMIS, 3 DESEMBER 2026 | HAL 5',
      'Jembatan Gantung Desa Lubuk Putus Diterjang Arus',
      '',
      'MUARA ENIM - Jembatan gantung penghubung dua dusun di Desa Lubuk putus diterjang arus sungai, Selasa (1/12/2026).',
      '',
      'Warga kini menyeberang dengan rakit bambu.',
      '',
      'KORAN SELATAN | KAMIS, 3 DESEMBER 2026 | HAL 9',
      '',
      'Perbaikan dijanjikan rampung sebelum Natal.',
    ]);
    assert.equal(a.date?.iso, '2026-12-03');
    assert.equal(a.outlet, 'KORAN SELATAN');
    assert.notEqual(kindOf(a, 8), undefined, 'the running head of the later page');
    // Counter-case: a headline repeated with its page ("… - Halaman 2") is still a page line, and the lead dates the story.
    const b = analyse([
      'Jembatan Gantung Desa Lubuk Putus Diterjang Arus',
      '',
      'MUARA ENIM - Jembatan gantung penghubung dua dusun di Desa Lubuk putus diterjang arus sungai, Selasa (1/12/2026).',
      '',
      'Jembatan Gantung Desa Lubuk Putus Diterjang Arus - Halaman 2',
      '',
      'Warga kini menyeberang dengan rakit bambu.',
    ]);
    assert.equal(b.date?.iso, '2026-12-01');
    assert.notEqual(kindOf(b, 5), undefined);
  });

  test('a magazine\'s running head with its issue number names the magazine and repeats as furniture under the story', () => {
    const a = analyse([
      'WARTA PESISIR  |  No. 12 Tahun IV  |  Maret 2026',
      'LAPORAN UTAMA',
      'Rumput Laut Kembali Jadi Andalan Nelayan Takalar',
      '',
      'TAKALAR - Ratusan nelayan di pesisir Galesong kembali menanam rumput laut, Senin (2/3/2026), setelah harga naik dua kali lipat.',
      '',
      'Panen pertama diperkirakan jatuh pada April.',
      '',
      'WARTA PESISIR  |  No. 12 Tahun IV  |  Maret 2026',
    ]);
    assert.equal(a.outlet, 'WARTA PESISIR');
    assert.notEqual(kindOf(a, 9), undefined, 'the running head repeated under the story');
    assert.equal(kindOf(a, 7), undefined, 'the body');
  });

  test('a continued story\'s cut headline and the print jump lines are boilerplate; a sentence trailing off stays body', () => {
    const a = analyse([
      'Banjir Rob Rendam Pasar Ikan Muara Angke',
      '',
      'JAKARTA - Banjir rob merendam Pasar Ikan Muara Angke sejak Kamis pagi (5/11/2026) setinggi lutut orang dewasa.',
      '',
      '>> Baca di halaman 7',
      '',
      'Sambungan dari hal 1',
      'Banjir Rob Rendam...',
      '',
      'Pedagang memindahkan lapak ke lantai dua.',
      '',
      'Menurut warga, air baru surut menjelang sore dan kembali naik malam harinya...',
    ]);
    assert.notEqual(kindOf(a, 5), undefined, 'the jump line');
    assert.notEqual(kindOf(a, 8), undefined, 'the cut headline over the continued text');
    assert.equal(kindOf(a, 10), undefined);
    assert.equal(kindOf(a, 12), undefined, 'a sentence ending in dots stays body');
  });

  test('a headline broken over two column lines over the dateline, with no blank lines, is one headline', () => {
    const a = analyse([
      'Pasar Terapung Dibuka',
      'Lagi Setelah Dua Tahun',
      'BANJARMASIN-Pasar terapung di',
      'Sungai Martapura kembali dibuka',
      'untuk wisatawan, Minggu (6/12).',
    ]);
    assert.equal(a.title?.text, 'Pasar Terapung Dibuka Lagi Setelah Dua Tahun');
    // Counter-case: a short name under the headline (the writer's) is no second line of it.
    const b = analyse([
      'Pasar Terapung Dibuka Lagi Setelah Dua Tahun',
      'Rahmat Hidayat',
      'BANJARMASIN-Pasar terapung di',
      'Sungai Martapura kembali dibuka',
      'untuk wisatawan, Minggu (6/12).',
    ]);
    assert.equal(b.title?.text, 'Pasar Terapung Dibuka Lagi Setelah Dua Tahun');
  });

  test('a photo caption under its credit, opening with a label in capitals, is a caption; a dateline lead under a credit is body', () => {
    const a = analyse([
      'Warga Tolak Tambang Pasir di Sungai Progo',
      '',
      'KULON PROGO - Puluhan warga Desa Banaran berunjuk rasa di balai desa, Senin (7/12/2026), menolak tambang pasir.',
      'KORAN JOGJA/ARIF SANTOSO',
      'MENOLAK - Warga membentangkan spanduk di balai desa, Senin (7/12).',
      'Mereka khawatir tebing sungai longsor.',
    ]);
    assert.equal(kindOf(a, 5), 'caption');
    assert.equal(kindOf(a, 6), undefined);
    const b = analyse([
      'Warga Tolak Tambang Pasir di Sungai Progo',
      'KORAN JOGJA/ARIF SANTOSO',
      'KULON PROGO - Puluhan warga Desa Banaran berunjuk rasa di balai desa, Senin (7/12/2026), menolak tambang pasir.',
      'Mereka khawatir tebing sungai longsor.',
    ]);
    assert.equal(kindOf(b, 3), undefined, 'the lead');
    assert.equal(b.dateline?.place, 'KULON PROGO');
  });

  test('a print ad among the story\'s paragraphs is boilerplate, its testimonial too; a sentence about a promotion stays body', () => {
    const a = analyse([
      'Harga Gabah Naik, Petani Ngawi Mulai Panen',
      '',
      'NGAWI - Petani di Kecamatan Paron mulai memanen padi, Rabu (2/12/2026), setelah harga gabah naik.',
      '',
      'PROMO GAJIAN!',
      'TOKO ELEKTRONIK MAJU JAYA — Diskon s/d 30% Kulkas dan TV',
      '"Pelayanannya ramah, barangnya awet!" – Ibu Sari, Madiun',
      'Jl. Diponegoro No. 8 Ngawi  |  Telp. (0351) 7490xxx',
      '',
      'Promo penjualan gabah ke Bulog berlaku hingga akhir bulan, kata Ketua Gapoktan.',
      '',
      'Versi cetak artikel ini dapat dibaca di e-paper Koran Ngawi.',
    ]);
    for (const line of [5, 6, 7, 8]) assert.notEqual(kindOf(a, line), undefined, `ad line ${line}`);
    assert.ok(!names(a).includes('Sari'), 'the testimonial\'s customer is no person of the story');
    assert.equal(a.quotes.length, 0, 'the testimonial is no quotation');
    assert.equal(kindOf(a, 10), undefined, 'a sentence about a promotion stays body');
    assert.notEqual(kindOf(a, 12), undefined, 'the e-paper note');
  });

  test('a letter writer\'s name over "Desa …, Kecamatan …, <town>" is a signature', () => {
    const a = analyse([
      'Jalan Desa Rusak Parah',
      '',
      'Jalan di desa kami rusak sejak banjir bulan lalu. Mohon segera diperbaiki.',
      '',
      'Nur Aini',
      'Desa Sidomulyo, Kecamatan Kras, Kediri',
    ]);
    assert.notEqual(kindOf(a, 5), undefined, 'the name');
    assert.notEqual(kindOf(a, 6), undefined, 'the address');
    // Counter-case: a name line over a body sentence is no signature.
    const b = analyse([
      'Jalan Desa Rusak Parah',
      '',
      'Jalan di desa kami rusak sejak banjir bulan lalu. Mohon segera diperbaiki.',
      '',
      'Nur Aini',
      'Warga sudah melapor ke kecamatan dua kali, namun belum ada tanggapan.',
    ]);
    assert.equal(kindOf(b, 6), undefined);
  });

  test('a front page\'s second story under the article\'s sign-off, closed by its jump line, and the page index are boilerplate', () => {
    const a = analyse([
      'TANI MAJU',
      'Tabloid Pertanian  |  Edisi 210  |  Rabu, 2 Desember 2026  |  Rp6.000',
      '',
      'Petani Muda Blitar Ekspor Porang ke Jepang',
      '',
      'BLITAR - Kelompok tani muda di Blitar melepas ekspor 12 ton porang ke Jepang, Sabtu (28/11/2026).',
      '',
      '"Tahun depan kami targetkan dua kali lipat," kata ketua kelompok, Bayu Saputra. (TM/Ani)',
      '',
      'Pupuk Bersubsidi Ditambah',
      'JAKARTA - Pemerintah menambah kuota pupuk bersubsidi tahun depan. "Kuota naik sepuluh persen," kata Direktur Pupuk, Hendra Gunawan.',
      'Selengkapnya hal. 4',
      '',
      'DI DALAM',
      'Hal. 6  Cara Menanam Cabai di Musim Hujan',
    ]);
    assert.equal(a.date?.iso, '2026-12-02', 'the issue\'s date');
    for (const line of [10, 11, 12, 14, 15]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
    assert.ok(!names(a).includes('Hendra Gunawan'), 'the other story\'s people are not this one\'s');
    assert.equal(a.quotes.length, 1);
    // Counter-case: the article's own jump line above its sign-off takes nothing of the article with it.
    const b = analyse([
      'Petani Muda Blitar Ekspor Porang ke Jepang',
      '',
      'BLITAR - Kelompok tani muda di Blitar melepas ekspor 12 ton porang ke Jepang, Sabtu (28/11/2026).',
      'Ekspor ini yang ketiga tahun ini.',
      'Selengkapnya hal. 4',
      '',
      'Sambungan dari hal 1',
      'Bayu berharap ekspor terus naik. (TM/Ani)',
    ]);
    assert.equal(kindOf(b, 4), undefined);
    assert.equal(kindOf(b, 8), undefined);
  });

  test('a magazine\'s kicker in capitals over its headline, deck and byline: the headline is under it, the deck is body', () => {
    const a = analyse([
      'LAPORAN KHUSUS',
      'KOPI DARI LERENG',
      'Petani Muda Kembali ke Kebun Kopi Gayo',
      'Harga kopi naik dua kali lipat. Anak-anak muda yang dulu merantau kini pulang dan merawat kebun orang tuanya.',
      'Oleh Rahmi Fitriani',
      '',
      'TAKENGON — Pagi itu, Senin (2/11/2026), kabut masih turun di kebun milik Zulkifli (34).',
    ]);
    assert.equal(a.title?.text, 'Petani Muda Kembali ke Kebun Kopi Gayo');
    assert.equal(kindOf(a, 4), undefined, 'the deck');
    // Counter-case: a headline in capitals over the dateline lead stays the headline.
    const b = analyse([
      'KOPI DARI LERENG GAYO',
      'TAKENGON — Pagi itu, Senin (2/11/2026), kabut masih turun di kebun milik Zulkifli (34).',
      'Ia baru pulang dari Medan.',
    ]);
    assert.equal(b.title?.text, 'KOPI DARI LERENG GAYO');
  });

  test('a pull quote repeating words from inside a quotation, with or without marks and with its speaker line, is furniture', () => {
    const a = analyse([
      'Sekolah di Atas Rakit',
      '',
      'WAJO — Sekolah itu mengapung di tengah danau sejak 2019, Selasa (24/11/2026).',
      '',
      '"Semua warga turun. Bambu kami potong sendiri, paku kami beli patungan. Anak kami harus bisa membaca," kata La Tenri.',
      '',
      'Bambu kami potong sendiri, paku kami beli patungan.',
      '',
      '"Anak kami harus bisa membaca."',
      '— La Tenri, warga Salotengnga',
      '',
      'Kepala desa menyebut sekolah itu kebanggaan warga.',
      '',
      'Sekolah itu mengapung di tengah danau sejak 2019.',
    ]);
    assert.notEqual(kindOf(a, 7), undefined, 'the unmarked pull quote');
    assert.notEqual(kindOf(a, 9), undefined, 'the marked pull quote');
    assert.notEqual(kindOf(a, 10), undefined, 'its speaker line');
    assert.equal(a.quotes.length, 1);
    assert.equal(kindOf(a, 14), undefined, 'a sentence repeating the narrative (no quotation) stays body');
  });

  test('a -nya cue under a paragraph cut over two lines by a PDF copy goes to the person opening that paragraph', () => {
    const a = analyse([
      'Nelayan Tolak Kapal Isap',
      '',
      'MANGGAR - Ratusan nelayan mendatangi kantor DPRD Beltim, Rabu (2/12/2026), menolak kapal isap timah.',
      '"Laut ini sawah kami. Kami mau makan apa?" kata Rusdi Hamzah di depan gedung dewan.',
      'Ketua DPRD Belitung Timur, Hendra Wijaya Kusuma, menemui massa dan berjanji memanggil perusahaan',
      'secara resmi pekan depan.',
      '"Kami dengar aspirasi bapak-bapak. Rapat akan kami jadwalkan," ujarnya.',
    ]);
    assert.equal(a.quotes[1]?.speaker, 'Hendra Wijaya Kusuma');
    // Counter-case: a blank line under the long line is a paragraph's end: the paragraph above the quote names nobody,
    // and the last speaker goes on.
    const b = analyse([
      'Nelayan Tolak Kapal Isap',
      '',
      'MANGGAR - Ratusan nelayan mendatangi kantor DPRD Beltim, Rabu (2/12/2026), menolak kapal isap timah.',
      '"Laut ini sawah kami. Kami mau makan apa?" kata Rusdi Hamzah di depan gedung dewan.',
      'Ketua DPRD Belitung Timur, Hendra Wijaya Kusuma, menemui massa dan berjanji memanggil perusahaan',
      '',
      'secara resmi pekan depan.',
      '"Kami tetap bertahan di sini sampai ada keputusan," ujarnya.',
    ]);
    assert.equal(b.quotes[1]?.speaker, 'Rusdi Hamzah');
  });
});
