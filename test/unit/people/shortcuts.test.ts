/**
 * The people pass's speed shortcuts against the plain readings they replace: the same answers on
 * random input. Each shortcut here is checked on strings built to hit its edge cases (runs of
 * spaces, tabs, no-break and other Unicode spaces; followers read in any order).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import type { LineRole } from '../../../src/core/model';
import { spacesCollapsed } from '../../../src/core/people/nameTokens';
import { readBody } from '../../../src/core/people/peopleFinder';
import { followedBy, type RunFollower } from '../../../src/core/people/runFollowers';

const lang = getLanguage('id');

/** Letters, punctuation and every kind of space the engine meets. */
const piece = fc.constantFrom('Budi', 'a', 'Kota', ',', '.', ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u2009', '\u3000', '\v', '\f', '\u200B', 'é', '(', '45', ')');
const spaced = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));

suite('people: speed shortcuts against their plain readings', () => {
  test('property: spacesCollapsed is slice and replace(/\\s+/gu, " ")', () => {
    fc.assert(
      fc.property(spaced, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        assert.equal(spacesCollapsed(text, from, to), text.slice(from, to).replace(/\s+/gu, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  const FIELDS = ['verb', 'age', 'paren', 'alias', 'nickname', 'softAlias', 'calledAlias', 'calledAsPerson'] as const;
  const read = (f: RunFollower, field: (typeof FIELDS)[number]): unknown => f[field];

  /** After a name: the shapes followedBy reads (verbs, ages, brackets, alias phrases), in random order. */
  const afterName = fc
    .array(fc.constantFrom(' menegaskan', ' (45)', ' (Jokowi)', ' atau Cika', ' yang akrab disapa Zulhas', ' alias Wanda', ' dan', ' Santoso', ',', '.', ' rumahnya', ' itu', '\u00A0', ' \u2013 '), { maxLength: 5 })
    .map((xs) => xs.join(''));

  test('property: a follower read lazily, fields in any order, answers as one whose fields are all read at once', () => {
    fc.assert(
      fc.property(afterName, fc.shuffledSubarray([...FIELDS]), (tail, order) => {
        const article = parseArticle(`Judul\n\nkemudian Budi Santoso${tail} datang.\n`);
        const roles: LineRole[] = article.lines.map((l) => (l.index === 2 ? 'body' : l.index === 0 ? 'headline' : 'blank'));
        const body = readBody(article, roles, lang);
        const run = body.runs[0];
        assert.ok(run);
        const eager = followedBy(body, run, article.text);
        const all = FIELDS.map((f) => read(eager, f));
        const lazy = followedBy(body, run, article.text);
        for (const f of order) assert.deepEqual(read(lazy, f), all[FIELDS.indexOf(f)], f);
        assert.deepEqual(FIELDS.map((f) => read(lazy, f)), all);
      }),
      { numRuns: 500 },
    );
  });
});
