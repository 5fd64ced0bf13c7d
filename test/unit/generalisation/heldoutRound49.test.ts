/**
 * Forms met in held-out round forty-nine (test/fixtures/heldout/README.md: h394–h403, health, education and campus
 * pages: university and hospital public-relations sites, a school site, ministry releases, a Blogger puskesmas page),
 * each fixed by language data or a small general rule and checked here on a further short article written for the
 * test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('health, education and campus pages (round forty-nine)', () => {
  test('a publication stamp followed by bar- or dot-split segments is a byline, and its date is the article\'s', () => {
    const posted = analyse([
      'Politeknik Gelar Lomba Robot Antar-SMK se-Kalimantan Barat',
      'Posted on 18 November 2026 by admin_humas  |  Kategori: Kegiatan  |  Dilihat: 95 kali',
      '',
      'PONTIANAK – Sebanyak 32 tim SMK mengikuti lomba robot di kampus politeknik, Senin (16/11/2026). Lomba berlangsung dua hari.',
    ]);
    assert.equal(kindOf(posted, 2), 'byline');
    assert.equal(posted.date?.iso, '2026-11-18');
    const published = analyse([
      'RS Daerah Buka Poli Geriatri untuk Pasien Lanjut Usia',
      'Diterbitkan 12 Nov 2026 · Tim Humas RSD · 3 menit baca',
      '',
      'Mataram – Rumah sakit daerah membuka poli geriatri mulai pekan ini. Hingga Rabu (11/11), sebanyak 40 pasien terdaftar.',
    ]);
    assert.equal(kindOf(published, 2), 'byline');
    assert.equal(published.date?.iso, '2026-11-12');
  });

  test('a section, the date, the writer and the reading time split by dots, and a date with a spaced view count, are bylines', () => {
    const a = analyse([
      'Mahasiswa Keperawatan Gelar Cek Kesehatan Gratis di Pasar Induk',
      'Berita Kampus  ·  Rabu, 18 November 2026  ·  Oleh Tim Redaksi  ·  3 menit',
      '',
      'SEMARANG – Sebanyak 60 mahasiswa keperawatan menggelar cek kesehatan gratis bagi pedagang pasar induk, Selasa (17/11/2026).',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    const b = analyse([
      'Dinkes Imbau Warga Waspadai Demam Berdarah di Musim Hujan',
      'Kamis, 19 November 2026    Dilihat: 842 kali',
      '',
      'Dinas Kesehatan mengimbau warga menguras bak mandi sepekan sekali selama musim hujan.',
    ]);
    assert.equal(kindOf(b, 2), 'byline');
    // A sentence of the body with a date and a dot in it is no stamp.
    assert.equal(kindOf(b, 4), undefined);
  });

  test('a Blogger page\'s furniture under the post is boilerplate, its archive heading included', () => {
    const a = analyse([
      'Posyandu Melati Gelar Pemberian Vitamin A',
      'Posyandu Melati di Desa Sukamaju memberikan vitamin A kepada 120 balita pada Sabtu (14/11). Kader juga menimbang berat badan anak.',
      '"Alhamdulillah yang datang lebih banyak dari bulan lalu," kata kader posyandu, Sri Wahyuni.',
      'Diposting oleh Admin di 09.12',
      'Tidak ada komentar:',
      'Posting Komentar',
      'Posting Lebih Baru Posting Lama Beranda',
      'Langganan: Posting Komentar (Atom)',
      'Arsip Blog',
      '▼  2026 (12)',
      'Diberdayakan oleh Blogger.',
    ]);
    for (const line of [5, 6, 7, 8, 10, 11]) assert.equal(kindOf(a, line), 'other', `line ${line}`);
    assert.equal(kindOf(a, 9), 'related-list');
    assert.equal(kindOf(a, 2), undefined);
    assert.equal(kindOf(a, 3), undefined);
  });

  test('a hospital page\'s doctor schedule box is boilerplate, and the doctors only listed there are no people of the body', () => {
    const a = analyse([
      'RS Bunda Kasih Buka Layanan Cuci Darah Malam Hari',
      '',
      'Ambon – RS Bunda Kasih membuka layanan cuci darah pada malam hari mulai Senin (16/11/2026) bagi pasien yang bekerja.',
      '',
      'Dokter spesialis penyakit dalam, dr. Markus Latuheru, Sp.PD, mengatakan 24 pasien sudah mendaftar.',
      '',
      'Jadwal Praktik Dokter',
      'dr. Markus Latuheru, Sp.PD — Senin, Rabu 18.00–21.00',
      'dr. Yohana Pattiasina, Sp.PD — Selasa, Kamis 08.00–12.00',
    ]);
    for (const line of [7, 8, 9]) assert.equal(kindOf(a, line), 'other', `line ${line}`);
    assert.ok(!names(a).includes('Yohana Pattiasina'), names(a).join(', '));
    assert.ok(names(a).includes('Markus Latuheru'));
  });

  test('a release\'s "Berita ini disiarkan oleh …" line names the ministry; its signature, share icons and related releases are boilerplate', () => {
    const a = analyse([
      'Kemenkes Perpanjang Program Skrining Tuberkulosis di Sekolah',
      'Senin, 23 November 2026',
      '',
      'Kementerian Kesehatan memperpanjang program skrining tuberkulosis di sekolah hingga Juni 2027.',
      '“Kami ingin anak yang batuk lama segera diperiksa,” kata Direktur Penyakit Menular, dr. Arif Nugroho.',
      'Berita ini disiarkan oleh Biro Komunikasi dan Pelayanan Publik, Kementerian Kesehatan RI. Untuk informasi lebih lanjut dapat menghubungi hotline 1500-567.',
      'Kepala Biro Komunikasi dan Pelayanan Publik',
      'drg. Siti Nurhaliza, MKM',
      'Bagikan:  f   x   wa',
      'Rilis Terkait',
      'Kemenkes Luncurkan Aplikasi Cek Gizi Anak',
    ]);
    assert.equal(a.outlet, 'Kementerian Kesehatan RI');
    for (const line of [6, 7, 8, 9]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    assert.equal(kindOf(a, 10), 'related-list');
    assert.equal(kindOf(a, 11), 'related-list');
    assert.equal(kindOf(a, 5), undefined);
    assert.ok(!names(a).includes('Siti Nurhaliza'), names(a).join(', '));
    assert.ok(names(a).includes('Arif Nugroho'));
  });

  test('a dateline whose outlet slot the template left empty ("BANJARBARU, —") is the place', () => {
    const a = analyse([
      'Kampus Farmasi Resmikan Apotek Pendidikan',
      '',
      'MARTAPURA, — Sekolah tinggi farmasi meresmikan apotek pendidikan untuk praktik mahasiswa, Kamis (19/11/2026).',
    ]);
    assert.equal(a.dateline?.place, 'MARTAPURA');
    assert.equal(a.dateline?.outlet ?? null, null);
  });

  test('a study subject, an "Inpres" school, a seminar, an age group and a degree\'s tail ("Sp.OG(K)Onk") are no people', () => {
    const a = analyse([
      'Dua Siswa SD Inpres Waena Juara Lomba Sains Provinsi',
      '',
      'Jayapura – Dua siswa SD Inpres Waena, Papua, juara lomba sains tingkat provinsi, Sabtu (21/11/2026).',
      'Keduanya adalah Yosua Wenda di bidang Biologi dan Debora Kogoya di bidang Kimia.',
      'Direktur Pendidikan Anak Usia Dini, Pendidikan Dasar, dan Pendidikan Menengah, Dr. Simon Rumbiak, M.Pd., menyerahkan piala di Jayapura.',
      '"Kami latihan setiap sore," kata guru pembimbing, Maria Kogoya.',
      'Alat peraga karya mereka diperkenalkan dalam Seminar Riset Terapan di Jayapura, Senin (23/11).',
      'Ketua panitia, Prof. Dr. dr. Andi Setiawan, Sp.OG(K)Onk, menyebut lomba akan digelar lagi tahun depan.',
    ]);
    const found = names(a);
    for (const wrong of ['Inpres Waena', 'Biologi', 'Kimia', 'Seminar Riset Terapan', 'Anak Usia Dini', 'Onk']) assert.ok(!found.includes(wrong), found.join(', '));
    for (const right of ['Yosua Wenda', 'Debora Kogoya', 'Simon Rumbiak', 'Maria Kogoya', 'Andi Setiawan']) assert.ok(found.includes(right), found.join(', '));
  });
});
