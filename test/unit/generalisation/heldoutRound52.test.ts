/**
 * Forms met in held-out round fifty-two (test/fixtures/heldout/README.md: h424–h433, politics and election pages: an
 * election commission's and a supervisory board's sites, a debate report, a coalition map, a fact check, an English
 * wire story, a campaign advertorial, a quick-count page, an emailed newsletter, a news page's social post), each fixed
 * by language data or a small general rule and checked here on a further short article written for the test, with the
 * counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('politics and election pages (round fifty-two)', () => {
  test('labelled share buttons, a stamp with its desk and view count, and a chart\'s source line are boilerplate', () => {
    const a = analyse([
      'KPU Kota Kupang Tetapkan 2.400 TPS untuk Pilwali',
      'Rabu, 18 November 2026 | Humas KPU Kota | 512 views',
      '',
      'Kupang – KPU Kota Kupang menetapkan 2.400 tempat pemungutan suara dalam rapat pleno, Selasa (17/11/2026).',
      'Sumber grafis: KPU Kota Kupang, diolah.',
      'Ketua KPU Kota Kupang, Yohanes Nenobais, meminta petugas memeriksa kelayakan setiap TPS.',
      'Bagikan Artikel:   Facebook   Twitter   WhatsApp   Salin Link',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(a.date?.iso, '2026-11-18');
    assert.equal(kindOf(a, 5), 'caption');
    assert.equal(kindOf(a, 7), 'share');
    assert.equal(kindOf(a, 6), undefined);
  });

  test('a fact check\'s verdict label, its byline with an update stamp, its references and tip line are boilerplate; the label is no dateline', () => {
    const a = analyse([
      '[CEK FAKTA] Benarkah Angka Pengangguran Kota Ini Turun Separuh?',
      'oleh Tim Cek Fakta · 12 November 2026, 10:00 WIB · Diperbarui 12 November 2026, 13:15 WIB',
      'Label: KELIRU',
      '',
      'Dalam debat calon wali kota, Rabu malam (11/11/2026), seorang calon menyebut angka pengangguran turun separuh dalam tiga tahun.',
      'Data BPS menunjukkan angka itu turun dari 8,1 persen menjadi 6,9 persen.',
      'Rujukan:',
      '- BPS, Keadaan Ketenagakerjaan 2023–2026',
      '- Rekaman debat calon wali kota',
      'Punya informasi yang perlu dicek? Kirim ke WhatsApp tim cek fakta kami.',
      'Artikel ini bagian dari kolaborasi cek fakta pemilu 2026.',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(kindOf(a, 3), 'other');
    assert.equal(a.dateline, null);
    for (const line of [7, 8, 9]) assert.equal(kindOf(a, line), 'related-list', `line ${line}`);
    for (const line of [10, 11]) assert.equal(kindOf(a, line), 'promo', `line ${line}`);
    assert.equal(kindOf(a, 6), undefined);
  });

  test('an advertorial\'s disclaimer and a campaign banner framed by arrow marks are boilerplate', () => {
    const a = analyse([
      'Calon Bupati Nomor Urut 1 Kampanye di Pasar Ikan',
      '',
      'SINJAI – Calon bupati nomor urut 1 berdialog dengan pedagang Pasar Ikan Lappa, Sabtu (21/11/2026).',
      'Ia berjanji memperbaiki atap pasar yang bocor bila terpilih.',
      'Konten ini merupakan iklan kampanye. Isi di luar tanggung jawab redaksi.',
      '>> PILIH NOMOR 1, SINJAI MAJU <<',
    ]);
    assert.equal(kindOf(a, 5), 'promo');
    assert.equal(kindOf(a, 6), 'banner');
    assert.equal(kindOf(a, 4), undefined);
  });

  test('a newsletter\'s web-version link and greeting sit over the headline; its rule, agenda list and footer are boilerplate', () => {
    const a = analyse([
      'Tidak bisa membaca email ini? Lihat versi web',
      'WARTA PILKADA RIAU',
      'Edisi #12 · Jumat, 20 November 2026 · 3 menit baca',
      'Halo, Pembaca setia! Terima kasih sudah berlangganan. Ini rangkuman pekan ini.',
      'Dua Paslon Gubernur Riau Adu Janji Soal Jalan Lintas Timur',
      'Dua pasangan calon gubernur Riau beradu janji soal perbaikan Jalan Lintas Timur dalam debat, Kamis (19/11/2026) malam.',
      '═════════',
      'Yang perlu Anda ketahui pekan ini:',
      '• 25 Nov: Debat kedua',
      '• 9 Des: Hari pemungutan suara',
      'Diteruskan oleh teman? Daftar gratis di sini.',
      'Berhenti berlangganan  |  Atur preferensi',
    ]);
    assert.equal(a.title?.text, 'Dua Paslon Gubernur Riau Adu Janji Soal Jalan Lintas Timur');
    assert.equal(kindOf(a, 1), 'banner');
    assert.equal(kindOf(a, 7), 'share');
    for (const line of [8, 9, 10]) assert.equal(kindOf(a, line), 'related-list', `line ${line}`);
    assert.equal(kindOf(a, 11), 'promo');
    assert.ok(kindOf(a, 12) !== undefined);
    assert.equal(kindOf(a, 6), undefined);
  });

  test('a page\'s social post: its name over the stamp is the outlet, the capitals line the headline, and the reactions and comments boilerplate', () => {
    const a = analyse([
      'Kabar Kota Tanjungpinang',
      '21 November pukul 19.05 · 🌐',
      'KPU TANJUNGPINANG TETAPKAN DUA PASLON WALI KOTA',
      'TANJUNGPINANG – KPU Kota Tanjungpinang menetapkan dua pasangan calon wali kota dalam rapat pleno, Sabtu (21/11/2026).',
      'Lihat terjemahan',
      '👍❤️ 842     97 komentar     31 kali dibagikan',
      'Suka     Komentari     Bagikan',
      'Paling relevan',
      'Rudi Hartanto',
      'Semoga pilkadanya damai',
      '3 j   Suka   Balas',
      'Lihat komentar sebelumnya',
    ]);
    assert.equal(a.title?.text, 'KPU TANJUNGPINANG TETAPKAN DUA PASLON WALI KOTA');
    assert.equal(a.outlet, 'Kabar Kota Tanjungpinang');
    for (const line of [5, 6, 8, 9, 10, 11, 12]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    assert.equal(kindOf(a, 4), undefined);
  });

  test('an English wire story: the agency in brackets after the month and day, "told" as a cue, and the closing credits and lists', () => {
    const a = analyse([
      'Indonesian poll body says ballots ready for remote islands',
      '',
      'AMBON, Nov 20 (Nusa Wire) - Indonesia\'s election commission in Maluku said ballot papers had reached all 11 districts.',
      '"Boats left early because of the waves," commission member Hendrik Latumahina told reporters on Friday.',
      '"Every island will vote on the same day. Nobody will be left behind," Maria Sahetapy told Nusa Wire.',
      'Reporting by Yanti Leiwakabessy; Editing by Robert Tanamal',
      'Our Standards: The Nusa Wire Trust Principles.',
      'Suggested Topics:',
      'Elections   Indonesia',
      'Read Next',
      'Rupiah firms as exporters sell dollars',
    ]);
    assert.equal(a.dateline?.place, 'AMBON');
    assert.equal(a.outlet, 'Nusa Wire');
    assert.equal(a.quotes[1]?.speaker, 'Maria Sahetapy');
    assert.equal(kindOf(a, 6), 'byline');
    assert.equal(kindOf(a, 7), 'other');
    for (const line of [8, 9, 10, 11]) assert.equal(kindOf(a, line), 'related-list', `line ${line}`);
    const found = names(a);
    for (const wrong of ['Nusa Wire', 'Yanti Leiwakabessy', 'Robert Tanamal']) assert.ok(!found.includes(wrong), found.join(', '));
  });

  test('the second name of a dash-joined candidate pair stays a person before the pair\'s acronym; an agency spelled out before its own does not', () => {
    const a = analyse([
      'Dua Paslon Bupati Ambil Nomor Urut',
      '',
      'LARANTUKA – Paslon Yosef Lamak Tokan–Paulus Doni Ruing (TOP) mendapat nomor urut 1, paslon Markus Bala Nuba – Agustinus Kedang Wuwur (MANTAP) nomor urut 2, Senin (23/11/2026).',
      'Data Badan Pusat Statistik (BPS) mencatat 190.000 pemilih di kabupaten itu.',
    ]);
    const found = names(a);
    for (const right of ['Yosef Lamak Tokan', 'Paulus Doni Ruing', 'Markus Bala Nuba', 'Agustinus Kedang Wuwur']) assert.ok(found.includes(right), found.join(', '));
    assert.ok(!found.some((n) => n.includes('Statistik')), found.join(', '));
  });

  test('the outlet the article names is no person, whole or as the capitalised end of its one-word name', () => {
    const a = analyse([
      'Dua Calon Saling Klaim Dukungan Buruh',
      'Sabtu, 21 November 2026 09:10 WIB',
      '',
      'SERANG, BantenToday – Dua calon wali kota Serang saling klaim dukungan serikat buruh, Jumat (20/11/2026).',
      'Tim BantenToday menghubungi kedua tim pemenangan, tetapi hanya satu yang menjawab.',
      '"Kami sudah teken kontrak politik dengan tiga serikat," kata juru bicara tim, Dedi Kurniawan.',
    ]);
    assert.equal(a.outlet, 'BantenToday');
    const found = names(a);
    assert.ok(!found.includes('Today') && !found.includes('BantenToday'), found.join(', '));
    assert.ok(found.includes('Dedi Kurniawan'), found.join(', '));
  });

  test('"Rakyat" and "Party" open no names; "Muhd." and "Moch." are short forms of a name, not its end', () => {
    const a = analyse([
      'Tiga Calon Bupati Hadiri Deklarasi Damai',
      '',
      'MEDAN – Tiga calon bupati menghadiri deklarasi kampanye damai di Medan, Senin (23/11/2026).',
      'Mereka adalah Ir. Muhd. Rizal Tanjung, Arif Nasution dan Moch. Sholeh Harahap.',
      '"Rakyat Deli menunggu program, bukan janji," kata Rizal.',
      'Arif is backed by the Indonesian Democratic Party coalition.',
    ]);
    const found = names(a);
    for (const wrong of ['Muhd', 'Moch', 'Rakyat Deli', 'Indonesian Democratic Party']) assert.ok(!found.includes(wrong), found.join(', '));
    for (const right of ['Rizal Tanjung', 'Arif Nasution', 'Sholeh Harahap']) assert.ok(found.some((n) => n.endsWith(right)), found.join(', '));
  });
});
