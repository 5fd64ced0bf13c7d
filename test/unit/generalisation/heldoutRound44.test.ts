/**
 * Forms met in held-out round forty-four (test/fixtures/heldout/README.md: h344–h353, public-relations portals of
 * provinces, regencies, religious-affairs, health and education offices: a press release printed as a PDF, a Joomla
 * page, a blog with a translation widget, a hospital's page with an accessibility bar), each fixed by language data or
 * a small general rule and checked here on a further short article written for the test, with the counter-case that
 * must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('public-relations portals (round forty-four)', () => {
  test('a left and a right single mark typed together (‘’) open a quotation as one double mark', () => {
    const a = analyse([
      'Bupati Tinjau Pembangunan Pasar Rakyat di Kecamatan Sukamaju',
      '',
      'SUKAMAJU – Bupati Sukamaju, Hendra Wiratama, meninjau pembangunan Pasar Rakyat Sukamaju, Senin (23/11/2026).',
      '',
      '‘’Pedagang harus bisa menempati los baru sebelum Lebaran. Kontraktor jangan menunda lagi,’’ kata Hendra.',
    ]);
    assert.equal(a.quotes.length, 1);
    assert.ok(a.quotes[0]?.text.startsWith('‘’Pedagang'), a.quotes[0]?.text);
    assert.equal(a.quotes[0]?.speaker, 'Hendra Wiratama');
  });

  test('a content system\'s metadata ("Published: …", "Hits: 57", "Diperbarui: 3 hari lalu") is a byline, not the dateline', () => {
    const a = analyse([
      'Kantor Kemenag Gelar Pembinaan Penghulu Se-Kabupaten Tapin Tahun 2026',
      'Written by Kontributor KUA Tapin Utara',
      'Published: 12 November 2026',
      'Hits: 131',
      'Rantau (Kemenag Tapin) – Kantor Kementerian Agama Kabupaten Tapin menggelar pembinaan penghulu, Rabu (11/11/2026).',
    ]);
    assert.equal(kindOf(a, 3), 'byline');
    assert.equal(kindOf(a, 4), 'byline');
    assert.equal(a.dateline?.place, 'Rantau');
    const aged = analyse([
      'Puskesmas Buka Layanan Malam untuk Pasien Gawat Darurat di Tiga Kecamatan',
      'Diperbarui: 2 hari lalu',
      '',
      'Dinas Kesehatan membuka layanan malam di tiga puskesmas mulai Senin (16/11/2026).',
    ]);
    assert.equal(kindOf(aged, 2), 'byline');
    assert.equal(aged.dateline, null);
    // A label over a value that is no metadata is left alone.
    const label = analyse(['Banjir Rendam Tiga Desa di Hulu Sungai', '', 'Updated: warga diminta mengungsi ke balai desa karena air terus naik sejak pagi tadi.']);
    assert.equal(kindOf(label, 3), undefined);
  });

  test('a press release\'s letterhead, number and page footers are boilerplate and the capitals headline under them is found', () => {
    const a = analyse([
      'PEMERINTAH KABUPATEN BATU BARA',
      'SEKRETARIAT DAERAH',
      'BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN',
      'Jl. Perintis Kemerdekaan No. 7 Lima Puluh, Telp. (0622) 96111, Pos-el: prokopim@example.go.id',
      '',
      'SIARAN PERS',
      'Nomor: 045/SP/PROKOPIM/XI/2026',
      '',
      'BUPATI BATU BARA RESMIKAN PELABUHAN PERIKANAN RAKYAT DI TANJUNG TIRAM',
      '',
      'Lima Puluh, 19 November 2026 – Bupati Batu Bara meresmikan pelabuhan perikanan rakyat di Tanjung Tiram, Kamis (19/11/2026). "Nelayan tidak perlu lagi bongkar muatan',
      'Halaman 1 dari 2',
      'SIARAN PERS PEMKAB BATU BARA – 045/SP/PROKOPIM/XI/2026',
      'di pantai," kata Bupati.',
    ]);
    assert.equal(a.title?.text, 'BUPATI BATU BARA RESMIKAN PELABUHAN PERIKANAN RAKYAT DI TANJUNG TIRAM');
    assert.equal(a.dateline?.place, 'Lima Puluh');
    for (const line of [3, 4, 7, 12, 13]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
    assert.equal(a.quotes.length, 1);
  });

  test('a photo gallery under the story ("GALERI FOTO", "Foto 1: …") is captions, and the names in it are no people of the body', () => {
    const a = analyse([
      'Guru SD Ikuti Pelatihan Kurikulum Merdeka Tingkat Kabupaten di Muara Bungo',
      '',
      'MUARA BUNGO – Sebanyak 90 guru SD mengikuti pelatihan kurikulum, Jumat (20/11/2026). Kepala Dinas Pendidikan, Rahmad Saleh, membuka kegiatan itu.',
      '',
      'GALERI FOTO',
      'Foto 1: Kadisdik Bungo Rahmad Saleh membuka pelatihan.',
      'Foto 2: Peserta pelatihan mengerjakan tugas kelompok.',
    ]);
    for (const line of [5, 6, 7]) assert.equal(kindOf(a, line), 'caption', `line ${line}`);
    assert.ok(!names(a).some((n) => n.includes('Kadisdik')), names(a).join(', '));
  });

  test('a blog\'s translation widget, category line and share buttons are boilerplate; the headline is under the site\'s name', () => {
    const a = analyse([
      'Skip to content',
      'Select Language ▼',
      'Powered by Google Translate',
      'BAPPEDA PROVINSI MALUKU UTARA',
      'Badan Perencanaan Pembangunan Daerah',
      '',
      'Bappeda Malut Gelar Musrenbang Otonomi Khusus Bersama Tokoh Adat dan Pemuda',
      'Posted on November 20, 2026 by admin',
      'Posted in Berita',
      '',
      'Sofifi – Bappeda Provinsi Maluku Utara menggelar musrenbang bersama tokoh adat dan pemuda, Kamis (19/11/2026).',
      '',
      'Share this:',
      'Click to share on Facebook (Opens in new window)',
    ]);
    assert.equal(a.title?.text, 'Bappeda Malut Gelar Musrenbang Otonomi Khusus Bersama Tokoh Adat dan Pemuda');
    assert.equal(a.outlet, 'BAPPEDA PROVINSI MALUKU UTARA');
    for (const line of [2, 3, 9, 13, 14]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
  });

  test('a blog byline with the account, the date and the comment count, glued under the headline, is no part of it', () => {
    const a = analyse([
      'Posyandu Remaja Diluncurkan di Desa Kembang Kerang Daya Lombok Timur',
      'oleh admin_puskesmas · 18/11/2026 · 2 Komentar',
      'Aikmel — Puskesmas Aikmel meluncurkan posyandu remaja di Desa Kembang Kerang Daya, Selasa (17/11).',
    ]);
    assert.equal(a.title?.text, 'Posyandu Remaja Diluncurkan di Desa Kembang Kerang Daya Lombok Timur');
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(a.date?.iso, '2026-11-18');
  });

  test('a public body\'s name over a date bar and the site\'s links is the masthead: the headline and its byline date are below', () => {
    const a = analyse([
      'Dinas Kesehatan Kabupaten Sumbawa Barat',
      'Senin, 23 November 2026',
      'Kirim Berita  |  Hubungi Kami',
      '',
      'Dinkes Sumbawa Barat Latih Kader Posyandu Mengukur Panjang Badan Balita',
      'Diterbitkan 21 November 2026 10:12 WITA oleh Admin',
      '',
      'TALIWANG – Dinas Kesehatan melatih 80 kader posyandu mengukur panjang badan balita, Jumat (20/11/2026).',
    ]);
    assert.equal(a.title?.text, 'Dinkes Sumbawa Barat Latih Kader Posyandu Mengukur Panjang Badan Balita');
    assert.equal(a.date?.iso, '2026-11-21');
    assert.equal(a.outlet, 'Dinas Kesehatan Kabupaten Sumbawa Barat');
    assert.equal(kindOf(a, 3), 'share');
    // A headline naming a public body keeps its place over its stamp and lead.
    const headline = analyse(['Dinas Kesehatan Kabupaten Sumbawa Barat Latih Kader Posyandu', 'Senin, 23 November 2026', '', 'TALIWANG – Dinas Kesehatan melatih 80 kader posyandu, Senin (23/11/2026).']);
    assert.equal(headline.title?.text, 'Dinas Kesehatan Kabupaten Sumbawa Barat Latih Kader Posyandu');
  });

  test('a hospital page\'s accessibility bar, its download link and its attachments are boilerplate, its masthead the outlet', () => {
    const a = analyse([
      'A+  |  A  |  A-  |  Kontras Tinggi  |  Reset',
      'RSUD SUNGAI LIAT',
      'Beranda | Profil | Layanan | Jadwal Dokter | Pengaduan',
      '',
      'RSUD Sungai Liat Buka Poliklinik Geriatri untuk Pasien Lanjut Usia dan Keluarganya',
      'Unduh PDF (120 KB)   |   Cetak',
      '',
      'Rumah sakit itu membuka poliklinik geriatri pada Senin (16/11/2026) untuk melayani pasien lanjut usia.',
      '',
      'Lampiran:',
      '- Jadwal Poliklinik Geriatri (PDF)',
    ]);
    assert.equal(a.title?.text, 'RSUD Sungai Liat Buka Poliklinik Geriatri untuk Pasien Lanjut Usia dan Keluarganya');
    assert.equal(a.outlet, 'RSUD SUNGAI LIAT');
    for (const line of [1, 6, 10, 11]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
  });

  test('titles Ustazah and Mananwir are no part of the name; a hospital named after a person under several titles is no person', () => {
    const a = analyse([
      'Pelatihan Dai Muda dan Musyawarah Adat Digelar di Biak Numfor',
      '',
      'BIAK – Pelatihan dai muda dibuka Ustazah Nur Aisyah, Sabtu (21/11/2026). Mananwir Yohanis Rumbiak hadir bersama warga. Layanan baru RSUD dr. H. Soemarno Sosroatmodjo diresmikan Bupati. Rapat Evaluasi Anggaran Triwulan IV digelar sesudahnya.',
    ]);
    const found = names(a);
    assert.ok(found.includes('Nur Aisyah'), found.join(', '));
    assert.ok(found.includes('Yohanis Rumbiak'), found.join(', '));
    assert.ok(!found.some((n) => n.includes('Soemarno')), found.join(', '));
    assert.ok(!found.some((n) => n.includes('Triwulan')), found.join(', '));
  });

  test('a name with its affiliation set off before the verb ("Siti dari KUA Dolo, mengaku …") speaks the quotation after it', () => {
    const a = analyse([
      'Penyuluh Agama Ikuti Pelatihan Moderasi Beragama di Palu Selama Tiga Hari',
      '',
      'PALU – Kepala Bidang Penais, Rahmat Lamadi, menyebut peserta berjumlah 120 orang, Rabu (18/11/2026).',
      '',
      '"Materinya wawasan kebangsaan dan toleransi," ungkap Rahmat.',
      '',
      'Salah seorang peserta, Ustazah Hasnah Lagarutu dari KUA Kecamatan Biromaru, mengaku senang bisa ikut. “Kami jadi punya bahan dakwah yang sejuk,” katanya.',
    ]);
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[1]?.speaker, 'Hasnah Lagarutu');
  });

  test('the paragraph naming the speaker of the quotation above reads past a title\'s dot ("Hal itu disampaikan …, Dr. …")', () => {
    const a = analyse([
      'Forum Konsultasi Publik RKPD 2027 Jaring Usulan Masyarakat Adat',
      '',
      'Manokwari – Bappeda menggelar forum konsultasi publik rancangan awal RKPD 2027, Kamis (19/11/2026).',
      '',
      '"RKPD bukan dokumen milik Bappeda. Kami ingin program menjawab kebutuhan kampung."',
      '',
      'Hal itu disampaikan Kepala Bappeda, Dr. Ir. Yunus Wanggai, M.Si, saat membuka kegiatan.',
    ]);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0]?.speaker, 'Yunus Wanggai');
  });
});
