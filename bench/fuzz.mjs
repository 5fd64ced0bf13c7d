#!/usr/bin/env node
// The long fuzz run (issue 7): 100,000 random articles through the engine, checking the same
// invariants as the unit-test fuzz (test/unit/fuzz). Prints the count, the time, and any failure
// with its seed and a shrunk counterexample.
//   node bench/fuzz.mjs [--runs 100000] [--seed N]
import * as esbuild from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : dflt; };
const runs = arg('--runs', 100000);
const seed = arg('--seed', Date.now() % 2 ** 31);
const outfile = join(mkdtempSync(join(tmpdir(), 'corpus-review-fuzz-')), 'fuzz.cjs');
await esbuild.build({
  stdin: {
    contents: `export { articleText } from './test/unit/fuzz/articleArbitrary';
               export { checkInvariants } from './test/unit/fuzz/engine.fuzz.test';
               export { analyzeText } from './src/core/analyze';
               export { default as fc } from 'fast-check';`,
    resolveDir: root, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
  // The test module calls mocha's suite() at load time; give it a no-op so it can be imported here.
  banner: { js: 'globalThis.suite = () => {}; globalThis.test = () => {};' },
});
const { articleText, checkInvariants, analyzeText, fc } = createRequire(import.meta.url)(outfile);
const t0 = Date.now();
const deepEqual = (a, b) => JSON.stringify(a) === JSON.stringify(b);
fc.assert(fc.property(articleText, (text) => {
  const first = analyzeText(text);
  checkInvariants(text, first.analysis, first.article.text.length);
  if (!deepEqual(first.analysis, analyzeText(text).analysis)) throw new Error('output differs between two runs');
}), { numRuns: runs, seed });
console.log(`fuzz: ${runs} articles, seed ${seed}, no failure, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
