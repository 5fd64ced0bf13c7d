/**
 * Forms met in held-out round eighty-three (test/fixtures/heldout/README.md: h734–h743, regional and national news as
 * aggregators, portals, network sites, regional papers and blogs republish it), each fixed by language data or a small
 * general rule and checked here on a further short article written for the test, with the counter-case that must not
 * change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('republished and aggregated copies (round eighty-three)', () => {
  test('an aggregator\'s and a portal\'s notes around a partner\'s story are boilerplate', () => {
    const a = analyse([
      'Harga Bawang Merah di Brebes Anjlok',
      '',
      'BREBES, KABARPANTURA.ID - Harga bawang merah di tingkat petani Brebes turun menjadi Rp9.000 per kilogram, Senin (23/11/2026).',
      '',
      'Konten ini disediakan oleh mitra. KabarKini tidak bertanggung jawab atas isi berita.',
      'Konten ini dibuat oleh Kabar Pantura dan didistribusikan oleh KabarKini.',
      'Lainnya dari Kabar Pantura',
      'Petani Garam Pemalang Mulai Panen',
      'Rilis ini dimuat sesuai aslinya tanpa penyuntingan redaksi.',
      'Kontak media: Humas Pemkab Brebes, 0812-0000-1111',
      'KabarPantura.id adalah bagian dari Jaringan Pesisir Media bersama TegalKini.id.',
      'Suka  ·  Komentar (12)  ·  Bagikan',
      'Story by Kabar Pantura • 2d',
      'Provided by Kabar Pantura',
      'Unduh KabarKini — berita dari ratusan media dalam satu aplikasi.',
      '',
      'Petani menyebut konten video tentang panen bawang dibuat oleh mahasiswa yang sedang magang di desa.',
    ]);
    for (const line of [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
    assert.equal(kindOf(a, 17), undefined, 'a body sentence about content made by someone stays body');
  });

  test('a blog\'s copy: its comment heading, comment stamps, source in brackets and own note are boilerplate', () => {
    const a = analyse([
      'Perahu Nelayan Tenggelam di Selat Pantar',
      '',
      'KALABAHI, KABARALOR.COM - Sebuah perahu nelayan tenggelam di Selat Pantar, Kamis (19/11/2026), dua nelayan selamat.',
      '',
      '"Kami berenang dua jam sampai ke pantai," kata Yusuf Laumau.',
      '',
      '(Sumber: kabaralor.com)',
      'Catatan saya: semoga nelayan kita selalu pakai pelampung.',
      '3 thoughts on “Perahu Nelayan Tenggelam di Selat Pantar”',
      'Mama Yuli — 20 November 2026 at 08:15',
      'Puji Tuhan selamat.',
    ]);
    for (const line of [7, 8, 9, 10]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
    assert.equal(a.quotes.length, 1, 'the headline in the comment heading\'s marks is no quotation');
    assert.ok(!names(a).includes('Mama Yuli'), 'a commenter is no person of the body');
  });

  test('a release\'s last paragraph opening with the issuer\'s name stays body over a "Sumber: Humas <issuer>" credit', () => {
    const a = analyse([
      'PDAM Tirta Bening Tambah Dua Sumur Bor',
      'Oleh Admin KabarMinahasa · 24 November 2026',
      '',
      'TONDANO - PDAM Tirta Bening menambah dua sumur bor di Kecamatan Eris, Selasa (24/11/2026).',
      '',
      'PDAM Tirta Bening menargetkan kedua sumur beroperasi pada Januari 2027.',
      '',
      'Sumber: Humas PDAM Tirta Bening',
    ]);
    assert.equal(kindOf(a, 6), undefined);
    assert.notEqual(kindOf(a, 8), undefined);
  });

  test('a writer\'s note under the body, opening with the name of the byline above it, stays boilerplate', () => {
    const a = analyse([
      'Menjaga Hutan Adat di Lembah Baliem',
      'Oleh Yosina Wenda | 24 November 2026',
      '',
      'WAMENA - Masyarakat adat di Lembah Baliem menjaga hutan mereka dengan aturan adat yang diwariskan turun-temurun.',
      '',
      'Aturan itu melarang penebangan di sekitar mata air.',
      '',
      'Yosina Wenda adalah jurnalis lepas yang tinggal di Wamena.',
    ]);
    assert.notEqual(kindOf(a, 8), undefined);
  });

  test('a hyphenated place opens the dateline ("WANGI-WANGI, <site> -")', () => {
    const a = analyse([
      'Warga Padati Pantai Saat Festival Dibuka',
      '',
      'WANGI-WANGI, KABARTOMIA.ID - Ribuan warga memadati pantai di Kelurahan Mandati, Sabtu (21/11/2026) sore.',
      '',
      'Festival berlangsung hingga Selasa.',
    ]);
    assert.equal(a.dateline?.place, 'WANGI-WANGI');
    const b = analyse([
      'Warga Padati Pantai Saat Festival Dibuka',
      '',
      'TRIBUN-SULTRA.com - Ribuan warga memadati pantai di Kelurahan Mandati, Sabtu (21/11/2026) sore.',
    ]);
    assert.notEqual(b.dateline?.place, 'TRIBUN-SULTRA.com', 'a hyphenated web address is no place');
  });

  test('"kata Kadisbudpar" names the head of the tourism office written out before', () => {
    const a = analyse([
      'Dermaga Apung Dibangun di Pasar Terapung',
      '',
      'MARTAPURA - Kepala Dinas Pariwisata Kabupaten Banjar, Rahmadi Saleh, meninjau lokasi dermaga apung, Senin (23/11/2026).',
      '',
      '“Kami ingin wisatawan dari jalan darat bisa langsung naik perahu,” kata Kadisbudpar.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Rahmadi Saleh');
    assert.ok(!names(a).includes('Kadisbudpar'));
  });

  test('a sea, strait or bay named after its marker is no person', () => {
    const a = analyse([
      'Kapal Ikan Kembali dari Laut Sawu',
      '',
      'KUPANG - Kapal ikan milik Markus Bani baru kembali dari perairan Laut Sawu dan Selat Ombai, Minggu (22/11/2026).',
      '',
      '"Ombak besar sekali," kata Markus.',
    ]);
    assert.deepEqual(names(a), ['Markus Bani']);
  });

  test('a short term after "tradisi", "proyek" or "adalah" is a scare quote; a sentence after "adalah" stays a quotation', () => {
    const a = analyse([
      'Warga Gelar Tradisi Sedekah Laut',
      '',
      'CILACAP - Nelayan menggelar tradisi "sedekah laut", Minggu (22/11/2026).',
      '',
      'Ketua panitia, Darsono, menyebut proyek "tambal sulam" pemecah ombak tidak menolong nelayan. Ia menyebut pantai adalah "halaman rumah" nelayan.',
    ]);
    assert.equal(a.quotes.length, 0);
    const b = analyse([
      'Warga Gelar Tradisi Sedekah Laut',
      '',
      'CILACAP - Nelayan menggelar sedekah laut, Minggu (22/11/2026).',
      '',
      'Menurut Darsono, pesannya adalah "Jaga laut, maka laut menjaga kita. Itu pesan orang tua kami sejak dulu."',
    ]);
    assert.equal(b.quotes.length, 1, 'a long quotation after "adalah" stays one');
  });
});
