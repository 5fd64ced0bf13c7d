import * as assert from 'node:assert/strict';
import { getLanguage } from '../../../src/core/lang/language';
import { tokenize } from '../../../src/core/people/nameTokens';
import { PersonRegistry } from '../../../src/core/people/personRegistry';
import { nameLexicon } from '../../../src/core/quotes/quoteData';
import { analyse, analyseFixture } from '../quotes/helpers';

const person = (r: ReturnType<typeof analyse>, name: string) => r.people.find((p) => p.name === name);

suite('people', () => {
  test('body persons with roles; honorifics and degrees stripped from the name, kept as an alias', () => {
    const r = analyseFixture('names.txt');
    const bupati = person(r, 'Ahmad Fauzi Ramadhan');
    assert.ok(bupati, JSON.stringify(r.people.map((p) => p.name)));
    assert.ok(bupati.aliases.includes('H. Ahmad Fauzi Ramadhan'));
    assert.match(bupati.role ?? '', /Bupati Sukarame/);
    const sekda = person(r, 'Wahyu Pratama');
    assert.ok(sekda);
    assert.equal(sekda.role, 'Sekretaris Daerah');
  });

  test('a misspelt form joins the person; a name split over two lines is one name', () => {
    const r = analyseFixture('names.txt');
    assert.ok(person(r, 'Ahmad Fauzi Ramadhan')?.aliases.includes('Ahmad Fausi Ramadhan'));
    const budi = person(r, 'Budi Santoso');
    assert.ok(budi);
    assert.ok(budi.aliases.includes('Budi'));
    assert.equal(r.people.length, 3, JSON.stringify(r.people.map((p) => p.name)));
  });

  test('a role before a comma and a name is that person\'s role; places and scare-quoted titles are not persons', () => {
    const r = analyseFixture('netralitas.txt');
    assert.deepEqual(r.people.map((p) => p.name).sort(), ['Agus Salim', 'Dewi Lestari', 'Rahmat Hidayat']);
    assert.equal(person(r, 'Agus Salim')?.role, 'Kepala Dinas Kominfo Sukamaju');
    assert.equal(person(r, 'Rahmat Hidayat')?.role, 'Wali Kota Sukamaju');
  });

  test('a name only in a boilerplate line is not a person of the body', () => {
    const r = analyse('Judul\n\nBaca Juga : Hendra Kusuma Terpilih Jadi Ketua\n\nWarga berkumpul di balai desa sejak pagi.\n');
    assert.equal(r.people.length, 0);
  });

  test('"X alias Y" and "X (Y)" give one person with both names', () => {
    const r = analyse('Judul\n\nPolisi menangkap Rudi Hartono alias Gondrong (31) di rumahnya. Gubernur Wira Santika (Wira) ikut hadir.\n');
    const rudi = person(r, 'Rudi Hartono');
    assert.ok(rudi);
    assert.ok(rudi.aliases.includes('Gondrong'));
    assert.equal(r.people.some((p) => p.name === 'Gondrong'), false);
  });

  test('tokens: glued words and name pairs joined by a hyphen are cut; degrees keep their dots', () => {
    const lex = nameLexicon(getLanguage('id'));
    const words = (s: string) => tokenize(s, 0, lex).map((t) => t.text);
    assert.deepEqual(words('tersangkaSatria Johanda'), ['tersangka', 'Satria', 'Johanda']);
    assert.deepEqual(words('Ganjar Pranowo-Mahfud MD'), ['Ganjar', 'Pranowo', 'Mahfud', 'MD']);
    assert.deepEqual(words('klub Paris Saint-Germain kalah'), ['klub', 'Paris', 'Saint-Germain', 'kalah']);
    assert.deepEqual(words('Hani, S.H. datang.'), ['Hani', 'S.H.', 'datang']);
  });

  test('registry: short forms, prefixes and one-edit spellings resolve to the full name', () => {
    const reg = new PersonRegistry();
    const seg = (words: string[]) => ({ words, start: 0, end: 1, honorific: null, role: 'Camat Mulyo', lastInRun: true, afterNonName: false, beforeHonorific: false, sentenceInitial: false });
    reg.add(seg(['Benyamin', 'Davnie']), null, true);
    assert.equal(reg.resolve(['Benyamin'], [])?.name, 'Benyamin Davnie');
    assert.equal(reg.resolve(['Ben'], [])?.name, 'Benyamin Davnie');
    assert.equal(reg.resolve(['Benyamen', 'Davnie'], [])?.name, 'Benyamin Davnie');
    assert.equal(reg.resolve([], ['Camat', 'Mulyo'])?.by, 'role');
    assert.equal(reg.resolve(['Siti'], []), null);
  });
});

suite('people: roles with institutions and datelines', () => {
  test('"Kepala BPS Sukamaju Siti Rohani": the branch\'s place goes to the role, the name stays whole', () => {
    const r = analyse('Judul\n\nMenurut Kepala BPS Sukamaju Siti Rohani, angka kemiskinan turun. "Ini capaian bersama," katanya.\n');
    assert.deepEqual(r.people.map((p) => [p.name, p.role]), [['Siti Rohani', 'Kepala BPS Sukamaju']]);
    assert.equal(r.quotes[0]?.speaker, 'Siti Rohani');
  });

  test('a word after a dateline\'s dash opens a sentence: "SUKAMAJU - Rapat digelar" names no one', () => {
    const r = analyse('Judul\n\nSUKAMAJU - Rapat digelar di gedung dewan sejak pagi.\n');
    assert.equal(r.people.length, 0);
  });

  test('"Ketua DPRD Kota Sukamaju, H. Ahmad Fauzi, SH,": role by apposition, honorific alias, degree dropped', () => {
    const r = analyse('Judul\n\n"Kami siap mengawal anggaran ini sampai tuntas," kata Ketua DPRD Kota Sukamaju, H. Ahmad Fauzi, SH, kepada wartawan.\n');
    assert.equal(r.quotes[0]?.speaker, 'Ahmad Fauzi');
    const p = r.people[0];
    assert.equal(p?.name, 'Ahmad Fauzi');
    assert.equal(p?.role, 'Ketua DPRD Kota Sukamaju');
    assert.ok(p?.aliases.includes('H. Ahmad Fauzi'));
  });
});
