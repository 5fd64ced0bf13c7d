/**
 * The body's words as readBody reads them: one list of tokens for all body lines, the hash the
 * scan works out for most words, and one word-table entry per token, found by that hash and
 * compared in place. What the shortcuts give must be what the plain path gives: the same tokens
 * as tokenize line by line, hashes equal to wordHash of the word, entries identical to the table's own.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import type { LineRole } from '../../../src/core/model';
import { tokenize, tokenizeInto, type Token } from '../../../src/core/people/nameTokens';
import { readBody } from '../../../src/core/people/peopleFinder';
import { MATCH_DOT, MATCH_UNREAD, nextToken, scanned, wordHash } from '../../../src/core/people/wordScan';
import { wordTable, type WordInfo } from '../../../src/core/people/wordTable';
import { attributionLexicon, nameLexicon } from '../../../src/core/quotes/quoteData';
import { articleText } from '../fuzz/articleArbitrary';

const lang = getLanguage('id');
const lex = nameLexicon(lang);

const table = wordTable(lex, attributionLexicon(lang).pronouns);
/** The language without its inline "read also" cue, and the word table readBody reads it with. */
const langWithoutInlineRelated = { ...lang, people: { ...lang.people, gluedRelatedLabels: [] } };
const tableWithoutInlineRelated = wordTable(nameLexicon(langWithoutInlineRelated), attributionLexicon(langWithoutInlineRelated).pronouns);

/** tokenizeInto over `lines`, each read in place in the lines joined by line breaks, into one list, with each token's table entry. */
function intoOneList(lines: readonly string[], lineBreak = '\n'): { tokens: Token[]; words: WordInfo[] } {
  const text = lines.join(lineBreak);
  const tokens: Token[] = [];
  const words: WordInfo[] = [];
  let start = 0;
  for (const line of lines) {
    tokenizeInto(tokens, text, start, start + line.length, 0, lex, { table, words });
    start += line.length + lineBreak.length;
  }
  return { tokens, words };
}

/** The hash the scan gives each match it read itself and hashed (no dot, ASCII, no handle), with the match. */
function scanHashes(text: string): { word: string; hash: number }[] {
  const out: { word: string; hash: number }[] = [];
  for (let at = nextToken(text, 0); at >= 0; at = nextToken(text, scanned.end)) {
    if ((scanned.seen & (MATCH_DOT | MATCH_UNREAD)) === 0 && scanned.hash !== 0) out.push({ word: text.slice(at, scanned.end), hash: scanned.hash });
  }
  return out;
}

/** tokenize line by line, each line at its offset in the joined text. */
function lineByLine(lines: readonly string[], lineBreak = '\n'): Token[] {
  let start = 0;
  return lines.flatMap((line) => {
    const tokens = tokenize(line, start, lex);
    start += line.length + lineBreak.length;
    return tokens;
  });
}

const SHAPES = [
  'Bupati Budi Santoso menegaskan hal itu.',
  'Harga Rp2.000 naik, kata H. Ahmad, S.H., M.Si. kemarin.',
  'tersangkapembunuhanSatria ditangkap di JakartaVidio.',
  'Pasangan Ganjar Pranowo-Mahfud MD datang ke Undang-Undang.',
  'Akun @polri.id menulis: Jum’at pagi Café José buka.',
  'MotoGP.Poin bertambah; itu.. selesai!',
  '“Kami siap,” ujar Kapolsek AKBP Joharmen (45).',
];

suite('people: the body read into one list', () => {
  test('one list for all lines holds what tokenize gives line by line, glued words and name pairs cut as before', () => {
    const { tokens, words } = intoOneList(SHAPES);
    assert.deepEqual(tokens, lineByLine(SHAPES));
    assert.deepEqual(intoOneList(SHAPES, '\r\n').tokens, lineByLine(SHAPES, '\r\n'));
    assert.equal(words.length, tokens.length);
    tokens.forEach((t, i) => assert.strictEqual(words[i], table.info(t.text), t.text));
    assert.ok(tokens.some((t) => t.text === 'Satria'), 'the glued word is cut');
    assert.ok(tokens.some((t) => t.text === 'Mahfud'), 'the name pair is cut');
  });

  test('a hash the scan gives is the word’s own wordHash; plain ASCII words all get one', () => {
    for (const line of SHAPES) for (const { word, hash } of scanHashes(line)) assert.equal(hash, wordHash(word), word);
    assert.deepEqual(
      scanHashes('Bupati Budi Santoso menegaskan hal itu').map((x) => x.word),
      ['Bupati', 'Budi', 'Santoso', 'menegaskan', 'hal', 'itu'],
      'no dot, no non-ASCII letter: the scan knows every hash',
    );
    assert.deepEqual(
      scanHashes('Rp2.000 H. itu.').map((x) => x.word),
      [],
      'a word scanned with a dot may be cut: hashed again from its text',
    );
  });

  test('a word met before takes the table’s string; its entry is found in place, the first time and again', () => {
    const first = intoOneList(['Wartawan Sukamaju menulis berita']);
    const again = intoOneList(['menulis berita Wartawan Sukamaju']);
    assert.strictEqual(again.words[0], first.words[2]);
    assert.strictEqual(again.words[3], first.words[1]);
    assert.deepEqual(again.tokens.map((t) => t.text), ['menulis', 'berita', 'Wartawan', 'Sukamaju']);
    // Found by its hash in place in a longer text; a word of the same hash and length but other characters is not it.
    const slot = table.slotIn('di Sukamaju.', 3, 11, wordHash('Sukamaju'));
    assert.ok(slot >= 0);
    assert.equal(table.keyAt(slot), 'Sukamaju');
    assert.strictEqual(table.valueAt(slot), first.words[1]);
    assert.equal(table.slotIn('di Sukamajo.', 3, 11, wordHash('Sukamaju')), -1);
    assert.equal(table.slotIn('di Sukamaj.', 3, 10, wordHash('Sukamaju')), -1);
  });

  test('a dot stays with a listed word (also one in lower case) or an initial, and ends the clause after any other word', () => {
    const read = tokenize('Ia bertemu dr. Rina dan drg. Sari, M. Yusuf, S.H. di situ. Lalu itu .', 0, lex).map((t) => [t.text, t.endsClause]);
    assert.deepEqual(read, [
      ['Ia', false],
      ['bertemu', false],
      ['dr.', false],
      ['Rina', false],
      ['dan', false],
      ['drg.', false],
      ['Sari', false],
      ['M.', false],
      ['Yusuf', false],
      ['S.H.', false],
      ['di', false],
      ['situ', true],
      ['Lalu', false],
      ['itu', true],
    ]);
  });

  test('property: on random articles, the lines read in place give tokenize’s tokens, scan hashes equal wordHash and readBody’s entries are the table’s', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const lines = text.split('\n');
        const { tokens, words } = intoOneList(lines);
        assert.deepEqual(tokens, lineByLine(lines));
        tokens.forEach((t, i) => assert.strictEqual(words[i], table.info(t.text), t.text));
        for (const line of lines) for (const { word, hash } of scanHashes(line)) assert.equal(hash, wordHash(word), word);
        const article = parseArticle(text);
        const roles: LineRole[] = article.lines.map(() => 'body');
        // Without the language's inline "read also" cue: readBody then reads every token of a body line, as tokenize does
        // (the fragment a cue opens is left out on purpose; heldoutRound76.test.ts holds that to its articles).
        const body = readBody(article, roles, langWithoutInlineRelated);
        assert.equal(body.words.length, body.tokens.length);
        assert.deepEqual(body.tokens, article.lines.flatMap((l) => tokenize(article.text.slice(l.start, l.end), l.start, lex)));
        body.tokens.forEach((t, i) => assert.strictEqual(body.words[i], tableWithoutInlineRelated.info(t.text), t.text));
      }),
      { numRuns: 200 },
    );
  });

  test('readBody notes capitalised words and connectors as run words, and the tokens of the dateline’s place in any case', () => {
    const article = parseArticle('Ahmad bin Abdullah tiba di sukamaju, kata warga Sukamaju.');
    const body = readBody(article, ['body'], lang, 'SUKAMAJU');
    assert.ok(lex.connectors.has('bin'));
    assert.deepEqual(
      body.runWordIndices.map((i) => body.tokens[i]?.text),
      ['Ahmad', 'bin', 'Abdullah', 'Sukamaju'],
    );
    assert.deepEqual(body.datelinePlaceWords, ['sukamaju', 'Sukamaju']);
  });

  test('property: the run words and the dateline place’s words noted in readBody’s one pass are the plain loops’ over the tokens', () => {
    fc.assert(
      fc.property(articleText, fc.nat(), fc.boolean(), (text, pick, upper) => {
        const article = parseArticle(text);
        const roles: LineRole[] = article.lines.map(() => 'body');
        const plainWords = article.lines.flatMap((l) => tokenize(article.text.slice(l.start, l.end), l.start, lex)).map((t) => t.text);
        // A place of one or two of the article's own words, as a dateline writes it (often in capitals).
        const chosen = plainWords.length === 0 ? 'Sukamaju' : `${plainWords[pick % plainWords.length]}, ${plainWords[(pick * 7 + 3) % plainWords.length]}`;
        const place = upper ? chosen.toUpperCase() : chosen;
        const body = readBody(article, roles, lang, place);
        const expectedRunWords = body.tokens.flatMap((_, i) => (body.words[i]?.capitalized === true || body.words[i]?.wordClass === 'connector' ? [i] : []));
        assert.deepEqual(body.runWordIndices, expectedRunWords);
        const forms = [...new Set(place.toLowerCase().split(/[\s,]+/u))].map((w) => table.info(w));
        const expectedPlaceWords = body.tokens.filter((_, i) => forms.some((f) => f === body.words[i]?.lowerForm)).map((t) => t.text);
        assert.deepEqual(body.datelinePlaceWords, expectedPlaceWords);
        assert.deepEqual(readBody(article, roles, lang).datelinePlaceWords, [], 'no dateline, no place words');
      }),
      { numRuns: 200 },
    );
  });
});
