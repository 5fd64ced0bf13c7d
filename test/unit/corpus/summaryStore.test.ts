/** The column store of article summaries (src/core/corpus/summaryStore.ts): what goes in comes out, rows change and leave cleanly. */
import * as assert from 'node:assert/strict';
import { compareArticles, corpusStats, filterArticles, groupArticles, SummaryStore, type ArticleSummary } from '../../../src/core/corpus';
import { extensionOf, nameOf } from '../../../src/core/corpus/rowSummary';

function summary(id: string, over: Partial<ArticleSummary> = {}): ArticleSummary {
  const name = id.slice(id.lastIndexOf('/') + 1);
  return { id, name, headline: `Headline of ${name}`, date: '2024-11-06', outlet: 'KabarPesisir', status: 'unreviewed', sidecar: 'missing', speakers: [], quoteCount: 0, boilerplateShare: 0.25, indexed: true, ...over };
}

function storeWith(summaries: readonly ArticleSummary[]): SummaryStore {
  const store = new SummaryStore();
  for (const s of summaries) store.setSummary(store.add(s.id), s);
  return store;
}

const corpus: ArticleSummary[] = [
  summary('file:///c/a/01.txt', { speakers: [{ name: 'Sri Wahyuni', quotes: 2 }, { name: 'Hendra', quotes: 1 }], quoteCount: 3, status: 'accepted', sidecar: 'fresh' }),
  summary('file:///c/a/02.txt', { outlet: null, date: null, headline: null, boilerplateShare: null, indexed: false, sidecar: 'pending' }),
  summary('file:///c/b/03.txt', { outlet: 'WartaLembah.id', date: '2024-10-14', status: 'flagged', sidecar: 'stale', speakers: [{ name: 'Sri Wahyuni', quotes: 1 }], quoteCount: 2 }),
  summary('file:///c/b/04%20x.txt', { name: '04 x.txt', error: 'invalid UTF-8 at byte 12', sidecar: 'invalid', status: 'rejected', boilerplateShare: 0 }),
  summary('file:///c/b/README', { outlet: 'KabarPesisir', sidecar: 'conflict', status: 'unreviewed' }),
];

suite('corpus: summary store', () => {
  test('every value comes back as it went in: plain copies, the reading objects, and JSON', () => {
    const store = storeWith(corpus);
    assert.equal(store.count, corpus.length);
    for (const s of corpus) {
      const row = store.rowOf(s.id);
      assert.deepEqual(store.plain(row), s);
      const view = store.summary(row);
      assert.deepEqual(JSON.parse(JSON.stringify(view)), JSON.parse(JSON.stringify(s)));
      for (const key of Object.keys(s) as (keyof ArticleSummary)[]) assert.deepEqual(view[key], s[key], `${s.id} ${key}`);
      assert.equal(view.error, s.error);
    }
    assert.deepEqual(store.summaries().map((s) => s.id), corpus.map((s) => s.id));
  });

  test('grouping, filtering and counting read the store as they read plain summaries', () => {
    const store = storeWith(corpus);
    const plainIds = (list: readonly ArticleSummary[]): string[] => list.map((a) => a.id);
    for (const by of ['outlet', 'month', 'status', 'staleness', 'flat'] as const) {
      assert.deepEqual(groupArticles(store.summaries(), by).map((g) => [g.key, plainIds(g.articles), g.reviewed]), groupArticles(corpus, by).map((g) => [g.key, plainIds(g.articles), g.reviewed]), by);
    }
    for (const f of [{ speaker: 'wahyu' }, { text: 'headline of 0' }, { outlet: '' }, { status: 'flagged' as const }, { text: 'x.txt' }]) {
      assert.deepEqual(plainIds(filterArticles(store.summaries(), f)), plainIds(filterArticles(corpus, f)), JSON.stringify(f));
    }
    assert.deepEqual(corpusStats(store.summaries()), corpusStats(corpus));
  });

  test('a changed row keeps its reading object and the list, which read the new values', () => {
    const store = storeWith(corpus);
    const row = store.rowOf('file:///c/a/01.txt');
    const before = store.summary(row);
    const list = store.summaries();
    assert.equal(store.view(row), before, 'a row with a kept reading object is read through it');
    store.setSummary(row, summary('file:///c/a/01.txt', { status: 'rejected', speakers: [{ name: 'Budi', quotes: 4 }], quoteCount: 4 }));
    assert.equal(store.summary(row), before);
    assert.equal(store.summaries(), list);
    assert.equal(before.status, 'rejected');
    assert.deepEqual(before.speakers, [{ name: 'Budi', quotes: 4 }]);
    store.setSidecarState(row, 'conflict');
    assert.equal(before.sidecar, 'conflict');
    store.add('file:///c/new.txt');
    assert.notEqual(store.summaries(), list, 'a new list once a row is added');
    assert.equal(store.summaries().length, corpus.length + 1);
  });

  test('a passing view reads the row as it is now, and is not kept', () => {
    const store = storeWith(corpus);
    const row = store.rowOf('file:///c/b/03.txt');
    const view = store.view(row);
    assert.deepEqual(JSON.parse(JSON.stringify(view)), JSON.parse(JSON.stringify(store.plain(row))));
    store.setSummary(row, summary('file:///c/b/03.txt', { status: 'accepted', headline: 'Jalan Ditutup' }));
    assert.equal(view.status, 'accepted');
    assert.equal(view.headline, 'Jalan Ditutup');
    assert.notEqual(store.view(row), view, 'a new object each time: the store keeps none');
  });

  test('a deleted row leaves the list, the count and the lookups; adding it again makes a new row', () => {
    const store = storeWith(corpus);
    const old = store.summary(store.rowOf('file:///c/b/03.txt'));
    assert.ok(store.delete('file:///c/b/03.txt'));
    assert.ok(!store.delete('file:///c/b/03.txt'));
    assert.equal(store.count, corpus.length - 1);
    assert.equal(store.rowOf('file:///c/b/03.txt'), -1);
    assert.ok(!store.summaries().some((s) => s.id === 'file:///c/b/03.txt'));
    assert.equal(old.headline, 'Headline of 03.txt', 'an old reading object still reads what the row held');
    const row = store.add('file:///c/b/03.txt');
    assert.equal(store.rowOf('file:///c/b/03.txt'), row);
    assert.equal(store.add('file:///c/b/03.txt'), row, 'adding a listed id returns its row');
  });

  test('stamps: none, a stat\'s, or the cache file\'s (unchecked, reusable or not)', () => {
    const store = storeWith(corpus);
    const row = store.rowOf('file:///c/a/01.txt');
    assert.equal(store.stampsAt(row), undefined);
    const stamps = { article: { size: 1601, mtimeMs: 1795489213403.5 }, sidecar: { size: 880, mtimeMs: 1795489213411 } };
    store.setCachedStamps(row, stamps, true);
    assert.deepEqual(store.stampsAt(row), stamps);
    assert.ok(store.isFromCache(row) && store.isReusable(row));
    store.setCachedStamps(row, { article: stamps.article, sidecar: null }, false);
    assert.deepEqual(store.stampsAt(row), { article: stamps.article, sidecar: null });
    assert.ok(store.isFromCache(row) && !store.isReusable(row));
    store.setStamps(row, stamps);
    assert.ok(!store.isFromCache(row) && !store.isReusable(row));
    assert.deepEqual(store.stampsAt(row), stamps);
    store.setStamps(row, undefined);
    assert.equal(store.stampsAt(row), undefined);
  });

  test('copyRow carries summary, stamps and the cache flags to another store', () => {
    const from = storeWith(corpus);
    const source = from.rowOf('file:///c/b/03.txt');
    const stamps = { article: { size: 10, mtimeMs: 20 }, sidecar: null };
    from.setCachedStamps(source, stamps, true);
    const to = new SummaryStore();
    const row = to.add('file:///c/b/03.txt');
    to.copyRow(row, from, source);
    assert.deepEqual(to.plain(row), from.plain(source));
    assert.deepEqual(to.stampsAt(row), stamps);
    assert.ok(to.isFromCache(row) && to.isReusable(row));
  });

  test('speaker lists stay right through many replacements (the pool is compacted as it fills)', () => {
    const store = new SummaryStore();
    const ids = Array.from({ length: 300 }, (_, i) => `file:///c/${i}.txt`);
    for (let round = 0; round < 12; round++) {
      for (const [i, id] of ids.entries()) {
        const speakers = Array.from({ length: (i + round) % 4 }, (_, k) => ({ name: `Speaker ${(i * 7 + k + round) % 50}`, quotes: k + round + 1 }));
        store.setSummary(store.add(id), summary(id, { speakers, quoteCount: speakers.length }));
      }
      if (round === 5) for (const id of ids.slice(0, 100)) store.delete(id);
    }
    for (const [i, id] of ids.entries()) {
      const expected = Array.from({ length: (i + 11) % 4 }, (_, k) => ({ name: `Speaker ${(i * 7 + k + 11) % 50}`, quotes: k + 12 }));
      assert.deepEqual(store.summary(store.rowOf(id)).speakers, expected, id);
    }
  });

  test('names and extensions derived from ids', () => {
    assert.equal(nameOf('file:///c/b/04%20x.txt'), '04 x.txt');
    assert.equal(nameOf('file:///c/b/%E0%A4'), '%E0%A4', 'a broken escape stays as it is');
    assert.equal(extensionOf('file:///c/a.b.txt'), '.txt');
    assert.equal(extensionOf('file:///c/README'), '');
    assert.equal(extensionOf('file:///c/.txt'), '');
    assert.equal(extensionOf('file:///c.d/README'), '');
    const store = storeWith(corpus);
    assert.deepEqual([...store.extensions()].sort(), ['', '.txt']);
    store.delete('file:///c/b/README');
    assert.deepEqual([...store.extensions()], ['.txt']);
  });

  test('rows whose ids are ranges of a shared text: found by id and by range, named, deleted and added again like any row', () => {
    const store = new SummaryStore();
    const own = store.add('file:///c/own.txt');
    const keys = 'x["a/01.txt","a/02%20b.txt","README","a/01.txt"]';
    const text = store.idText(keys);
    const prefix = store.idPrefix('file:///c/');
    assert.equal(store.idPrefix('file:///c/'), prefix, 'a prefix is kept once');
    assert.throws(() => store.idPrefix('file:///c'), /must end with/);
    const range = (key: string): [number, number] => [keys.indexOf(key), keys.indexOf(key) + key.length];
    const rows = ['a/01.txt', 'a/02%20b.txt', 'README'].map((key) => store.addRange(prefix, text, ...range(key), keys));
    assert.deepEqual(rows.map((row) => store.idAt(row)), ['file:///c/a/01.txt', 'file:///c/a/02%20b.txt', 'file:///c/README']);
    assert.deepEqual(rows.map((row) => store.nameAt(row)), ['01.txt', '02 b.txt', 'README']);
    assert.deepEqual(rows.map((row) => store.rowOf(store.idAt(row))), rows);
    assert.equal(store.rowOfRange(prefix, text, keys.lastIndexOf('a/01.txt'), keys.lastIndexOf('a/01.txt') + 8), rows[0], 'the same id at another place of the text');
    assert.equal(store.rowOf('file:///c/own.txt'), own);
    assert.equal(store.rowOf('file:///c/a/01.tx'), -1);
    assert.deepEqual([...store.extensions()].sort(), ['', '.txt']);
    assert.equal(store.count, 4);
    assert.ok(store.delete('file:///c/a/01.txt'));
    assert.equal(store.rowOfRange(prefix, text, ...range('a/01.txt')), -1);
    assert.equal(store.count, 3);
    const again = store.add('file:///c/a/01.txt');
    assert.ok(again > (rows[2] as number));
    assert.equal(store.rowOf('file:///c/a/01.txt'), again);
    assert.equal(store.rowOfRange(prefix, text, ...range('a/01.txt')), again, 'a range finds a row added from a string');
    // Many rows (room for some made first, exactly): the columns and the table grow and every id is still found.
    store.reserveFor(3000);
    for (let i = 0; i < 5000; i++) store.add(`file:///c/many/${i}.txt`);
    for (let i = 0; i < 5000; i += 7) assert.equal(store.idAt(store.rowOf(`file:///c/many/${i}.txt`)), `file:///c/many/${i}.txt`);
    // The tree's order (compareArticles) on rows of ranges, of whole ids and of both: the order of the id strings.
    const all = [...store.summaries()];
    const byStrings = all.map((a) => a.id).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    assert.deepEqual([...all].reverse().sort(compareArticles).map((a) => a.id), byStrings);
    const last = store.rowOf('file:///c/many/4999.txt');
    store.setSummary(last, summary('file:///c/many/4999.txt', { quoteCount: 7 }));
    assert.equal(store.plain(last).quoteCount, 7);
    assert.equal(store.count, 5004);
  });
});
