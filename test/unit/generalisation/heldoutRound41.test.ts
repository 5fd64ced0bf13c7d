/**
 * Forms met in held-out round forty-one (test/fixtures/heldout/README.md: h314–h323, the headline, dateline and outlet
 * in hard places: a site's name and tagline, a login bar, a weather widget or a date bar over the headline, e-paper
 * pages, AMP and mobile scrapes, the outlet only in a © footer or an "Artikel ini telah tayang di" line), each fixed by
 * language data or a small general rule and checked here on a further short article written for the test, with the
 * counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('headline, dateline and outlet in hard places (round forty-one)', () => {
  test('a tagline or a weather line over the site\'s menu is no headline: the headline is the line over the stamp', () => {
    const tagline = analyse([
      'KabarTeluk.id',
      'Suara Jernih dari Teluk Tomini',
      'Beranda  Daerah  Ekonomi  Hukum  Olahraga',
      'Poso',
      'Nelayan Poso Keluhkan Solar Langka Sepekan Terakhir',
      'Penulis: Rahman Lasido | Senin, 3 November 2025 - 09:10 WITA',
      '',
      'POSO – Nelayan di pesisir Poso kesulitan mendapat solar sejak sepekan terakhir, Senin (3/11/2025).',
    ]);
    assert.equal(tagline.title?.text, 'Nelayan Poso Keluhkan Solar Langka Sepekan Terakhir');
    const weather = analyse([
      'Ternate  ☁ 29°C  Berawan  |  Kelembapan 80%',
      'MALUT HARI INI',
      'BERITA   POLITIK   EKONOMI   OLAHRAGA',
      'Selasa, 4 November 2025',
      'Harga Cengkih di Ternate Naik Jelang Akhir Tahun',
      'Reporter: Sofyan Umasugi | Editor: Nita Sangaji',
      '',
      'TERNATE - Harga cengkih kering di tingkat petani Ternate naik menjadi Rp120 ribu per kilogram, Selasa (4/11/2025).',
    ]);
    assert.equal(weather.title?.text, 'Harga Cengkih di Ternate Naik Jelang Akhir Tahun');
    const partner = analyse([
      'Berita Utama › Nusantara',
      'Dari mitra kami',
      'Harga Tiket Kapal Sorong–Raja Ampat Naik Jelang Libur Natal',
      'Cerita dari mitra · 2 jam lalu',
      '',
      'Harga tiket kapal cepat Sorong–Waisai naik menjadi Rp250 ribu menjelang libur Natal, kata pengelola pelabuhan.',
    ]);
    assert.equal(partner.title?.text, 'Harga Tiket Kapal Sorong–Raja Ampat Naik Jelang Libur Natal');
    // A headline over its deck and stamp keeps its place; so does a headline over an editor's list and another stamp.
    const deck = analyse([
      'Banjir Rendam Tiga Desa di Kabupaten Bone',
      'Ratusan warga mengungsi ke balai desa dan masjid terdekat',
      'Rabu, 5 November 2025 | 10:00 WITA',
      '',
      'BONE - Banjir merendam tiga desa di Kabupaten Bone sejak Selasa malam, Rabu (5/11/2025).',
    ]);
    assert.equal(deck.title?.text, 'Banjir Rendam Tiga Desa di Kabupaten Bone');
    const list = analyse([
      'Polisi Tangkap Pengedar Sabu di Pelabuhan Bitung',
      'Pilihan Editor',
      'Wali Kota Bitung Resmikan Pasar Ikan Baru',
      'Festival Selat Lembeh Digelar Desember',
      'Kamis, 6 November 2025 - 14:35 WIB',
      'Bitung - Polisi menangkap seorang pengedar sabu di Pelabuhan Bitung, Rabu (5/11/2025), saat turun dari kapal.',
    ]);
    assert.equal(list.title?.text, 'Polisi Tangkap Pengedar Sabu di Pelabuhan Bitung');
  });

  test('a two-line headline over its stamp, and one in capitals, are read whole; a page title repeating it is not joined', () => {
    const twoLine = analyse([
      'Berita   Daerah   Hukum   Politik   Wisata',
      'Petani Rumput Laut di Pesisir Takalar',
      'Beralih ke Bibit Hasil Kultur Jaringan',
      'Terbit: 6 November 2025 07:12    Diperbarui: 6 November 2025 08:40',
      '',
      'TAKALAR — Puluhan petani rumput laut di Takalar mulai menanam bibit hasil kultur jaringan, Kamis (6/11/2025).',
    ]);
    assert.equal(twoLine.title?.text, 'Petani Rumput Laut di Pesisir Takalar Beralih ke Bibit Hasil Kultur Jaringan');
    assert.equal(kindOf(twoLine, 4), 'byline');
    const capitals = analyse([
      'E-PAPER',
      'Bumi Anambas',
      'Harian Pagi | Edisi 1.204 | Tahun IX',
      'Jumat, 7 November 2025',
      'Halaman 3',
      'NATUNA & KEPULAUAN ANAMBAS',
      '<< Halaman 2    Halaman 4 >>',
      'Perbesar | Unduh PDF | Cetak',
      '',
      'PUSKESMAS DI PULAU TERLUAR',
      'KEKURANGAN TENAGA BIDAN',
      '',
      'NATUNA – Tiga puskesmas di pulau terluar Natuna kekurangan bidan sejak awal tahun ini, kata kepala dinas kesehatan setempat.',
    ]);
    assert.equal(capitals.title?.text, 'PUSKESMAS DI PULAU TERLUAR KEKURANGAN TENAGA BIDAN');
    assert.ok(kindOf(capitals, 1) !== undefined && kindOf(capitals, 7) !== undefined);
    const pageTitle = analyse([
      'Pedagang Pasar Sentral Keluhkan Pasokan Bawang dari Brebes',
      'Pedagang Pasar Sentral Keluhkan Pasokan Bawang dari Brebes - Kabar Timur',
      'Jumat, 7 November 2025 09:12 WITA',
      'MAKASSAR - Harga bawang merah di Pasar Sentral naik menjadi Rp45 ribu per kilogram sejak awal pekan ini.',
    ]);
    assert.equal(pageTitle.title?.text, 'Pedagang Pasar Sentral Keluhkan Pasokan Bawang dari Brebes');
  });

  test('a ticker, an audio player with its time and a text-size control over the headline are furniture', () => {
    const a = analyse([
      'TERKINI: Jalan Trans Sulawesi Ditutup Sementara • Harga Karet Naik Tipis',
      'Rubrik: Pamekasan',
      '▶ Dengarkan artikel ini  02:48',
      'Ukuran teks  A-  A+',
      'Pasokan Elpiji Tiga Kilogram di Pamekasan Tersendat Sepekan',
      'Penulis: Ahmad Faisol - Editor: Siti Aminah',
      'Pamekasan - Warga Pamekasan kesulitan mendapatkan elpiji tiga kilogram sejak sepekan terakhir, kata pedagang.',
    ]);
    assert.equal(a.title?.text, 'Pasokan Elpiji Tiga Kilogram di Pamekasan Tersendat Sepekan');
    assert.ok(kindOf(a, 1) !== undefined && kindOf(a, 3) !== undefined && kindOf(a, 4) !== undefined);
  });

  test('the site\'s date bar over the masthead yields to the stamp under the headline', () => {
    const a = analyse([
      'Senin, 10 November 2025',
      'KABARSUNGAI.COM',
      'Home / Barito Selatan / Hukum',
      '',
      'Polisi Amankan Dua Penambang Pasir Ilegal di Sungai Barito',
      'Diposting pada 3 November 2025 oleh Redaksi',
      '',
      'Buntok — Polisi mengamankan dua penambang pasir tanpa izin di Sungai Barito, Sabtu (1/11/2025).',
    ]);
    assert.equal(a.date?.iso, '2025-11-03');
    // With no stamp under the headline, the date bar is still the article's date.
    const bare = analyse([
      'Senin, 10 November 2025',
      'KABARSUNGAI.COM',
      '',
      'Polisi Amankan Dua Penambang Pasir Ilegal di Sungai Barito',
      '',
      'Buntok — Polisi mengamankan dua penambang pasir tanpa izin di Sungai Barito, Sabtu (8/11/2025).',
    ]);
    assert.equal(bare.date?.iso, '2025-11-10');
  });

  test('a place in capitals before a bar opens a dateline; a stamp\'s or site\'s bar does not', () => {
    const a = analyse([
      'Harga Kopi Gayo Naik di Tingkat Petani',
      'Rabu, 12 November 2025 10:40 WIB',
      '',
      'TAKENGON | Harga kopi arabika gayo di tingkat petani naik menjadi Rp95 ribu per kilogram pada pekan ini.',
    ]);
    assert.equal(a.dateline?.place, 'TAKENGON');
    const stamp = analyse([
      'Harga Kopi Gayo Naik di Tingkat Petani',
      '',
      'Gayo | Harga kopi arabika gayo di tingkat petani naik menjadi Rp95 ribu per kilogram pada pekan ini.',
    ]);
    assert.equal(stamp.dateline?.place ?? null, null);
  });

  test('the outlet in a © line with the site\'s address, in "Artikel ini telah tayang di …"; "Berlangganan e-paper" names none', () => {
    const footer = (line: string): string | null =>
      analyse(['Warga Kulawi Menyeberang Sungai dengan Rakit', 'Selasa, 11 November 2025', '', 'SIGI – Warga tiga dusun menyeberangi sungai dengan rakit bambu sejak jembatan putus.', '', line]).outlet;
    assert.equal(footer('© 2025 KabarLembah.com — PT Lembah Media. All rights reserved.'), 'KabarLembah.com');
    assert.equal(footer('© Hak Cipta 2025 — TanahPapua.id | Pedoman Media Siber'), 'TanahPapua.id');
    assert.equal(footer('© 2025 MaduraKini.id. Dilarang mengambil konten tanpa izin.'), 'MaduraKini.id');
    assert.equal(footer('Artikel ini telah tayang di TeropongMaluku.com dengan judul "Warga Kulawi Menyeberang", Klik untuk baca.'), 'TeropongMaluku.com');
    assert.equal(footer('Berlangganan e-paper mulai Rp49.000/bulan'), null);
  });

  test('action buttons, a partner list, AMP links and a site\'s promos are boilerplate; a body sentence with the same words is not', () => {
    const a = analyse([
      'Listrik Padam Bergilir di Teluk Bintuni Tiga Hari',
      'Cerita dari mitra · 2 jam lalu',
      'Bagikan   Simpan   Laporkan',
      '',
      'BINTUNI – Listrik di sejumlah distrik di Teluk Bintuni padam bergilir selama tiga hari berturut-turut sejak Jumat (14/11/2025).',
      'Warga diminta terus mengikuti perkembangan informasi dari PLN setempat melalui pengumuman di kantor distrik.',
      'Ikuti terus perkembangan beritanya hanya di sini.',
      'Simak siaran ulang Dialog Pagi di kanal Podcast kami.',
      'AMP',
      'Baca versi lengkap',
      'Geser ke atas untuk berita berikutnya',
      '',
      'Konten lainnya dari mitra kami',
      'Harga Tiket Pesawat Sorong–Jakarta Naik Jelang Natal',
      'Bupati Fakfak Resmikan Pasar Ikan Higienis',
    ]);
    assert.equal(kindOf(a, 3), 'share');
    for (const line of [7, 8, 9, 10, 11, 13, 14, 15]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    assert.equal(kindOf(a, 6), undefined);
  });

  test('an alias phrase after a short appositive names the person ("…, nelayan setempat yang akrab disapa Pak Udin")', () => {
    const a = analyse([
      'Bangkai Paus Terdampar di Pesisir Buton',
      'Senin, 24 November 2025',
      '',
      'BUTON – Seekor paus ditemukan mati terdampar di pesisir Buton, Senin (24/11/2025).',
      'Bangkai paus pertama kali dilihat La Ode Rasyid, nelayan setempat yang akrab disapa Pak Acid, saat hendak melaut.',
      '“Saya kira itu perahu terbalik. Pas dekat, baunya sudah menyengat,” tutur Pak Acid.',
    ]);
    // One person, the alias kept as another name for them (the quotation's speaker, "Pak Acid", is that person).
    assert.deepEqual(names(a), ['La Ode Rasyid']);
    assert.ok(a.people[0]?.aliases.includes('Pak Acid'));
  });
});
