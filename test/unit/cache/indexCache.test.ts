import * as assert from 'node:assert/strict';
import { cacheKey, emptyCache, isEntryCurrent, parseCache, serialiseCache, type CacheEntry, type CorpusCache } from '../../../src/core/cache';

const entry = (over: Partial<CacheEntry> = {}): CacheEntry => ({
  size: 120,
  mtimeMs: 1700000000123.5,
  sha256: 'ab'.repeat(32),
  sidecar: { size: 900, mtimeMs: 1700000001000 },
  summary: { name: 'a.txt', headline: 'Banjir di Lembah', date: '2025-03-10', outlet: 'wartalembah.id', status: 'flagged', sidecar: 'fresh', speakers: [{ name: 'Sri Wahyuni', quotes: 2 }], quoteCount: 2, boilerplateShare: 0.25 },
  ...over,
});

const cacheWith = (entries: Record<string, CacheEntry>): CorpusCache => ({ ...emptyCache('v9', '.meta.yaml'), entries });

suite('corpus index cache (format)', () => {
  test('round trip: serialise then parse gives the same entries', () => {
    const cache = cacheWith({ 'a/b.txt': entry(), 'c.txt': entry({ sidecar: null, summary: { ...entry().summary, sidecar: 'missing', error: 'invalid UTF-8 at byte 7' } }) });
    const parsed = parseCache(serialiseCache(cache), 'v9', '.meta.yaml');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.cache, cache);
    assert.equal(parsed.dropped, 0);
  });

  test('an entry is current only for the same article size and mtime and the same sidecar stamp (or absence)', () => {
    const e = entry();
    assert.ok(isEntryCurrent(e, { size: 120, mtimeMs: 1700000000123.5 }, { size: 900, mtimeMs: 1700000001000 }));
    assert.ok(!isEntryCurrent(e, { size: 121, mtimeMs: 1700000000123.5 }, { size: 900, mtimeMs: 1700000001000 }), 'article size');
    assert.ok(!isEntryCurrent(e, { size: 120, mtimeMs: 1700000000124 }, { size: 900, mtimeMs: 1700000001000 }), 'article mtime');
    assert.ok(!isEntryCurrent(e, { size: 120, mtimeMs: 1700000000123.5 }, { size: 900, mtimeMs: 1700000002000 }), 'sidecar edited');
    assert.ok(!isEntryCurrent(e, { size: 120, mtimeMs: 1700000000123.5 }, null), 'sidecar deleted');
    const bare = entry({ sidecar: null });
    assert.ok(isEntryCurrent(bare, { size: 120, mtimeMs: 1700000000123.5 }, null));
    assert.ok(!isEntryCurrent(bare, { size: 120, mtimeMs: 1700000000123.5 }, { size: 1, mtimeMs: 1 }), 'sidecar appeared');
    assert.ok(!isEntryCurrent(undefined, { size: 120, mtimeMs: 1 }, null));
  });

  test('another extractor version, another sidecar suffix, another format or broken JSON: not ok, with the reason', () => {
    const text = serialiseCache(cacheWith({ 'a.txt': entry() }));
    const other = parseCache(text, 'v10', '.meta.yaml');
    assert.ok(!other.ok && /extractor v9, this is v10/.test(other.reason));
    const suffix = parseCache(text, 'v9', '.yaml');
    assert.ok(!suffix.ok && /\*\.meta\.yaml/.test(suffix.reason));
    const broken = parseCache(text.slice(0, -5), 'v9', '.meta.yaml');
    assert.ok(!broken.ok && /not JSON/.test(broken.reason));
    const foreign = parseCache('{"format":"x","entries":{}}', 'v9', '.meta.yaml');
    assert.ok(!foreign.ok && /not corpus-review\/index\/v1/.test(foreign.reason));
  });

  test('entries of the wrong shape, and keys outside the root, are dropped one by one', () => {
    const good = entry();
    const data = JSON.parse(serialiseCache(cacheWith({ 'ok.txt': good }))) as { entries: Record<string, unknown> };
    data.entries['../escape.txt'] = good;
    data.entries['/abs.txt'] = good;
    data.entries['bad-status.txt'] = { ...good, summary: { ...good.summary, status: 'maybe' } };
    data.entries['bad-size.txt'] = { ...good, size: -1 };
    data.entries['no-summary.txt'] = { size: 1, mtimeMs: 1, sha256: '', sidecar: null };
    data.entries['bad-share.txt'] = { ...good, summary: { ...good.summary, boilerplateShare: 2 } };
    const parsed = parseCache(JSON.stringify(data), 'v9', '.meta.yaml');
    assert.ok(parsed.ok);
    assert.deepEqual(Object.keys(parsed.cache.entries), ['ok.txt']);
    assert.equal(parsed.dropped, 6);
  });

  test('keys use / on every platform', () => {
    assert.equal(cacheKey('sub\\dir\\a.txt'), 'sub/dir/a.txt');
    assert.equal(cacheKey('sub/a.txt'), 'sub/a.txt');
  });
});
