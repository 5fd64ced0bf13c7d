/**
 * A run of capitalised words over a blank line (nameRuns.ts): a scrape may cut a sentence, and a name, between two
 * paragraphs; a paragraph that opens with a role or a common word starts anew.
 */
import * as assert from 'node:assert/strict';
import { analyse, names } from '../generalisation/analyse';

suite('people: names and paragraph breaks', () => {
  test('a name cut by a blank line is one name', () => {
    const a = analyse([
      'Bupati Minta Warga Jaga Kebersihan',
      '',
      'SUKAMAJU - Menjelang musim hujan, Bupati Sukamaju Rahmat',
      '',
      'Hidayat meminta warga membersihkan saluran air di lingkungan masing-masing.',
    ]);
    assert.ok(names(a).includes('Rahmat Hidayat'), names(a).join(', '));
  });

  test('a name closing a paragraph without a full stop does not take the next paragraph’s role', () => {
    const a = analyse([
      'Tim Voli Sukamaju Juara',
      '',
      'SUKAMAJU - Penghargaan pemain terbaik diberikan kepada Dewi Lestari dan Ratna Anggraini',
      '',
      'Pelatih tim, Agus Salim, memuji para pemain muda.',
      '',
      'Korban terakhir ditemukan warga Ruteng',
      '',
      'Koordinator Pos SAR Sukamaju, I Made Wirata, mengatakan pencarian dihentikan.',
    ]);
    const people = a.people.map((p) => `${p.name} / ${p.role ?? '-'}`);
    assert.ok(people.includes('Ratna Anggraini / -'), people.join('; '));
    assert.ok(people.includes('I Made Wirata / Koordinator Pos SAR Sukamaju'), people.join('; '));
  });
});
