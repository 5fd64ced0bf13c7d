/**
 * The letter-literal automaton finds exactly the literals a case-insensitive regex finds, and the
 * word counter, stepping it along its own pass, finds the same.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildLetterAutomaton, findLetterLiterals } from '../../../src/core/boilerplate/letterAutomaton';
import { readWords, readWordsIn } from '../../../src/core/structure/wordCounts';
import { getLanguage } from '../../../src/core/lang/language';

const literals = ['google', 'whatsapp', 'klik', 'lalu', 'ilustrasi', 'riset', 'research', 'set', 'searchable', 'aa', 'aab'];
const automaton = buildLetterAutomaton(literals.map((word, i) => ({ word, bits: 1 << i })));
const byRegex = (text: string) => literals.reduce((bits, word, i) => (new RegExp(word, 'i').test(text) ? bits | (1 << i) : bits), 0);

const text = fc
  .array(fc.constantFrom('goo', 'gle', 'GOOGLE', 'Whats', 'App', 'kl', 'ik', 'lalu', 'riset', 'RESEARCH', 'aaab', 'ſet', 'K', 'ılustrasi', 'ilustrasi', ' ', '-', '’', '.', '/', '(', ')', 'é', '9', '\u00a0'), { maxLength: 20 })
  .map((p) => p.join(''));

suite('letter automaton', () => {
  test('finds the literals a case-insensitive regex finds, overlapping ones included', () => {
    fc.assert(fc.property(text, (t) => assert.equal(findLetterLiterals(automaton, t), byRegex(t), JSON.stringify(t))), { numRuns: 5000 });
    assert.equal(findLetterLiterals(automaton, 'RESEARCHABLE'), byRegex('RESEARCHABLE'));
  });

  test('the word counter finds them in its own pass', () => {
    const stopwords = getLanguage('id').stopwords;
    fc.assert(fc.property(text, (t) => assert.equal(readWords(t, stopwords, Infinity, automaton).letters, findLetterLiterals(automaton, t), JSON.stringify(t))), { numRuns: 5000 });
  });

  test('a literal with anything but ASCII letters is refused', () => {
    assert.throws(() => buildLetterAutomaton([{ word: 'co.id', bits: 1 }]));
  });
});

suite('letter automaton past the word limit', () => {
  test('letters read on past the counts limit are the whole line\'s, and only on lines within the letter limit', () => {
    const stopwords = getLanguage('id').stopwords;
    const words = fc.array(fc.constantFrom('goo', 'gle', 'lalu', ' ', '  ', 'a b', 'RISET', 'ilustrasi'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(words, fc.nat(6), fc.nat(12), (t, limit, extra) => {
        const r = readWordsIn(t, 0, t.length, stopwords, limit, automaton, Infinity, true, limit + extra);
        assert.equal(r.lettersComplete, !r.long || r.rough <= limit + extra, JSON.stringify(t));
        if (r.lettersComplete) assert.equal(r.letters, findLetterLiterals(automaton, t), JSON.stringify(t));
        assert.equal(r.rough, readWords(t, stopwords, Infinity).rough, JSON.stringify(t));
      }),
      { numRuns: 5000 },
    );
  });
});
