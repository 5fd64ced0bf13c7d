import * as assert from 'node:assert/strict';
import { escapeRegExp } from '../../../src/core/text/escapeRegExp';

suite('escapeRegExp', () => {
  test('every syntax character is matched as written, nothing else', () => {
    const literal = 'Rp1.000 (naik) [10%] a+b? c*d ^e$ {f} g|h \\ i';
    const re = new RegExp(`^${escapeRegExp(literal)}$`, 'u');
    assert.ok(re.test(literal));
    assert.ok(!re.test(literal.replace('.', 'x')), 'a dot is a dot, not any character');
    assert.equal(escapeRegExp('Baca juga'), 'Baca juga');
  });
});
