/**
 * Lines written in title case (src/core/people/titleCaseLines.ts): two capitalised common words in a slogan or a
 * subheading are no person; a role still names one there, and a list of names is no slogan.
 */
import * as assert from 'node:assert/strict';
import { analyse, names } from '../generalisation/analyse';

suite('people: lines written in title case', () => {
  test('a slogan in title case names no person by the shape of its last two words', () => {
    const a = analyse([
      'Pemkab Sukamaju Ingatkan ASN Jaga Netralitas',
      '',
      'SUKAMAJU - Seluruh aparatur diminta menjaga kejujuran dan kesetiaan selama tahapan pilkada berlangsung.',
      '',
      '“Kejujuran dan Kesetiaan adalah Modal Dasar”.',
      '',
      'Sekretaris Daerah Sukamaju Rahmat Hidayat menyampaikan pesan itu di hadapan ratusan pegawai.',
    ]);
    const found = names(a);
    assert.ok(!found.includes('Modal Dasar'), found.join(', '));
    assert.ok(found.includes('Rahmat Hidayat'), found.join(', '));
  });

  test('a role in a title-case subheading still names its holder', () => {
    const a = analyse([
      'Pasar Baru Sukamaju Diresmikan',
      '',
      'SUKAMAJU - Pasar baru di pusat kota diresmikan pada pekan lalu.',
      '',
      'Pesan Bupati Yusuf Hamdani kepada Para Pedagang',
      '',
      'Para pedagang diminta menjaga kebersihan pasar.',
    ]);
    assert.ok(names(a).includes('Yusuf Hamdani'), names(a).join(', '));
  });

  test('a line naming persons after a capitalised label is no slogan: most of its capitalised words are names', () => {
    const a = analyse([
      'Tim Voli Putri Sukamaju Juara Porprov',
      '',
      'SUKAMAJU - Tim voli putri Sukamaju menjadi juara pekan olahraga provinsi setelah menang di final.',
      '',
      'Pemain Terbaik: Dewi Lestari dan Ratna Anggraini',
      '',
      'Pelatih tim juga memuji para pemain muda.',
    ]);
    const found = names(a);
    for (const person of ['Dewi Lestari', 'Ratna Anggraini']) assert.ok(found.includes(person), `${person} not in ${found.join(', ')}`);
  });
});
