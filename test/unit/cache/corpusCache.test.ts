import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTOR_VERSION } from '../../../src/core';
import { isEntryCurrent, MAX_CACHE_FILE_BYTES, parseCache, serialiseCache } from '../../../src/core/cache';
import { countNonBlankLines, summarizeFromSidecar } from '../../../src/core/corpus';
import { readSidecar } from '../../../src/core/sidecar';
import { sidecarFacts, toCachedSummary } from '../../../src/core/cache';
import { setReview } from '../../../src/core/sidecar';
import { cacheKeyFor, cachePathFor, cliAnalysis, corpusRootOf, loadCorpusCache } from '../../../src/cli/corpusCache';
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
    writeFileSync(cachePathFor(root), '{"format": "corpus-review/index/v2", "entr');
    assert.match(loadCorpusCache(root, EXTRACTOR_VERSION, '.meta.yaml').ignored ?? '', /not JSON/);
    await runParallelExtract(options([root]), '', () => undefined, () => undefined);
    assert.equal(Object.keys(loadCorpusCache(root, EXTRACTOR_VERSION, '.meta.yaml').cache.entries).length, 3);
  });

  test('an entry for a freshly written sidecar is the summary the extension makes from that sidecar (so the tree can show it as it is)', async () => {
    await runParallelExtract(options([join(dir, 'x')]), '', () => undefined, () => undefined);
    const root = join(dir, 'x');
    const loaded = loadCorpusCache(root, EXTRACTOR_VERSION, '.meta.yaml');
    assert.equal(loaded.cache.analysis, cliAnalysis('id'));
    for (const name of ['x0', 'x1', 'x2']) {
      const view = readSidecar(readFileSync(join(root, `${name}.meta.yaml`), 'utf8'));
      assert.ok(view.ok);
      const expected = summarizeFromSidecar('', `${name}.txt`, sidecarFacts(view.value), 'fresh', countNonBlankLines(readFileSync(join(root, `${name}.txt`), 'utf8')));
      assert.deepEqual(loaded.cache.entries[`${name}.txt`]?.summary, toCachedSummary(expected));
    }
  });

  test('a cache the extension wrote never lets the CLI skip an article (its "fresh" says nothing of the extractor version)', async () => {
    await runParallelExtract(options([join(dir, 'x')]), '', () => undefined, () => undefined);
    const root = join(dir, 'x');
    const parsed = parseCache(readFileSync(cachePathFor(root), 'utf8'), EXTRACTOR_VERSION, '.meta.yaml');
    assert.ok(parsed.ok);
    // x0's sidecar now says an older extractor made it; the extension still calls it fresh (same
    // text) and records its new stamp. The CLI must re-extract x0 all the same.
    const sidecar = join(root, 'x0.meta.yaml');
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace(/^extractor: .*$/m, 'extractor: 0.0.1'));
    const entry = parsed.cache.entries['x0.txt'];
    assert.ok(entry);
    const stamp = statSync(sidecar);
    const entries = { ...parsed.cache.entries, 'x0.txt': { ...entry, sidecar: { size: stamp.size, mtimeMs: stamp.mtimeMs } } };
    writeFileSync(cachePathFor(root), serialiseCache({ ...parsed.cache, analysis: 'extension/id/[]', entries }));
    const again = await runParallelExtract(options([root]), '', () => undefined, () => undefined);
    assert.equal(again.skipped, 2, 'x1 and x2 skipped by their sidecars (same text, same extractor)');
    assert.match(readFileSync(sidecar, 'utf8'), new RegExp(`^extractor: ${EXTRACTOR_VERSION.replace(/\./g, '\\.')}$`, 'm'), 'x0 re-extracted');
    assert.equal(loadCorpusCache(root, EXTRACTOR_VERSION, '.meta.yaml').cache.analysis, cliAnalysis('id'), 'the CLI rewrote the cache as its own');
  });

  test('an index cache over the size limit is not read (a hostile file cannot fill the memory)', async () => {
    await runParallelExtract(options([join(dir, 'x')]), '', () => undefined, () => undefined);
    const root = join(dir, 'x');
    // A sparse file: its size is over the limit, its blocks are not written.
    truncateSync(cachePathFor(root), MAX_CACHE_FILE_BYTES + 1);
    assert.match(loadCorpusCache(root, EXTRACTOR_VERSION, '.meta.yaml').ignored ?? '', /over the limit/);
  });

  test('--no-index writes no index', async () => {
    await runParallelExtract(options([join(dir, 'x')], ['--no-index']), '', () => undefined, () => undefined);
    assert.equal(loadCorpusCache(join(dir, 'x'), EXTRACTOR_VERSION, '.meta.yaml').ignored, 'no index cache yet');
  });
});
