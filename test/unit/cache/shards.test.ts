/**
 * Sharding: `learn` once over the whole corpus, then `extract --corpus-signals` per shard gives
 * the records one run over the whole corpus gives (corpus-repeat boilerplate included).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeGeneratedCorpus } from '../cli/generatedCorpus';
import { runCli, tempDir } from '../hardening/helpers';

suite('sharding with a corpus signals file (built CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  setup(() => {
    dir = tempDir();
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('two shards with the learnt signals print the same records as one whole run', () => {
    writeGeneratedCorpus(dir, 60);
    const files = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n));
    const whole = runCli(['extract', dir]);
    assert.equal(whole.status, 0, whole.stderr);
    assert.match(whole.stdout, /"sharedBy":/, 'the corpus has repeated lines, so the signal matters');
    const signals = join(dir, 'signals.json');
    const learn = runCli(['learn', dir, '--out', signals]);
    assert.equal(learn.status, 0, learn.stderr);
    assert.match(learn.stderr, /learnt from 60 articles: \d+ repeated lines/);
    const half = Math.floor(files.length / 2);
    const a = runCli(['extract', ...files.slice(0, half), '--corpus-signals', signals]);
    const b = runCli(['extract', ...files.slice(half), '--corpus-signals', signals]);
    assert.equal(a.stdout + b.stdout, whole.stdout);
    // Without the signals a shard learns from its own half only, and differs: the file is what makes them agree.
    const alone = runCli(['extract', ...files.slice(0, 10)]);
    const withSignals = runCli(['extract', ...files.slice(0, 10), '--corpus-signals', signals]);
    assert.notEqual(alone.stdout, withSignals.stdout);
  });

  test('a signals file that is missing or of another format is refused with exit 2', () => {
    writeGeneratedCorpus(dir, 2);
    const missing = runCli(['extract', dir, '--corpus-signals', join(dir, 'none.json')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read the corpus signals file .*none\.json/);
    writeFileSync(join(dir, 'other.json'), '{"format": "something-else"}');
    const other = runCli(['extract', dir, '--corpus-signals', join(dir, 'other.json')]);
    assert.equal(other.status, 2);
    assert.match(other.stderr, /other\.json: not a corpus-review\/signals\/v1 signals file/);
  });
});
