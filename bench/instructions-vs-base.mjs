#!/usr/bin/env node
// Instructions per article for the working tree's engine and a base commit's, counted by valgrind
// (cachegrind without cache simulation, V8 single-threaded): unlike CPU time, the count does not move
// with the load of a shared machine, so small steps can be told apart. Each engine runs in its own
// process twice: both analyse the --warm articles three times over (the engine keeps answers per
// corpus and V8 needs them to settle: after one pass over a few hundred articles an article still
// costs twice its steady time), then one analyses the first --articles of them once more; the
// difference per article is the figure. Slow (minutes per process): a measurement aid, not a test.
// --working <rev> counts that commit's source instead of the working tree (a step between two commits).
//   node bench/instructions-vs-base.mjs [--base <rev>] [--working <rev>] [--articles 600] [--warm 1200]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, listTxt, root } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : dflt; };
const base = arg('--base', 'HEAD');
const articles = Number(arg('--articles', 600)), warm = Number(arg('--warm', 1200));
const workingRev = arg('--working', null);
/** The source tree of a commit, unpacked once under the temporary folder output-diff also uses. */
function sourceOf(rev) {
  const commit = execFileSync('git', ['rev-parse', rev], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), 'corpus-review-output-diff', `src-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('bash', ['-c', `git archive ${commit} src | tar -x -C ${dir}`], { cwd: root });
  }
  return { commit, dir };
}
const { commit: sha, dir: baseRoot } = sourceOf(base);

const work = mkdtempSync(join(tmpdir(), 'corpus-review-instructions-'));
async function bundle(srcRoot, name) {
  const outfile = join(work, `${name}.cjs`);
  await esbuild.build({
    stdin: { contents: `export { analyzeText } from './src/core/analyze';`, resolveDir: srcRoot, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', nodePaths: [join(root, 'node_modules')],
  });
  return outfile;
}
const engines = [['base', await bundle(baseRoot, 'base')], ['working', await bundle(workingRev ? sourceOf(workingRev).dir : root, 'working')]];

const { dir } = generateCorpus(Math.max(warm, articles));
const corpusFile = join(work, 'articles.json');
writeFileSync(corpusFile, JSON.stringify(listTxt(dir).map((f) => readFileSync(f, 'utf8'))));
rmSync(dir, { recursive: true, force: true });
const driver = join(work, 'driver.cjs');
writeFileSync(driver, `const texts = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
const core = require(process.argv[2]);
const warm = Number(process.argv[4]), count = Number(process.argv[5]);
for (let r = 0; r < 3; r++) for (const t of texts.slice(0, warm)) core.analyzeText(t);
for (const t of texts.slice(0, count)) core.analyzeText(t);
`);

/** Instructions valgrind counts for one process analysing the warm-up articles, then `n` of them again. */
function refs(file, n) {
  const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', driver, file, corpusFile, String(warm), String(n)];
  const out = execFileSync('bash', ['-c', `valgrind ${args.map((a) => JSON.stringify(a)).join(' ')} 2>&1 | grep 'I *refs'`], { encoding: 'utf8' });
  return Number(out.replace(/.*refs:\s*/su, '').replace(/,/gu, '').trim());
}
const perArticle = {};
for (const [name, file] of engines) {
  perArticle[name] = (refs(file, articles) - refs(file, 0)) / articles;
  console.log(`${name.padEnd(7)} ${(perArticle[name] / 1000).toFixed(1)}k instructions/article (${articles} articles after ${warm} analysed three times)`);
}
console.log(`ratio: ×${(perArticle.base / perArticle.working).toFixed(3)} fewer instructions (base ${base} = ${sha.slice(0, 10)}, working ${workingRev ?? 'tree'})`);
rmSync(work, { recursive: true, force: true });
