/**
 * Aliases and nicknames (stop 18): a person written with a nickname and a full name is one person, named by the fullest
 * form (FORMAT.md), with the titled nickname and its bare form as aliases; a speaker cue naming any of them names the
 * person. Short articles written for these tests; each rule has a counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse } from '../quotes/helpers';

type Result = ReturnType<typeof analyse>;
const names = (r: Result): string[] => r.people.map((p) => p.name);
const person = (r: Result, name: string) => r.people.find((p) => p.name === name);
const speakers = (r: Result): (string | null)[] => r.quotes.map((q) => q.speaker);

/** A headline, a blank line, then the paragraphs, each followed by a blank line. */
const article = (...paragraphs: string[]): string => ['Warga Gotong Royong Bersihkan Saluran', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

suite('alias and nickname leftovers (stop 18)', () => {
  test('an untitled full name after "alias" is the name; the titled nickname before it an alias; a cue by its first word finds them', () => {
    const r = analyse(article(
      'Ketua karang taruna, Mas Bejo alias Darmawan Saputra, memimpin kerja bakti di saluran desa pada Minggu pagi.',
      '"Saluran ini tersumbat sejak musim hujan," kata Darmawan.',
    ));
    assert.deepEqual(names(r), ['Darmawan Saputra'], JSON.stringify(r.people));
    assert.ok(person(r, 'Darmawan Saputra')?.aliases.includes('Mas Bejo'));
    assert.deepEqual(speakers(r), ['Darmawan Saputra']);
  });

  test('one longer word after "alias" opening with the short name is the name ("Cak Dul alias Dulkamid")', () => {
    const r = analyse(article(
      'Penjaga pintu air, Cak Dul alias Dulkamid (47), mengaku sudah dua hari tidak tidur. "Air naik terus sejak malam," ucapnya.',
    ));
    assert.deepEqual(names(r), ['Dulkamid'], JSON.stringify(r.people));
    assert.ok(person(r, 'Dulkamid')?.aliases.includes('Cak Dul'));
    assert.deepEqual(speakers(r), ['Dulkamid']);
  });

  test('counter-case: an unrelated one-word nickname after "alias" stays an alias of the name written first', () => {
    const r = analyse(article('Penjaga pintu air, Sukirman alias Gendut (47), mengaku sudah dua hari tidak tidur.'));
    assert.deepEqual(names(r), ['Sukirman'], JSON.stringify(r.people));
    assert.ok(person(r, 'Sukirman')?.aliases.includes('Gendut'));
  });

  test('a titled nickname after "alias" is kept whole and bare ("Pak Kirno", "Kirno"), not as its title alone', () => {
    const r = analyse(article(
      'Petani setempat, Sukirno alias Pak Kirno (58), melihat air meluap sekitar pukul 02.00.',
      'Menurut Kirno, saluran itu belum pernah dikeruk sejak tahun lalu.',
    ));
    assert.deepEqual(names(r), ['Sukirno'], JSON.stringify(r.people));
    const aliases = person(r, 'Sukirno')?.aliases ?? [];
    assert.ok(aliases.includes('Pak Kirno') && aliases.includes('Kirno'), JSON.stringify(aliases));
    assert.ok(!aliases.includes('Pak'), JSON.stringify(aliases));
  });

  test('initials with a titled nickname after "alias" keep the whole nickname', () => {
    const r = analyse(article('Polisi menangkap dua pemuda berinisial TW (23) dan BR alias Daeng Lolo (30), warga Pangkep.'));
    assert.deepEqual(names(r), ['TW', 'BR'], JSON.stringify(r.people));
    assert.ok(person(r, 'BR')?.aliases.includes('Daeng Lolo'), JSON.stringify(r.people));
  });

  test('"ujar pria yang akrab disapa A Seng ini" after a quotation: the nickname sharing a name word joins that person', () => {
    const r = analyse(article(
      'Pemilik toko kelontong, Lie Kim Seng, mengaku omzetnya turun separuh sejak jalan ditutup.',
      '"Pembeli tidak bisa parkir, jadi mereka belanja di tempat lain," ujar pria yang akrab disapa A Seng ini.',
    ));
    assert.deepEqual(names(r), ['Lie Kim Seng'], JSON.stringify(r.people));
    assert.ok(person(r, 'Lie Kim Seng')?.aliases.includes('A Seng'));
  });

  test('counter-case: a one-letter first word with no pointing word after it still names a new person', () => {
    const r = analyse(article(
      'Pemilik toko kelontong, Lie Kim Seng, mengaku omzetnya turun.',
      'Seorang pedagang yang akrab disapa A Liong juga mengeluh.',
    ));
    assert.deepEqual(names(r), ['Lie Kim Seng', 'A Liong'], JSON.stringify(r.people));
  });

  test('"yang di kalangan … dikenal dengan panggilan Mas Tole": a nickname of the person, not a second person', () => {
    const r = analyse(article(
      '"Kami akan buka kelas gratis tiap akhir pekan," kata Prasetyo, yang di kalangan pegiat literasi dikenal dengan panggilan Mas Tole.',
    ));
    assert.deepEqual(names(r), ['Prasetyo'], JSON.stringify(r.people));
    assert.ok(person(r, 'Prasetyo')?.aliases.includes('Mas Tole'));
  });

  test('a name spelled with "iy" and with "i" is one person ("Supriyadi", "Supriadi"); another name stays apart', () => {
    const r = analyse(article(
      '"Karung pasir sudah siap," kata Supriyadi, ketua panitia kerja bakti.',
      '"Warga datang sejak subuh," ujar Supriadi lagi.',
    ));
    assert.deepEqual(names(r), ['Supriyadi'], JSON.stringify(r.people));
    assert.deepEqual(speakers(r), ['Supriyadi', 'Supriyadi']);
    const two = analyse(article(
      '"Karung pasir sudah siap," kata Supriyadi, ketua panitia kerja bakti.',
      '"Warga datang sejak subuh," ujar Suryadi, ketua RT.',
    ));
    assert.deepEqual(names(two), ['Supriyadi', 'Suryadi'], JSON.stringify(two.people));
  });

  test('"RD (29)" in a list of suspects is initials, not a title', () => {
    const r = analyse(article('Polisi menetapkan dua tersangka berinisial KS (40) selaku pemilik gudang dan RD (29) sebagai kurir.'));
    assert.deepEqual(names(r), ['KS', 'RD'], JSON.stringify(r.people));
  });

  test('"tutur Romo Yus" after "Romo Yunus Wega": a short name behind the same title, its letters in a name word, is that person', () => {
    const r = analyse(article(
      'Pastor paroki, Romo Yunus Wega, meminta umat ikut membersihkan saluran.',
      '"Saluran yang bersih mencegah banjir dan penyakit," tutur Romo Yus.',
    ));
    assert.deepEqual(names(r), ['Yunus Wega'], JSON.stringify(r.people));
    assert.deepEqual(speakers(r), ['Yunus Wega']);
  });

  test('counter-case: two persons sharing a word stay two; a titled short name fitting neither title stays apart', () => {
    const r = analyse(article(
      'Pastor paroki, Romo Yunus Wega, dan Kepala Desa Agus Wega meninjau saluran.',
      '"Saluran yang bersih mencegah banjir," kata Pak Yus.',
    ));
    assert.ok(names(r).includes('Yunus Wega') && names(r).includes('Agus Wega'), JSON.stringify(r.people));
    assert.ok(!person(r, 'Yunus Wega')?.aliases.includes('Pak Yus'), JSON.stringify(r.people));
  });

  test('"Ahmad Santosa atau Acok," is one person with the nickname; "atau" between two full names keeps both', () => {
    const r = analyse(article('Pedagang di Pasar Baru, Ahmad Santosa atau Acok, mengaku pembeli mulai berkurang.'));
    assert.deepEqual(names(r), ['Ahmad Santosa'], JSON.stringify(r.people));
    assert.ok(person(r, 'Ahmad Santosa')?.aliases.includes('Acok'));
    const two = analyse(article('Undangan bisa diambil pada Ketua RT Bambang Sutejo atau Sekretaris RT Lilis Marlina di pos ronda.'));
    assert.ok(names(two).includes('Bambang Sutejo') && names(two).includes('Lilis Marlina'), JSON.stringify(two.people));
  });
});
