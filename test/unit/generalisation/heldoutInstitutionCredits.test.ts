/**
 * Outlets of institutions' own pages left after round 74 and the outlet leftovers of stop 17 (test/fixtures/heldout/README.md,
 * "Round 74", "After-fixes, stop 17 (second wave)"): the body credited in an English byline with its office after its name,
 * by a one-word short form the text spells out in brackets, or by its website's desk; a congregation's masthead names no
 * publisher. Each fix is checked on a short article written for the test, with the counter-cases that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, names } from './analyse';

/** A foundation's own news page whose stamp carries `credit` among its segments. */
const foundationPage = (credit: string): string[] => [
  'Nelayan Teluk Lalong Sepakati Zona Larang Tangkap Selama Dua Bulan',
  `Posted: November 18, 2026 · 3 min read · ${credit}`,
  '',
  'LUWUK, 18 November 2026 — Sebanyak 80 nelayan Teluk Lalong menyepakati zona larang tangkap di sekitar terumbu karang.',
  'Koordinator lapangan, Yusran Laiya, menyebut kesepakatan itu diteken di balai desa.',
];

suite('outlets of institutions\' own pages (stop 17, second wave)', () => {
  test('"By <body> Communications Team": an office named after the body credits the article to it', () => {
    assert.equal(analyse(foundationPage('By YKTL Communications Team')).outlet, 'YKTL Communications Team');
    assert.equal(analyse(foundationPage('Oleh Yayasan Konservasi Teluk Lalong Media Team')).outlet, 'Yayasan Konservasi Teluk Lalong Media Team');
    // No credit's word before the name: a caption-like mention of a team names no publisher.
    assert.equal(analyse(foundationPage('Photo: YKTL Communications Team')).outlet, null);
    // A kind of unit alone before the office names no one body ("By BPBD Media Team": every regency has one).
    assert.equal(analyse(foundationPage('By BPBD Media Team')).outlet, null);
  });

  test('a one-word credit names the body when the text spells it out in brackets after its full name', () => {
    const page = (lead: string): string[] => [
      'Mahasiswa Farmasi Unkas Juara Lomba Inovasi Obat Herbal',
      'Posted by Humas Unkas on November 21, 2026',
      '',
      lead,
      'Dekan Fakultas Farmasi, Dr. Lilis Haryati, menyebut prestasi ini yang pertama bagi kampus.',
    ];
    assert.equal(analyse(page('KENDARI – Tim mahasiswa Fakultas Farmasi Universitas Kendari Selatan (Unkas) meraih juara pertama lomba inovasi obat herbal.')).outlet, 'Humas Unkas');
    // The one word never spelled out: no body is named.
    assert.equal(analyse(page('KENDARI – Tim mahasiswa Fakultas Farmasi meraih juara pertama lomba inovasi obat herbal tingkat nasional.')).outlet, null);
  });

  test('"Oleh Redaksi Web <body>": the desk of the body\'s website credits the article to the body, kept whole', () => {
    const page = (credit: string): string[] => [
      'Wisuda Periode I, STIKES Harapan Bangsa Lepas 640 Lulusan',
      `Kabar Kampus  ·  Kamis, 19 November 2026  ·  ${credit}  ·  4 menit`,
      '',
      'PURWOKERTO, — STIKES Harapan Bangsa menggelar wisuda periode I di gedung serbaguna kampus, Rabu (18/11/2026).',
      'Ketua STIKES, Dr. Sri Wahyuni, meminta lulusan terus belajar.',
    ];
    assert.equal(analyse(page('Oleh Redaksi Web SHB')).outlet, 'Redaksi Web SHB');
    // A news desk's credit still names its outlet after "Redaksi".
    assert.equal(analyse(page('Oleh Redaksi Banyumas Pos')).outlet, 'Banyumas Pos');
  });

  test("a congregation's masthead in capitals over its tagline names no publisher; a newspaper's still does", () => {
    const page = (masthead: string): string[] => [
      masthead,
      'Klasis Kupang Tengah',
      '',
      'Beranda  Tentang  Ibadah  Warta  Galeri',
      '',
      'Pemuda Jemaat Bethel Gelar Bakti Sosial di Tiga Desa Pesisir',
      'Ditulis Minggu, 22 November 2026  •  dibaca 40 kali',
      '',
      'Pemuda Jemaat Bethel Oesapa menggelar bakti sosial di tiga desa pesisir, Sabtu (21/11/2026).',
      'Ketua panitia, Yeremias Lakapu, menyebut 200 paket sembako dibagikan.',
    ];
    assert.equal(analyse(page('GMIT JEMAAT BETHEL OESAPA')).outlet, null);
    assert.equal(analyse(page('GEREJA BETHEL OESAPA')).outlet, null);
    // The same shape with no congregation's word: a masthead over its tagline, read as the outlet as before.
    assert.equal(analyse(page('SUARA OESAPA RAYA')).outlet, 'SUARA OESAPA RAYA');
  });

  test('a name after an institution\'s bracketed short form ("… Daerah (RSUD) Kemala Hati") is the institution\'s, no person', () => {
    const a = analyse([
      'RSUD Kemala Hati Buka Layanan Hemodialisis',
      '',
      'SEKAYU – Rumah Sakit Umum Daerah (RSUD) Kemala Hati resmi membuka layanan hemodialisis dengan delapan mesin, Senin (23/11/2026).',
      'Direktur RSUD Kemala Hati, dr. Hendra Saputra, mengatakan pasien tak perlu lagi dirujuk ke Palembang.',
    ]);
    assert.ok(!names(a).includes('Kemala Hati'), names(a).join(', '));
    assert.ok(names(a).includes('Hendra Saputra'), names(a).join(', '));
  });

  test("a club's nickname the page also writes as its site's address is no person; the coach still is", () => {
    const a = analyse([
      'Tuan Rumah Balikkan Keadaan di Derbi Pesisir',
      '',
      'BITUNG - Tuan rumah menundukkan tamunya 2-1 di Stadion Gelora Bahari, Senin (23/11/2026) malam. Dua gol Ombak Biru dicetak dalam sepuluh menit terakhir.',
      'Pelatih kepala, Roy Pangemanan, memuji disiplin lini belakang.',
      'Ikuti terus berita Ombak Biru di kanal WhatsApp OMBAKBIRU.ID',
    ]);
    assert.deepEqual(names(a), ['Roy Pangemanan']);
  });
});
