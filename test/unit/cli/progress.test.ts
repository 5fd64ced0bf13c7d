import * as assert from 'node:assert/strict';
import { createProgress, formatDuration } from '../../../src/cli/progress';

suite('CLI progress', () => {
  test('on a terminal: one line redrawn with count, rate and time left, cleared at the end', () => {
    const written: string[] = [];
    let t = 0;
    const p = createProgress({ isTTY: true, write: (s) => written.push(s) }, 'x', () => t);
    t = 50;
    p.tick(5, 100); // too soon: nothing
    t = 1000;
    p.tick(50, 100);
    assert.deepEqual(written, ['\r\x1b[Kx: 50/100 (50/s, 1s left)']);
    p.finish();
    assert.equal(written.at(-1), '\r\x1b[K');
  });

  test('not on a terminal: nothing for a short run, then a plain line every 5 seconds', () => {
    const written: string[] = [];
    let t = 0;
    const p = createProgress({ isTTY: false, write: (s) => written.push(s) }, 'x', () => t);
    t = 4000;
    p.tick(10, 1000);
    assert.deepEqual(written, []);
    t = 6000;
    p.tick(300, 1000);
    t = 7000;
    p.tick(350, 1000);
    assert.deepEqual(written, ['x: 300/1000 (50/s, 14s left)\n']);
  });

  test('durations read as s, m, h', () => {
    assert.equal(formatDuration(59.4), '59s');
    assert.equal(formatDuration(61), '1m01s');
    assert.equal(formatDuration(7322), '2h02m');
  });
});
