/**
 * Forms met in held-out round forty (test/fixtures/heldout/README.md: h304–h313, business, economy and technology
 * desks: a central bank's rate decision, a bank's own newsroom, a startup portal, a ministry's site, a gold-price page,
 * a regional market, a shareholder meeting, a regulator's warning, a smelter page with a prayer-time strip, an AMP
 * telecom page), each fixed by language data or a small general rule and checked here on a further short article
 * written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('business desks: newsrooms, tickers, footers and nicknames (round forty)', () => {
  test('a nickname in quote marks inside a name is no quotation; the quotation after it keeps its speaker', () => {
    const a = analyse([
      'Startup Logistik Kirimin Raih Pendanaan Awal Rp80 Miliar',
      '',
      'JAKARTA - Startup logistik Kirimin memperoleh pendanaan tahap awal senilai Rp80 miliar, Senin (3/11/2025).',
      'Pendiri Kirimin, Bagus "Gusbag" Wicaksono, mengatakan dana itu untuk membuka gudang baru di Surabaya.',
      '"Kami ingin ongkos kirim di luar Jawa turun separuh dalam dua tahun," kata Bagus.',
    ]);
    assert.equal(a.quotes.length, 1);
    assert.ok(a.quotes[0]?.text.startsWith('"Kami ingin'));
    assert.equal(a.quotes[0]?.speaker?.startsWith('Bagus'), true);
    assert.ok(!names(a).includes('Wicaksono'));
    // A short quotation that is someone's words, after a name and a comma, stays a quotation.
    const said = analyse([
      'Warga Keluhkan Harga Beras Naik',
      '',
      'BOGOR - Harga beras medium di Pasar Anyar naik menjadi Rp15.000 per kilogram, Selasa (4/11/2025).',
      'Seorang pembeli, Ratna, hanya berkata singkat, "Mahal sekali," lalu pergi.',
    ]);
    assert.equal(said.quotes.length, 1);
  });

  test('"Om" and a lower-case "mama" before a name are honorifics; "Ch." is part of a name; "Facility", "Bisnis", "Infrastruktur", "Digital" name no one', () => {
    const a = analyse([
      'Penjual Ikan di Pasar Oeba Sepi Pembeli',
      '',
      'KUPANG - Penjual ikan di Pasar Oeba mengeluhkan sepinya pembeli, Kamis (6/11/2025).',
      'Ketua Paguyuban Pedagang Oeba, Yohanis Ch. Ndun, meminta pemerintah menertibkan pedagang liar.',
      '"Pembeli lari ke pinggir jalan," kata Om Yohanis.',
      '"Sehari kadang cuma laku lima ekor," ungkap mama Sarlota, penjual ikan tongkol.',
      'Akademisi Fakultas Ekonomi dan Bisnis Undana menilai fasilitas Standing Facility bank daerah bisa dipakai pedagang.',
      'Direktur Jenderal Infrastruktur Digital juga dijadwalkan meninjau pasar itu.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Yohanis Ch. Ndun'), people.join(' | '));
    assert.equal(a.quotes[0]?.speaker, 'Yohanis Ch. Ndun');
    assert.equal(a.quotes[1]?.speaker, 'Sarlota');
    for (const wrong of ['Om Yohanis', 'Standing Facility', 'Bisnis Undana', 'Infrastruktur', 'Infrastruktur Digital']) assert.ok(!people.includes(wrong), wrong);
  });

  test('a site\'s name over its navigation path is not the headline; a headline over a path-free stamp stays', () => {
    const a = analyse([
      'Badan Pusat Statistik Provinsi Riau',
      'Beranda > Berita > Siaran Pers',
      'Cari...',
      'Inflasi Riau Oktober 2025 Tercatat 0,21 Persen',
      'Senin, 3/11/2025 10:15 WIB',
      '',
      'Pekanbaru, BPS Riau – Inflasi tahunan Provinsi Riau pada Oktober 2025 tercatat 2,10 persen.',
    ]);
    assert.equal(a.title?.text, 'Inflasi Riau Oktober 2025 Tercatat 0,21 Persen');
    const plain = analyse([
      'Harga Cabai di Riau Turun Jelang Akhir Tahun',
      'Beranda > Ekonomi',
      'Senin, 3/11/2025 10:15 WIB',
      '',
      'PEKANBARU - Harga cabai merah di sejumlah pasar di Pekanbaru turun, Senin (3/11/2025).',
    ]);
    assert.equal(plain.title?.text, 'Harga Cabai di Riau Turun Jelang Akhir Tahun');
  });

  test('a headline in capitals with a number and a comma, under a weather and prayer-time strip, is the headline', () => {
    const a = analyse([
      'Kendari, 31°C Cerah  ·  Subuh 04:20  Dzuhur 11:45  Ashar 15:05',
      'NEWS | EKONOMI | POLITIK | OLAHRAGA',
      'PABRIK PAKAN IKAN DI KONAWE MULAI BEROPERASI, SERAP 450 PEKERJA',
      '10 November 2025',
      '',
      'KONAWE – Pabrik pakan ikan pertama di Kabupaten Konawe mulai beroperasi pada 10 November 2025.',
    ]);
    assert.equal(a.title?.text, 'PABRIK PAKAN IKAN DI KONAWE MULAI BEROPERASI, SERAP 450 PEKERJA');
    assert.ok(kindOf(a, 1) !== undefined);
  });

  test('a numbered release label, a by-line with date and reading time, a stamp with a view count, an "only at" promo and a contacts heading are boilerplate', () => {
    const release = analyse([
      'PRESS RELEASE No. 07/CORCOM/2025',
      'Asuransi Bumi Sentosa Bayar Klaim Banjir Rp40 Miliar',
      '',
      'Semarang, 12 November 2025 – PT Asuransi Bumi Sentosa membayar klaim banjir senilai Rp40 miliar kepada 1.200 nasabah.',
      'Perseroan menyebut seluruh klaim selesai dalam 14 hari kerja.',
      '',
      'Informasi lebih lanjut:',
      'Corporate Communication – Lintang Ayu',
      'Telp. (024) 555 0101 | media@bumisentosa.co.id',
    ]);
    assert.equal(release.title?.text, 'Asuransi Bumi Sentosa Bayar Klaim Banjir Rp40 Miliar');
    assert.ok(kindOf(release, 1) !== undefined);
    assert.equal(kindOf(release, 7), 'byline');
    assert.equal(kindOf(release, 8), 'byline');
    const portal = analyse([
      'Aplikasi Kasir Digital Tumbuh Tiga Kali Lipat',
      'by Nadia Putri — 14 Nov 2025 — 4 min read',
      '',
      'Jumlah pengguna aplikasi kasir digital untuk warung tumbuh tiga kali lipat dalam setahun terakhir.',
      'Pantau kabar startup terbaru setiap hari hanya di TeknoKita.id',
    ]);
    assert.equal(portal.title?.text, 'Aplikasi Kasir Digital Tumbuh Tiga Kali Lipat');
    assert.equal(kindOf(portal, 2), 'byline');
    assert.equal(portal.date?.iso, '2025-11-14');
    assert.equal(kindOf(portal, 5), 'promo');
    const views = analyse([
      'Realisasi Belanja Daerah Capai 81 Persen',
      'Jumat, 14/11/2025 09:12 WIB  |  Dilihat 312 kali',
      '',
      'Realisasi belanja daerah Provinsi Jambi hingga Oktober 2025 mencapai 81 persen dari pagu.',
    ]);
    assert.equal(kindOf(views, 2), 'byline');
    // A body sentence pointing to an address is no promo.
    const body = analyse([
      'Pendaftaran Beasiswa Daerah Dibuka',
      '',
      'JAMBI - Pemprov Jambi membuka pendaftaran beasiswa daerah, Senin (17/11/2025).',
      'Cek syarat lengkapnya di laman beasiswa.jambiprov.go.id sebelum mendaftar.',
    ]);
    assert.equal(kindOf(body, 4), undefined);
  });

  test('the outlet is read from a "© 2025 <address>" footer and from an author box ("… untuk <Outlet> sejak 2021")', () => {
    const footer = analyse([
      'Harga Kopra di Halmahera Naik',
      '',
      'Harga kopra di tingkat petani Halmahera Utara naik menjadi Rp9.000 per kilogram, Rabu (12/11/2025).',
      'Berita Terkait',
      'Petani Cengkih Keluhkan Harga',
      'Redaksi | Kontak | © 2025 MalutHarian.com',
    ]);
    assert.equal(footer.outlet, 'MalutHarian.com');
    const author = analyse([
      'Bank Digital Pangkas Bunga Deposito',
      '',
      'Sejumlah bank digital memangkas bunga deposito pada pertengahan November 2025.',
      'Tentang Penulis',
      'Dimas Aryo menulis tentang perbankan dan fintech untuk KabarFinansia sejak 2021.',
    ]);
    assert.equal(author.outlet, 'KabarFinansia');
  });

  test('a short list left in the footer among boilerplate lines is boilerplate; a short table in the body is not', () => {
    const a = analyse([
      'Harga Perak Turun Tipis Hari Ini',
      'Diperbarui: Rab, 12 Nov 2025 08:10 WIB',
      '',
      'JAKARTA - Harga perak batangan turun Rp300 menjadi Rp21.400 per gram pada Rabu (12/11/2025).',
      '',
      'Penurunan mengikuti harga perak dunia yang melemah sejak awal pekan, menurut pedagang logam mulia di Jakarta.',
      '',
      'Ikuti kami di Google News',
      'Harga Perak Kemarin:',
      'Selasa, 11 Nov 2025: Rp21.700/gram',
      'Senin, 10 Nov 2025: Rp21.650/gram',
      'Topik: perak, logam mulia',
    ]);
    for (const line of [9, 10, 11]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    const table = analyse([
      'Harga Perak Turun Tipis Hari Ini',
      'Diperbarui: Rab, 12 Nov 2025 08:10 WIB',
      '',
      'JAKARTA - Harga perak batangan turun Rp300 menjadi Rp21.400 per gram pada Rabu (12/11/2025).',
      'Ikuti kami di Google News',
      'Harga per ukuran:',
      '10 gram: Rp214.000',
      '50 gram: Rp1.070.000',
      'Penurunan mengikuti harga perak dunia yang melemah sejak awal pekan, kata pedagang di Jakarta.',
    ]);
    for (const line of [7, 8, 9]) assert.equal(kindOf(table, line), undefined, `line ${line}`);
  });
});
