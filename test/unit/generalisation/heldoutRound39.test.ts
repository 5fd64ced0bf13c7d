/**
 * Forms met in held-out round thirty-nine (test/fixtures/heldout/README.md: h294–h303, small WordPress themes and local
 * government portals of Kalimantan, Sulawesi, Maluku, Papua, NTT and NTB), each fixed by language data or a small general
 * rule and checked here on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('eastern regional sites and government portals (round thirty-nine)', () => {
  test('a page title names the headline: the site name and tagline standing between the two are furniture', () => {
    const a = analyse([
      'Nelayan Tarakan Keluhkan Solar Langka di SPBN - Borneo Kini',
      'Borneo Kini',
      'Kabar Utara untuk Semua Warga',
      '',
      'Nelayan Tarakan Keluhkan Solar Langka di SPBN',
      '',
      'TARAKAN - Puluhan nelayan di Kota Tarakan mengeluhkan sulitnya mendapat solar di SPBN, Senin (16/11/2026).',
    ]);
    assert.equal(a.title?.text, 'Nelayan Tarakan Keluhkan Solar Langka di SPBN');
    assert.ok(kindOf(a, 3) !== undefined, 'the tagline is boilerplate');
    // Without a page title the first headline-like line is still the headline.
    const plain = analyse(['Nelayan Tarakan Keluhkan Solar Langka di SPBN', '', 'TARAKAN - Puluhan nelayan mengeluhkan sulitnya mendapat solar, Senin (16/11/2026).']);
    assert.equal(plain.title?.text, 'Nelayan Tarakan Keluhkan Solar Langka di SPBN');
  });

  test('a government portal: its name over a breadcrumb is the masthead and the publisher, not the headline', () => {
    const a = analyse([
      'Pemerintah Kabupaten Manggarai Barat',
      'Portal Resmi  >  Berita  >  Pendidikan',
      'Guru Honorer di Komodo Terima Insentif Akhir Tahun',
      '2026-11-18 09:12:40  ·  Oleh: Bagian Prokopim  ·  Dibaca: 54',
      'Sebanyak 212 guru honorer di Kecamatan Komodo menerima insentif akhir tahun dari pemerintah daerah, Rabu (18/11/2026).',
      'Bagikan berita ini:  Facebook  WhatsApp',
      'Berita Sebelumnya: Bupati Manggarai Barat Resmikan Jembatan Nggorang',
      'Bagian Prokopim Setda Kabupaten Manggarai Barat  ·  Jl. Soekarno Hatta No. 3 Labuan Bajo',
    ]);
    assert.equal(a.title?.text, 'Guru Honorer di Komodo Terima Insentif Akhir Tahun');
    assert.equal(a.outlet, 'Pemerintah Kabupaten Manggarai Barat');
    for (const line of [1, 4, 6, 7, 8]) assert.ok(kindOf(a, line) !== undefined, `line ${line} is boilerplate`);
    assert.equal(kindOf(a, 5), undefined);
    // A headline about the government is still the headline, and names no publisher.
    const headline = analyse(['Pemerintah Kabupaten Alor Tambah Kuota Beasiswa Mahasiswa', '', 'KALABAHI - Pemerintah Kabupaten Alor menambah kuota beasiswa, Rabu (18/11/2026).']);
    assert.equal(headline.title?.text, 'Pemerintah Kabupaten Alor Tambah Kuota Beasiswa Mahasiswa');
    assert.equal(headline.outlet, null);
  });

  test('a skip link, an official tagline, an "Anda di sini:" breadcrumb and print-and-mail buttons stand over the headline', () => {
    const a = analyse([
      'Lompat ke konten utama',
      'Pemerintah Kota Baubau',
      'Website Resmi Pemerintah Kota Baubau - Provinsi Sulawesi Tenggara',
      'Anda di sini:  Beranda  /  Berita',
      '',
      'Wali Kota Baubau Buka Pasar Murah di Wolio',
      'Cetak Surel',
      '',
      'BAUBAU - Wali Kota Baubau membuka pasar murah di Kecamatan Wolio, Kamis (19/11/2026).',
      '« Sebelumnya    Selanjutnya »',
    ]);
    assert.equal(a.title?.text, 'Wali Kota Baubau Buka Pasar Murah di Wolio');
    assert.equal(a.outlet, 'Pemerintah Kota Baubau');
    for (const line of [1, 3, 4, 7, 10]) assert.ok(kindOf(a, line) !== undefined, `line ${line} is boilerplate`);
  });

  test('a print edition: its header, its dated page stamp, jump lines and a dashed rule are boilerplate; the stamp dates it', () => {
    const a = analyse([
      'SUARA HALMAHERA  ::  Edisi Cetak',
      'Kamis, 19 November 2026  |  Halaman 5  |  Daerah',
      '',
      'Jalan Trans Halmahera Putus Diterjang Banjir',
      '',
      'TOBELO - Jalan trans Halmahera di Desa Kusuri putus setelah banjir melanda, Selasa (17/11).',
      '',
      '(Bersambung ke hal 9)',
      '———',
      'Sambungan dari hal 5',
      '',
      'Warga berharap perbaikan jalan segera dilakukan sebelum Natal.',
    ]);
    assert.equal(a.title?.text, 'Jalan Trans Halmahera Putus Diterjang Banjir');
    assert.equal(a.date?.iso, '2026-11-19');
    for (const line of [1, 2, 8, 9, 10]) assert.ok(kindOf(a, line) !== undefined, `line ${line} is boilerplate`);
    assert.equal(kindOf(a, 12), undefined);
  });

  test('stamps with a view count or credits after a bar are bylines, not datelines', () => {
    const a = analyse([
      'Harga Ikan Tongkol di Pasar Bersehati Turun',
      'Senin, 16/11/2026 07:40 | Dibaca 812 kali',
      '',
      'MANADO, kabarnyiur.id - Harga ikan tongkol di Pasar Bersehati turun menjadi Rp25 ribu per kilogram.',
    ]);
    assert.ok(kindOf(a, 2) !== undefined);
    assert.equal(a.dateline?.place, 'MANADO');
    const b = analyse([
      'Harga Ikan Tongkol di Pasar Bersehati Turun',
      'Diterbitkan: 16-11-2026  |  Kategori: Ekonomi  |  Penulis: Redaksi',
      'Manado, kabarnyiur.id — Harga ikan tongkol di Pasar Bersehati turun menjadi Rp25 ribu per kilogram.',
    ]);
    assert.ok(kindOf(b, 2) !== undefined);
    assert.equal(b.dateline?.place, 'Manado');
  });

  test('a comment section: its count, each comment with its author and reply button, and the form are boilerplate', () => {
    const a = analyse([
      'Warga Sintang Tolak Relokasi Pasar Inpres',
      '',
      'SINTANG - Puluhan pedagang menolak rencana relokasi Pasar Inpres, Kamis (19/11/2026).',
      '"Kami tidak mau dipindah ke tempat yang jauh dari pembeli," kata Ketua Paguyuban Pedagang, Antonius Jalung.',
      '3 Komentar',
      'Budi Santoso  19 November 2026 pukul 20:11',
      'Setuju. "Pasar itu nyawa kampung," kata nenek saya.',
      'Balas',
      'Tinggalkan Balasan',
      'Nama *',
      'Email *',
      'Kirim Komentar',
    ]);
    for (const line of [5, 6, 7, 8, 9, 10, 11, 12]) assert.ok(kindOf(a, line) !== undefined, `line ${line} is boilerplate`);
    assert.equal(kindOf(a, 4), undefined);
    assert.equal(a.quotes.length, 1);
  });

  test('a WordPress search label and a promo naming the site after "dari": furniture, and the publisher', () => {
    const a = analyse([
      'Kabar Sumbawa',
      'Home',
      'Berita',
      'Search for:',
      '',
      'Petani Bawang di Sumbawa Mulai Panen Raya',
      'Posted on November 18, 2026 by redaksi',
      'Petani bawang merah di Kecamatan Alas mulai panen raya pekan ini.',
      'Dapatkan kabar pilihan setiap hari dari KabarSumbawa. Gabung ke saluran WhatsApp kami.',
    ]);
    assert.equal(a.title?.text, 'Petani Bawang di Sumbawa Mulai Panen Raya');
    assert.ok(kindOf(a, 4) !== undefined);
    assert.equal(a.outlet, 'KabarSumbawa');
  });

  test('"Om" before a name, a priest\'s congregation after it and "Pastor Paroki" are not part of the name', () => {
    const a = analyse([
      'Umat Paroki Boawae Gotong Royong Bangun Kapel',
      '',
      'BAJAWA - Umat Paroki Boawae bergotong royong membangun kapel di Desa Rowa, Sabtu (21/11/2026).',
      'Pastor Paroki Boawae, Romo Silvester Dhiu, SVD, mengatakan kapel itu dibangun dari swadaya umat.',
      'Om Markus Rewo (60), tukang kayu dari Rowa, menyumbangkan tenaga selama dua pekan.',
    ]);
    const found = names(a);
    assert.ok(found.includes('Markus Rewo'), found.join(', '));
    assert.ok(!found.some((n) => n === 'SVD' || n.startsWith('Om ') || n.startsWith('Pastor')), found.join(', '));
  });
});
