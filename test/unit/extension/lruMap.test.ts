import * as assert from 'node:assert/strict';
import { LruMap } from '../../../src/extension/lruMap';

suite('LruMap (the bounded caches of analyses)', () => {
  test('past capacity the least recently used entry goes first, and a read counts as a use', () => {
    const m = new LruMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    assert.equal(m.get('a'), 1); // "a" is now the most recently used
    m.set('c', 3);
    assert.equal(m.get('b'), undefined);
    assert.equal(m.get('a'), 1);
    assert.equal(m.get('c'), 3);
    assert.equal(m.size, 2);
  });

  test('setting a present key replaces its value without growing; delete and clear empty it', () => {
    const m = new LruMap<string, number>(2);
    m.set('a', 1);
    m.set('a', 2);
    assert.equal(m.size, 1);
    assert.equal(m.get('a'), 2);
    m.set('b', 3);
    m.delete('a');
    assert.equal(m.get('a'), undefined);
    m.clear();
    assert.equal(m.size, 0);
  });
});
