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
import { opensSentence } from '../../../src/core/people/nameRuns';
import { spacesCollapsed } from '../../../src/core/people/nameTokens';
import { readBody } from '../../../src/core/people/peopleFinder';
import { holdsAll, PersonRegistry, spelledNear } from '../../../src/core/people/personRegistry';
import { followedBy, type RunFollower } from '../../../src/core/people/runFollowers';
import { GLUE, mayBeGlued, mayBePair, splitNamePairs } from '../../../src/core/people/wordSplits';
import type { Token } from '../../../src/core/people/nameTokens';

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

  const FIELDS = ['verb', 'age', 'paren', 'alias', 'nickname', 'softAlias', 'softAliasTitled', 'calledAlias', 'calledAsPerson'] as const;
  const read = (f: RunFollower, field: (typeof FIELDS)[number]): unknown => f[field];

  /** After a name: the shapes followedBy reads (verbs, ages, brackets, alias phrases), in random order. */
  const afterName = fc
    .array(fc.constantFrom(' menegaskan', ' (45)', ' (Jokowi)', ' atau Cika', ' atau Kang Cika,', ' yang akrab disapa Zulhas', ' alias Wanda', ' dan', ' Santoso', ',', '.', ' rumahnya', ' itu', '\u00A0', ' \u2013 '), { maxLength: 5 })
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

  test('property: the registry’s word matches, written as loops, answer as their plain readings', () => {
    // Near spellings need words of four letters or more one edit apart: a small alphabet makes them common. One-word
    // names of seven letters or more are near only with a letter doubled or not, so pairs are also made that way.
    const nameWord = fc.array(fc.constantFrom('a', 'b', 'i', 'n'), { minLength: 1, maxLength: 9 }).map((xs) => xs.join(''));
    const withinOneEdit = (a: string, b: string): boolean => {
      // The plain Levenshtein distance, cut at 1.
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]! <= 1;
    };
    // One letter of the longer word, beside the same letter, taken out gives the shorter one.
    const doubledApart = (a: string, b: string): boolean => {
      const [long, short] = a.length > b.length ? [a, b] : [b, a];
      if (short.length < 7) return false;
      return [...long].some((c, i) => (c === long[i - 1] || c === long[i + 1]) && long.slice(0, i) + long.slice(i + 1) === short);
    };
    const plainNear = (f: string[], words: string[]): boolean =>
      f.length === 1 && words.length === 1
        ? doubledApart(f[0]!, words[0]!)
        : f.length === words.length && f.every((w, k) => (words[k] ?? '').length >= 4 && withinOneEdit(w, words[k] ?? '')) && f.some((w, k) => w === words[k]);
    const independent = fc.tuple(fc.array(nameWord, { maxLength: 4 }), fc.array(nameWord, { maxLength: 4 }));
    // The same word with one of its letters written twice, or a word against itself.
    const oneWordPair = fc.tuple(nameWord, fc.nat(), fc.boolean()).map(([w, at, twice]): [string[], string[]] => {
      const i = at % w.length;
      return [[w], [twice ? w.slice(0, i + 1) + w.slice(i) : w]];
    });
    fc.assert(
      fc.property(fc.oneof(independent, oneWordPair), ([f, words]) => {
        assert.equal(holdsAll(words, f), f.every((w) => words.includes(w)));
        assert.equal(spelledNear(f, words), plainNear(f, words), JSON.stringify([f, words]));
        assert.equal(spelledNear(words, f), plainNear(words, f), JSON.stringify([words, f]));
      }),
      { numRuns: 3000 },
    );
  });

  /** Word shapes around glued words and name pairs: capitals, lower-case runs, dots, hyphens, a few non-ASCII letters. */
  const splitWord = fc.array(fc.constantFrom('a', 'bc', 'defgh', 'X', 'Yz', 'Q', '.', '-', 'é', 'Ö', '\u2019', '1'), { minLength: 1, maxLength: 9 }).map((xs) => xs.join(''));
  const asciiOnly = (w: string): boolean => [...w].every((c) => c.charCodeAt(0) < 128);

  test('property: a word mayBeGlued says no to has no GLUE match, and for ASCII words it says yes exactly when GLUE matches', () => {
    fc.assert(
      fc.property(splitWord, (w) => {
        GLUE.lastIndex = 0;
        const matches = GLUE.test(w);
        GLUE.lastIndex = 0;
        if (!mayBeGlued(w)) assert.equal(matches, false, w);
        if (asciiOnly(w)) assert.equal(mayBeGlued(w), matches, w);
      }),
      { numRuns: 5000 },
    );
  });

  test('property: a word mayBePair says no to is never cut between capitalised neighbours', () => {
    const at = (text: string, start: number): Token => ({ text, start, end: start + text.length, endsClause: false });
    fc.assert(
      fc.property(splitWord, (w) => {
        const tokens = [at('Budi', 0), at(w, 5), at('Santoso', 6 + w.length)];
        if (!mayBePair(w)) assert.strictEqual(splitNamePairs(tokens), tokens, w);
      }),
      { numRuns: 5000 },
    );
  });

  test('property: opensSentence is the sentence-opening gap pattern tested on the slice', () => {
    const gap = fc.array(fc.constantFrom(' ', '  ', '-', ' - ', '\t-\u00A0', '\u2009-\u3000', '\v-\f', '\n', '"', '\u201C', '\u201D', '(', ')', '\u2013', '\u2014', '.', '!', '?', ',', ':', 'a', '\u200B', '\uD83D\uDE00', '\uD800'), { maxLength: 8 }).map((xs) => xs.join(''));
    const pattern = /[\n"\u201C\u201D(\u2013\u2014.!?]|\s-\s/u;
    fc.assert(
      fc.property(gap, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        assert.equal(opensSentence(text, from, to), pattern.test(text.slice(from, to)), JSON.stringify(text.slice(from, to)));
      }),
      { numRuns: 5000 },
    );
  });

  test('property: a name added joins the person find, then find by prefix, gives before the add; a new person only when neither does', () => {
    const nameWord = fc.constantFrom('Budi', 'Bud', 'Budiman', 'Santoso', 'Santosa', 'Ani', 'Anita', 'Rahmat', 'Rahmad', 'Hera', 'Heran', 'Nugrahayu', 'bin', 'Bu');
    const seg = fc.record({ words: fc.array(nameWord, { minLength: 1, maxLength: 3 }), accept: fc.boolean() });
    fc.assert(
      fc.property(fc.array(seg, { maxLength: 25 }), (segs) => {
        const registry = new PersonRegistry();
        segs.forEach(({ words, accept }, i) => {
          const expected = registry.find(words) ?? registry.find(words, true);
          const mentions = expected?.spans.length ?? 0;
          const persons = registry.people().length;
          registry.add({ words, start: 10 * i, end: 10 * i + 5, honorific: null, role: null, lastInRun: true, afterNonName: false, beforeHonorific: false, sentenceInitial: false }, null, accept);
          if (expected) assert.equal(expected.spans.length, mentions + 1, words.join(' '));
          assert.equal(registry.people().length, persons + (expected === null && accept ? 1 : 0), words.join(' '));
        });
      }),
      { numRuns: 1000 },
    );
  });
});
