/**
 * Forms met in held-out round sixty-four (test/fixtures/heldout/README.md: h544–h553, pages dense with names that are
 * no persons: state firms, fuels, programmes, rice varieties, ships, storms, airlines, prizes), each fixed by language
 * data and checked here on a further short article written for the test, with the person beside them that must stay.
 */
import * as assert from 'node:assert/strict';
import { analyse, names } from './analyse';

suite('names that are no persons (round sixty-four)', () => {
  test('a variety, a fuel type, a barge, a storm and an airline named like a person are things', () => {
    const a = analyse([
      'Petani Brebes Tanam Padi Baru Usai Badai',
      'BREBES - Petani Desa Kluwut mulai menanam padi varietas Situ Patenggang dan membeli solar jenis Dexlite setelah Siklon Tropis Melati menjauh, Senin (30/11/2026).',
      'Pupuk dikirim dengan tongkang Bahari Jaya dan kapal TB Samudra Indah. Benih cabai Cap Kapal Terbang laris, sementara penyuluh datang naik Super Air dari Jakarta.',
      'Ketua kelompok tani, Sarwono, mengatakan panen tahun ini akan lebih baik. "Air sudah cukup," katanya.',
    ]);
    const found = names(a);
    for (const thing of ['Situ Patenggang', 'Dexlite', 'Tropis Melati', 'Melati', 'Bahari Jaya', 'Samudra Indah', 'Kapal Terbang', 'Super Air']) {
      assert.ok(!found.includes(thing), `${thing}: ${found.join(', ')}`);
    }
    assert.ok(found.includes('Sarwono'), found.join(', '));
  });

  test('a programme, a law\'s title and a prize named with capitals are not persons', () => {
    const a = analyse([
      'Lulusan Kartu Prakerja Buka Usaha Katering',
      'SLEMAN - Sebanyak 40 lulusan Kartu Prakerja membuka usaha katering, Selasa (1/12/2026). Usaha mereka diatur dalam undang-undang tentang Minyak dan Gas Bumi serta meraih Anugerah Bung Karno.',
      'Pendamping usaha, Hj. Siti Maryam, mengatakan pesanan terus bertambah. "Kami kewalahan," ujarnya.',
    ]);
    const found = names(a);
    for (const thing of ['Kartu Prakerja', 'Prakerja', 'Minyak', 'Gas Bumi', 'Anugerah Bung Karno']) {
      assert.ok(!found.includes(thing), `${thing}: ${found.join(', ')}`);
    }
    assert.ok(found.includes('Siti Maryam'), found.join(', '));
  });
});
