/**
 * Crash safety, for real: the built CLI (dist/cli.js, or $CORPUS_REVIEW_CLI) runs --write over a
 * few hundred generated articles and is killed with SIGKILL in the middle of the batch. Every
 * sidecar must then be the old version or the new one and parse, and the next run must finish
 * the job and clean up.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { articleHash, readSidecar, setReview } from '../../../src/core/sidecar';
import { writeGeneratedCorpus } from './generatedCorpus';

const ARTICLES = 300;

function cliPath(): string {
  const candidates = [process.env['CORPUS_REVIEW_CLI'], resolve(__dirname, '../../../../dist/cli.js'), resolve(process.cwd(), 'dist/cli.js')];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('dist/cli.js not found: run `npm run build` first (npm test does)');
  return found;
}

const sidecarOf = (article: string): string => article.replace(/\.txt$/, '.meta.yaml');

/** Starts a --write run and SIGKILLs it as soon as the sidecar of article `watchIndex` is replaced. */
async function killMidBatch(cli: string, dir: string, watched: string): Promise<{ signal: NodeJS.Signals | null; killedAfterWatched: boolean }> {
  const before = statSync(watched).mtimeMs;
  const before_ino = statSync(watched).ino;
  const child = spawn(process.execPath, [cli, 'extract', dir, '--write'], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.resume();
  let killedAfterWatched = false;
  const timer = setInterval(() => {
    const st = statSync(watched, { throwIfNoEntry: false });
    if (st && (st.ino !== before_ino || st.mtimeMs !== before)) {
      killedAfterWatched = true;
      child.kill('SIGKILL');
      clearInterval(timer);
    }
  }, 2);
  return new Promise((resolveDone) => {
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolveDone({ signal, killedAfterWatched });
    });
  });
}

suite('CLI crash safety (SIGKILL during --write)', function () {
  this.timeout(120_000);
  let dir: string;

  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-review-crash-'));
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('every sidecar is old or new and parses after the kill; the next run finishes the job', async () => {
    const cli = cliPath();
    const articles = writeGeneratedCorpus(dir, ARTICLES);
    const initial = spawnSync(process.execPath, [cli, 'extract', dir, '--write'], { encoding: 'utf8' });
    assert.equal(initial.status, 0, initial.stderr);
    // A reviewer's decisions on some sidecars, then every article changes (so every sidecar will be rewritten).
    for (let i = 0; i < ARTICLES; i += 7) {
      const p = sidecarOf(articles[i] as string);
      const r = setReview(readFileSync(p, 'utf8'), { status: 'accepted', reviewer: 'dina', time: '2026-11-24T02:00:00Z' });
      assert.ok(r.ok);
      if (r.ok) writeFileSync(p, r.value);
    }
    const oldSidecars = new Map(articles.map((a) => [a, readFileSync(sidecarOf(a), 'utf8')]));
    for (const a of articles) writeFileSync(a, readFileSync(a, 'utf8') + '\nEditor: Tim Redaksi\n');

    // Kill at a random moment after a random sidecar between 10% and 70% of the batch was replaced.
    const watchIndex = Math.floor(ARTICLES * (0.1 + Math.random() * 0.6));
    const killed = await killMidBatch(cli, dir, sidecarOf(articles[watchIndex] as string));
    assert.equal(killed.signal, 'SIGKILL', 'the run was killed, not finished');
    assert.ok(killed.killedAfterWatched);

    let oldCount = 0;
    let newCount = 0;
    for (const [i, a] of articles.entries()) {
      const text = readFileSync(sidecarOf(a), 'utf8');
      const view = readSidecar(text);
      assert.ok(view.ok, `${sidecarOf(a)} parses after the kill`);
      if (!view.ok) continue;
      if (text === oldSidecars.get(a)) oldCount++;
      else {
        assert.equal(view.value.source.sha256, articleHash(readFileSync(a, 'utf8')), `${sidecarOf(a)} is either the old text or a complete new one`);
        newCount++;
      }
      if (i % 7 === 0) assert.equal(view.value.review.status, 'accepted');
    }
    assert.ok(newCount > watchIndex * 0.9 && oldCount > 0, `killed mid-batch: ${newCount} new, ${oldCount} old (watched #${watchIndex})`);

    const finish = spawnSync(process.execPath, [cli, 'extract', dir, '--write'], { encoding: 'utf8' });
    assert.equal(finish.status, 0, finish.stderr);
    assert.match(finish.stderr, new RegExp(`${ARTICLES} articles: written 0, merged ${oldCount}, unchanged ${newCount}, conflicts 0, errors 0`));
    // .corpus-review/ holds the index cache (src/cli/corpusCache.ts), not a temporary file.
    assert.deepEqual(readdirSync(dir).filter((n) => n.startsWith('.') && n !== '.corpus-review'), [], 'no temporary files left behind');
    assert.deepEqual(readdirSync(join(dir, '.corpus-review')).filter((n) => n !== 'index.json'), [], 'no temporary files left beside the index cache');
    const check = spawnSync(process.execPath, [cli, 'extract', dir, '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    for (let i = 0; i < ARTICLES; i += 7) {
      const view = readSidecar(readFileSync(sidecarOf(articles[i] as string), 'utf8'));
      assert.ok(view.ok && view.value.review.status === 'accepted' && view.value.review.reviewer === 'dina');
    }
    process.stdout.write(`      (killed after #${watchIndex}: ${newCount} sidecars new, ${oldCount} old; the next run merged ${oldCount})\n`);
  });
});
