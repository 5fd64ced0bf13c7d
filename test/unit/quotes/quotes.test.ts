import * as assert from 'node:assert/strict';
import { getLanguage, type LanguageData } from '../../../src/core/lang/language';
import { parseArticle } from '../../../src/core/article/article';
import { findQuotesAndPeople } from '../../../src/core/quotes/quotes';
import { analyse, analyseFixture, fixtureText, quoteStarting, simpleStructure } from './helpers';

suite('quotes: spans', () => {
  test('a quote left open at a paragraph end runs on, across a boilerplate line, to its closing mark', () => {
    const r = analyseFixture('netralitas.txt');
    const q = quoteStarting(r, 'Saya minta semua pegawai');
    assert.ok(q, 'the multi-paragraph quote is found');
    const text = r.article.text;
    assert.equal(q.span.start, text.indexOf('“Saya minta'));
    assert.equal(q.span.end, text.indexOf('jelas,”') + 'jelas,”'.length, 'ends just past the closing mark');
    assert.ok(q.text.includes('Baca Juga'), 'the boilerplate line stays inside the span');
    assert.equal(q.closed, true);
  });

  test('mismatched marks: “…" and a closing mark used as an opener', () => {
    const r = analyseFixture('netralitas.txt');
    const mixed = quoteStarting(r, 'Kami akan mengawasi');
    assert.ok(mixed);
    assert.ok(mixed.text.startsWith('“') && mixed.text.endsWith('"'));
    const reversed = quoteStarting(r, 'Laporan dari warga');
    assert.ok(reversed);
    assert.ok(reversed.text.startsWith('”') && reversed.text.endsWith('”'));
  });

  test('scare quotes around a name or title are not quotations; a quote inside a boilerplate line is not listed', () => {
    const r = analyseFixture('netralitas.txt');
    assert.equal(quoteStarting(r, 'Sukamaju Cerdas'), undefined);
    assert.equal(quoteStarting(r, 'Pasar Baru'), undefined);
    assert.equal(r.quotes.length, 5);
    const names = analyseFixture('names.txt');
    assert.equal(quoteStarting(names, 'Si Gesit'), undefined);
  });

  test('a short phrase is a quotation when its sentence reports speech', () => {
    const r = analyseFixture('names.txt');
    const q = quoteStarting(r, 'tidak akan mundur');
    assert.ok(q);
    assert.equal(q.speaker, 'Ahmad Fauzi Ramadhan');
  });

  test('a quote that never closes ends at the reporting cue inside its paragraph or at the paragraph end', () => {
    const r = analyseFixture('unclosed.txt');
    assert.equal(r.quotes.length, 2);
    const [first, second] = r.quotes;
    assert.ok(first && second);
    assert.equal(first.closed, false);
    assert.ok(first.text.endsWith('menunggu,'), `bounded at the cue: ${first.text}`);
    assert.equal(first.speaker, 'Siti Aminah');
    assert.equal(second.closed, false);
    assert.ok(second.text.endsWith('ke depan'), `bounded at its paragraph: ${second.text}`);
    assert.ok(!second.text.includes('Pemerintah'), 'does not swallow the following paragraphs');
  });

  test('a quote glued to the sentence before it opens there (`membantahnya."Enggak ada," tegas dia.`)', () => {
    const r = analyse('Judul\n\nMenteri Sukri Wibowo membantahnya."Enggak ada," tegas dia.\n');
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0]?.text, '"Enggak ada,"');
    assert.equal(r.quotes[0]?.speaker, 'Sukri Wibowo');
  });

  test('a closing mark glued to its cue without an opener makes no quote', () => {
    const r = analyse('Judul\n\nMereka menjual motor itu kepada Darto di pasar,”jelasnya.\n');
    assert.equal(r.quotes.length, 0);
  });
});

suite('quotes: speakers', () => {
  test('-nya cues resolve to the last one named; short names to the full name; roles to their holder; accounts speak', () => {
    const r = analyseFixture('netralitas.txt');
    const by = (w: string) => quoteStarting(r, w);
    assert.equal(by('Saya minta')?.speaker, 'Rahmat Hidayat');
    assert.equal(by('Saya minta')?.resolution, 'pronoun');
    assert.equal(by('Camat harus')?.speaker, 'Rahmat Hidayat');
    assert.equal(by('Camat harus')?.cue?.speakerText, 'Rahmat');
    assert.equal(by('Camat harus')?.resolution, 'alias');
    assert.equal(by('Kami akan')?.speaker, 'Dewi Lestari');
    assert.equal(by('Laporan dari')?.speaker, 'Dewi Lestari');
    assert.equal(by('Laporan dari')?.resolution, 'role');
    assert.equal(by('Mari jaga')?.speaker, '@infoSukamaju');
  });

  test('the cue records its verb, its span and the speaker as written', () => {
    const r = analyseFixture('netralitas.txt');
    const q = quoteStarting(r, 'Camat harus');
    assert.ok(q?.cue);
    assert.equal(q.cue.verb, 'tegas');
    assert.equal(r.article.text.slice(q.cue.span.start, q.cue.span.end), 'tegas Rahmat');
    assert.equal(q.cue.position, 'after');
  });

  test('a named cue with a common noun names nobody: the speaker is null', () => {
    const r = analyse('Judul\n\nBupati Sutrisno Adi datang ke desa itu. "Mau ketemu siapa?" tanya perekam video itu.\n');
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0]?.speaker, null);
  });

  test('the verbs come from the language data: without "ujar" in the data, "ujarnya" is no cue', () => {
    const id = getLanguage('id');
    const noUjar: LanguageData = { ...id, attribution: { ...id.attribution, verbs: id.attribution.verbs.filter((v) => !v.startsWith('ujar')) } };
    const article = parseArticle('Judul\n\nKepala Desa Mulyo Raharjo datang.\n\nKami tidak tahu, kata warga.\n\n"Air sudah surut sejak pagi tadi dan jalan bisa dilewati lagi," ujarnya.\n');
    const withVerb = findQuotesAndPeople(article, id, simpleStructure(article));
    const without = findQuotesAndPeople(article, noUjar, simpleStructure(article));
    assert.equal(withVerb.quotes[0]?.cue?.verb, 'ujarnya');
    assert.equal(without.quotes[0]?.cue, null);
  });

  test('English data: the same engine reads an English article', () => {
    const r = analyseFixture('english.txt', 'en');
    assert.equal(r.quotes.length, 2, 'the scare-quoted operation name is not a quote');
    assert.equal(r.quotes[0]?.speaker, 'Helen Carter');
    assert.equal(r.quotes[1]?.speaker, 'Helen Carter');
    assert.equal(r.quotes[1]?.resolution, 'pronoun');
    assert.deepEqual(r.people.map((p) => p.name), ['Helen Carter']);
    assert.equal(r.people[0]?.role, 'Mayor');
  });
});

suite('quotes: pathological input', () => {
  test('a 100 KB line and 10,000 unmatched quote marks give well-formed output', () => {
    const longLine = 'Kata '.repeat(20_000);
    const marks = '“ '.repeat(10_000) + '\n' + '" x'.repeat(10_000) + '\n' + '”a'.repeat(10_000);
    // Long runs of the forms the name reader looks back or ahead over: role conjunctions, ages, degrees, lower-case honorifics.
    const runs = ['Kepala Dinas ' + 'Kelautan dan '.repeat(20_000) + 'Budi mengatakan.', 'Sutrisno ' + '(60) '.repeat(20_000) + 'berharap.', 'Budi ' + 'S.Pi., '.repeat(20_000) + 'mengatakan.', 'dr '.repeat(20_000) + 'Budi'];
    for (const text of [`Judul\n\n${longLine}\n`, `Judul\n\n${marks}\n`, `Judul\n\n“${longLine}\n\n${longLine}”\n`, ...runs.map((r) => `Judul\n\n${r}\n`)]) {
      const r = analyse(text);
      for (const q of r.quotes) {
        assert.ok(q.span.start >= 0 && q.span.end <= r.article.text.length && q.span.start < q.span.end);
        assert.equal(typeof q.closed, 'boolean');
      }
      assert.ok(Array.isArray(r.people));
    }
  });

  test('fixture texts are read from disk', () => {
    assert.ok(fixtureText('netralitas.txt').length > 100);
  });
});
