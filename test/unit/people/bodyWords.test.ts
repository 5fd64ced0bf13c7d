/**
 * The body's words as readBody reads them: one list of tokens for all body lines, the hash the
 * scan works out for most words, and one word-table entry per token. What the shortcuts give must
 * be what the plain path gives: the same tokens as tokenize line by line, hashes equal to
 * wordHash of the token's text, entries identical to the table's own.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import type { LineRole } from '../../../src/core/model';
import { tokenize, tokenizeInto, type Token } from '../../../src/core/people/nameTokens';
import { readBody } from '../../../src/core/people/peopleFinder';
import { wordHash } from '../../../src/core/people/wordScan';
import { wordTable } from '../../../src/core/people/wordTable';
import { attributionLexicon, nameLexicon } from '../../../src/core/quotes/quoteData';
import { articleText } from '../fuzz/articleArbitrary';

const lang = getLanguage('id');
const lex = nameLexicon(lang);

/** tokenizeInto over `lines`, each read in place in the lines joined by line breaks, into one list, with hashes. */
function intoOneList(lines: readonly string[], lineBreak = '\n'): { tokens: Token[]; hashes: number[] } {
  const text = lines.join(lineBreak);
  const tokens: Token[] = [];
  const hashes: number[] = [];
  let start = 0;
  for (const line of lines) {
    tokenizeInto(tokens, text, start, start + line.length, 0, lex, hashes);
    start += line.length + lineBreak.length;
  }
  return { tokens, hashes };
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
    const { tokens, hashes } = intoOneList(SHAPES);
    assert.deepEqual(tokens, lineByLine(SHAPES));
    assert.deepEqual(intoOneList(SHAPES, '\r\n').tokens, lineByLine(SHAPES, '\r\n'));
    assert.equal(hashes.length, tokens.length);
    assert.ok(tokens.some((t) => t.text === 'Satria'), 'the glued word is cut');
    assert.ok(tokens.some((t) => t.text === 'Mahfud'), 'the name pair is cut');
  });

  test('a hash the scan gives is the word’s own wordHash; plain ASCII words all get one', () => {
    const { tokens, hashes } = intoOneList(SHAPES);
    tokens.forEach((t, i) => {
      const h = hashes[i] ?? 0;
      if (h !== 0) assert.equal(h, wordHash(t.text), t.text);
    });
    const plain = intoOneList(['Bupati Budi Santoso menegaskan hal itu']);
    assert.ok(plain.hashes.every((h) => h !== 0), 'no dot, no non-ASCII letter: the scan knows every hash');
    const dotted = intoOneList(['Rp2.000 H. itu.']);
    assert.deepEqual(dotted.tokens.map((t) => t.text), ['Rp2', '000', 'H.', 'itu']);
    assert.deepEqual(dotted.hashes, [0, wordHash('000'), 0, 0], 'a word scanned with a dot may be cut: hashed again from its text');
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
    const table = wordTable(lex, attributionLexicon(lang).pronouns);
    fc.assert(
      fc.property(articleText, (text) => {
        const lines = text.split('\n');
        const { tokens, hashes } = intoOneList(lines);
        assert.deepEqual(tokens, lineByLine(lines));
        tokens.forEach((t, i) => {
          const h = hashes[i] ?? 0;
          if (h !== 0) assert.equal(h, wordHash(t.text), t.text);
        });
        const article = parseArticle(text);
        const roles: LineRole[] = article.lines.map(() => 'body');
        const body = readBody(article, roles, lang);
        assert.equal(body.words.length, body.tokens.length);
        body.tokens.forEach((t, i) => assert.strictEqual(body.words[i], table.info(t.text), t.text));
      }),
      { numRuns: 200 },
    );
  });
});
