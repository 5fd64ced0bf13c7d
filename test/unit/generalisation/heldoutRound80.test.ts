/**
 * Forms met in held-out round eighty (test/fixtures/heldout/README.md: h704–h713, specialist outlets saved as whole
 * pages), each fixed by language data or a small general rule and checked here on a further short article written for
 * the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('specialist outlets saved as whole pages (round eighty)', () => {
  test('a menu row split by middle dots is the navigation, not the headline', () => {
    const a = analyse([
      'GayaKita.id',
      'Musik · Film · Seleb · K-Drama · Konser',
      'Band Asal Malang Gelar Konser Amal untuk Korban Banjir',
      'MALANG - Band Senja Kala menggelar konser amal di Alun-alun Tugu, Sabtu (7/3/2026).',
      '"Semua hasil tiket kami serahkan ke posko," kata vokalis, Rendi Prasetyo.',
      'Penonton datang dari Batu · Malang · Pasuruan dan sekitarnya.',
    ]);
    assert.equal(kindOf(a, 2), 'breadcrumb');
    assert.equal(a.title?.text, 'Band Asal Malang Gelar Konser Amal untuk Korban Banjir');
    assert.equal(kindOf(a, 6), undefined, 'a sentence with dots between places stays body');
  });

  test('a glossary box, its heading and its "<term>: <definition>." entries, is boilerplate', () => {
    const a = analyse([
      'Inflasi Maluku Turun pada Februari',
      'AMBON - Badan Pusat Statistik mencatat inflasi Maluku turun menjadi 2,1 persen, Senin (2/3/2026).',
      '"Harga ikan mulai stabil," kata Kepala BPS Maluku, Yusuf Latuconsina.',
      'GLOSARIUM',
      'Inflasi: kenaikan harga barang dan jasa secara umum.',
      'Deflasi: penurunan harga secara umum.',
      'Ia menambahkan harga beras masih naik tipis.',
    ]);
    assert.equal(kindOf(a, 4), 'related');
    assert.equal(kindOf(a, 5), 'related');
    assert.equal(kindOf(a, 6), 'related');
    assert.equal(kindOf(a, 7), undefined, 'a line of another shape ends the box');
  });

  test('a podcast embed, a video embed and a newsletter promo are boilerplate', () => {
    const a = analyse([
      'Startup Pertanian Bandung Rilis Aplikasi Irigasi',
      'BANDUNG - Startup TaniCerdas merilis aplikasi pengatur irigasi, Selasa (3/3/2026).',
      '"Petani bisa menyalakan pompa dari ponsel," kata pendiri TaniCerdas, Dewi Anggraeni.',
      '▶ Dengarkan Podcast Episode 21: "Petani Digital" (28:40)',
      '[VIDEO] Cara Kerja Pompa Pintar | 03:12',
      '📩 Dapatkan kabar teknologi tiap pekan. Daftar newsletter kami sekarang!',
      'Dengarkan keluhan petani sebelum membuat aplikasi, ujar Dewi.',
    ]);
    assert.equal(kindOf(a, 4), 'promo');
    assert.equal(kindOf(a, 5), 'promo');
    assert.equal(kindOf(a, 6), 'promo');
    assert.equal(kindOf(a, 7), undefined);
  });

  test('a weekly\'s notices (verse of the week, offerings, call for contributions) are boilerplate', () => {
    const a = analyse([
      'Jemaat Bitung Rayakan HUT ke-50',
      'BITUNG - Jemaat GMIM Efrata Bitung merayakan ulang tahun ke-50, Minggu (1/3/2026).',
      '"Kami bersyukur atas setengah abad pelayanan," kata Pdt. Meiske Rondonuwu.',
      'AYAT MINGGU INI: "Bersukacitalah senantiasa" (1 Tesalonika 5:16)',
      'Persembahan dapat disalurkan melalui rekening panitia HUT jemaat.',
      'Redaksi Warta Efrata menerima kiriman kabar jemaat melalui email.',
      'Persembahan syukur dibawa ke depan mimbar oleh kaum ibu.',
    ]);
    assert.equal(kindOf(a, 4), 'promo');
    assert.equal(kindOf(a, 5), 'promo');
    assert.equal(kindOf(a, 6), 'promo');
    assert.equal(kindOf(a, 7), undefined);
  });

  test('a lower-case role of several words before a name ("kata ketua majelis hakim I Made …") gives the speaker', () => {
    const a = analyse([
      'Kurir Narkoba Divonis 9 Tahun',
      'DENPASAR - Pengadilan Negeri Denpasar memvonis kurir sabu 9 tahun penjara, Rabu (4/3/2026).',
      '"Terdakwa terbukti menjadi perantara jual beli narkotika," kata ketua majelis hakim I Made Sutama.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'I Made Sutama');
    // A single lower-case role before a name reads as before.
    const b = analyse([
      'Kurir Narkoba Divonis 9 Tahun',
      'DENPASAR - Pengadilan Negeri Denpasar memvonis kurir sabu 9 tahun penjara, Rabu (4/3/2026).',
      '"Kami pikir-pikir dulu," kata jaksa Putu Ariawan.',
    ]);
    assert.equal(b.quotes[0]?.speaker, 'Putu Ariawan');
  });

  test('"Penatua" before a name is a title, not part of the name', () => {
    const a = analyse([
      'Gereja di Tomohon Direnovasi',
      'TOMOHON - Jemaat GMIM Bukit Moria mulai merenovasi gedung gereja, Minggu (1/3/2026).',
      '"Atapnya sudah bocor di banyak tempat," ujar Penatua Hendrik Sumampouw.',
    ]);
    assert.deepEqual(names(a), ['Hendrik Sumampouw']);
  });

  test('"Dukung jurnalisme <adjective> …" names no outlet; "Dukung jurnalisme <adjective> <Name>." still does', () => {
    const a = analyse([
      'Hutan Adat Sorong Dipetakan',
      'SORONG - Masyarakat adat Moi memetakan hutan adat seluas 4.000 hektare, Senin (2/3/2026).',
      '"Peta ini dasar pengakuan hutan kami," kata tokoh adat, Silas Kalami.',
      'Dukung jurnalisme lingkungan independen. Donasi sekarang →',
    ]);
    assert.notEqual(a.outlet, 'independen');
    const b = analyse([
      'Hutan Adat Sorong Dipetakan',
      'SORONG - Masyarakat adat Moi memetakan hutan adat seluas 4.000 hektare, Senin (2/3/2026).',
      '"Peta ini dasar pengakuan hutan kami," kata tokoh adat, Silas Kalami.',
      'Dukung jurnalisme independen HutanKita. Donasi sekarang →',
    ]);
    assert.equal(b.outlet, 'HutanKita');
  });
});
