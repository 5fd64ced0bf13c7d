/**
 * How many worker threads `extract` starts: --jobs N as given; without it, one per 1,000 articles
 * up to the cores (starting threads costs more than they save on a small corpus: bench/scale.mjs).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { effectiveJobs, parseParallelArgs, runParallelExtract, type ParallelOptions } from '../../../src/cli/parallel/parallelExtract';
import { article } from '../hardening/helpers';

const parsed = (args: string[]): ParallelOptions => {
  const o = parseParallelArgs(args);
  assert.ok(typeof o !== 'string', String(o));
  return o;
};

suite('extract: how many worker threads', () => {
  test('--jobs N is obeyed; without it, one thread per 1,000 articles, at least one, at most the cores', () => {
    assert.equal(effectiveJobs({ jobs: 2, jobsGiven: true }, 10), 2);
    assert.equal(effectiveJobs({ jobs: 1, jobsGiven: true }, 100000), 1);
    assert.equal(effectiveJobs({ jobs: 2, jobsGiven: false }, 10), 1);
    assert.equal(effectiveJobs({ jobs: 2, jobsGiven: false }, 1999), 1);
    assert.equal(effectiveJobs({ jobs: 2, jobsGiven: false }, 2000), 2);
    assert.equal(effectiveJobs({ jobs: 8, jobsGiven: false }, 3500), 3);
    assert.equal(effectiveJobs({ jobs: 8, jobsGiven: false }, 100000), 8);
    assert.equal(parsed(['x']).jobsGiven, false);
    assert.equal(parsed(['x', '--jobs', '3']).jobsGiven, true);
  });

  test('a small corpus without --jobs never starts a worker; with --jobs 2 it does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-review-jobs-'));
    try {
      for (let i = 0; i < 5; i++) writeFileSync(join(dir, `a${i}.txt`), article('\n', i));
      // A worker script that does not exist: any article sent to a worker fails.
      const noWorker = join(dir, 'no-such-worker.js');
      const records: string[] = [];
      const messages: string[] = [];
      const byDefault = await runParallelExtract(parsed([dir]), noWorker, (l) => records.push(l), (l) => messages.push(l));
      assert.equal(byDefault.errors, 0, messages.join('\n'));
      assert.equal(records.length, 5);
      const forced = await runParallelExtract(parsed([dir, '--jobs', '2']), noWorker, () => undefined, () => undefined);
      assert.equal(forced.errors, 5, 'every article went to a worker thread (and failed there)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
