/**
 * Forms met in held-out round thirty-seven (test/fixtures/heldout/README.md: h274–h283, noisy scrapes of regional
 * news from Kalimantan, Sulawesi, Maluku and Nusa Tenggara), each fixed by language data or a small general rule and
 * checked here on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('noisy regional scrapes (round thirty-seven)', () => {
  test('"Wartawan: <name>" over the body is a byline, not the dateline', () => {
    const a = analyse([
      'Banjir Rendam Dua Desa di Hulu Sungai',
      'Senin, 16 November 2026 / 10:00 WITA',
      'Wartawan: Rudi Santoso',
      'BARABAI - Banjir merendam dua desa di hulu sungai sejak Minggu malam, kata Kepala BPBD, Hasan Basri.',
    ]);
    assert.equal(kindOf(a, 3), 'byline');
    assert.equal(a.dateline?.place, 'BARABAI');
    assert.ok(!names(a).includes('Rudi Santoso'));
  });

  test('a stamp followed by "| Penulis: …" on one line is a byline, and the dateline is the body\'s', () => {
    const a = analyse([
      'Harga Ikan Tongkol Naik di Pasar Kendari',
      'Selasa, 17 Nov 2026 - 09:15 WITA | Penulis: Irwan Saputra | Editor: Dewi',
      'KENDARI – Harga ikan tongkol di Pasar Sentral Kendari naik sejak cuaca buruk, kata pedagang, Wa Ode Sarni.',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(a.dateline?.place, 'KENDARI');
    assert.ok(!names(a).includes('Irwan Saputra'));
    // A body sentence with a year and a pipe-free credit word stays body.
    const body = analyse([
      'Harga Ikan Tongkol Naik di Pasar Kendari',
      'KENDARI – Sejak 2026 penulis buku resep itu berjualan ikan di Pasar Sentral Kendari.',
    ]);
    assert.equal(kindOf(body, 2), undefined);
  });

  test('a full stop typed before the dateline dash is no part of the outlet\'s name', () => {
    const a = analyse([
      'Sumur Warga Mengering di Dompu',
      'Dompu, Kabar Dompu.- Sumur warga di tiga desa mengering sejak awal musim kemarau.',
    ]);
    assert.equal(a.dateline?.place, 'Dompu');
    assert.equal(a.outlet, 'Kabar Dompu');
  });

  test('"Drs" without its full stop and "S.Pd.SD" are stripped from the speaker\'s name', () => {
    const a = analyse([
      'Sekolah Rusak Diterjang Angin',
      'SINTANG - Kepala Dinas Pendidikan, Drs Yohanes Lawing MSi, meninjau sekolah itu.',
      '',
      '"Kami perbaiki tahun depan," kata Yohanes.',
      '',
      'Kepala sekolah, Theresia Ina, S.Pd.SD, mengatakan murid belajar di aula. "Anak-anak tetap datang," ucapnya.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Yohanes Lawing');
    assert.equal(a.quotes[1]?.speaker, 'Theresia Ina');
  });

  test('a river ("Wai …"), a fault ("Sesar …") and an "… Ekspres" paper are no persons', () => {
    const a = analyse([
      'Warga Bantaran Sungai Diminta Waspada',
      'AMBON - Warga di bantaran Wai Ruhu diminta waspada, kata Kepala BPBD, Markus Latumahina.',
      '',
      'Gempa itu dipicu Sesar Lawanopo, kata Markus kepada Maluku Ekspres.',
    ]);
    assert.deepEqual(names(a), ['Markus Latumahina']);
  });

  test('a name\'s last letter written "y" once and "i" later is one person', () => {
    const a = analyse([
      'Nelayan Tidak Melaut karena Ombak Tinggi',
      'TERNATE - Ketua kelompok nelayan, Rusdy Hamisi, mengatakan anggotanya memperbaiki jaring.',
      '',
      '"Perahu kecil tidak bisa lawan ombak," ujar Rusdi kepada wartawan.',
    ]);
    assert.deepEqual(names(a), ['Rusdy Hamisi']);
    assert.equal(a.quotes[0]?.speaker, 'Rusdy Hamisi');
    // Any other last letter is another name ("Rina", "Rini"): two persons.
    const other = analyse([
      'Dua Guru Terima Penghargaan',
      'TERNATE - Guru SD, Rina Hamisi, menerima penghargaan bersama Rini yang mengajar di pulau seberang.',
    ]);
    assert.equal(other.people.some((p) => p.name === 'Rina Hamisi' && p.aliases.includes('Rini')), false);
  });
});
