import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../src/core/analyze';
import { compileUserPatterns } from '../../../src/core/userRules/userBoilerplatePatterns';

suite('user boilerplate patterns', () => {
  test('compile, match case-insensitively anywhere in the trimmed line, keep kind and reason', () => {
    const { patterns, errors } = compileUserPatterns([{ pattern: '^ikuti kami di', kind: 'promo', reason: 'our promo' }]);
    assert.deepEqual(errors, []);
    assert.equal(patterns[0]?.test('IKUTI KAMI DI Instagram'), true);
    assert.equal(patterns[0]?.test('Warga ikuti kami di sini'), false);
    assert.equal(patterns[0]?.kind, 'promo');
  });

  test('refuse what RE2 cannot run, unknown kinds and empty patterns, with the reason', () => {
    const { patterns, errors } = compileUserPatterns([{ pattern: '(a)\\1' }, { pattern: '(?<=x)y' }, { pattern: 'x', kind: 'nonsense' }, { pattern: '' }]);
    assert.equal(patterns.length, 0);
    assert.deepEqual(errors.map((e) => e.index), [0, 1, 2, 3]);
    assert.match(errors[0]!.message, /invalid escape/);
    assert.match(errors[2]!.message, /unknown kind "nonsense"/);
  });

  test('a catastrophic-backtracking pattern returns on a long line (RE2 is linear)', () => {
    const { patterns } = compileUserPatterns([{ pattern: '^(a+)+$' }, { pattern: '(x|x)*y' }]);
    const line = 'a'.repeat(200_000) + '!';
    assert.equal(patterns[0]?.test(line), false);
    assert.equal(patterns[1]?.test('x'.repeat(200_000)), false);
  });

  test('the engine marks matching lines as boilerplate with the user rule, leaving the headline alone', () => {
    const { patterns } = compileUserPatterns([{ pattern: 'dukung kami', kind: 'promo' }]);
    const text = 'Judul Berita Dukung Kami\n\nWarga berkumpul di balai desa pada Senin pagi.\n\nDukung kami lewat donasi\n';
    const { analysis } = analyzeText(text, { userPatterns: patterns });
    const hit = analysis.boilerplate.find((b) => b.line === 4);
    assert.equal(hit?.rule, 'user:0');
    assert.equal(hit?.kind, 'promo');
    assert.equal(analysis.lineRoles[4], 'boilerplate');
    assert.equal(analysis.lineRoles[0], 'headline');
  });
});
