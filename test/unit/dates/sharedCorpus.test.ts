import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeText } from '../../../src/core/analyze';

/** ../shared beside the repository (not part of it): real articles with hand-made gold dates. */
const shared = resolve(process.env.CORPUS_REVIEW_SHARED ?? join(process.cwd(), '..', 'shared'));
const sets: ReadonlyArray<readonly [string, string]> = [['seeds', 'gold/seeds'], ['corpus-dev', 'gold/dev']];

suite('dates: real articles of ../shared against their gold dates', () => {
  test('article date accuracy on seeds + dev is at least 0.95', function () {
    if (!existsSync(join(shared, 'gold'))) {
      console.log(`      (skipped: ${shared} not found; set CORPUS_REVIEW_SHARED to the folder holding seeds/, corpus-dev/ and gold/)`);
      this.skip();
    }
    const misses: string[] = [];
    let total = 0;
    for (const [texts, gold] of sets) {
      for (const g of readdirSync(join(shared, gold)).filter((f) => f.endsWith('.gold.json'))) {
        const key = JSON.parse(readFileSync(join(shared, gold, g), 'utf8')) as { file: string; date: string | null };
        const { analysis } = analyzeText(readFileSync(join(shared, texts, key.file), 'utf8'));
        total++;
        if ((analysis.date?.iso ?? null) !== key.date) misses.push(`${key.file}: ${analysis.date?.iso ?? null} (gold ${key.date})`);
      }
    }
    assert.ok(total > 0, 'no gold files found');
    const accuracy = (total - misses.length) / total;
    assert.ok(accuracy >= 0.95, `date accuracy ${accuracy.toFixed(3)} < 0.95; misses:\n${misses.join('\n')}`);
  });

  test('no date in ../shared comes from a relative stamp, and every article date has a full ISO form', function () {
    if (!existsSync(join(shared, 'gold'))) this.skip();
    for (const [texts] of sets) {
      for (const f of readdirSync(join(shared, texts)).filter((x) => x.endsWith('.txt'))) {
        const { article, analysis } = analyzeText(readFileSync(join(shared, texts, f), 'utf8'));
        if (!analysis.date) continue;
        assert.match(analysis.date.iso, /^\d{4}-\d{2}-\d{2}$/, f);
        const raw = article.text.slice(analysis.date.span.start, analysis.date.span.end);
        assert.equal(raw, analysis.date.raw, `${f}: span and raw disagree`);
        assert.ok(!analysis.relativeStamps.some((r) => r.span.start < analysis.date!.span.end && analysis.date!.span.start < r.span.end), `${f}: the date overlaps a relative stamp`);
      }
    }
  });
});
