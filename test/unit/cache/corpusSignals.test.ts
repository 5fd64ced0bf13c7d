import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusCountsPart, learnCorpusSignals, restoreCorpusSignals, serialiseCorpusSignals, sumCorpusCounts } from '../../../src/core/boilerplate/corpusBoilerplate';
import { learnCorpusSignalsWithOutlets, withOutlets } from '../../../src/core/boilerplate/corpusLearn';
import { getLanguage } from '../../../src/core';

const sampleDir = [resolve(__dirname, '../../../../sample-corpus'), resolve(process.cwd(), 'sample-corpus')].find((d) => existsSync(d)) ?? 'sample-corpus';
const samples = (): string[] => readdirSync(sampleDir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(sampleDir, n), 'utf8'));

suite('corpus signals: serialise / restore (what workers and shards receive)', () => {
  test('restored signals answer as the learnt ones for every line of every article, per outlet too', () => {
    const texts = samples();
    // Two copies of each article so that some lines are shared and some outlets have several articles.
    const corpus = [...texts, ...texts.map((t) => t.replace(/\d/g, '7'))];
    const learnt = learnCorpusSignalsWithOutlets(corpus, getLanguage('id'));
    const data = serialiseCorpusSignals(learnt);
    assert.ok(data, 'signals from learnCorpusSignals serialise');
    const restored = restoreCorpusSignals(JSON.parse(JSON.stringify(data)));
    assert.equal(restored.articleCount, learnt.articleCount);
    let shared = 0;
    // The engine asks about an article's lines, and per outlet about the article's own outlet.
    for (const { text, outlet } of withOutlets(corpus, getLanguage('id'))) {
      for (const line of text.split(/\r\n|\n|\r/)) {
        assert.equal(restored.sharedBy(line), learnt.sharedBy(line), line);
        if (learnt.sharedBy(line) > 1) shared++;
        if (outlet) assert.equal(restored.sharedWithin?.(line, outlet), learnt.sharedWithin?.(line, outlet), `${outlet}: ${line}`);
      }
    }
    assert.ok(shared > 0, 'the corpus has shared lines, so the test compares real counts');
    for (const [outlet, size] of data.outlets) assert.equal(restored.outletArticleCount?.(outlet), size);
  });

  test('lines seen once are left out of the data (it stays small)', () => {
    const data = serialiseCorpusSignals(learnCorpusSignals(['Satu baris yang unik sekali\nBaris bersama di akhir', 'Baris lain yang berbeda\nBaris bersama di akhir']));
    assert.deepEqual(data?.counts, [['baris bersama di akhir', 2]]);
  });

  test('signals not built by learnCorpusSignals do not serialise; a wrong file is refused with a message', () => {
    assert.equal(serialiseCorpusSignals({ articleCount: 0, sharedBy: () => 0 }), null);
    assert.throws(() => restoreCorpusSignals({ format: 'other' }), /not a corpus-review\/signals\/v1 signals file/);
    assert.throws(() => restoreCorpusSignals(null), /signals file/);
  });

  test('counts learnt in parts (threads, machines) add up exactly to the whole corpus\'s signal', () => {
    const texts = samples();
    const corpus = [...texts, ...texts.map((t) => t.replace(/\d/g, '7')), ...texts.map((t) => t.replace(/\d/g, '3'))];
    const lang = getLanguage('id');
    const whole = learnCorpusSignalsWithOutlets(corpus, lang);
    const cut = [0, 7, 11, corpus.length];
    const parts = cut.slice(1).map((end, i) => corpusCountsPart(learnCorpusSignalsWithOutlets(corpus.slice(cut[i], end), lang)));
    assert.ok(parts.every((p) => p !== null));
    const summed = sumCorpusCounts(JSON.parse(JSON.stringify(parts)) as NonNullable<(typeof parts)[number]>[]);
    assert.equal(summed.articleCount, whole.articleCount);
    assert.deepEqual(serialiseCorpusSignals(summed), serialiseCorpusSignals(whole));
    let repeated = 0;
    for (const { text, outlet } of withOutlets(corpus, lang)) {
      for (const line of text.split(/\r\n|\n|\r/)) {
        assert.equal(summed.sharedBy(line), whole.sharedBy(line), line);
        if (whole.sharedBy(line) > 2) repeated++;
        if (outlet) assert.equal(summed.sharedWithin?.(line, outlet), whole.sharedWithin?.(line, outlet));
      }
    }
    assert.ok(repeated > 0, 'lines shared across parts are compared');
  });
});
