/** Grouping, filtering, counting and navigation over article summaries (src/core/corpus). */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../src/core';
import {
  boilerplateShare,
  corpusStats,
  countSpeakers,
  describeFilter,
  filterArticles,
  groupArticles,
  isFilterActive,
  nextUnreviewed,
  pages,
  pendingSummary,
  progressLabel,
  reviewProgress,
  summarize,
  summarizeFromSidecar,
  countNonBlankLines,
  type ArticleSummary,
} from '../../../src/core/corpus';

function article(name: string, over: Partial<ArticleSummary> = {}): ArticleSummary {
  return { ...pendingSummary(`file:///corpus/${name}`, name), indexed: true, sidecar: 'fresh', boilerplateShare: 0.2, ...over };
}

const corpus: ArticleSummary[] = [
  article('03.txt', { outlet: 'WartaLembah.id', date: '2024-11-06', status: 'accepted', speakers: [{ name: 'Sri Wahyuni', quotes: 2 }] }),
  article('01.txt', { outlet: 'KabarPesisir', date: '2024-10-14', speakers: [{ name: 'Hendra Wiratama', quotes: 1 }, { name: 'Sri Wahyuni', quotes: 1 }] }),
  article('02.txt', { outlet: null, date: null, status: 'flagged', sidecar: 'stale' }),
  article('04.txt', { outlet: 'KabarPesisir', date: '2024-11-09', sidecar: 'missing', headline: 'Harga Cabai Naik' }),
  article('05.txt', { outlet: 'KabarPesisir', date: '2024-11-21', status: 'rejected', boilerplateShare: 0.95 }),
];

suite('corpus: grouping', () => {
  test('by outlet: alphabetical, unknown last, members in file order, counts and reviewed', () => {
    const groups = groupArticles(corpus, 'outlet');
    assert.deepEqual(groups.map((g) => [g.label, g.articles.map((a) => a.name), g.reviewed]), [
      ['KabarPesisir', ['01.txt', '04.txt', '05.txt'], 1],
      ['WartaLembah.id', ['03.txt'], 1],
      ['Unknown outlet', ['02.txt'], 1],
    ]);
  });

  test('by month: calendar order, undated last', () => {
    assert.deepEqual(groupArticles(corpus, 'month').map((g) => [g.label, g.articles.length]), [
      ['2024-10', 1],
      ['2024-11', 3],
      ['Undated', 1],
    ]);
  });

  test('by status and by staleness: workflow order, empty groups left out', () => {
    assert.deepEqual(groupArticles(corpus, 'status').map((g) => g.key), ['unreviewed', 'accepted', 'rejected', 'flagged']);
    assert.deepEqual(groupArticles(corpus, 'staleness').map((g) => [g.key, g.articles.length]), [
      ['missing', 1],
      ['fresh', 3],
      ['stale', 1],
    ]);
    assert.deepEqual(groupArticles(corpus.filter((a) => a.status === 'accepted'), 'status').map((g) => g.key), ['accepted']);
  });

  test('flat: one group with everything in file order', () => {
    const [only, ...rest] = groupArticles(corpus, 'flat');
    assert.equal(rest.length, 0);
    assert.deepEqual(only?.articles.map((a) => a.name), ['01.txt', '02.txt', '03.txt', '04.txt', '05.txt']);
  });

  test('pages split a long list into inclusive ranges that cover it exactly', () => {
    const items = Array.from({ length: 1201 }, (_, i) => i);
    const ps = pages(items, 500);
    assert.deepEqual(ps.map((p) => [p.from, p.to, p.items.length]), [[0, 499, 500], [500, 999, 500], [1000, 1200, 201]]);
    assert.deepEqual(ps.flatMap((p) => p.items), items);
    assert.deepEqual(pages([], 500), []);
  });
});

suite('corpus: filtering', () => {
  test('an empty filter matches everything and is not active', () => {
    assert.equal(isFilterActive({}), false);
    assert.equal(filterArticles(corpus, {}).length, corpus.length);
  });

  test('outlet (the empty string selects the unknown outlet), status, speaker substring, text across fields; facets combine', () => {
    assert.deepEqual(filterArticles(corpus, { outlet: 'KabarPesisir' }).map((a) => a.name).sort(), ['01.txt', '04.txt', '05.txt']);
    assert.deepEqual(filterArticles(corpus, { outlet: '' }).map((a) => a.name), ['02.txt']);
    assert.deepEqual(filterArticles(corpus, { status: 'flagged' }).map((a) => a.name), ['02.txt']);
    assert.deepEqual(filterArticles(corpus, { speaker: 'WAHYU' }).map((a) => a.name).sort(), ['01.txt', '03.txt']);
    assert.deepEqual(filterArticles(corpus, { text: 'cabai' }).map((a) => a.name), ['04.txt']);
    assert.deepEqual(filterArticles(corpus, { text: '2024-10' }).map((a) => a.name), ['01.txt']);
    assert.deepEqual(filterArticles(corpus, { outlet: 'KabarPesisir', speaker: 'wahyuni' }).map((a) => a.name), ['01.txt']);
    assert.deepEqual(filterArticles(corpus, { outlet: 'KabarPesisir', status: 'flagged' }), []);
  });

  test('describeFilter names every facet that is on', () => {
    assert.equal(describeFilter({ outlet: 'KabarPesisir', status: 'accepted', speaker: 'Sri', text: 'pasar' }), 'outlet: KabarPesisir · status: accepted · speaker: Sri · “pasar”');
    assert.equal(describeFilter({ outlet: '' }), 'outlet: unknown');
    assert.equal(describeFilter({}), '');
  });
});

suite('corpus: counting', () => {
  test('review progress by status and sidecar state', () => {
    const p = reviewProgress(corpus);
    assert.equal(p.total, 5);
    assert.equal(p.reviewed, 3);
    assert.deepEqual(p.byStatus, { unreviewed: 2, accepted: 1, rejected: 1, flagged: 1 });
    assert.equal(p.bySidecar.stale, 1);
    assert.equal(p.bySidecar.missing, 1);
    assert.equal(progressLabel(p), '3 of 5 reviewed');
  });

  test('dashboard stats: per outlet (most first), per month (calendar), speakers by quotes, boilerplate histogram and mean', () => {
    const s = corpusStats(corpus);
    assert.deepEqual(s.perOutlet, [
      { label: 'KabarPesisir', value: 3 },
      { label: 'Unknown outlet', value: 1 },
      { label: 'WartaLembah.id', value: 1 },
    ]);
    assert.deepEqual(s.perMonth.map((b) => b.label), ['2024-10', '2024-11', 'Undated']);
    assert.deepEqual(s.topSpeakers, [
      { label: 'Sri Wahyuni', value: 3 },
      { label: 'Hendra Wiratama', value: 1 },
    ]);
    assert.equal(s.boilerplateHistogram.length, 10);
    assert.equal(s.boilerplateHistogram.reduce((n, b) => n + b.value, 0), 5);
    assert.equal(s.boilerplateHistogram[2]?.value, 4, '0.2 falls in 20–30 %');
    assert.equal(s.boilerplateHistogram[9]?.value, 1, '0.95 falls in the last bucket');
    assert.ok(Math.abs((s.meanBoilerplateShare ?? 0) - (0.2 * 4 + 0.95) / 5) < 1e-9);
    assert.equal(corpusStats([]).meanBoilerplateShare, null);
  });
});

suite('corpus: next unreviewed', () => {
  const ordered = groupArticles(corpus, 'flat')[0]?.articles ?? [];
  const id = (name: string): string => `file:///corpus/${name}`;

  test('moves forward and backward in the given order, skipping reviewed articles, wrapping around', () => {
    assert.equal(nextUnreviewed(ordered, id('01.txt'))?.name, '04.txt');
    assert.equal(nextUnreviewed(ordered, id('04.txt'))?.name, '01.txt', 'wraps');
    assert.equal(nextUnreviewed(ordered, id('04.txt'), -1)?.name, '01.txt');
    assert.equal(nextUnreviewed(ordered, id('02.txt'), -1)?.name, '01.txt');
    assert.equal(nextUnreviewed(ordered, id('03.txt'), 1)?.name, '04.txt', 'from a reviewed article');
  });

  test('from nowhere (or an article not in the list) starts at the beginning or end; never returns the current one', () => {
    assert.equal(nextUnreviewed(ordered, undefined)?.name, '01.txt');
    assert.equal(nextUnreviewed(ordered, undefined, -1)?.name, '04.txt');
    assert.equal(nextUnreviewed(ordered, id('99.txt'))?.name, '01.txt');
    const single = ordered.filter((a) => a.name === '01.txt');
    assert.equal(nextUnreviewed(single, id('01.txt')), undefined);
    assert.equal(nextUnreviewed(ordered.filter((a) => a.status !== 'unreviewed'), undefined), undefined);
  });
});

suite('corpus: summaries', () => {
  const text = [
    'Jembatan Baru Diresmikan di Tepi Sungai',
    'KOTA LAMA - Wali Kota meresmikan jembatan baru, Senin (4/11/2024).',
    '"Jembatan ini untuk semua warga," kata Wali Kota Budi Santosa.',
    'Baca Juga : Harga Beras Turun',
  ].join('\n');
  const { analysis } = analyzeText(text);

  test('speakers are counted per quote, most first; unattributed quotes are not speakers', () => {
    assert.deepEqual(countSpeakers(['B', 'A', null, 'B']), [
      { name: 'B', quotes: 2 },
      { name: 'A', quotes: 1 },
    ]);
  });

  test('boilerplate share is over non-blank lines', () => {
    const bp = analysis.lineRoles.filter((r) => r === 'boilerplate').length;
    const nonBlank = analysis.lineRoles.filter((r) => r !== 'blank').length;
    assert.equal(boilerplateShare(analysis), bp / nonBlank);
  });

  test('a fresh sidecar’s values win over the engine’s; a stale one’s do not; the review status always comes from the sidecar', () => {
    const facts = { status: 'accepted' as const, title: 'Judul dari reviewer', date: '2024-11-05', outlet: 'KotaLama.id', speakers: ['Budi Santosa', 'Budi Santosa'] };
    const fresh = summarize('id', 'a.txt', analysis, 'fresh', facts);
    assert.equal(fresh.headline, 'Judul dari reviewer');
    assert.equal(fresh.outlet, 'KotaLama.id');
    assert.deepEqual(fresh.speakers, [{ name: 'Budi Santosa', quotes: 2 }]);
    assert.equal(fresh.status, 'accepted');
    const stale = summarize('id', 'a.txt', analysis, 'stale', facts);
    assert.equal(stale.headline, analysis.title?.text ?? null);
    assert.equal(stale.quoteCount, analysis.quotes.length);
    assert.equal(stale.status, 'accepted');
    const none = summarize('id', 'a.txt', analysis, 'missing');
    assert.equal(none.status, 'unreviewed');
    assert.equal(none.indexed, true);
  });

  test('from an up-to-date sidecar alone: its values, speakers counted, boilerplate share over non-blank lines', () => {
    assert.equal(countNonBlankLines('a\n\n  \r\nb\rc'), 3);
    const s = summarizeFromSidecar('id', 'a.txt', { status: 'flagged', title: 'T', date: '2024-01-02', outlet: 'O', speakers: ['X', null, 'X'], boilerplateLines: 2 }, 'fresh', 8);
    assert.deepEqual(
      [s.headline, s.date, s.outlet, s.status, s.quoteCount, s.boilerplateShare, s.indexed],
      ['T', '2024-01-02', 'O', 'flagged', 3, 0.25, true],
    );
    assert.deepEqual(s.speakers, [{ name: 'X', quotes: 2 }]);
    assert.equal(summarizeFromSidecar('id', 'a.txt', {}, 'fresh', 0).boilerplateShare, 0);
  });
});
