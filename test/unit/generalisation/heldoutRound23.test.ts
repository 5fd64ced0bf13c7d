/**
 * Forms met in held-out round twenty-three (test/fixtures/heldout/README.md: h134–h143, page furniture
 * above the headline, an opinion column, a press release, a data story, single-word outlets), each fixed
 * by language data or a small general rule and checked here on a further short article written for the
 * test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('articles from other outlets (round twenty-three)', () => {
  test('a site menu of one- and two-word lines above the headline is navigation, not the headline', () => {
    const a = analyse([
      'Home',
      'Berita',
      'Daerah',
      'Ekonomi',
      'Olahraga',
      'Gaya Hidup',
      'Masuk',
      'Cari di sini...',
      'Rabu, 10 Desember 2025',
      'Jembatan Gantung di Tebing Tinggi Putus Diterjang Arus',
      'Rabu, 10 Desember 2025 09:12 WIB',
      'TEBING TINGGI - Jembatan gantung penghubung dua dusun di Kecamatan Padang Hulu putus diterjang arus sungai, Selasa (9/12/2025) malam.',
    ]);
    assert.equal(a.title?.text, 'Jembatan Gantung di Tebing Tinggi Putus Diterjang Arus');
    for (const line of [1, 2, 6, 8]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
    assert.equal(a.dateline?.place, 'TEBING TINGGI');
  });

  test('a section label over a stamp is passed over; a two-word headline over a stamp and the lead stays the headline', () => {
    const a = analyse([
      'Pendidikan',
      'Kamis, 11 Desember 2025 10:20',
      'Sekolah Rusak di Pulau Kecil Belum Diperbaiki',
      '',
      'BAU-BAU - Tiga gedung sekolah dasar di Pulau Makassar, Kota Baubau, belum diperbaiki sejak rusak diterjang angin kencang.',
    ]);
    assert.equal(a.title?.text, 'Sekolah Rusak di Pulau Kecil Belum Diperbaiki');
    const b = analyse([
      'Banjir Bandang',
      'Kamis, 11 Desember 2025 10:20',
      '',
      'BAU-BAU - Banjir bandang melanda tiga kelurahan di Kota Baubau, Rabu malam, dan merendam ratusan rumah warga.',
    ]);
    assert.equal(b.title?.text, 'Banjir Bandang');
  });

  test('"Lihat Foto" and a caption closed by "(OUTLET/Photographer)" above the headline are the photo viewer', () => {
    const a = analyse([
      'Lihat Foto',
      'Nelayan menarik perahu di Pantai Nambo, Kendari. (SULTRAPOS/Rahmat Hidayat)',
      'Nelayan Nambo Keluhkan Solar Langka Sepekan Terakhir',
      'Sabtu, 13 Desember 2025 | 08:40 WITA',
      'KENDARI - Nelayan di Kelurahan Nambo mengaku sulit mendapat solar bersubsidi sepekan terakhir.',
    ]);
    assert.equal(a.title?.text, 'Nelayan Nambo Keluhkan Solar Langka Sepekan Terakhir');
    assert.equal(kindOf(a, 2), 'caption');
  });

  test('"Simak berita <outlet> lainnya di Google News" names the outlet without "lainnya"', () => {
    const a = analyse([
      'Harga Beras di Palopo Naik',
      'Senin, 15 Desember 2025 | 09:00 WITA',
      '',
      'Harga beras medium di Pasar Sentral Palopo naik menjadi Rp14.500 per kilogram pekan ini.',
      '',
      'Simak berita Palopo Pos lainnya di Google News',
    ]);
    assert.equal(a.outlet, 'Palopo Pos');
  });

  test('an opinion column: the "Oleh: … (Dosen …)" byline, the author\'s note and the disclaimer naming the outlet', () => {
    const a = analyse([
      'Desa Wisata Butuh Pendamping, Bukan Sekadar Gapura',
      'Oleh: Dr. Hendra Saputra, M.Par (Dosen Pariwisata Universitas Andalas)',
      'Senin, 15 Desember 2025',
      'Banyak desa wisata berhenti pada pembangunan gapura dan papan nama. Pengunjung datang sekali, lalu tidak kembali.',
      '',
      'Pendampingan yang sabar jauh lebih penting daripada anggaran fisik yang besar.',
      '',
      '*Penulis adalah dosen dan peneliti desa wisata di Sumatera Barat.',
      'Tulisan ini adalah tanggung jawab penulis dan tidak mewakili pandangan redaksi Singgalang.',
    ]);
    assert.equal(a.dateline, null);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(kindOf(a, 8), 'byline');
    assert.ok(kindOf(a, 9), 'the disclaimer is boilerplate');
    assert.equal(a.outlet, 'Singgalang');
    assert.ok(!names(a).includes('Hendra Saputra'), 'the columnist is only in the byline');
  });

  test('a press release\'s "Kontak Media:" block is boilerplate down to the blank line', () => {
    const a = analyse([
      'PT Bumi Kaltara Resmikan Klinik Gratis untuk Warga',
      'Jumat, 12 Desember 2025',
      'TARAKAN – PT Bumi Kaltara meresmikan klinik gratis untuk warga Kelurahan Juata Laut, Kamis (11/12/2025).',
      '',
      'Manajer Humas PT Bumi Kaltara, Sinta Dewi Lestari, mengatakan klinik buka setiap hari.',
      '',
      'Kontak Media:',
      'Sinta Dewi Lestari',
      'Public Relations Manager PT Bumi Kaltara',
      'Email: humas@bumikaltara.co.id',
    ]);
    for (const line of [7, 8, 9, 10]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
    assert.deepEqual(names(a), ['Sinta Dewi Lestari']);
  });

  test('"Grafik: …" and "Infografis: …" lines are a chart\'s title and credit', () => {
    const a = analyse([
      'Inflasi Kendari Tertinggi di Sultra',
      'Rabu, 3 Desember 2025 - 10:00 WITA',
      'KENDARI - Inflasi tahunan Kota Kendari pada November 2025 mencapai 2,9 persen, tertinggi di Sulawesi Tenggara.',
      '',
      'Grafik: Inflasi Tahunan Kota di Sultra 2025 (Sumber: BPS Sultra)',
      '',
      'Kelompok makanan menyumbang inflasi terbesar, disusul transportasi.',
      '',
      'Infografis: Tim Grafis',
    ]);
    assert.equal(kindOf(a, 5), 'caption');
    assert.equal(kindOf(a, 9), 'caption');
  });

  test('"Dt." (Datuk) joins a Minang title to the name, as "Dg." does', () => {
    const a = analyse([
      'Nagari Pariangan Gelar Alek Nagari',
      'Minggu, 14 Desember 2025 | 10:00 WIB',
      '',
      'PARIANGAN - Wali Nagari Pariangan, Amiruddin Dt. Bandaro Kayo, mengatakan alek nagari digelar tiga hari.',
      '',
      '"Semua suku ikut serta," kata Amiruddin.',
    ]);
    assert.ok(names(a).includes('Amiruddin Dt. Bandaro Kayo'), names(a).join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Amiruddin Dt. Bandaro Kayo');
  });

  test('after "tujuan" (bound for) comes a place, not a person', () => {
    const a = analyse([
      'Kapal Cepat Kembali Berlayar',
      'Senin, 1 Desember 2025 | 16:40 WITA',
      '',
      'TARAKAN - Kapal cepat tujuan Tanjung Selor berangkat pukul 08.00 WITA dari Pelabuhan Tengkayu.',
      '',
      'Kapolres Kombes Budi Santoso meminta pengendara bersabar.',
    ]);
    assert.deepEqual(names(a), ['Budi Santoso']);
  });

  test('a quotation opened by a common noun ("Dukungan …") names no one', () => {
    const a = analyse([
      'Persiraja Siap Menjamu Tamu',
      'Sabtu, 6 Desember 2025 | 18:10 WIB',
      '',
      'BANDA ACEH - Pelatih Persiraja, Hendri Susilo, meminta suporter memenuhi stadion. "Dukungan Lamkrut sangat penting," ujarnya.',
    ]);
    assert.deepEqual(names(a), ['Hendri Susilo']);
  });
});
