import * as assert from 'node:assert/strict';
import { addEntry, assembleCacheText, cacheKey, emptyCache, emptyColumns, ENTRY_FIELDS, isEntryCurrent, parseCache, readCacheBytes, serialiseCache, summaryReusable, type CacheEntry, type CacheRead, type CorpusCache } from '../../../src/core/cache';
import { SIDECAR_STATES, SummaryStore, type ArticleSummary } from '../../../src/core/corpus';

const entry = (over: Partial<CacheEntry> = {}): CacheEntry => ({
  size: 120,
  mtimeMs: 1700000000123.5,
  sha256: 'ab'.repeat(32),
  sidecar: { size: 900, mtimeMs: 1700000001000 },
  summary: { name: 'b.txt', headline: 'Banjir di Lembah', date: '2025-03-10', outlet: 'wartalembah.id', status: 'flagged', sidecar: 'fresh', speakers: [{ name: 'Sri Wahyuni', quotes: 2 }], quoteCount: 2, boilerplateShare: 0.25 },
  ...over,
});

const cacheWith = (entries: Record<string, CacheEntry>): CorpusCache => ({ ...emptyCache('v9', '.meta.yaml', 'cli/id/corpus-signals'), entries });

suite('corpus index cache (format)', () => {
  test('round trip: serialise then parse gives the same entries', () => {
    const cache = cacheWith({ 'a/b.txt': entry(), 'c.txt': entry({ sidecar: null, summary: { ...entry().summary, name: 'c.txt', sidecar: 'missing', error: 'invalid UTF-8 at byte 7' } }) });
    const parsed = parseCache(serialiseCache(cache), 'v9', '.meta.yaml');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.cache, cache);
    assert.equal(parsed.dropped, 0);
  });

  test('an entry is current only for the same article size and mtime and the same sidecar stamp (or absence)', () => {
    const e = entry();
    assert.ok(isEntryCurrent(e, { size: 120, mtimeMs: 1700000000123.5 }, { size: 900, mtimeMs: 1700000001000 }));
    assert.ok(!isEntryCurrent(e, { size: 121, mtimeMs: 1700000000123.5 }, { size: 900, mtimeMs: 1700000001000 }), 'article size');
    assert.ok(!isEntryCurrent(e, { size: 120, mtimeMs: 1700000000125 }, { size: 900, mtimeMs: 1700000001000 }), 'article mtime');
    // VS Code's stat gives whole milliseconds (Node's Date rounds); Node's mtimeMs has fractions: the same instant.
    assert.ok(isEntryCurrent(e, { size: 120, mtimeMs: 1700000000124 }, { size: 900, mtimeMs: 1700000001000.4 }), 'same millisecond');
    assert.ok(!isEntryCurrent(e, null, { size: 900, mtimeMs: 1700000001000 }), 'article gone');
    assert.ok(!isEntryCurrent(e, { size: 120, mtimeMs: 1700000000123.5 }, { size: 900, mtimeMs: 1700000002000 }), 'sidecar edited');
    assert.ok(!isEntryCurrent(e, { size: 120, mtimeMs: 1700000000123.5 }, null), 'sidecar deleted');
    const bare = entry({ sidecar: null });
    assert.ok(isEntryCurrent(bare, { size: 120, mtimeMs: 1700000000123.5 }, null));
    assert.ok(!isEntryCurrent(bare, { size: 120, mtimeMs: 1700000000123.5 }, { size: 1, mtimeMs: 1 }), 'sidecar appeared');
    assert.ok(!isEntryCurrent(undefined, { size: 120, mtimeMs: 1 }, null));
  });

  test('another extractor version, another sidecar suffix, another format or broken JSON: not ok, with the reason', () => {
    const text = serialiseCache(cacheWith({ 'b.txt': entry() }));
    const other = parseCache(text, 'v10', '.meta.yaml');
    assert.ok(!other.ok && /extractor v9, this is v10/.test(other.reason));
    const suffix = parseCache(text, 'v9', '.yaml');
    assert.ok(!suffix.ok && /\*\.meta\.yaml/.test(suffix.reason));
    const broken = parseCache(text.slice(0, -5), 'v9', '.meta.yaml');
    assert.ok(!broken.ok && /not JSON/.test(broken.reason));
    const foreign = parseCache('{"format":"x","entries":{}}', 'v9', '.meta.yaml');
    assert.ok(!foreign.ok && /not corpus-review\/index\/v2/.test(foreign.reason));
    // A file from before the format had `analysis` says so, and is rebuilt rather than half-trusted.
    const v1 = parseCache(JSON.stringify({ format: 'corpus-review/index/v1', extractor: 'v9', sidecarSuffix: '.meta.yaml', entries: { 'b.txt': entry() } }), 'v9', '.meta.yaml');
    assert.ok(!v1.ok && /another format \(corpus-review\/index\/v1, this is corpus-review\/index\/v2\)/.test(v1.reason));
    const otherFields = parseCache(text.replace('"fields":["size"', '"fields":["bytes"'), 'v9', '.meta.yaml');
    assert.ok(!otherFields.ok && /fields are \["bytes"/.test(otherFields.reason));
    const noAnalysis = parseCache(JSON.stringify({ format: 'corpus-review/index/v2', extractor: 'v9', sidecarSuffix: '.meta.yaml', entries: {} }), 'v9', '.meta.yaml');
    assert.ok(!noAnalysis.ok);
    for (const junk of ['', 'null', '[]', '"x"', '{"format":"corpus-review/index/v2","analysis":1,"entries":{}}']) assert.ok(!parseCache(junk, 'v9', '.meta.yaml').ok, junk);
  });

  test('entries with a value that does not fit, and keys outside the root, are dropped one by one', () => {
    const good = entry();
    interface File { keys: string[]; columns: unknown[][] }
    const data = JSON.parse(serialiseCache(cacheWith({ 'b.txt': good }))) as File;
    const row = data.columns.map((c) => c[0]);
    const add = (key: string, change: (r: unknown[]) => unknown[] = (r) => r): void => {
      const values = change([...row]);
      data.keys.push(key);
      data.columns.forEach((c, f) => c.push(values[f]));
    };
    const set = (field: (typeof ENTRY_FIELDS)[number], v: unknown) => (r: unknown[]): unknown[] => r.map((x, f) => (ENTRY_FIELDS[f] === field ? v : x));
    add('../escape.txt');
    add('a/../../escape.txt');
    add('/abs.txt');
    add('__proto__');
    add('bad-size.txt', set('size', -1));
    add('half-sidecar.txt', set('sidecarSize', null));
    add('bad-status.txt', set('status', 'maybe'));
    add('bad-state.txt', set('sidecar', 'stale-ish'));
    add('bad-speakers.txt', set('speakers', ['Sri Wahyuni']));
    add('bad-share.txt', set('boilerplateShare', 2));
    add('bad-error.txt', set('error', 7));
    const parsed = parseCache(JSON.stringify(data), 'v9', '.meta.yaml');
    assert.ok(parsed.ok);
    assert.deepEqual(Object.keys(parsed.cache.entries), ['b.txt']);
    assert.equal(parsed.dropped, 11);
    // The same file laid out by parts, read a column at a time: the same entries dropped.
    const laidOut = fromBytes(assembleCacheText(cacheWith({}), JSON.stringify(data.keys), data.columns.map((c) => JSON.stringify(c))));
    assert.ok(laidOut.read.ok);
    assert.deepEqual(Object.keys(laidOut.entries), ['b.txt']);
    assert.equal(laidOut.read.dropped, 11);
    // A column shorter than the keys is a damaged file, not damaged entries.
    data.columns[7]?.pop();
    assert.ok(!parseCache(JSON.stringify(data), 'v9', '.meta.yaml').ok);
  });

  test('the file written in parts (column by column) is the file written at once', () => {
    const cache = cacheWith({ 'a/b.txt': entry(), 'c "quoted".txt': entry({ sidecar: null, summary: { ...entry().summary, name: 'c "quoted".txt', speakers: [] } }) });
    const { entries, ...header } = cache;
    const columns = emptyColumns();
    for (const [k, e] of Object.entries(entries)) addEntry(columns, k, e);
    const text = assembleCacheText(header, JSON.stringify(columns.keys), columns.columns.map((c) => JSON.stringify(c)));
    assert.equal(text, serialiseCache(cache));
    const parsed = parseCache(text, 'v9', '.meta.yaml');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.cache, cache);
    const none = parseCache(serialiseCache(cacheWith({})), 'v9', '.meta.yaml');
    assert.ok(none.ok && Object.keys(none.cache.entries).length === 0);
  });

  test('a summary made from a fresh sidecar is anyone\'s; an engine-made one only for a reader whose engine ran the same way', () => {
    const fromSidecar = entry().summary;
    assert.ok(summaryReusable(fromSidecar, 'cli/id/corpus-signals', 'extension/id/[]'));
    assert.ok(summaryReusable({ ...fromSidecar, sidecar: 'conflict' }, 'cli/id/corpus-signals', 'extension/id/[]'));
    for (const state of ['missing', 'stale', 'invalid'] as const) {
      const engineMade = { ...fromSidecar, sidecar: state };
      assert.ok(!summaryReusable(engineMade, 'cli/id/corpus-signals', 'extension/id/[]'), state);
      assert.ok(summaryReusable(engineMade, 'extension/id/[]', 'extension/id/[]'), state);
    }
    assert.ok(!summaryReusable({ ...fromSidecar, error: 'invalid UTF-8' }, 'cli/id/corpus-signals', 'extension/id/[]'), 'an error summary depends on who read the file');
  });

  test('read from bytes a part at a time: the entries parseCache gives (sha256 only when asked), whatever the layout', () => {
    const cache = cacheWith({ 'a/b.txt': entry(), 'c.txt': entry({ sidecar: null, summary: { ...entry().summary, name: 'c.txt', sidecar: 'missing', speakers: [], error: 'invalid UTF-8 at byte 7' } }) });
    const text = serialiseCache(cache);
    assert.equal(text.split('\n').length, ENTRY_FIELDS.length + 4, 'one line per part');
    const withoutHashes = Object.fromEntries(Object.entries(cache.entries).map(([k, e]) => [k, { ...e, sha256: '' }]));
    const laidOut = fromBytes(text);
    assert.ok(laidOut.read.ok);
    assert.deepEqual(laidOut.entries, withoutHashes);
    assert.deepEqual(fromBytes(text, true).entries, cache.entries);
    // The same document without line breaks (hand-made, or from an earlier writer) is read whole.
    assert.deepEqual(fromBytes(JSON.stringify(JSON.parse(text))).entries, withoutHashes);
    // With ids: every summary is an ArticleSummary of that id, indexed.
    const withIds = fromBytes(text, false, (key) => `file:///corpus/${key}`);
    assert.deepEqual(withIds.entries['a/b.txt']?.summary, { id: 'file:///corpus/a/b.txt', ...cache.entries['a/b.txt']?.summary, indexed: true });
  });

  test('onDecoded: a store filled straight from the columns holds what onEntry\'s summaries and stamps give, and drops the same entries', () => {
    const speakers = [{ name: 'Sri Wahyuni', quotes: 2 }, { name: 'Hendra', quotes: 1 }];
    const cache = cacheWith({
      'a/b.txt': entry({ summary: { ...entry().summary, speakers, quoteCount: 3 } }),
      'c.txt': entry({ sidecar: null, summary: { ...entry().summary, name: 'c.txt', headline: null, date: null, outlet: null, sidecar: 'missing', speakers: [], boilerplateShare: null, error: 'invalid UTF-8 at byte 7' } }),
      'd/e.txt': entry({ summary: { ...entry().summary, name: 'e.txt', sidecar: 'stale', status: 'accepted', speakers: [{ name: 'Hendra', quotes: 4 }] } }),
      'f.txt': entry({ summary: { ...entry().summary, name: 'f.txt', sidecar: 'conflict' } }),
    });
    const lines = serialiseCache(cache).split('\n');
    // A damaged value (a negative quote count) drops that entry alone.
    const quoteLine = 3 + ENTRY_FIELDS.indexOf('quoteCount');
    lines[quoteLine] = (lines[quoteLine] as string).replace(/^\[3,/, '[-3,');
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const idOf = (key: string): string => `file:///corpus/${key}`;
    for (const readerAnalysis of ['cli/id/corpus-signals', 'extension/id/[]']) {
      const viaEntries = new SummaryStore();
      const byEntry = readCacheBytes(bytes, { extractor: 'v9', sidecarSuffix: '.meta.yaml', idFor: idOf, onEntry: (_key, e, analysis) => {
        const s = e.summary as ArticleSummary;
        const row = viaEntries.add(s.id);
        viaEntries.setSummary(row, s);
        viaEntries.setCachedStamps(row, { article: { size: e.size, mtimeMs: e.mtimeMs }, sidecar: e.sidecar }, summaryReusable(s, analysis, readerAnalysis));
      } });
      const viaColumns = new SummaryStore();
      const byColumns = readCacheBytes(bytes, { extractor: 'v9', sidecarSuffix: '.meta.yaml', onEntry: () => assert.fail('onEntry with onDecoded'), onDecoded: (key, columns, i, analysis) => {
        const state = SIDECAR_STATES[columns.stateNumberAt(i)];
        const reusable = ((state === 'fresh' || state === 'conflict') && columns.errorAt(i) === undefined) || analysis === readerAnalysis;
        viaColumns.setCachedRow(viaColumns.add(idOf(key)), columns, i, undefined, reusable);
      } });
      assert.deepEqual(byColumns, byEntry);
      assert.ok(byColumns.ok && byColumns.dropped === 1);
      assert.deepEqual([...viaColumns.entries()].map(([id]) => id), ['file:///corpus/c.txt', 'file:///corpus/d/e.txt', 'file:///corpus/f.txt']);
      for (const [id, row] of viaEntries.entries()) {
        const other = viaColumns.rowOf(id);
        assert.deepEqual(viaColumns.plain(other), viaEntries.plain(row), id);
        assert.deepEqual(viaColumns.stampsAt(other), viaEntries.stampsAt(row), id);
        assert.deepEqual([viaColumns.isFromCache(other), viaColumns.isReusable(other), viaColumns.isIndexed(other)], [viaEntries.isFromCache(row), viaEntries.isReusable(row), viaEntries.isIndexed(row)], `${id} flags`);
      }
    }
  });

  test('onDecodedRange: keys and headlines left in their lines fill a store with the rows onDecoded gives, and drop the same entries', () => {
    const cache = cacheWith({
      '000/a.txt': entry(),
      '000/b.txt': entry({ summary: { ...entry().summary, name: 'b.txt', headline: null, sidecar: 'missing' } }),
      'c "q".txt': entry({ summary: { ...entry().summary, name: 'c "q".txt', headline: 'Kata "Banjir" \\ di Lembah' } }),
      'ü/d.txt': entry({ summary: { ...entry().summary, name: 'd.txt', headline: 'Hujan 🌧 di Ülm' } }),
      'e..f.txt': entry(),
      '../escape.txt': entry(),
      'a/../x.txt': entry(),
      '/abs.txt': entry(),
    });
    const bytes = new TextEncoder().encode(serialiseCache(cache));
    const prefix = 'file:///corpus/';
    const viaKeys = new SummaryStore();
    const byKeys = readCacheBytes(bytes, { extractor: 'v9', sidecarSuffix: '.meta.yaml', onEntry: () => assert.fail('onEntry with onDecoded'), onDecoded: (key, columns, i) => viaKeys.setCachedRow(viaKeys.add(prefix + key), columns, i, undefined, true) });
    const viaRanges = new SummaryStore();
    const prefixNumber = viaRanges.idPrefix(prefix);
    let text = -1;
    const byRanges = readCacheBytes(bytes, { extractor: 'v9', sidecarSuffix: '.meta.yaml', onEntry: () => assert.fail('onEntry with onDecodedRange'), onDecoded: () => assert.fail('onDecoded on a file in lines'), onDecodedRange: (keys, columns, i) => {
      if (text < 0) text = viaRanges.idText(keys.text);
      const start = keys.start[i] as number;
      const end = keys.end[i] as number;
      if (keys.escaped[i]) viaRanges.setCachedRow(viaRanges.add(prefix + (keys.valueAt(i) as string)), columns, i, undefined, true);
      else {
        assert.equal(viaRanges.rowOfRange(prefixNumber, text, start, end), -1);
        const row = viaRanges.addRange(prefixNumber, text, start, end, keys.text);
        assert.equal(viaRanges.rowOfRange(prefixNumber, text, start, end), row);
        viaRanges.setCachedRow(row, columns, i, undefined, true);
      }
    } });
    assert.deepEqual(byRanges, byKeys);
    assert.ok(byRanges.ok && byRanges.dropped === 3, JSON.stringify(byRanges));
    assert.ok(viaRanges.has(`${prefix}e..f.txt`), 'two dots inside a name are no parent segment');
    assert.deepEqual([...viaRanges.entries()].map(([id]) => id), [...viaKeys.entries()].map(([id]) => id));
    for (const [id, row] of viaKeys.entries()) {
      const other = viaRanges.rowOf(id);
      assert.ok(other >= 0, id);
      assert.deepEqual(viaRanges.plain(other), viaKeys.plain(row), id);
      assert.deepEqual(viaRanges.stampsAt(other), viaKeys.stampsAt(row), id);
    }
    assert.equal(viaRanges.plain(viaRanges.rowOf(`${prefix}c "q".txt`)).headline, 'Kata "Banjir" \\ di Lembah');
    assert.equal(viaRanges.headlineAt(viaRanges.rowOf(`${prefix}ü/d.txt`)), 'Hujan 🌧 di Ülm');
  });

  test('read from bytes: a damaged part, another version or another layout of lines is refused with the reason', () => {
    const text = serialiseCache(cacheWith({ 'b.txt': entry() }));
    const lines = text.split('\n');
    const damaged = [...lines];
    damaged[5] = (damaged[5] as string).slice(0, -3);
    const broken = fromBytes(damaged.join('\n')).read;
    assert.ok(!broken.ok && /not JSON/.test(broken.reason), 'a truncated column');
    const short = [...lines];
    short[7] = '[],';
    const shorter = fromBytes(short.join('\n')).read;
    assert.ok(!shorter.ok && /not corpus-review\/index\/v2/.test(shorter.reason), 'a column shorter than the keys');
    const other = fromBytes(text, false, undefined, 'v10').read;
    assert.ok(!other.ok && /extractor v9, this is v10/.test(other.reason));
    const truncated = fromBytes(lines.slice(0, 6).join('\n')).read;
    assert.ok(!truncated.ok && /not JSON/.test(truncated.reason), 'a file cut short');
  });

  test('keys use / on every platform', () => {
    assert.equal(cacheKey('sub\\dir\\a.txt'), 'sub/dir/a.txt');
    assert.equal(cacheKey('sub/a.txt'), 'sub/a.txt');
  });
});

/** readCacheBytes over `text`'s UTF-8 bytes, collecting the entries by key. */
function fromBytes(text: string, keepSha256 = false, idFor?: (key: string) => string, extractor = 'v9'): { read: CacheRead; entries: Record<string, CacheEntry> } {
  const entries: Record<string, CacheEntry> = {};
  const read = readCacheBytes(new TextEncoder().encode(text), { extractor, sidecarSuffix: '.meta.yaml', keepSha256, ...(idFor ? { idFor } : {}), onEntry: (key, e) => (entries[key] = e) });
  return { read, entries };
}
