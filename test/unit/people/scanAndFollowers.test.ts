import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import type { LineRole } from '../../../src/core/model';
import { tokenize } from '../../../src/core/people/nameTokens';
import { readBody } from '../../../src/core/people/peopleFinder';
import { followedBy } from '../../../src/core/people/runFollowers';
import { MATCH_DOT, MATCH_HYPHEN, MATCH_INNER_CAPITAL, MATCH_UNREAD, nextToken, scanned } from '../../../src/core/people/wordScan';
import { nameLexicon } from '../../../src/core/quotes/quoteData';

const lang = getLanguage('id');
const lex = nameLexicon(lang);
const words = (s: string): string[] => tokenize(s, 0, lex).map((t) => t.text);

/** The words nextToken finds in `text`, each with what the scan saw in it. */
function scan(text: string): { word: string; seen: number }[] {
  const out: { word: string; seen: number }[] = [];
  for (let at = nextToken(text, 0); at >= 0; at = nextToken(text, scanned.end)) out.push({ word: text.slice(at, scanned.end), seen: scanned.seen });
  return out;
}

suite('people: word scanner', () => {
  test('ASCII words are scanned with what they hold; anything else is the token regex\'s', () => {
    assert.deepEqual(scan('kata Budi-Santoso, S.H. iPhone'), [
      { word: 'kata', seen: 0 },
      { word: 'Budi-Santoso', seen: MATCH_HYPHEN | MATCH_INNER_CAPITAL },
      { word: 'S.H.', seen: MATCH_DOT | MATCH_INNER_CAPITAL },
      { word: 'iPhone', seen: MATCH_INNER_CAPITAL },
    ]);
    assert.deepEqual(scan('José Sánchez'), [
      { word: 'José', seen: MATCH_UNREAD },
      { word: 'Sánchez', seen: MATCH_UNREAD },
    ]);
    assert.deepEqual(scan('@polri.id menulis'), [
      { word: '@polri.id', seen: MATCH_DOT },
      { word: 'menulis', seen: 0 },
    ]);
  });

  test('curly quotes, dashes and bullets start no word; letters and digits outside ASCII do', () => {
    assert.deepEqual(words('\u201CKami siap\u201D \u2013 ujarnya \u2022 \u00A0Ölçek ٣ 名前'), ['Kami', 'siap', 'ujarnya', 'Ölçek', '٣', '名前']);
  });

  test('a dot inside a word before anything but a letter ends it there, and like a final dot is dropped; a title keeps it', () => {
    assert.deepEqual(words('Rp2.000 itu.. Budi. dr. Ani'), ['Rp2', '000', 'itu', 'Budi', 'dr.', 'Ani']);
    assert.deepEqual(words('M.Si. dan S.H datang'), ['M.Si.', 'dan', 'S.H', 'datang']);
    const tokens = tokenize('Budi. dr. Ani', 0, lex);
    assert.deepEqual(
      tokens.map((t) => [t.text, t.endsClause]),
      [
        ['Budi', true],
        ['dr.', false],
        ['Ani', false],
      ],
    );
  });
});

/** What follows the first run of capitals in a one-line body. */
function after(line: string): ReturnType<typeof followedBy> {
  const article = parseArticle(`Judul\n\n${line}\n`);
  const roles: LineRole[] = article.lines.map((l) => (l.index === 2 ? 'body' : l.index === 0 ? 'headline' : 'blank'));
  const body = readBody(article, roles, lang);
  const run = body.runs[0];
  assert.ok(run, `no run in ${line}`);
  return followedBy(body, run, article.text);
}

suite('people: what follows a run', () => {
  test('a verb, an age, a nickname in brackets, another name after "atau", a name it goes by', () => {
    assert.equal(after('kemudian Budi Santoso menegaskan hal itu.').verb, true);
    assert.equal(after('kemudian Budi Santoso rumahnya jauh.').verb, false);
    assert.equal(after('kemudian Budi Santoso (45) datang.').age, true);
    const nick = after('kemudian Joko Widodo (Jokowi) datang.');
    assert.equal(nick.nickname, 'Jokowi');
    assert.equal(nick.age, false);
    assert.equal(after('kemudian Siska Oktavia atau Cika berusia muda.').softAlias, 'Cika');
    assert.equal(after('kemudian Siska Oktavia dan Cika berusia muda.').softAlias, null, '"dan" is no soft alias marker');
    assert.equal(after('kemudian Zulkifli Hasan yang akrab disapa Zulhas datang.').calledAlias, 'Zulhas');
  });

  test('the bracket patterns are still tried when a non-ASCII space or character comes first', () => {
    assert.equal(after('kemudian Joko Widodo\u00A0(Jokowi) datang.').nickname, 'Jokowi');
    assert.equal(after('kemudian Siska Oktavia\u00A0atau Cika berusia muda.').softAlias, 'Cika');
    assert.equal(after('kemudian Budi Santoso \u2013 datang.').paren, false);
  });
});
