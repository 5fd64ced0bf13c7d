/** JSON arrays of strings left in their text (src/core/cache/stringRanges.ts): the values JSON.parse gives, or a refusal where it throws. */
import * as assert from 'node:assert/strict';
import { scanStringArray } from '../../../src/core/cache/stringRanges';

/** The values scanStringArray reads from the array `json` placed inside other text, or undefined when it refuses it. */
function scanned(json: string, nullable = true): (string | null)[] | undefined {
  const text = `"keys":${json},\n`;
  const ranges = scanStringArray(text, text.indexOf('['), text.lastIndexOf(']'), nullable);
  if (!ranges) return undefined;
  return Array.from({ length: ranges.length }, (_, i) => ranges.valueAt(i));
}

/** A small deterministic generator (no Math.random: a failure must be repeatable). */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

suite('cache: string ranges', () => {
  test('the values JSON.parse gives: plain, escaped, non-ASCII, empty strings and nulls, with or without spaces', () => {
    const cases = ['[]', '[ ]', '["a"]', '["000/a000001.txt","000/a000002.txt"]', '[ "a" , null ,"" ]', '["say \\"hi\\"","tab\\there","\\u00fc and ü","back\\\\slash","slash\\/"]', '["Banjir di 🌊 Lembah",null]'];
    for (const json of cases) assert.deepEqual(scanned(json), JSON.parse(json), json);
    const random = lcg(7);
    const alphabet = ['a', 'Z', '0', '/', '.', ' ', '"', '\\', '\n', 'é', 'ü', '💧', '\u0001', '\u2028'];
    for (let n = 0; n < 300; n++) {
      const values = Array.from({ length: Math.floor(random() * 6) }, () => (random() < 0.15 ? null : Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')));
      const json = JSON.stringify(values);
      assert.deepEqual(scanned(json), values, json);
    }
  });

  test('refused where JSON.parse throws or the array holds something else: the caller then parses it and reports', () => {
    for (const json of ['["a",]', '["a" "b"]', '["a', '[1,"a"]', '[true]', '[["a"]]', '["bad \\x escape"]', '["raw \u0001 control"]', '[nul]']) assert.equal(scanned(json), undefined, json);
    assert.equal(scanned('["a",null]', false), undefined, 'null where only strings may be');
    assert.deepEqual(scanned('["a",null]', true), ['a', null]);
  });
});
