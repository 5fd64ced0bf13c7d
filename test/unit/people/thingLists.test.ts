/**
 * Lists of things (src/core/people/thingLists.ts): in a list most of whose items are shown to be clubs, companies,
 * agencies or places, the items with nothing of their own are things too; a list with a title, a role or an age in it
 * is a list of people.
 */
import * as assert from 'node:assert/strict';
import { analyse, names } from '../generalisation/analyse';

suite('people: lists of things', () => {
  test('unmarked clubs in a list of clubs are no persons, even after "yaitu"; the person after the list is', () => {
    const a = analyse([
      'Undian Liga Konferensi Eropa Digelar Jumat',
      '',
      'JAKARTA - Undian babak 16 besar Liga Konferensi Eropa akan digelar Jumat (14/3/2025).',
      '',
      'Delapan tim sudah memastikan tempat, yaitu Aston Villa, Real Sociedad, Feyenoord Rotterdam, Olympique Lyon, dan Sporting Lisboa.',
      '',
      'Pengamat sepak bola Hendra Wijayakusuma menilai peluang wakil Inggris paling besar.',
    ]);
    const found = names(a);
    for (const club of ['Aston Villa', 'Feyenoord Rotterdam', 'Real Sociedad', 'Olympique Lyon', 'Sporting Lisboa']) assert.ok(!found.includes(club), `${club} in ${found.join(', ')}`);
    assert.ok(found.includes('Hendra Wijayakusuma'), found.join(', '));
  });

  test('a hyphenated club with its short form in brackets is one item of the list', () => {
    const a = analyse([
      'Klub Prancis Borong Pemain Muda',
      '',
      'PARIS - Lima klub mengincar pemain muda itu: Aston Villa, Paris Saint-Germain (PSG), Olympique Lyon, Real Betis, dan Nottingham Forest.',
    ]);
    const found = names(a);
    for (const club of ['Aston Villa', 'Paris Saint', 'Paris Saint-Germain', 'Nottingham Forest']) assert.ok(!found.includes(club), `${club} in ${found.join(', ')}`);
  });

  test('a list of persons with an institution or two in it keeps its persons', () => {
    const a = analyse([
      'Warga Gotong Royong Bersihkan Sungai',
      '',
      'SUKAMAJU - Kerja bakti membersihkan sungai diikuti Budi Santoso, Rina Marlina, Ahmad Fauzi, dan perwakilan Bank Sukamaju.',
      '',
      'Donasi datang dari Dedi Kurniawan, Siti Rahayu, PT Tirta Makmur, dan Bank Sukamaju.',
    ]);
    const found = names(a);
    for (const person of ['Budi Santoso', 'Rina Marlina', 'Ahmad Fauzi', 'Dedi Kurniawan', 'Siti Rahayu']) assert.ok(found.includes(person), `${person} not in ${found.join(', ')}`);
  });

  test('a list with roles in it is a list of people, whatever institutions it names', () => {
    const a = analyse([
      'Peresmian Pasar Rakyat Sukamaju',
      '',
      'SUKAMAJU - Peresmian dihadiri Yusuf Hamdani, Kapolres AKBP Dedi Kurnia, Bank Sukamaju, PT Tirta Makmur, dan Koperasi Maju Bersama.',
    ]);
    assert.ok(names(a).includes('Yusuf Hamdani'), names(a).join(', '));
  });
});
