/**
 * Sentences and paragraphs glued by a scraper that dropped the break between them ("… cuaca.Hujan
 * deras …", "kata Agus.Ia menambahkan"): the dot ends the sentence (src/core/people/gluedSentenceEnd.ts),
 * while titles, place words and degrees written with their dot, numbers, initials and web addresses
 * stay whole. Articles written for this test.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeText } from '../../../src/core/analyze';
import { getLanguage } from '../../../src/core/lang/language';
import { isAbbreviation, isGluedSentenceDot } from '../../../src/core/people/gluedSentenceEnd';
import { tokenize, type Token } from '../../../src/core/people/nameTokens';
import { nameLexicon } from '../../../src/core/quotes/quoteData';

const lex = nameLexicon(getLanguage('id'));
const words = (s: string): string[] => tokenize(s, 0, lex).map((t) => t.text);
const token = (tokens: readonly Token[], text: string): Token => {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `${text} in ${JSON.stringify(tokens.map((x) => x.text))}`);
  return t;
};

/**
 * One article, paragraphs apart or glued as the scraper saves them: a paragraph that ends a
 * sentence runs into the next when that one opens with a word (bench/format-invariance.mjs's "glued").
 */
const PARAGRAPHS = [
  'Banjir Rendam Tiga Desa di Lembah Hijau',
  'LEMBAH HIJAU - Banjir merendam tiga desa di Kecamatan Sukamaju sejak Senin pagi. Warga mengungsi ke balai desa.',
  '"Air naik cepat sekali, kami tidak sempat menyelamatkan barang," kata Agus Salim.',
  'Ia menambahkan, bantuan logistik sudah datang dari posko di Jl.Sudirman.',
  'Camat Sukamaju, Drs.Budi Hartono, M.Si, mengatakan dua perahu karet dikerahkan sejak pagi.',
  '"Kami siaga dua puluh empat jam di lokasi," ujar Mindriati Kolo.',
  'Di lokasi, H.Ahmad Fauzi membagikan 2.000 nasi bungkus kepada pengungsi.',
  'Di pengungsian, Sutarno (74) dan istrinya, Painem (71), menata tikar untuk cucu mereka.',
  '"Kalau di rumah saja badan malah sakit semua," kata Sutarno sambil tertawa.',
  'Painem langsung menimpali dari sudut balai.',
  '"Dia itu kalau sehari tidak ke sawah, malamnya tidak bisa tidur," ujarnya.',
  '"Anak-anak sudah dua hari tidak sekolah," kata seorang guru dengan suara bergetar.',
  'Guru itu adalah Maria Goreti Seran (41), honorer di SD Inpres Sukamaju.',
];
const spaced = PARAGRAPHS.join('\n\n') + '\n';
const glued = spaced.replace(/([.!?])\n\s*\n(?=\p{Lu}\p{Ll})/gu, '$1');

suite('people: glued sentences', () => {
  test('a glued sentence end cuts the word at its dot and ends a clause; offsets are the text’s', () => {
    const text = 'kata Agus.Ia menambahkan, hujan reda pukul 10.00.Warga pulang tahun 2025.Direktur datang';
    const tokens = tokenize(text, 0, lex);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ['kata', 'Agus', 'Ia', 'menambahkan', 'hujan', 'reda', 'pukul', '10', '00', 'Warga', 'pulang', 'tahun', '2025', 'Direktur', 'datang'],
    );
    assert.equal(token(tokens, 'Agus').endsClause, true);
    assert.equal(token(tokens, '2025').endsClause, true);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });

  test('titles and place words glued to a name keep their dot and end no clause; degrees, numbers, initials and addresses stay whole', () => {
    for (const [title, name] of [['Dr.', 'Budi'], ['Drs.', 'Budi'], ['H.', 'Ahmad'], ['Ir.', 'Joko'], ['Kab.', 'Bogor'], ['Jl.', 'Sudirman'], ['Kec.', 'Sukamaju']] as const) {
      const tokens = tokenize(`kantor ${title}${name} di sana`, 0, lex);
      assert.deepEqual(tokens.map((t) => t.text), ['kantor', title, name, 'di', 'sana']);
      assert.equal(token(tokens, title).endsClause, false, title);
    }
    assert.deepEqual(words('Hani Lestari, S.Pd datang'), ['Hani', 'Lestari', 'S.Pd', 'datang']);
    assert.deepEqual(words('Rina, M.Si hadir'), ['Rina', 'M.Si', 'hadir']);
    // A number is cut at a dot before a digit, as before; no glued sentence end is read in it.
    assert.deepEqual(words('harga Rp2.000.000 per ikat'), ['harga', 'Rp2', '000', '000', 'per', 'ikat']);
    assert.deepEqual(words('oleh A.B. Santoso'), ['oleh', 'A.B', 'Santoso']);
    assert.deepEqual(words('dikutip Liputan6.com dan kabar.Banten.com kemarin'), ['dikutip', 'Liputan6.com', 'dan', 'kabar.Banten.com', 'kemarin']);
  });

  test('an article whose paragraphs are glued reads the same speakers and people as with its blank lines', () => {
    const read = (text: string) => {
      const a = analyzeText(text).analysis;
      return { speakers: a.quotes.map((q) => q.speaker), people: a.people.map((p) => p.name).sort() };
    };
    assert.ok(glued.includes('Agus Salim.Ia menambahkan') && glued.includes('tertawa.Painem'));
    const apart = read(spaced);
    assert.deepEqual(apart.speakers, ['Agus Salim', 'Mindriati Kolo', 'Sutarno', 'Painem', 'Maria Goreti Seran']);
    assert.deepEqual(read(glued), apart);
    for (const name of ['Agus Salim', 'Budi Hartono', 'Mindriati Kolo', 'Ahmad Fauzi']) assert.ok(read(glued).people.includes(name), name);
  });

  /** isGluedSentenceDot's char-table scan against its rules written as regexes. */
  function plainGluedDot(text: string, dot: number): boolean {
    if (!/^\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 3))) return false;
    if (/^\p{Lu}\p{Ll}\p{L}*\.\p{L}/u.test(text.slice(dot + 1))) return false;
    if (/@[\p{L}0-9_]+$/u.test(text.slice(0, dot))) return true;
    const run = /[\p{L}0-9]*$/u.exec(text.slice(0, dot))?.[0] ?? '';
    if (!/[\p{Ll}0-9]$/u.test(run) || (run.length < 3 && !/[0-9]$/u.test(run))) return false;
    const start = dot - run.length;
    const chain = /(?:\p{L}+\.)*$/u.exec(text.slice(0, start))?.[0] ?? '';
    if (isAbbreviation(text.slice(start, dot + 1), lex)) return false;
    if (chain !== '' && (isAbbreviation(chain + text.slice(start, dot + 1), lex) || /\.\p{Ll}/u.test(chain + run.slice(0, 1)))) return false;
    return true;
  }

  const piece = fc.constantFrom('Agus', 'ia', 'Ia', 'Di', '.', ' ', '2025', '10', 'é', 'Édi', 'kab', 'Kab', 'dr', 'Sos', 'S', 'com', 'ß', 'Ωmega', '-', '\n', 'x', '@', '_', 'BMKG');
  const texts = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(''));

  test('property: isGluedSentenceDot answers as its rules read by regexes, at every dot', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) assert.equal(isGluedSentenceDot(text, i, lex), plainGluedDot(text, i), `${JSON.stringify(text)} at ${i}`);
      }),
      { numRuns: 3000 },
    );
  });

  test('property: tokens point into the text, and none holds a glued sentence end', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const t of tokenize(text, 0, lex)) {
          assert.equal(text.slice(t.start, t.end), t.text);
          for (let i = t.text.indexOf('.'); i >= 0; i = t.text.indexOf('.', i + 1)) assert.equal(isGluedSentenceDot(text, t.start + i, lex), false, `${JSON.stringify(text)}: ${t.text}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
