/**
 * Grouping, filtering and counting over a store's rows (src/core/corpus/rowViews.ts) give what the
 * plain reading gives over the same summaries (groupArticles, filterArticles, reviewProgress), and
 * the headline column (textColumn.ts) gives back every value it was given.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  concatRows,
  filterArticles,
  filterRows,
  GROUP_BYS,
  groupArticles,
  groupRows,
  REVIEW_STATUSES,
  reviewProgress,
  reviewProgressOfRows,
  SIDECAR_STATES,
  sortRowsById,
  SummaryStore,
  type ArticleFilter,
  type ArticleSummary,
} from '../../../src/core/corpus';
import { TextColumn } from '../../../src/core/corpus/textColumn';

const outlet = fc.constantFrom(null, '', 'KabarPesisir', 'WartaLembah.id', 'Zeta');
const date = fc.constantFrom(null, '2024-10-14', '2024-11-06', '2024-11-21', '2023-01-02');
const speakerName = fc.constantFrom('Sri Wahyuni', 'Hendra Wiratama', 'Budi', 'Ayu');
const headline = fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Banjir di Pesisir', 'Harga Cabai Naik', 'Jalan Ditutup')), { nil: null });

const summaryValues = fc.record({
  name: fc.stringMatching(/^[a-z0-9]{1,6}\.txt$/),
  folder: fc.constantFrom('a', 'b', 'c/d'),
  headline,
  date,
  outlet,
  status: fc.constantFrom(...REVIEW_STATUSES),
  sidecar: fc.constantFrom(...SIDECAR_STATES),
  speakers: fc.array(fc.record({ name: speakerName, quotes: fc.integer({ min: 1, max: 3 }) }), { maxLength: 2 }),
  boilerplateShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  indexed: fc.boolean(),
});

type SummaryValues = typeof summaryValues extends fc.Arbitrary<infer T> ? T : never;

const filter: fc.Arbitrary<ArticleFilter> = fc.record(
  {
    outlet: fc.constantFrom('', 'KabarPesisir', 'Zeta'),
    status: fc.constantFrom(...REVIEW_STATUSES),
    speaker: fc.constantFrom('wahyu', 'BUDI', 'x'),
    text: fc.constantFrom('banjir', '2024-11', 'txt', 'pesisir', 'a'),
  },
  { requiredKeys: [] },
);

/** A store holding the generated articles (some deleted, some set twice), and the plain summaries of its live rows. */
function build(values: SummaryValues[], deleteEvery: number): { store: SummaryStore; plain: ArticleSummary[] } {
  const store = new SummaryStore();
  const byId = new Map<string, ArticleSummary>();
  values.forEach((v, i) => {
    const id = `file:///corpus/${v.folder}/${v.name}`;
    const s: ArticleSummary = { id, name: v.name, headline: v.headline, date: v.date, outlet: v.outlet, status: v.status, sidecar: v.sidecar, speakers: v.speakers, quoteCount: v.speakers.length, boilerplateShare: v.boilerplateShare, indexed: v.indexed };
    store.setSummary(store.add(id), s);
    byId.set(id, s);
    if (deleteEvery && i % deleteEvery === deleteEvery - 1) {
      store.delete(id);
      byId.delete(id);
    }
  });
  return { store, plain: [...byId.values()] };
}

suite('corpus: row views', () => {
  test('groups, filters and counts of rows are those of the plain summaries (property)', () => {
    fc.assert(
      fc.property(fc.array(summaryValues, { maxLength: 60 }), fc.integer({ min: 0, max: 4 }), filter, (values, deleteEvery, f) => {
        const { store, plain } = build(values, deleteEvery);
        const rows = store.rows();
        assert.equal(rows.length, plain.length);
        const idsOf = (list: Int32Array): string[] => Array.from(list, (row) => store.idAt(row));
        assert.deepEqual(idsOf(filterRows(store, rows, f)).sort(), filterArticles(plain, f).map((a) => a.id).sort(), JSON.stringify(f));
        for (const by of GROUP_BYS) {
          const groups = groupRows(store, filterRows(store, rows, f), by);
          const expected = groupArticles(filterArticles(plain, f), by);
          assert.deepEqual(
            groups.map((g) => [g.key, g.label, idsOf(g.rows), g.reviewed]),
            expected.map((g) => [g.key, g.label, g.articles.map((a) => a.id), g.reviewed]),
            `${by} ${JSON.stringify(f)}`,
          );
          assert.deepEqual(idsOf(concatRows(groups)), expected.flatMap((g) => g.articles.map((a) => a.id)));
        }
        assert.deepEqual(reviewProgressOfRows(store, rows), reviewProgress(plain));
      }),
      { numRuns: 300 },
    );
  });

  test('rows sort by id as their ids sort, whether they come in order or not (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9%. -]{1,8}$/), { maxLength: 80 }), fc.boolean(), (names, presorted) => {
        const store = new SummaryStore();
        const ids = names.map((n) => `file:///corpus/${n}`);
        for (const id of presorted ? [...ids].sort() : ids) store.add(id);
        const rows = Int32Array.from(store.rows());
        assert.deepEqual(Array.from(sortRowsById(store, rows), (row) => store.idAt(row)), [...ids].sort());
      }),
      { numRuns: 300 },
    );
  });

  test("the store's rows list stays the same array until a row is added or deleted", () => {
    const { store } = build([], 0);
    const first = store.rows();
    assert.equal(store.rows(), first);
    const row = store.add('file:///corpus/a/01.txt');
    const second = store.rows();
    assert.notEqual(second, first);
    assert.deepEqual([...second], [row]);
    store.delete('file:///corpus/a/01.txt');
    assert.deepEqual([...store.rows()], []);
  });
});

suite('corpus: text column', () => {
  // Latin-1 text (pooled as bytes), wider characters and lone surrogates (kept as strings), and long values.
  const value = fc.option(
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
      fc.integer({ min: 8000, max: 20000 }).map((n) => 'é'.repeat(n)),
    ),
    { nil: null },
  );

  test('every row reads the value last set, through replacements and compactions (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), value), { maxLength: 200 }), (sets) => {
        const column = new TextColumn();
        const expected: (string | null)[] = [];
        for (let row = 0; row < 31; row++) {
          column.push();
          expected.push(null);
        }
        for (const [row, v] of sets) {
          column.set(row, v);
          expected[row] = v;
        }
        expected.forEach((v, row) => assert.equal(column.at(row), v, `row ${row}`));
      }),
      { numRuns: 200 },
    );
  });

  test('replacing values over and over compacts the pool and keeps every value', () => {
    const column = new TextColumn();
    const rows = 200;
    for (let row = 0; row < rows; row++) column.push();
    // 200 rows × 6,000 bytes, set 4 times: several MB released, past the compaction threshold.
    for (let round = 0; round < 4; round++) {
      for (let row = 0; row < rows; row++) column.set(row, `${round}:${row}:`.padEnd(6000, String.fromCharCode(0x61 + (row % 26))));
    }
    column.setRange(7, 'xx"Banjir"yy', 3, 9, false);
    column.set(8, 'Śląsk');
    column.set(9, null);
    for (let row = 0; row < rows; row++) {
      const expected = row === 7 ? 'Banjir' : row === 8 ? 'Śląsk' : row === 9 ? null : `3:${row}:`.padEnd(6000, String.fromCharCode(0x61 + (row % 26)));
      assert.equal(column.at(row), expected, `row ${row}`);
    }
  });
});
