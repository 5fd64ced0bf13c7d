#!/usr/bin/env node
// The working tree's engine against a base commit's, in one process: (1) the whole analysis of
// every article we have, of mutated copies and of fast-check's random articles, in both languages,
// must be identical (speed work must not change what the engine says; this sees fields the JSONL
// of bench/output-diff.mjs leaves out); (2) µs of CPU per article for each, rounds alternating,
// so both see the same machine load. A measurement aid, not a test.
//   node bench/engine-vs-base.mjs [--base <rev>] [--runs 3000] [--seed 1] [--articles 3000] [--rounds 5]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, listTxt, root } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : dflt; };
const base = arg('--base', 'HEAD');
const runs = Number(arg('--runs', 3000)), seed0 = Number(arg('--seed', 1));
const articles = Number(arg('--articles', 3000)), rounds = Number(arg('--rounds', 5));
const sha = execFileSync('git', ['rev-parse', base], { cwd: root, encoding: 'utf8' }).trim();
const work = join(tmpdir(), 'corpus-review-output-diff');
const baseRoot = join(work, `src-${sha.slice(0, 12)}`);
if (!existsSync(join(baseRoot, 'src'))) {
  mkdirSync(baseRoot, { recursive: true });
  execFileSync('bash', ['-c', `git archive ${sha} src | tar -x -C ${baseRoot}`], { cwd: root });
}

const bundleDir = mkdtempSync(join(tmpdir(), 'corpus-review-vs-base-'));
async function load(srcRoot, name, extra = '') {
  const outfile = join(bundleDir, `${name}.cjs`);
  await esbuild.build({
    stdin: { contents: `export { analyzeText } from './src/core/analyze';${extra}`, resolveDir: srcRoot, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', nodePaths: [join(root, 'node_modules')],
  });
  return createRequire(import.meta.url)(outfile);
}
const before = await load(baseRoot, 'base');
const after = await load(root, 'working', `export { articleText } from './test/unit/fuzz/articleArbitrary'; export { default as fc } from 'fast-check';`);

// (1) Same analysis.
const texts = [];
for (const d of [join(root, '..', 'shared', 'seeds'), join(root, '..', 'shared', 'corpus-dev'), join(root, 'sample-corpus'), join(root, 'test', 'fixtures')]) {
  if (existsSync(d)) for (const f of listTxt(d)) texts.push(readFileSync(f, 'utf8'));
}
let s = seed0 >>> 0;
const rnd = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
// Mutations aimed at the rules: case changes, honorifics, roles, brackets, quote marks, glued words, accents, breaks.
const inserts = ['H.', 'dr', 'AKBP', 'Bupati', 'Kepala Dinas', 'di', 'warga', 'bin', 'yakni', 'bernama', '"', '\u201C', '\u201D', '(', 'Jalan', 'Pemkab', 'menegaskan', 'Jenderal', 'Wali Kota', 'Senin (3/3/2025)', 'Baca Juga:', 'WIB'];
const suffixes = ['.', ',', ':', ' (34)', ' (Joko)', '-Budi', ' dan', ' atau Cika', '.Poin', 'Sari', ' kata dia.', ' ujarnya.'];
function mutate(t) {
  const words = t.split(/(\s+)/);
  for (let k = 1 + Math.floor(rnd() * 12); k > 0; k--) {
    const j = Math.floor(rnd() * words.length), w = words[j] ?? '';
    switch (Math.floor(rnd() * 9)) {
      case 0: words[j] = w.toUpperCase(); break;
      case 1: words[j] = w.toLowerCase(); break;
      case 2: words[j] = w.charAt(0).toUpperCase() + w.slice(1); break;
      case 3: words[j] = w + pick(suffixes); break;
      case 4: words[j] = `${pick(inserts)} ${w}`; break;
      case 5: words[j] = words[Math.floor(rnd() * words.length)] ?? ''; break;
      case 6: words[j] = ''; break;
      case 7: words[j] = w.replace(/a/g, 'á'); break;
      default: words[j] = `${w}\n`;
    }
  }
  return words.join('');
}
let checked = 0, differing = 0;
function compare(text, what) {
  checked++;
  for (const language of ['id', 'en']) {
    const a = JSON.stringify(before.analyzeText(text, { language }).analysis);
    const b = JSON.stringify(after.analyzeText(text, { language }).analysis);
    if (a === b) continue;
    if (++differing <= 3) {
      let i = 0;
      while (a[i] === b[i]) i++;
      console.log(`differs (${what}, ${language}): ${JSON.stringify(text.slice(0, 200))}…\n  base:    …${a.slice(Math.max(0, i - 80), i + 120)}\n  working: …${b.slice(Math.max(0, i - 80), i + 120)}`);
    }
  }
}
for (const t of texts) compare(t, 'article');
for (let i = 0; i < runs; i++) compare(rnd() < 0.2 ? mutate(`${pick(texts)}\n${pick(texts)}`) : mutate(pick(texts)), 'mutated');
for (const t of after.fc.sample(after.articleText, { numRuns: runs, seed: seed0 })) compare(t, 'fast-check');
console.log(`same analysis: ${checked} texts × 2 languages, ${differing} differ`);

// (2) CPU time per article, alternating rounds over the same generated corpus.
const { dir } = generateCorpus(articles);
const corpus = listTxt(dir).map((f) => readFileSync(f, 'utf8'));
rmSync(dir, { recursive: true, force: true });
const engines = [['base', before, []], ['working', after, []]];
for (const [, core] of engines) for (const t of corpus) core.analyzeText(t);
for (let r = 0; r < rounds; r++) {
  for (const [, core, times] of engines) {
    const c0 = process.cpuUsage();
    for (const t of corpus) core.analyzeText(t);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / corpus.length);
  }
}
const median = (xs) => [...xs].sort((p, q) => p - q)[xs.length >> 1];
for (const [name, , times] of engines) console.log(`${name.padEnd(7)} ${median(times).toFixed(1)} µs CPU/article (median of ${rounds} rounds over ${corpus.length} articles; min ${Math.min(...times).toFixed(1)})`);
console.log(`speed-up: ×${(median(engines[0][2]) / median(engines[1][2])).toFixed(2)} (base ${base} = ${sha.slice(0, 10)})`);
rmSync(bundleDir, { recursive: true, force: true });
process.exit(differing ? 1 : 0);
