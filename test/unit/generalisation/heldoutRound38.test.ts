/**
 * Forms met in held-out round thirty-eight (test/fixtures/heldout/README.md: h284–h293, sports desks: badminton, MotoGP,
 * basketball, volleyball, athletics, esports, a regional league, the national team), each fixed by language data or a
 * small general rule and checked here on a further short article written for the test, with the counter-case that
 * must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf } from './analyse';

suite('sports desks: score widgets, tables and live pages (round thirty-eight)', () => {
  test('a live-score widget over the headline (a label with a bar, score rows in columns) is furniture, not the headline', () => {
    const a = analyse([
      'SKOR LANGSUNG | Kejuaraan Asia Junior 2025',
      'MS  Raka Putra 21-12 18-21 21-19 Lee Min-ho (KOR)  SELESAI',
      'WD  Salsa/Nita 15-21 21-17 5-3 Kim/Park (KOR)  LIVE',
      '',
      'Raka Putra Lolos ke Semifinal Usai Rubber Game Ketat',
      'Oleh: Dewi Lestari | Jumat, 12 September 2025 - 18:10 WIB',
      '',
      'SURABAYA - Tunggal putra Raka Putra melaju ke semifinal setelah menang rubber game, Jumat (12/9/2025).',
    ]);
    assert.equal(a.title?.text, 'Raka Putra Lolos ke Semifinal Usai Rubber Game Ketat');
    assert.ok(kindOf(a, 1) !== undefined && kindOf(a, 2) !== undefined && kindOf(a, 3) !== undefined);
  });

  test('a medal table under a capitals heading is furniture; a headline with a score over its stamp stays the headline', () => {
    const medals = analyse([
      'PORPROV JATENG 2025',
      'Klasemen Medali   Emas  Perak  Perunggu',
      '1. Kota Semarang        51    40     38',
      '2. Kabupaten Kudus      33    29     41',
      '',
      'Atlet Dayung Kudus Rebut Dua Emas di Hari Kedua',
      'KUDUS - Tim dayung Kabupaten Kudus merebut dua medali emas pada hari kedua, Rabu (8/10/2025).',
    ]);
    assert.equal(medals.title?.text, 'Atlet Dayung Kudus Rebut Dua Emas di Hari Kedua');
    const score = analyse([
      'Persib Tekuk Persija 2-1 di Stadion Jalak Harupat',
      'Sabtu, 4 Oktober 2025 | 21:30 WIB',
      '',
      'BANDUNG - Persib Bandung mengalahkan Persija Jakarta 2-1 dalam lanjutan liga, Sabtu (4/10/2025).',
    ]);
    assert.equal(score.title?.text, 'Persib Tekuk Persija 2-1 di Stadion Jalak Harupat');
  });

  test('a scoreboard glued under a competition label is furniture; the headline under the stamp is found', () => {
    const a = analyse([
      'Timnas U-23 | Kualifikasi Piala Asia 2026',
      'Indonesia 3-0 Laos',
      'Selasa, 9 September 2025 | 22.40 WIB',
      '',
      'Pelatih Timnas U-23 Minta Pemain Tetap Rendah Hati',
      'Timnas Indonesia U-23 menang 3-0 atas Laos pada laga kualifikasi di Sidoarjo, Selasa (9/9/2025) malam.',
    ]);
    assert.equal(a.title?.text, 'Pelatih Timnas U-23 Minta Pemain Tetap Rendah Hati');
  });

  test('a live page\'s reload prompt, short share buttons, "juga tayang di", a subscribe button and a reading-time stamp are boilerplate', () => {
    const a = analyse([
      'Pelari Kenya Juarai Maraton Jakarta, Pelari Lokal Tembus Lima Besar',
      'Minggu, 22 Juni 2025 · 09:30 WIB · 4 menit baca',
      'Refresh halaman untuk pembaruan terbaru',
      '',
      'JAKARTA - Pelari asal Kenya menjuarai kategori maraton penuh Jakarta Marathon, Minggu (22/6/2025).',
      'Panitia mencatat 9.000 peserta dari 30 negara mengikuti lomba tahun ini.',
      'Berita ini juga tayang di LariNusantara.id',
      'Klik untuk berlangganan newsletter harian',
      'Bagikan ke: WA | FB | X',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(kindOf(a, 3), 'share');
    assert.ok(kindOf(a, 7) !== undefined);
    assert.equal(kindOf(a, 8), 'promo');
    assert.equal(kindOf(a, 9), 'share');
    assert.equal(kindOf(a, 6), undefined);
  });

  test('a byline with the writer\'s nickname in quote marks is a byline, not the headline\'s second line', () => {
    const a = analyse([
      'Tim Jagoan Lokal Juara Turnamen Valorant Se-Jawa Timur',
      "by Rizky 'Iki' Ramadhan",
      'Sabtu, 14 Juni 2025',
      '',
      'Tim esports asal Malang menjuarai turnamen Valorant tingkat Jawa Timur di Surabaya, Sabtu (14/6/2025).',
    ]);
    assert.equal(a.title?.text, 'Tim Jagoan Lokal Juara Turnamen Valorant Se-Jawa Timur');
    assert.equal(kindOf(a, 2), 'byline');
  });

  test('"Ikuti <outlet> di Google News" and "(Laporan wartawan <outlet>, <name>)" name the outlet; "Ikuti kami …" names none', () => {
    const follow = analyse([
      'Pebalap Muda Tercepat di Sesi Latihan Bebas Sirkuit Mandalika',
      'Senin, 3 Maret 2025 10:00 WIB',
      '',
      'Pebalap muda asal Lombok mencatat waktu tercepat pada sesi latihan bebas di Sirkuit Mandalika, Senin (3/3/2025).',
      '',
      'Ikuti MotorKita di Google News',
    ]);
    assert.equal(follow.outlet, 'MotorKita');
    const report = analyse([
      'Pelatih Timnas Puas dengan Permainan Lini Tengah',
      '(Laporan wartawan Gelora Bola, Rudi Hartono)',
      '',
      'Pelatih tim nasional mengaku puas dengan permainan lini tengah saat uji coba di Jakarta, Selasa (4/3/2025).',
    ]);
    assert.equal(report.outlet, 'Gelora Bola');
    assert.equal(kindOf(report, 2), 'byline');
    const we = analyse([
      'Harga Beras di Pasar Induk Turun Tipis Pekan Ini',
      'Rabu, 5 Maret 2025 08:00 WIB',
      '',
      'Harga beras medium di pasar induk turun tipis dibanding pekan lalu, Rabu (5/3/2025).',
      '',
      'Ikuti kami di Google News',
    ]);
    assert.equal(we.outlet, null);
  });
});
