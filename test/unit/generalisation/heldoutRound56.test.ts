/**
 * Forms met in held-out round fifty-six (test/fixtures/heldout/README.md: h464–h473, public works, transport and
 * infrastructure: toll roads, ports, airports, bridges, tenders, contractors and state companies), each fixed by language
 * data or a small general rule and checked here on a further short article written for the test, with the counter-case
 * that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('public works, transport and infrastructure pages (round fifty-six)', () => {
  test('a table split by bars in the body stays body, its header row included; a site menu of bars is still furniture', () => {
    const a = analyse([
      'Beranda | Berita | Daerah | Opini',
      '',
      'Jalan Lingkar Selatan Rampung Akhir Tahun',
      '',
      'KENDARI - Pembangunan Jalan Lingkar Selatan Kendari dibagi menjadi tiga paket pekerjaan yang dikerjakan bersamaan sejak Maret.',
      '',
      'Paket | Ruas | Progres',
      'Paket 1 | Andonohu – Anduonohu | 91,2%',
      'Paket 2 | Anduonohu – Poasia | 78,5%',
      'Paket 3 | Poasia – Abeli | 66,0%',
      '',
      'Dinas PUPR menargetkan seluruh paket rampung pada Desember mendatang.',
    ]);
    assert.equal(kindOf(a, 1) !== undefined, true);
    for (const line of [7, 8, 9, 10]) assert.equal(kindOf(a, line), undefined, `line ${line}`);
  });

  test('a metadata line of labelled fields split by bars is furniture, and the dateline under it is read', () => {
    const a = analyse([
      'Tender Dermaga Rakyat Diulang',
      'Kode Tender: 77120311 | Satker: Dinas Perhubungan Kab. Buton | Pagu: Rp12.400.000.000',
      'BAUBAU - Tender pembangunan dermaga rakyat di Pulau Kadatua diulang setelah seluruh penawaran dinyatakan gugur oleh panitia.',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(a.dateline?.place, 'BAUBAU');
  });

  test('a live page\'s stamp with "terakhir" first and its audio player with the play sign are furniture', () => {
    const a = analyse([
      'Jembatan Timbang Lubuk Selasih Kembali Dibuka',
      'Terakhir diperbarui: 20 November 2026, 09.15 WIB',
      'Dengarkan berita ini ▶ 02:40',
      '',
      'Jembatan timbang Lubuk Selasih kembali beroperasi setelah direnovasi selama empat bulan. Truk yang kelebihan muatan akan ditilang.',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(kindOf(a, 3), 'other');
    assert.equal(kindOf(a, 5), undefined);
  });

  test('closing promotion lines are furniture: a follow invitation with a handle, a priced subscription, a contact line with an address', () => {
    const a = analyse([
      'Tender Pasar Induk Diulang',
      '',
      'CIAMIS - Tender pembangunan pasar induk diulang karena tidak ada penawaran yang memenuhi syarat teknis, kata panitia.',
      '',
      'Baca juga:',
      '- Proyek Jalan Desa Molor',
      '',
      'Ikuti kabar tender terbaru via Telegram @kabartender',
      'Berlangganan notifikasi proyek: Rp49.000/bulan. Daftar sekarang!',
      'Copyright © 2026 KabarTender.id. All rights reserved.',
    ]);
    assert.equal(kindOf(a, 8), 'promo');
    assert.equal(kindOf(a, 9), 'promo');
    const b = analyse([
      'Jalur Ganda Segmen Baru Beroperasi',
      '',
      'Kebumen, 20 November 2026 — Segmen baru jalur ganda lintas selatan mulai beroperasi hari ini dan memangkas waktu tempuh.',
      '',
      '#JalurGanda #AyoNaikKereta',
      '',
      'Untuk informasi lebih lanjut hubungi Contact Center 121 atau email cs@contoh.co.id.',
      '',
      'Bagikan:  🔗  f  𝕏  in',
      'Berita Lainnya',
      'Stasiun Kutoarjo Punya Ruang Tunggu Baru',
    ]);
    assert.equal(kindOf(b, 7), 'byline');
    assert.equal(kindOf(b, 9), 'share');
    // With a telephone number only, a closing contact sentence may be an advertorial's own text: it stays body.
    const c = analyse([
      'Tabungan Emas Kini Bisa Dibuka Lewat Aplikasi',
      '',
      'Nasabah kini dapat membuka tabungan emas langsung dari aplikasi tanpa datang ke kantor cabang dan tanpa biaya administrasi.',
      '',
      'Informasi lebih lanjut hubungi call center 1500-222 atau kunjungi kantor cabang terdekat.',
    ]);
    assert.equal(kindOf(c, 5), undefined);
  });

  test('a magazine\'s spaced break and subscription note, a desk\'s question mailbox and a list of other explainers are furniture', () => {
    const a = analyse([
      'Bendungan Baru Mulai Diisi',
      '',
      'Pengisian awal waduk dimulai Kamis (19/11/2026) dengan kenaikan muka air paling banyak 30 sentimeter per hari.',
      '',
      'Petani di hilir berharap air irigasi mengalir sebelum musim tanam kedua dimulai.',
      '',
      '* * *',
      'Berlangganan Majalah Bangunan Kita edisi cetak dan digital: langganan@contoh.id',
      'Artikel ini terbit di Majalah Bangunan Kita Edisi 12, November 2026, halaman 4–9.',
    ]);
    assert.equal(kindOf(a, 7), 'other');
    assert.equal(kindOf(a, 8), 'promo');
    const b = analyse([
      'Tarif Penyeberangan Naik: Berapa Besarnya?',
      '',
      'Tarif penyeberangan Merak–Bakauheni naik rata-rata lima persen mulai bulan depan, diumumkan Senin (23/11/2026).',
      '',
      'Pertanyaan lain? Kirim ke redaksi@contoh.id',
      '',
      'Explainer lainnya:',
      'Kenapa Tiket Feri Harus Dibeli Daring?',
      'Cara Cek Jadwal Kapal Lewat Ponsel',
      '',
      '© Contoh.id 2026 — Informasi Transportasi',
    ]);
    assert.equal(kindOf(b, 5), 'promo');
    for (const line of [7, 8, 9]) assert.equal(kindOf(b, line), 'related-list', `line ${line}`);
  });

  test('a standing box of departures for this week, its heading and its rows, is furniture', () => {
    const a = analyse([
      'Dermaga Feri Bastiong Ditutup Sementara',
      'TERNATE - Dermaga feri Bastiong ditutup sementara karena perbaikan tiang pancang yang keropos sejak pekan lalu.',
      'JADWAL KAPAL DARI TERNATE (PEKAN INI)',
      'KM Sinar Bitung – Bitung – 26 Nov 2026',
      'KM Tidar – Ambon – 28 Nov 2026',
      'Kepala KSOP Ternate meminta penumpang memeriksa jadwal sebelum berangkat ke pelabuhan karena jadwal bisa berubah.',
    ]);
    for (const line of [3, 4, 5]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
    assert.equal(kindOf(a, 6), undefined);
  });

  test('institution words of public works and transport name no person', () => {
    const a = analyse([
      'Tol Laut Masih Sepi Muatan',
      '',
      'JAKARTA - Kepala Balai Besar Pelaksanaan Jalan Nasional Jambi Direktorat Jenderal Bina Marga, Ir. Haryono Sitompul, mengatakan jalan lintas timur selesai Desember.',
      '',
      'Kepala Dinas Bina Marga dan Cipta Karya Tebo, Ir. Rahmawati Lubis, meminta Pokja menuntaskan tender ulang.',
      '',
      'Kepala Balai Besar Wilayah Sungai Way Seputih Sekampung Direktorat Jenderal Sumber Daya Air Kementerian Pekerjaan Umum, Ir. Made Arsana, M.Eng., mengatakan pengisian awal waduk sengaja diperlambat.',
      '',
      'General Manager PT Angkutan Sungai Nusantara (Persero) Cabang Jambi, Capt. Teguh Prasetyo, M.Mar., menyebut bus Trans Siginjai terhubung ke dermaga. Golongan II membayar Rp20.000.',
      '',
      '"Orang Jambi tidak perlu lagi memutar lewat Palembang," kata Teguh.',
    ]);
    const people = names(a);
    for (const wrong of ['Bina Marga', 'Bina', 'Cipta Karya Tebo', 'Pokja', 'Sumber Daya', 'Sumber Daya Air', 'Cabang Jambi', 'Trans Siginjai', 'Golongan II', 'Orang Jambi']) assert.ok(!people.includes(wrong), `${wrong} in ${people.join(', ')}`);
    for (const right of ['Haryono Sitompul', 'Rahmawati Lubis', 'Made Arsana', 'Teguh Prasetyo']) assert.ok(people.includes(right), `${right} missing from ${people.join(', ')}`);
  });

  test('a state company\'s unit ("Humas Daop 7 Madiun") is no person; the name after it is', () => {
    const a = analyse([
      'Jadwal Kereta Berubah Mulai Desember',
      '',
      'MADIUN - Manager Humas Daop 7 Madiun, Rokhmad Hidayat, menyebut perubahan jadwal berlaku mulai 1 Desember 2026 bagi semua kereta jarak jauh.',
    ]);
    assert.deepEqual(names(a), ['Rokhmad Hidayat']);
  });

  test('a long institution split by its bracketed short form and a class numeral belongs to the role, not to a person', () => {
    const a = analyse([
      'Landasan Bandara Diperpanjang',
      '',
      'WAINGAPU - Kepala Unit Penyelenggara Bandar Udara (UPBU) Kelas II Umbu Mehang Kunda, Martinus Wae, S.T., memastikan landasan siap dipakai.',
    ]);
    assert.deepEqual(names(a), ['Martinus Wae']);
    assert.match(a.people[0]?.role ?? '', /Kelas II Umbu Mehang Kunda$/);
  });

  test('"Hi." (Haji) inside a North Maluku name joins it, a quoted nickname in between', () => {
    const a = analyse([
      'Nelayan Minta Dermaga Diperbaiki',
      '',
      'TIDORE - Ketua Kelompok Nelayan Rum Balibunga, Ahmad "Mato" Hi. Sahril, meminta dermaga segera diperbaiki sebelum musim angin barat.',
      '',
      '"Kalau dermaga tidak diperbaiki, perahu kami tidak bisa sandar," kata Mato.',
    ]);
    assert.ok(names(a).includes('Ahmad Hi. Sahril'), names(a).join(', '));
  });

  test('an English page: "said" after the quotation names the speaker, "Capt." is a title, and English institution words are no persons', () => {
    const a = analyse([
      'New berth opens at Bitung port',
      '',
      'BITUNG — A new container berth began operating on Monday, the port operator said.',
      '',
      '"Vessels no longer wait at anchor for two days," said Capt. Rudy Pangemanan, manager of the Bitung terminal of PT Pelabuhan Nusantara.',
      '',
      'Yosef Lumingkewas, chairman of the North Sulawesi chapter of the Indonesian Logistics and Forwarders Association (ALFI), welcomed the berth.',
      '',
      'The Ministry of Public Works expects to finish the toll road to the port in 2027.',
      '',
      '"We can finally plan our loading days," said Capt Hendrik Sondakh, a shipping agent.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Rudy Pangemanan');
    assert.equal(a.quotes[1]?.speaker, 'Hendrik Sondakh');
    const people = names(a);
    for (const wrong of ['Public Works', 'Indonesian Logistics']) assert.ok(!people.includes(wrong), `${wrong} in ${people.join(', ')}`);
  });
});
