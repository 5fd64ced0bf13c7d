/**
 * Forms met in held-out round seventy (test/fixtures/heldout/README.md: h604–h613, local outlets of Jakarta, Banten and
 * West Java saved by a scraper with their own furniture), each fixed by language data or a small general rule and
 * checked here on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('local outlets of Jakarta, Banten and West Java (round seventy)', () => {
  test('a headline printed twice in a row is the title, though a tagline stands over a stamp above it', () => {
    const a = analyse([
      'BEKASIHARIAN',
      'Kabar Dekat dari Kota Patriot',
      '',
      '2026-11-23 08:10:00 | Metro | 802 views',
      '',
      'Jembatan Penyeberangan di Jalan Ahmad Yani Ditutup Sementara untuk Perbaikan',
      'Jembatan Penyeberangan di Jalan Ahmad Yani Ditutup Sementara untuk Perbaikan',
      '',
      'BEKASI - Dinas Bina Marga menutup jembatan penyeberangan orang di Jalan Ahmad Yani, Senin (23/11/2026).',
      'Kepala bidang jalan, Rudi Hartawan, menyebut perbaikan butuh dua pekan.',
    ]);
    assert.equal(a.title?.text, 'Jembatan Penyeberangan di Jalan Ahmad Yani Ditutup Sementara untuk Perbaikan');
    assert.ok(kindOf(a, 2), 'the tagline');
    assert.ok(kindOf(a, 7), 'the repeated headline');
    // A headline with its lead under it, no repeat: unchanged.
    const b = analyse([
      'Jembatan Penyeberangan di Jalan Ahmad Yani Ditutup Sementara',
      'BEKASI - Dinas Bina Marga menutup jembatan penyeberangan orang di Jalan Ahmad Yani, Senin (23/11/2026).',
    ]);
    assert.equal(b.title?.text, 'Jembatan Penyeberangan di Jalan Ahmad Yani Ditutup Sementara');
  });

  test('a site address with its tagline on the first line is the masthead and names the outlet', () => {
    const a = analyse([
      'BOGORDAILY.NET — Kabar Bogor 24 Jam',
      'Peristiwa',
      'Pohon Tumbang Timpa Dua Mobil di Jalan Pajajaran',
      'Selasa, 24-11-2026 | 10:15 WIB',
      'BOGOR — Sebatang pohon tumbang menimpa dua mobil di Jalan Pajajaran, Selasa (24/11/2026) pagi.',
      'Tidak ada korban jiwa dalam kejadian itu.',
    ]);
    assert.equal(a.title?.text, 'Pohon Tumbang Timpa Dua Mobil di Jalan Pajajaran');
    assert.equal(a.outlet, 'BOGORDAILY.NET');
    // An address and a headline's words with the lead right under them: no headline follows, the line stays the title.
    const b = analyse([
      'Bogordaily.net - Harga Beras Naik 24 Persen di Pasar Bogor',
      'BOGOR — Harga beras medium di pasar tradisional Kota Bogor naik, Selasa (24/11/2026). Pedagang mengeluh sepi.',
    ]);
    assert.equal(b.title?.text, 'Bogordaily.net - Harga Beras Naik 24 Persen di Pasar Bogor');
  });

  test('a stamp opening with the full date, then more items, is the byline and its date the article\'s', () => {
    const a = analyse([
      'Ribuan Jamaah Hadiri Tabligh Akbar di Alun-alun Serang',
      'Senin, 23 November 2026 / 3 Jumadilakhir 1448 H  ·  Dibaca 811 kali',
      '',
      'SERANG – Ribuan jamaah menghadiri tabligh akbar di Alun-alun Kota Serang, Minggu (22/11/2026) malam.',
      'Acara ditutup dengan doa bersama.',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(a.date?.iso, '2026-11-23');
  });

  test('furniture lines: "Gambar:" captions, starred read-also links, letter size controls, credits and a desk e-mail', () => {
    const a = analyse([
      'Ukuran teks:  A  A  A',
      'Warga Gotong Royong Bersihkan Saluran di Cibinong',
      'Gambar: Warga membersihkan saluran air di Cibinong. (bogorkita.id/Rani)',
      'CIBINONG - Ratusan warga bergotong royong membersihkan saluran air, Minggu (22/11/2026).',
      '** BACA JUGA : Banjir Lintasan Rendam Jalan Raya Bogor **',
      'Ketua RW, Dadang Suherman, memimpin kegiatan itu.',
      'Artikel ini ditulis oleh: Nadia Paramita',
      'Disunting oleh: Tim Redaksi',
      'Redaksi: redaksi@bogorkita.id',
    ]);
    assert.equal(a.title?.text, 'Warga Gotong Royong Bersihkan Saluran di Cibinong');
    assert.equal(kindOf(a, 1), 'share');
    assert.equal(kindOf(a, 3), 'caption');
    assert.equal(a.dateline?.place, 'CIBINONG');
    assert.equal(kindOf(a, 5), 'related');
    assert.equal(kindOf(a, 7), 'byline');
    assert.equal(kindOf(a, 8), 'byline');
    assert.equal(kindOf(a, 9), 'share');
    assert.deepEqual(names(a), ['Dadang Suherman']);
    assert.equal(kindOf(a, 6), undefined);
  });

  test('a newsletter wrapped at a fixed width: its masthead with edition and date, its headline over two lines, its colophon', () => {
    const a = analyse([
      'KABAR CIANJUR SORE -- edisi surel, Senin 23 November 2026',
      '',
      'Pasar Induk Cianjur Mulai Direnovasi, Pedagang Dipindah ke',
      'Lapak Sementara',
      '',
      'CIANJUR -- Pemerintah Kabupaten Cianjur mulai merenovasi Pasar Induk',
      'Cianjur pada Senin (23/11/2026). Para pedagang dipindahkan ke lapak',
      'sementara di lahan parkir sisi timur pasar selama enam bulan ke depan.',
      '',
      'Kepala dinas perdagangan, Asep Gunawan, mengatakan pemindahan berjalan',
      'tertib. Sebanyak 420 pedagang sudah menempati lapak sementara sejak',
      'akhir pekan lalu dan sisanya menyusul pekan ini menurut jadwal dinas.',
      '',
      '',
      'BERITA LAIN HARI INI',
      '* Jalur Puncak Diberlakukan Ganjil Genap Akhir Pekan Ini',
      '* Kebun Raya Cibodas Perpanjang Jam Buka Malam',
      'Kabar Cianjur Sore dikirim setiap hari pukul 16.00 WIB.',
    ]);
    assert.equal(a.title?.text, 'Pasar Induk Cianjur Mulai Direnovasi, Pedagang Dipindah ke Lapak Sementara');
    assert.ok(kindOf(a, 1), 'the masthead');
    assert.equal(a.date?.iso, '2026-11-23');
    assert.equal(kindOf(a, 15), 'related-list');
    assert.ok(kindOf(a, 16), 'a listed story');
    assert.equal(kindOf(a, 18), 'promo');
    // The same headline over unwrapped long lines keeps its first line alone.
    const b = analyse([
      'Pasar Induk Cianjur Mulai Direnovasi, Pedagang Dipindah ke',
      'Lapak Sementara',
      '',
      'CIANJUR -- Pemerintah Kabupaten Cianjur mulai merenovasi Pasar Induk Cianjur pada Senin (23/11/2026). Para pedagang dipindahkan ke lapak sementara.',
    ]);
    assert.equal(b.title?.text, 'Pasar Induk Cianjur Mulai Direnovasi, Pedagang Dipindah ke');
  });
});
