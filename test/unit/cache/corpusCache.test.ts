import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTOR_VERSION } from '../../../src/core';
import { isEntryCurrent } from '../../../src/core/cache';
import { setReview } from '../../../src/core/sidecar';
import { cacheKeyFor, cachePathFor, corpusRootOf, loadCorpusCache } from '../../../src/cli/corpusCache';
import { parseParallelArgs, runParallelExtract, type ParallelOptions } from '../../../src/cli/parallel/parallelExtract';
import { article } from '../hardening/helpers';

const options = (inputs: string[], extra: string[] = []): ParallelOptions => {
  const o = parseParallelArgs([...inputs, '--write', '--jobs', '1', ...extra]);
  assert.ok(typeof o !== 'string', String(o));
  return o;
};

suite('corpus index cache on disk (CLI)', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-review-cache-'));
    for (const sub of ['x', 'y']) {
      mkdirSync(join(dir, sub));
      for (let i = 0; i < 3; i++) writeFileSync(join(dir, sub, `${sub}${i}.txt`), article('\n', i));
    }
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('the root is the common folder; keys are relative with /', () => {
    assert.equal(corpusRootOf([join(dir, 'x', 'a.txt'), join(dir, 'y', 'b.txt')]), dir);
    assert.equal(corpusRootOf([]), null);
    assert.equal(cacheKeyFor(dir, join(dir, 'x', 'a.txt')), 'x/a.txt');
  });

  test('extract --write saves an index whose entries are current on reopen; a review edit makes that one entry stale; the next run refreshes it', async () => {
    const err: string[] = [];
    const first = await runParallelExtract(options([join(dir, 'x'), join(dir, 'y')]), '', () => undefined, (l) => err.push(l));
    assert.equal(first.written, 6, err.join('\n'));
    const loaded = loadCorpusCache(dir, EXTRACTOR_VERSION, '.meta.yaml');
    assert.equal(loaded.ignored, null);
    const keys = Object.keys(loaded.cache.entries).sort();
    assert.deepEqual(keys, ['x/x0.txt', 'x/x1.txt', 'x/x2.txt', 'y/y0.txt', 'y/y1.txt', 'y/y2.txt']);
    const stamp = (p: string): { size: number; mtimeMs: number } => ({ size: statSync(p).size, mtimeMs: statSync(p).mtimeMs });
    for (const key of keys) {
      const file = join(dir, key);
      assert.ok(isEntryCurrent(loaded.cache.entries[key], stamp(file), stamp(file.replace(/\.txt$/, '.meta.yaml'))), key);
    }
    // A reviewer accepts y1 in their editor: the cache entry no longer matches the sidecar.
    const sidecar = join(dir, 'y', 'y1.meta.yaml');
    const reviewed = setReview(readFileSync(sidecar, 'utf8'), { status: 'accepted', reviewer: 'dina', time: '2026-11-24T02:00:00Z' });
    assert.ok(reviewed.ok);
    writeFileSync(sidecar, reviewed.value);
    assert.ok(!isEntryCurrent(loaded.cache.entries['y/y1.txt'], stamp(join(dir, 'y', 'y1.txt')), stamp(sidecar)));
    const second = await runParallelExtract(options([join(dir, 'x'), join(dir, 'y')]), '', () => undefined, () => undefined);
    assert.equal(second.skipped, 6);
    const again = loadCorpusCache(dir, EXTRACTOR_VERSION, '.meta.yaml').cache.entries['y/y1.txt'];
    assert.equal(again?.summary.status, 'accepted');
    assert.ok(isEntryCurrent(again, stamp(join(dir, 'y', 'y1.txt')), stamp(sidecar)));
  });

  test('a damaged index is ignored with the reason, and rebuilt by the next run', async () => {
    await runParallelExtract(options([join(dir, 'x')]), '', () => undefined, () => undefined);
    const root = join(dir, 'x');
    writeFileSync(cachePathFor(root), '{"format": "corpus-review/index/v1", "entr');
    assert.match(loadCorpusCache(root, EXTRACTOR_VERSION, '.meta.yaml').ignored ?? '', /not JSON/);
    await runParallelExtract(options([root]), '', () => undefined, () => undefined);
    assert.equal(Object.keys(loadCorpusCache(root, EXTRACTOR_VERSION, '.meta.yaml').cache.entries).length, 3);
  });

  test('--no-index writes no index', async () => {
    await runParallelExtract(options([join(dir, 'x')], ['--no-index']), '', () => undefined, () => undefined);
    assert.equal(loadCorpusCache(join(dir, 'x'), EXTRACTOR_VERSION, '.meta.yaml').ignored, 'no index cache yet');
  });
});
