#!/usr/bin/env node
// npm run eval: extracts ../shared/seeds and ../shared/corpus-dev with the CLI and scores them with
// ../shared/eval/score.mjs against ../shared/gold/. A measurement, not a test. Pass --show for the
// scorer's per-quote misses.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.CORPUS_REVIEW_SHARED ?? join(root, '..', 'shared'));
const score = join(shared, 'eval', 'score.mjs');
if (!existsSync(score)) {
  console.error(`eval: ${shared} not found (set CORPUS_REVIEW_SHARED); nothing to score.`);
  process.exit(0);
}
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const tmp = mkdtempSync(join(tmpdir(), 'corpus-review-eval-'));
const extra = process.argv.slice(2).filter((a) => a === '--show' || a === '--json');
const heldout = join(root, 'test', 'fixtures', 'heldout');
const sets = [
  ['seeds', join(shared, 'seeds'), join(shared, 'gold/seeds')],
  ['dev', join(shared, 'corpus-dev'), join(shared, 'gold/dev')],
  // Our own articles in other outlets' styles, never tuned on: the generalisation check.
  ['heldout (ours)', heldout, join(heldout, 'gold')],
];
for (const [name, texts, gold] of sets) {
  const pred = join(tmp, `${name.split(' ')[0]}.jsonl`);
  writeFileSync(pred, execFileSync('node', [cli, 'extract', texts, '--format', 'jsonl'], { maxBuffer: 1 << 28 }));
  console.log(`\n## ${name}`);
  process.stdout.write(execFileSync('node', [score, '--gold', gold, '--texts', texts, '--pred', pred, ...extra]));
}
