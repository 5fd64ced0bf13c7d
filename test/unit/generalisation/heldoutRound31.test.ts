/**
 * Forms met in held-out round thirty-one (test/fixtures/heldout/README.md: h214–h223, news networks and portals:
 * a regional network's glued "<Outlet>.<Place> -", a portal network's "PORTAL <TOWN> –" and "Artikel ini pernah
 * dimuat di …", one-line site menus, a site's name over its menu, "INILAHCOM, <Place> -", "<outlet>, <date>" stamps,
 * label-and-credit captions), each fixed by language data or a small general rule and checked here on a further
 * short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('articles from news networks and portals (round thirty-one)', () => {
  test('a site menu kept on one line (bars, middle dots or runs of spaces) is skipped over the headline', () => {
    for (const menu of ['Nasional | Ekonomi | Hukum | Gaya Hidup', 'Politik · Ekonomi · Sport · Lifestyle', 'Beranda  Politik  Hukum  Daerah']) {
      const a = analyse([
        'KABAR KITA',
        menu,
        'Banjir Rendam Ratusan Rumah di Pinggir Sungai Bengawan',
        'Senin, 23 November 2026 10:00 WIB',
        'SOLO - Ratusan rumah di tepi Sungai Bengawan terendam banjir setinggi satu meter sejak Minggu malam.',
      ]);
      assert.equal(a.title?.text, 'Banjir Rendam Ratusan Rumah di Pinggir Sungai Bengawan', menu);
      assert.equal(kindOf(a, 2) !== undefined, true, menu);
    }
    // A headline with a bar in it is no menu: its parts are not all short words.
    const headline = analyse([
      'Harga Beras Naik Lagi | Pedagang Pasar Gede Mengeluh Sepi Pembeli',
      'SOLO - Harga beras medium di Pasar Gede naik Rp1.000 per kilogram sejak awal pekan.',
    ]);
    assert.equal(headline.title?.text, 'Harga Beras Naik Lagi | Pedagang Pasar Gede Mengeluh Sepi Pembeli');
    // Nor is a headline with a stray double space or two in it.
    const spaced = analyse([
      'KABAR KITA',
      'Nasional',
      'Banjir Rendam  Ratusan Rumah  di Solo',
      'Banjir Setinggi Satu Meter Rendam Kampung Sewu',
      'SOLO - Ratusan rumah di tepi Sungai Bengawan terendam banjir setinggi satu meter sejak Minggu malam.',
    ]);
    assert.equal(spaced.title?.text, 'Banjir Rendam Ratusan Rumah di Solo');
  });

  test("a site's name over its menu words, or over its web address, is not the headline", () => {
    const overMenu = analyse([
      'Warta Lembah Jabar',
      'News',
      'Sumedang',
      'Gempa Kecil Guncang Sumedang, Dinding Rumah Warga Retak',
      'Senin, 16 November 2026 | 21:15 WIB',
      'Sumedang - Gempa bermagnitudo 3,9 mengguncang Sumedang pada Senin sore dan membuat dinding rumah retak.',
    ]);
    assert.equal(overMenu.title?.text, 'Gempa Kecil Guncang Sumedang, Dinding Rumah Warga Retak');
    const overAddress = analyse([
      'Kabar Lembah',
      'kabarlembah.id',
      'Kota Batu',
      'Petani Apel Beralih ke Jeruk karena Suhu Kian Hangat',
      'Jumat, 13 November 2026 | 10:30 WIB',
      'KOTA BATU - Luas kebun apel di Kota Batu terus menyusut dalam lima tahun terakhir.',
    ]);
    assert.equal(overAddress.title?.text, 'Petani Apel Beralih ke Jeruk karena Suhu Kian Hangat');
    // A short headline followed by its stamp and lead stays the headline.
    const short = analyse([
      'Harga Cabai Melonjak',
      'Senin, 16 November 2026 | 21:15 WIB',
      'BANDUNG - Harga cabai rawit di pasar tradisional Bandung melonjak hingga Rp90.000 per kilogram.',
    ]);
    assert.equal(short.title?.text, 'Harga Cabai Melonjak');
  });

  test('"<Outlet>.<Place> -" splits into the outlet and the place; "Kab.Bogor -" stays a place', () => {
    const a = analyse([
      'Guru Ngaji Tagih Insentif yang Belum Cair',
      'WARTAJatim.Gresik - Puluhan guru ngaji mendatangi kantor DPRD Gresik, Senin (23/11), menagih insentif yang belum cair.',
    ]);
    assert.equal(a.dateline?.place, 'Gresik');
    assert.equal(a.outlet, 'WARTAJatim');
    const abbreviation = analyse([
      'Guru Ngaji Tagih Insentif yang Belum Cair',
      'Kab.Bogor - Puluhan guru ngaji mendatangi kantor DPRD, Senin (23/11), menagih insentif yang belum cair.',
    ]);
    assert.equal(abbreviation.dateline?.place, 'Kab.Bogor');
    assert.equal(abbreviation.outlet, null);
  });

  test('an address in capitals with its dot dropped ("SELARASCOM, <Place> -") is the outlet, the place after it the place', () => {
    const a = analyse([
      'Pendaftaran Calon Kepala Desa Dibuka Pekan Depan',
      'SELARASCOM, Cibinong - Pemerintah kabupaten membuka pendaftaran calon kepala desa mulai Senin (23/11/2026).',
    ]);
    assert.equal(a.dateline?.place, 'Cibinong');
    assert.equal(a.outlet, 'SELARASCOM');
    // A place in capitals ending in other letters is still the place.
    const place = analyse([
      'Pendaftaran Calon Kepala Desa Dibuka Pekan Depan',
      'CIBINONG, Kabar Kita - Pemerintah kabupaten membuka pendaftaran calon kepala desa mulai Senin (23/11/2026).',
    ]);
    assert.equal(place.dateline?.place, 'CIBINONG');
  });

  test('"PORTAL <TOWN> –" is an outlet with no place, and the author alone over "- <stamp>" is a byline', () => {
    const a = analyse([
      'Harga Tembakau Anjlok, Petani Minta Pemkab Turun Tangan',
      'Rizal Pratama',
      '- Rabu, 18 November 2026 | 16:45 WIB',
      'PORTAL LUMAJANG – Harga tembakau di tingkat petani terus merosot dalam dua pekan terakhir.',
    ]);
    assert.equal(a.dateline?.place ?? null, null);
    assert.equal(a.outlet, 'PORTAL LUMAJANG');
    assert.equal(kindOf(a, 3), 'byline');
    assert.deepEqual(names(a), []);
  });

  test('"<outlet>, <date>, <time>" under the headline is a stamp, so the dateline under it is read', () => {
    const a = analyse([
      'Warga Antre Air Bersih dari Mobil Tangki',
      'Kabarkita.com, 21 November 2026, 17:05 WIB',
      'LOMBOK TIMUR, Kabarkita.com – Ratusan warga mengantre air bersih dari mobil tangki BPBD, Sabtu (21/11/2026).',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(a.dateline?.place, 'LOMBOK TIMUR');
  });

  test('captions "LABEL: … (Name/Outlet)" and "… /Outlet/Name" are boilerplate; a body line ending in a credit is not', () => {
    const a = analyse([
      'Petani Apel Beralih ke Jeruk',
      'Jumat, 13 November 2026 | 10:30 WIB',
      'PANEN: Petani jeruk memetik hasil kebunnya di Desa Sumbergondo, Kamis (12/11). (Rina Kartika/Kabar Batu)',
      'KOTA BATU – Luas kebun apel di Kota Batu terus menyusut dalam lima tahun terakhir.',
      '',
      'Petani memilih jeruk karena harganya lebih stabil dan perawatannya lebih ringan. (Rina Kartika/Kabar Batu)',
      '',
      'Ilustrasi petani tembakau di Kecamatan Ajung. /Kabar Batu/Rina Kartika',
      '',
      'Dinas pertanian tetap memberi bantuan bibit apel bagi petani yang bertahan di lereng gunung.',
    ]);
    assert.equal(kindOf(a, 3), 'caption');
    assert.equal(a.dateline?.place, 'KOTA BATU');
    // A body sentence closed by a credit in brackets, with no label word and colon before it, stays body.
    assert.equal(kindOf(a, 6), undefined);
    assert.equal(kindOf(a, 8), 'caption');
    assert.equal(kindOf(a, 10), undefined);
  });

  test('"Baca: <headline>", "Artikel ini pernah dimuat di …" and "Simak berita lainnya seputar topik …" are boilerplate', () => {
    const a = analyse([
      'Pilkades Serentak Digelar Maret',
      'BOGOR - Pemilihan kepala desa serentak digelar di 93 desa pada Maret 2027.',
      '',
      'Baca: Bupati Lantik 40 Kepala Desa Pengganti Antarwaktu',
      '',
      'Anggaran pemilihan mencapai Rp38 miliar.',
      '',
      'Artikel ini pernah dimuat di KabarBogor.com dengan judul "Pilkades Serentak di 93 Desa"',
      'Simak berita lainnya seputar topik artikel ini, di sini :',
    ]);
    assert.equal(kindOf(a, 4), 'related');
    assert.equal(kindOf(a, 8), 'other');
    assert.equal(kindOf(a, 9), 'share');
    assert.equal(a.quotes.length, 0);
    // "Baca" opening a sentence is body.
    const body = analyse(['Perpustakaan Desa Ramai Dikunjungi', 'BOGOR - Perpustakaan desa ramai dikunjungi anak-anak.', '', 'Baca buku kini jadi kegiatan favorit anak-anak setiap sore.']);
    assert.equal(kindOf(body, 4), undefined);
  });

  test('a notary\'s degree ("M.Kn.") between the name and the verb keeps the name the subject of "katanya"', () => {
    const a = analyse([
      'Saksi Akui Terima Amplop dari Distributor',
      'DENPASAR - Sidang perkara pupuk bersubsidi kembali digelar di Pengadilan Tipikor Denpasar.',
      '',
      'Saksi I Made Sudarma mengaku menerima amplop. "Isinya Rp5 juta, Yang Mulia," tutur Sudarma.',
      '',
      'Kuasa hukum terdakwa, Dr. Wayan Sukerta Adi, S.H., M.Kn., menilai keterangan saksi tidak konsisten. "Kami akan buktikan klien kami tidak pernah memerintahkan pemberian uang itu," katanya.',
    ]);
    assert.equal(a.quotes[1]?.speaker, 'Wayan Sukerta Adi');
  });

  test('"<Name> optimistis …" then a quotation in the same paragraph: the optimist said it', () => {
    const a = analyse([
      'Petani Apel Beralih ke Jeruk',
      'KOTA BATU - Luas kebun apel terus menyusut.',
      '',
      'Kepala Dinas Pertanian Hendro Saputro menyebut suhu kian hangat. "Apel butuh suhu dingin supaya bisa berbunga dengan baik," paparnya.',
      '',
      'Bantuan bibit tetap diberikan kepada kelompok tani milik Sugeng Hariyadi.',
      '',
      'Sugeng sendiri optimistis apel tetap punya pasar. "Wisata petik apel itu ramai terus, asal kita rawat betul," ujarnya.',
    ]);
    assert.equal(a.quotes[1]?.speaker, 'Sugeng Hariyadi');
  });
});
