/**
 * Forms met in held-out round thirty-four (test/fixtures/heldout/README.md: h244–h253, Kalimantan, Nusa Tenggara,
 * Sulawesi and national online-only pages: the headline under a cookie banner, a video player, an author box,
 * trending tags or a newsletter box, a headline broken over three lines, a dateline in lower case, the outlet named
 * only in a footer), each fixed by language data or a small general rule and checked here on a further short
 * article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

const LEAD = 'Warga di bantaran sungai diminta waspada karena debit air terus naik sejak Minggu malam.';

suite('page furniture over the headline and outlets in footers (round thirty-four)', () => {
  test('a cookie banner ("Kami menggunakan cookie …") and its row of buttons stand above the headline, not as it', () => {
    const a = analyse([
      'Kami menggunakan cookie agar situs ini berjalan baik. Dengan terus membaca, Anda setuju dengan kebijakan kami.',
      'Terima  Pengaturan',
      'Banjir Kiriman Rendam Tiga Kelurahan di Tepi Sungai Kahayan',
      'Senin, 23 November 2026 | 08:10 WIB',
      `PALANGKA RAYA - ${LEAD}`,
    ]);
    assert.equal(a.title?.text, 'Banjir Kiriman Rendam Tiga Kelurahan di Tepi Sungai Kahayan');
    assert.equal(kindOf(a, 1), 'banner');
    assert.equal(kindOf(a, 2), 'banner');
  });

  test("a video player's list heading, time and buttons over the headline: the clip's title is not the headline", () => {
    const a = analyse([
      '► VIDEO TERBARU',
      '00:00 / 02:31',
      'Putar  Bisukan  Layar penuh',
      'Pawai Budaya Meriahkan Hari Jadi Kota Tarakan',
      'DAERAH',
      'Harga Bawang Merah Turun, Petani Enggan Panen Lebih Awal',
      'Oleh : Ratna Sari',
      'Selasa, 24 Nov 2026 - 09:15',
      '',
      'TARAKAN - Harga bawang merah di tingkat petani turun menjadi Rp18.000 per kilogram pekan ini.',
    ]);
    assert.equal(a.title?.text, 'Harga Bawang Merah Turun, Petani Enggan Panen Lebih Awal');
    assert.equal(kindOf(a, 1), 'related-list');
    assert.equal(kindOf(a, 3), 'video');
    assert.notEqual(kindOf(a, 4), undefined);
  });

  test("an author box over the headline (photo, name, role with the outlet's name, follow, see all) is bylines", () => {
    const a = analyse([
      'Foto profil penulis',
      'Mardiana Putri',
      'Wartawan Warta Teluk',
      'Ikuti',
      'Lihat semua tulisan',
      'Nelayan Teluk Palu Keluhkan Solar Subsidi yang Sering Habis',
      'Rabu, 18 November 2026 - 10:20 WITA',
      '',
      'PALU - Nelayan di pesisir Teluk Palu mengeluhkan solar subsidi yang sering habis di stasiun pengisian.',
    ]);
    assert.equal(a.title?.text, 'Nelayan Teluk Palu Keluhkan Solar Subsidi yang Sering Habis');
    for (const line of [1, 3, 5]) assert.equal(kindOf(a, line), 'byline', `line ${line}`);
    assert.equal(kindOf(a, 4), 'share');
  });

  test('trending tags alone on their lines and a stamp with its section are furniture; "Tonton juga:" is a video link', () => {
    const a = analyse([
      'Trending',
      '#BanjirSampit',
      '#HargaKaret',
      'Petani Karet di Kotim Mulai Beralih ke Sawit',
      '20 November 2026 | Ekonomi',
      '',
      'SAMPIT - Sebagian petani karet di Kotawaringin Timur mulai mengganti kebunnya dengan sawit karena harga getah terus turun.',
      '',
      'Tonton juga: Panen Raya Padi di Desa Bapeang',
    ]);
    assert.equal(a.title?.text, 'Petani Karet di Kotim Mulai Beralih ke Sawit');
    assert.equal(kindOf(a, 2), 'share');
    assert.equal(kindOf(a, 5), 'byline');
    assert.equal(kindOf(a, 9), 'video');
    // A hashtag inside a sentence stays body.
    const body = analyse(['Warga Ramai Unggah Foto Banjir', '', 'SAMPIT - Warga mengunggah foto banjir dengan tagar #BanjirSampit sejak pagi.']);
    assert.equal(kindOf(body, 3), undefined);
  });

  test("a newsletter box over the headline (its pitch is a sentence, but the site's) is promo, and the headline stays", () => {
    const a = analyse([
      'Biar tidak ketinggalan. Dapatkan berita pilihan redaksi di kotak masuk kamu setiap Jumat.',
      'Alamat email',
      'Berlangganan',
      'Dengan berlangganan, kamu setuju menerima email dari kami.',
      '',
      'Kuota Haji Daerah Naik, Antrean Calon Jemaah Masih Belasan Tahun',
      'Dimas Pratama',
      '22 Nov 2026',
      '',
      'Kementerian Agama menambah kuota haji untuk tahun depan, tetapi antrean di banyak daerah masih panjang.',
      '',
      'Suka artikel ini? Bagikan ke temanmu.',
    ]);
    assert.equal(a.title?.text, 'Kuota Haji Daerah Naik, Antrean Calon Jemaah Masih Belasan Tahun');
    for (const line of [1, 2, 3, 4]) assert.equal(kindOf(a, line), 'promo', `line ${line}`);
    assert.equal(kindOf(a, 12), 'share');
  });

  test('an outlet named only in a footer: "© 2026 <Name>. Hak cipta dilindungi", "<Name> © 2026", "© 2026 <address>", "Dukung jurnalisme <Name>"', () => {
    const article = (footer: string): (string | null) =>
      analyse(['Jalan Poros Tanjung Selor Rusak Parah Setelah Hujan Deras', '', 'Jalan poros di Tanjung Selor kembali rusak setelah hujan deras mengguyur dua hari.', '', footer]).outlet;
    assert.equal(article('© 2026 Kabar Bulungan. Seluruh hak cipta dilindungi undang-undang.'), 'Kabar Bulungan');
    assert.equal(article('© 2026 Selorpedia.id. Hak cipta dilindungi.'), 'Selorpedia.id');
    assert.equal(article('Suluh Utara © 2026 | Tentang Kami | Kontak'), 'Suluh Utara');
    assert.equal(article('Copyright © 2026 selorpedia.com'), 'selorpedia.com');
    assert.equal(article('Dukung jurnalisme independen Suluh. Donasi Anda menjaga kami tetap bekerja.'), 'Suluh');
    // A copyright line naming no one names no outlet.
    assert.equal(article('Copyright © 2026'), null);
  });

  test('a bridge, a public-relations office and tourism workers are no people ("Jembatan", "Hubungan", "Wisata")', () => {
    const a = analyse([
      'Jembatan Kahayan II Ditutup Sementara',
      '',
      'PALANGKA RAYA - Jembatan Kahayan II ditutup sementara untuk perbaikan sambungan.',
      '',
      'Manajer Hubungan Masyarakat PT Jalan Lestari, Budi Santoso, mengatakan perbaikan butuh tiga hari.',
      '',
      'Ketua Asosiasi Pelaku Wisata Kahayan, Rudi Hartawan, meminta pengumuman dipasang di pintu masuk kota.',
    ]);
    assert.deepEqual(names(a), ['Budi Santoso', 'Rudi Hartawan']);
  });

  test('"Acil" before a name is an honorific (Banjar): "Acil Mariam" is Mariam, not a second person', () => {
    const a = analyse([
      'Pedagang Pasar Terapung Mengeluh Sepi',
      '',
      'BANJARMASIN - Mariam, pedagang sayur di pasar terapung, mengaku pembeli berkurang sejak hujan.',
      '',
      '"Sekarang sehari cuma laku separuh," ucap Acil Mariam.',
    ]);
    assert.deepEqual(names(a), ['Mariam']);
    assert.equal(a.quotes[0]?.speaker, 'Mariam');
  });

  test('a headline broken over three lines (a line opening in lower case carries it on) is one headline', () => {
    const a = analyse([
      'Berita',
      'Sampah Kiriman Menumpuk',
      'di Pantai Kupang, Nelayan',
      'Minta Pemkot Turun Tangan',
      'Oleh Yustina Bere',
      '21 November 2026',
      '',
      'Kupang, 21 November 2026 — Sampah kiriman kembali menumpuk di pesisir Kupang setelah angin barat.',
    ]);
    assert.equal(a.title?.text, 'Sampah Kiriman Menumpuk di Pantai Kupang, Nelayan Minta Pemkot Turun Tangan');
    assert.equal(kindOf(a, 3), undefined);
    assert.equal(kindOf(a, 4), undefined);
    // Under a site's name and a menu row whose bars have a run of spaces beside them (a zero-width space read as one).
    const underMenu = analyse([
      'KORAN TIMUR',
      'Berita | Opini |  Sosok | Liputan  Khusus',
      'Sampah Kiriman Menumpuk',
      'di Pantai Kupang, Nelayan',
      'Minta Pemkot Turun Tangan',
      'Oleh Yustina Bere',
      '21 November 2026',
      '',
      'Kupang, 21 November 2026 — Sampah kiriman kembali menumpuk di pesisir Kupang setelah angin barat.',
    ]);
    assert.equal(underMenu.title?.text, 'Sampah Kiriman Menumpuk di Pantai Kupang, Nelayan Minta Pemkot Turun Tangan');
    // A stamp right under the headline opening with the outlet's address in lower case carries nothing on.
    const stamp = analyse([
      'Nelayan Kupang Hilang Saat Melaut di Teluk Kupang',
      'iNews.id | Senin, 23 November 2026 - 10:00:00 WIB',
      'KUPANG - Seorang nelayan hilang saat melaut di Teluk Kupang.',
    ]);
    assert.equal(stamp.title?.text, 'Nelayan Kupang Hilang Saat Melaut di Teluk Kupang');
    assert.equal(stamp.date?.iso, '2026-11-23');
  });

  test('a dateline typed in lower case is a place when it names a regency or city, though the lead never writes it', () => {
    const a = analyse(['Turis Asing Ditangkap di Gili Air', '', 'mataram - Seorang turis asing ditangkap di Gili Air, Lombok Utara, Kamis malam.']);
    assert.equal(a.dateline?.place, 'mataram');
    // Lower-case words that name no place and that the lead does not write capitalised open no dateline.
    const none = analyse(['Turis Asing Ditangkap di Gili Air', '', 'kabar duka - Seorang turis asing ditangkap di Gili Air, Lombok Utara, Kamis malam.']);
    assert.equal(none.dateline?.place ?? null, null);
  });

  test("\"…,\" katanya under a paragraph whose first sentence sets the scene goes to the person its second sentence introduces", () => {
    const a = analyse([
      'Harga Ikan Naik, Warung Makan Kecilkan Porsi',
      '',
      'BANJARMASIN - Harga ikan di Pasar Lama naik tajam dalam sepekan.',
      '',
      '"Pasokan dari hulu berkurang karena air rawa tinggi," ujar Rahmat Hidayat, pedagang ikan.',
      '',
      'Kenaikan itu ikut dirasakan pemilik warung makan. Siti Aminah, pemilik warung di Jalan Veteran, terpaksa mengurangi porsi.',
      '',
      '"Mau naik harga, pelanggan lari," katanya.',
    ]);
    assert.equal(a.quotes[1]?.speaker, 'Siti Aminah');
    // Two sentences naming no one: the last speaker keeps the floor.
    const noOne = analyse([
      'Harga Ikan Naik, Warung Makan Kecilkan Porsi',
      '',
      'BANJARMASIN - Harga ikan di Pasar Lama naik tajam dalam sepekan.',
      '',
      '"Pasokan dari hulu berkurang karena air rawa tinggi," ujar Rahmat Hidayat, pedagang ikan.',
      '',
      'Kenaikan itu ikut dirasakan pemilik warung makan. Banyak yang terpaksa mengurangi porsi.',
      '',
      '"Mau naik harga, pelanggan lari," katanya.',
    ]);
    assert.equal(noOne.quotes[1]?.speaker, 'Rahmat Hidayat');
  });

  test('a one-word name written with a letter doubled or not ("Hasanuddin", "Hasanudin") is one person; other near names stay two', () => {
    const a = analyse([
      'Petani Keluhkan Upah Panen',
      '',
      'POLEWALI - Seorang petani, Hasanuddin, mengeluhkan upah panen yang terus naik.',
      '',
      '"Sisa untuk kami sedikit sekali," ungkap Hasanudin.',
    ]);
    assert.deepEqual(names(a), ['Hasanuddin']);
    const two = analyse([
      'Dua Bersaudara Juara Lomba Tenun',
      '',
      'KUPANG - Dua bersaudara, Rina dan Rini, menjuarai lomba tenun ikat tingkat provinsi.',
      '',
      'Juri lomba, Hartono, memuji motif karya keduanya. Panitia lain, Hartanto, menyerahkan hadiah.',
    ]);
    assert.deepEqual(names(two).sort(), ['Hartanto', 'Hartono', 'Rina', 'Rini']);
  });
});
