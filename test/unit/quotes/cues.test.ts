import * as assert from 'node:assert/strict';
import { analyse, analyseFixture, quoteStarting } from './helpers';

suite('quotes: cue forms', () => {
  test('a cue before the quote ("Menurut Dedi: \\"…\\"") names the speaker', () => {
    const r = analyseFixture('polsek.txt');
    const q = quoteStarting(r, 'Keduanya sudah');
    assert.ok(q?.cue);
    assert.equal(q.cue.position, 'before');
    assert.equal(q.speaker, 'Dedi Kurniawan');
  });

  test('a role written in lower case ("kata kapolsek itu") resolves to the person who holds it', () => {
    const r = analyseFixture('polsek.txt');
    const q = quoteStarting(r, 'Kami sudah mengecek');
    assert.equal(q?.speaker, 'Dedi Kurniawan');
    assert.equal(q?.resolution, 'role');
  });

  test('a short phrase after a naming word ("sebagai \\"pemain lama\\"") is not a quotation', () => {
    const r = analyseFixture('polsek.txt');
    assert.equal(quoteStarting(r, 'pemain lama'), undefined);
    assert.equal(r.quotes.length, 2);
  });

  test('"Name menegaskan, \\"…\\"" and "\\"…,\\" Name menambahkan." both attribute to the named person', () => {
    const r = analyse('Judul\n\nKetua RW Slamet Riyadi menegaskan, "Semua warga wajib ikut kerja bakti hari Minggu pagi."\n\n"Yang tidak ikut akan kami catat," Slamet menambahkan.\n');
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Slamet Riyadi', 'Slamet Riyadi']);
    assert.equal(r.quotes[0]?.cue?.position, 'before');
    assert.equal(r.quotes[1]?.cue?.position, 'after');
  });

  test('a quote with no cue goes to the last one named as speaking', () => {
    const r = analyse('Judul\n\nCamat Ningsih Rahayu mengatakan pasar akan dibuka pekan depan.\n\n"Semua kios sudah siap dan listrik sudah menyala sejak kemarin sore."\n');
    assert.equal(r.quotes[0]?.speaker, 'Ningsih Rahayu');
    assert.equal(r.quotes[0]?.resolution, 'context');
  });
});

suite('people: context words', () => {
  test('initials with an age or after "berinisial" are persons; "X atau Y" gives Y as another name', () => {
    const r = analyseFixture('polsek.txt');
    const names = r.people.map((p) => p.name);
    assert.ok(names.includes('FR') && names.includes('MA'), JSON.stringify(names));
    assert.deepEqual(r.people.find((p) => p.name === 'Warsini')?.aliases, ['Sini']);
    assert.equal(names.includes('Sini'), false);
  });

  test('a role, a comma, then a ranked name: the role is that person\'s; places and things are not persons', () => {
    const r = analyseFixture('polsek.txt');
    assert.equal(r.people.find((p) => p.name === 'Dedi Kurniawan')?.role, 'Kapolsek Karangsari');
    const names = r.people.map((p) => p.name);
    for (const notAPerson of ['Honda Vario', 'Tegal Rejo', 'Pasar Karangsari', 'Karangsari']) assert.equal(names.includes(notAPerson), false, notAPerson);
  });

  test('"X dan Y": a lone name joined to a person is a person', () => {
    const r = analyseFixture('polsek.txt');
    assert.ok(r.people.some((p) => p.name === 'Darto'));
  });
});

suite('quotes: titles at a paragraph start', () => {
  test('a capitalised title opening a paragraph is not a quotation; a spoken sentence there is', () => {
    const r = analyse('Judul\n\n"Malam Pertama" tayang setiap Jumat di layanan streaming.\n\n"Kami senang sekali," kata Rina Oktaviani.\n');
    assert.deepEqual(r.quotes.map((q) => q.text), ['"Kami senang sekali,"']);
  });
});

suite('quotes: honorifics in cues', () => {
  test('"ujar dr. Rina Wulandari": a lower-case honorific before the name', () => {
    const r = analyse('Judul\n\n"Vaksin aman untuk anak-anak," ujar dr. Rina Wulandari di puskesmas.\n');
    assert.equal(r.quotes[0]?.speaker, 'Rina Wulandari');
  });
});
