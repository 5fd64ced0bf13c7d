import * as assert from 'node:assert/strict';
import { escapeRegExp, phraseAlternatives } from '../../../src/core/text/escapeRegExp';

suite('escapeRegExp', () => {
  test('every syntax character is matched as written, nothing else', () => {
    const literal = 'Rp1.000 (naik) [10%] a+b? c*d ^e$ {f} g|h \\ i';
    const re = new RegExp(`^${escapeRegExp(literal)}$`, 'u');
    assert.ok(re.test(literal));
    assert.ok(!re.test(literal.replace('.', 'x')), 'a dot is a dot, not any character');
    assert.equal(escapeRegExp('Baca juga'), 'Baca juga');
  });

  test('phrases become alternatives with their words apart by the given space; empty ones are left out', () => {
    assert.deepEqual(phraseAlternatives(['wawancara  dengan', ' ', 'sumber:', 'a.b']), ['wawancara\\s+dengan', 'sumber:', 'a\\.b']);
    assert.deepEqual(phraseAlternatives(['baca juga'], '[\\s\\u200b]+'), ['baca[\\s\\u200b]+juga']);
  });
});
