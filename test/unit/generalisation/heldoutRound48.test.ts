/**
 * Forms met in held-out round forty-eight (test/fixtures/heldout/README.md: h384–h393, disaster, weather and
 * environment pages: an agency's press release, a live page, a broadcaster's video page, an aggregator's copy, an
 * English-language daily), each fixed by language data or a small general rule and checked here on a further short
 * article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('disaster and weather pages (round forty-eight)', () => {
  test("an agency's press-release label is no headline; its contact line and a comment form's placeholder are boilerplate", () => {
    const a = analyse([
      'SIARAN PERS BPBD KABUPATEN LUWU UTARA',
      'Longsor Tutup Jalan Poros Seko, Alat Berat Dikerahkan',
      'Diposting oleh Admin | 12 November 2026',
      '',
      'Masamba – Longsor menutup jalan poros Seko di Kabupaten Luwu Utara, Rabu (11/11/2026) malam, setelah hujan deras mengguyur sejak sore.',
      '',
      'Narahubung: Pusdalops BPBD Luwu Utara 0813-1122-3344',
      'Tulis komentar Anda...',
    ]);
    assert.equal(a.title?.text, 'Longsor Tutup Jalan Poros Seko, Alat Berat Dikerahkan');
    assert.equal(kindOf(a, 1), 'banner');
    assert.equal(kindOf(a, 7), 'byline');
    assert.equal(kindOf(a, 8), 'share');
    // A headline that merely opens with the words is no label: it names no issuing agency.
    const headline = analyse(['Siaran Pers Soal Banjir Dinilai Terlambat', '', 'Sejumlah warga menilai informasi banjir datang terlambat pada Senin malam.']);
    assert.equal(headline.title?.text, 'Siaran Pers Soal Banjir Dinilai Terlambat');
  });

  test("a live page's update stamp, desk byline, reload prompt and follow promo are boilerplate; its entries are not", () => {
    const a = analyse([
      'Update Banjir Kudus: Air Mulai Surut di Jati',
      'Pembaruan terakhir: Senin, 23/11/2026 19:05 WIB',
      'Tim Live Kabar Muria',
      'Muat ulang untuk pembaruan terbaru',
      '',
      '19.05 WIB – Genangan di Kecamatan Jati mulai surut setinggi 20 sentimeter.',
      '',
      'Ikuti terus live update banjir Kudus hanya di Kabar Muria.',
    ]);
    for (const line of [2, 3, 4, 8]) assert.ok(kindOf(a, line), `line ${line}`);
    assert.equal(kindOf(a, 6), undefined);
  });

  test("a video player's running time over the headline is boilerplate and no headline; a programme promo is boilerplate", () => {
    const a = analyse([
      'Putar Video',
      'Durasi 1 menit 40 detik',
      'Angin Kencang Robohkan Puluhan Rumah di Sidrap',
      'Dipublikasikan 20 Nov 2026 • 16.00 WITA',
      'SIDRAP, Kabar Ajatappareng — Angin kencang merobohkan 32 rumah warga di Kecamatan Watang Pulu, Jumat sore.',
      'Saksikan berita selengkapnya di program Sulawesi Pagi setiap hari pukul 06.00 WITA.',
    ]);
    assert.equal(a.title?.text, 'Angin Kencang Robohkan Puluhan Rumah di Sidrap');
    assert.equal(kindOf(a, 2), 'video');
    assert.equal(kindOf(a, 6), 'promo');
  });

  test("an aggregator's link to the source names the outlet; its partner note, reaction row and similar-news list are boilerplate", () => {
    const a = analyse([
      'Sumur Warga Mengering, Pemkab Alor Kirim Air Bersih',
      '',
      'KALABAHI – Pemerintah Kabupaten Alor mengirim air bersih ke enam desa yang sumurnya mengering sejak Oktober.',
      '',
      'Lihat artikel asli di Flobamora Pos',
      'Artikel ini merupakan konten dari mitra Kabarin. Isi di luar tanggung jawab Kabarin.',
      'Suka  ·  Simpan  ·  Bagikan',
      'Berita Serupa',
      'Harga Air Tangki di Kalabahi Naik',
    ]);
    assert.equal(a.outlet, 'Flobamora Pos');
    for (const line of [5, 6, 7, 8, 9]) assert.ok(kindOf(a, line), `line ${line}`);
    assert.equal(kindOf(a, 3), undefined);
  });

  test('English related, topic and share lines under an article are boilerplate', () => {
    const a = analyse([
      'Floods hit Bima as rivers overflow',
      '',
      'BIMA — Floods swept through four villages in Bima on Sunday after two days of heavy rain, officials said.',
      '',
      'Related: Farmers in Bima count losses after the dry season',
      'Topics: floods, Bima, weather',
      'Share this article',
    ]);
    assert.equal(kindOf(a, 5), 'related');
    assert.equal(kindOf(a, 6), 'share');
    assert.equal(kindOf(a, 7), 'share');
    assert.equal(kindOf(a, 3), undefined);
  });

  test('a person set off by commas with an age after the name speaks the quote that follows with -nya', () => {
    // No blank lines, as the page was saved: the speaker before is the last one named, unless the age is read past.
    const a = analyse([
      'Asap Tebal, Warga Sampit Keluhkan Sesak Napas',
      'Sampit (Kabar Sampit) – Kabut asap menyelimuti Sampit sejak Selasa malam.',
      'Sementara itu, Kepala Dinas Kesehatan, Hendri Saputra, menyebut puskesmas siaga. Ia menegaskan: “Puskesmas buka 24 jam selama asap tebal.”',
      'Dinas Kesehatan mencatat 1.340 kasus ISPA pekan ini. Seorang pedagang pasar, Marlina Sari (41), memilih menutup lapaknya lebih awal. “Mata saya perih terus dari pagi,” katanya.',
    ]);
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[0]?.speaker, 'Hendri Saputra');
    assert.equal(a.quotes[1]?.speaker, 'Marlina Sari');
  });

  test('a name written once with two of its words joined is the same person; two other names stay apart', () => {
    const a = analyse([
      'Gelombang Tinggi, Kapal Kecil Dilarang Berlayar',
      '',
      'MAKASSAR – Prakirawan BMKG, Nur Asyiah Djafar, menyebut angin timur bertiup hingga 25 knot.',
      '',
      '"Kapal kecil sebaiknya tidak melaut dulu," jelas Nurasyiah, Senin sore.',
      '',
      'Seorang nelayan, Nur Hidayat, mengaku sudah tiga hari tidak melaut.',
    ]);
    assert.deepEqual(names(a), ['Nur Asyiah Djafar', 'Nur Hidayat']);
    assert.equal(a.quotes[0]?.speaker, 'Nur Asyiah Djafar');
  });

  test('a province or region after the dateline\'s place is no outlet; an outlet there still is one', () => {
    const province = analyse(['Banjir Rendam Kupang', '', 'Kupang, Nusa Tenggara Timur – Banjir merendam ratusan rumah di Kota Kupang, Senin pagi.']);
    assert.equal(province.dateline?.place, 'Kupang');
    assert.equal(province.dateline?.outlet, null);
    const shortForm = analyse(['Banjir Rendam Palu', '', 'PALU, Sulteng – Banjir merendam ratusan rumah di Kota Palu, Senin pagi.']);
    assert.equal(shortForm.dateline?.outlet, null);
    const english = analyse(['Floods hit Palu', '', 'PALU, Central Sulawesi — Floods swept through the city on Monday morning.']);
    assert.equal(english.dateline?.place, 'PALU');
    assert.equal(english.dateline?.outlet, null);
    const outlet = analyse(['Banjir Rendam Palu', '', 'PALU, Kabar Celebes – Banjir merendam ratusan rumah di Kota Palu, Senin pagi.']);
    assert.equal(outlet.dateline?.outlet, 'Kabar Celebes');
  });
});
