/**
 * Forms met in held-out round twenty-nine (test/fixtures/heldout/README.md: h194–h203, public-service and regional
 * pages: a regency's site with a skip link, a menu and a print button, an AMP scrape with image placeholders, a TV
 * transcript with SOT labels, a verdict with several defendants, a recount, lists of victims and recipients, a summary
 * box, a headline under a menu and a most-read list, a blog's footer), each fixed by language data or a small general
 * rule and checked here on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('public-service and regional pages (round twenty-nine)', () => {
  test('a skip link, a site header in capitals and a menu over the headline are page furniture', () => {
    const a = analyse([
      'Lewati ke konten',
      'PEMERINTAH KOTA BAUBAU',
      'Beranda',
      'Profil',
      'Layanan Publik',
      'Wali Kota Resmikan Pasar Rakyat di Kelurahan Wameo',
      'Kamis, 5 November 2026 - 10:00 WITA',
      'BAUBAU – Wali Kota Baubau meresmikan pasar rakyat di Kelurahan Wameo, Kamis (5/11/2026).',
    ]);
    assert.equal(a.title?.text, 'Wali Kota Resmikan Pasar Rakyat di Kelurahan Wameo');
    for (const line of [1, 2, 3, 4, 5]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    // A headline over a one-word line and a line broken off the lead is still the headline.
    const broken = analyse([
      'Timnas Kalah Telak di Kandang Lawan Malam Ini',
      'Timnas',
      'menelan kekalahan telak dari tuan rumah',
      'dalam laga kualifikasi yang digelar di Osaka.',
    ]);
    assert.equal(broken.title?.text, 'Timnas Kalah Telak di Kandang Lawan Malam Ini');
  });

  test('a menu scraped as one row (bars or wide spaces) is navigation, not the headline', () => {
    const bars = analyse([
      'KENDARI TV',
      'Live Streaming | Program | Berita | Jadwal Acara',
      'Nelayan Kendari Kembali Melaut Setelah Cuaca Membaik',
      'Rabu, 4 November 2026, 07:30 WITA',
      'Nelayan di Kendari kembali melaut pada Rabu pagi setelah dua hari tertahan cuaca buruk.',
    ]);
    assert.equal(bars.title?.text, 'Nelayan Kendari Kembali Melaut Setelah Cuaca Membaik');
    assert.equal(kindOf(bars, 2), 'share');
    const spaces = analyse([
      'TELUKPOS',
      'Beranda  Sorong  Raja Ampat  Nasional  Olahraga',
      'Harga Ikan Tongkol di Pasar Remu Turun Drastis',
      'Senin, 2 November 2026 | 09:00 WIT',
      'SORONG – Harga ikan tongkol di Pasar Remu turun menjadi Rp25 ribu per kilogram.',
    ]);
    assert.equal(spaces.title?.text, 'Harga Ikan Tongkol di Pasar Remu Turun Drastis');
  });

  test('an "open in the app" bar, an image file name, "image" and a credit with an initial are page furniture', () => {
    const a = analyse([
      'banuaterkini.id',
      'Buka di Aplikasi',
      'Sungai Barito Meluap, Jalan Desa Terendam',
      'Redaksi Banua Terkini - 3/11/2026, 18:10 WITA',
      'banjir-barito-01.jpg',
      'MARABAHAN – Sungai Barito meluap dan merendam jalan di tiga desa sejak Senin malam.',
      '',
      'image',
      'Warga mendorong sepeda motor melewati genangan, Selasa (3/11/2026). (BanuaTerkini/M. Fajar Rahman)',
      '',
      'Air mulai surut pada Selasa sore, menurut petugas di lapangan.',
    ]);
    assert.equal(a.title?.text, 'Sungai Barito Meluap, Jalan Desa Terendam');
    assert.equal(a.dateline?.place, 'MARABAHAN');
    assert.equal(kindOf(a, 4), 'byline');
    assert.equal(kindOf(a, 5), 'caption');
    assert.equal(kindOf(a, 8), 'caption');
    assert.equal(kindOf(a, 9), 'caption');
    assert.deepEqual(names(a), []);
  });

  test('a headline under a long menu and a most-read list is the one over the stamp', () => {
    const menu = ['Menu', 'Home', 'Fakfak', 'Kaimana', 'Manokwari', 'Sorong', 'Ekonomi', 'Pendidikan', 'Kesehatan', 'Opini', 'Video'];
    const a = analyse([
      ...menu,
      'Terpopuler',
      '1 Jadwal Kapal Perintis Kaimana Desember 2026',
      'Dibaca 1.311 kali',
      '2 Festival Teluk Triton Digelar Pekan Depan',
      'Petani Pala Kaimana Panen Lebih Awal Tahun Ini',
      'Kamis, 5 Nov 2026 11:20 WIT',
      'KAIMANA – Petani pala di Kaimana memanen buah lebih awal karena hujan turun teratur.',
    ]);
    assert.equal(a.title?.text, 'Petani Pala Kaimana Panen Lebih Awal Tahun Ini');
    for (let line = 1; line <= menu.length + 4; line++) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
  });

  test("a site's name over its tagline and menu heads the page and names the outlet", () => {
    const a = analyse([
      'Skip to content',
      'Manakarra Pos Online',
      'Kabar dari Bumi Manakarra',
      'Menu',
      'Pemkab Mamuju Buka Pelatihan Menjahit bagi Ibu Rumah Tangga',
      'Posted on 2 November 2026 by admin',
      '',
      'Mamuju – Pemerintah Kabupaten Mamuju membuka pelatihan menjahit bagi 40 ibu rumah tangga, Senin (2/11/2026).',
      '',
      'Suka Memuat...',
      'Terkait',
      'Tinggalkan Balasan',
      'Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *',
    ]);
    assert.equal(a.title?.text, 'Pemkab Mamuju Buka Pelatihan Menjahit bagi Ibu Rumah Tangga');
    assert.equal(a.outlet, 'Manakarra Pos Online');
    assert.equal(a.dateline?.place, 'Mamuju');
    for (const line of [1, 2, 3, 4, 6, 10, 11, 12, 13]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    // A section label right over the headline names no outlet.
    const label = analyse([
      'Berita Daerah',
      'Pemkab Mamuju Buka Pelatihan Menjahit bagi Ibu Rumah Tangga',
      'Mamuju – Pemerintah Kabupaten Mamuju membuka pelatihan menjahit bagi 40 ibu rumah tangga, Senin (2/11/2026).',
    ]);
    assert.equal(label.outlet, null);
  });

  test("a TV transcript: SOT labels, the reporter's closing line naming the station, a video list", () => {
    const a = analyse([
      'Kapal Feri ke Lingga Kembali Berlayar',
      '▶ Tonton Video (02:10)',
      'Tayang: Selasa, 3 November 2026, 07:30 WIB',
      'Pemirsa, kapal feri ke Lingga kembali berlayar setelah gelombang tinggi mereda.',
      '',
      'Syahbandar Tanjungpinang, Capt. Rudi Hartono, menyebut izin berlayar sudah diberikan.',
      'SOT: Capt. Rudi Hartono – Syahbandar Tanjungpinang',
      '"Hari ini enam kapal sudah kami izinkan berlayar."',
      '',
      'Dewi Lestari, Kepri Satu TV, melaporkan dari Tanjungpinang.',
      '',
      'Bagikan video ini',
      'Video Lainnya',
      '03:12 | Harga Cabai di Pasar Bintan Center Naik',
    ]);
    assert.equal(kindOf(a, 2), 'video');
    assert.equal(kindOf(a, 7), 'caption');
    assert.equal(kindOf(a, 10), 'signoff');
    assert.equal(kindOf(a, 12), 'share');
    assert.equal(kindOf(a, 13), 'related-list');
    assert.equal(kindOf(a, 14), 'related-list');
    assert.equal(a.outlet, 'Kepri Satu TV');
    assert.equal(a.quotes[0]?.speaker, 'Rudi Hartono');
    assert.deepEqual(names(a), ['Rudi Hartono']);
  });

  test('a view counter with a print button, a stamp with its poster, print buttons and "Hak Cipta © …"', () => {
    const a = analyse([
      'Bupati Serahkan Bantuan Bibit Kakao',
      'Senin, 2 November 2026 - 15:12 WITA | Admin Prokopim',
      'Dibaca 1.234 kali   🖨 Cetak',
      'LASUSUA – Bupati menyerahkan 5.000 bibit kakao kepada kelompok tani, Senin (2/11/2026).',
      '',
      'Cetak Berita  |  Kirim ke Teman',
      'Hak Cipta © 2026 Diskominfo Kabupaten Kolaka Utara',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(kindOf(a, 3), 'share');
    assert.equal(kindOf(a, 6), 'share');
    assert.equal(a.outlet, 'Diskominfo Kabupaten Kolaka Utara');
    assert.deepEqual(names(a), []);
  });

  test('a key-points box and its bullets, text-size buttons and a "kanal WhatsApp" promo naming the outlet', () => {
    const a = analyse([
      'Inspektorat Temukan Kelebihan Bayar Dana Desa',
      'Kamis, 5 Nov 2026 10:15 WIB',
      'A-   A+',
      'Ringkasan Berita:',
      '• Inspektorat menemukan kelebihan bayar dana desa Rp200 juta.',
      '• Kepala desa diberi waktu 60 hari untuk mengembalikannya.',
      '',
      'DABO SINGKEP - Inspektorat menemukan kelebihan bayar dana desa dalam audit tahun anggaran 2025.',
      '',
      'Simak berita Lingga Terkini lainnya di kanal WhatsApp',
    ]);
    assert.equal(a.dateline?.place, 'DABO SINGKEP');
    for (const line of [3, 4, 5, 6, 10]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    assert.equal(a.outlet, 'Lingga Terkini');
  });

  test('"Dapatkan update berita … dari <outlet> setiap hari …" names the outlet', () => {
    const a = analyse([
      'Penghitungan Ulang Suara Pilkades Digelar',
      'BATULICIN – Panitia menggelar penghitungan suara ulang di tiga TPS, Jumat (6/11/2026).',
      'Dapatkan update berita pilihan dari KabarBatulicin.com setiap hari di saluran WhatsApp kami.',
    ]);
    assert.equal(a.outlet, 'KabarBatulicin.com');
  });

  test('a degree set off by a comma makes a person of the name before it, after an institution too', () => {
    const a = analyse([
      'Jaksa Pikir-pikir atas Vonis',
      'KENDARI - Sidang putusan digelar di Pengadilan Negeri Kendari, Rabu (4/11/2026).',
      '',
      'Jaksa Kejari Konawe, Andi Muh. Ridwan, S.H., menyatakan pihaknya masih pikir-pikir.',
    ]);
    assert.deepEqual(names(a), ['Andi Muh. Ridwan']);
  });

  test('"terdakwa I" is a numbered defendant, not a person named "I"; "I Made …" still is', () => {
    const a = analyse([
      'Tiga Terdakwa Divonis',
      'KENDARI - Majelis hakim menjatuhkan vonis kepada tiga terdakwa, Rabu (4/11/2026).',
      '',
      'Jaksa meminta terdakwa I dihukum tujuh tahun penjara, sedangkan terdakwa II dihukum lima tahun.',
    ]);
    assert.deepEqual(names(a), []);
    const balinese = analyse([
      'Tiga Terdakwa Divonis',
      'DENPASAR - Majelis hakim menjatuhkan vonis kepada tiga terdakwa, Rabu (4/11/2026).',
      '',
      'Koordinator Pos SAR, I Made Wirayuda, hadir sebagai saksi.',
    ]);
    assert.deepEqual(names(balinese), ['I Made Wirayuda']);
  });

  test('a list item opened by one name and who the person is, in lower case, names a person who may speak later', () => {
    const a = analyse([
      'Bantuan Modal Usaha Disalurkan',
      'Mamuju - Pemerintah menyalurkan bantuan modal usaha, Senin (2/11/2026).',
      '',
      '- Hasnawati, pedagang kue dari Kecamatan Kalukku;',
      '- Nurbaya Pakkanna, penjahit dari Kecamatan Tapalang.',
      '',
      'Hasnawati mengaku akan memakai bantuan itu untuk membeli oven.',
      '',
      '“Selama ini saya pinjam oven tetangga,” ungkapnya.',
    ]);
    assert.deepEqual(names(a).sort(), ['Hasnawati', 'Nurbaya Pakkanna']);
    assert.equal(a.quotes[0]?.speaker, 'Hasnawati');
  });

  test('"Riam" (rapids) names a place: "Riam Kanan" is no person', () => {
    const a = analyse([
      'Waduk Penuh, Warga Diminta Waspada',
      'MARTAPURA - Warga di sepanjang DAS Martapura dan Riam Kanan diminta waspada, kata Nur Aini Rahmawati.',
    ]);
    assert.deepEqual(names(a), ['Nur Aini Rahmawati']);
  });
});
