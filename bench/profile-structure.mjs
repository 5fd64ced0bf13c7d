#!/usr/bin/env node
// Times the structure pass alone (analyzeStructure over parsed articles, in memory) against the
// whole engine on the same generated corpus, so speed work on the line model has its own figure.
// A measurement aid for issue 3, not a test.
//   node bench/profile-structure.mjs [--articles 3000] [--rounds 5]
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, listTxt, root } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : dflt; };
const count = arg('--articles', 3000), rounds = arg('--rounds', 5);

const dir = mkdtempSync(join(tmpdir(), 'corpus-review-structure-'));
const entry = join(dir, 'entry.ts');
writeFileSync(entry, [
  `export * from ${JSON.stringify(join(root, 'src/core/index.ts'))};`,
  `export { analyzeStructure } from ${JSON.stringify(join(root, 'src/core/structure/structure.ts'))};`,
].join('\n'));
const outfile = join(dir, 'core.cjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
const core = createRequire(import.meta.url)(outfile);

const gen = generateCorpus(count);
const texts = listTxt(gen.dir).map((f) => core.decodeArticleBytes(readFileSync(f))).filter((d) => d.ok).map((d) => d.text);
rmSync(gen.dir, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });
const lang = core.getLanguage('id');

const time = (fn) => {
  const t0 = performance.now();
  fn();
  return ((performance.now() - t0) * 1000) / texts.length;
};
const articles = texts.map((t) => core.parseArticle(t));
for (const a of articles.slice(0, 500)) core.analyzeStructure(a, lang);
for (const t of texts.slice(0, 500)) core.analyzeText(t);
const best = { parse: Infinity, structure: Infinity, engine: Infinity };
for (let r = 0; r < rounds; r++) {
  best.parse = Math.min(best.parse, time(() => { for (const t of texts) core.parseArticle(t); }));
  best.structure = Math.min(best.structure, time(() => { for (const a of articles) core.analyzeStructure(a, lang); }));
  best.engine = Math.min(best.engine, time(() => { for (const t of texts) core.analyzeText(t); }));
}
console.log(`${texts.length} articles, best of ${rounds} rounds (µs/article): parseArticle ${best.parse.toFixed(1)}, analyzeStructure ${best.structure.toFixed(1)}, analyzeText ${best.engine.toFixed(1)}`);

if (process.argv.includes('--profile')) {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (let r = 0; r < 10; r++) for (const a of articles) core.analyzeStructure(a, lang);
  const { profile } = await session.post('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => { const f = n.callFrame; return f.url ? `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}` : (f.functionName || '(native)'); };
  const self = new Map(), incl = new Map();
  for (const id of profile.samples) {
    const k = name(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + 1);
    const seen = new Set();
    for (let cur = id; cur != null; cur = parent.get(cur)) {
      const key = name(byId.get(cur));
      if (!seen.has(key)) { seen.add(key); incl.set(key, (incl.get(key) ?? 0) + 1); }
    }
  }
  const total = profile.samples.length;
  for (const [title, map] of [['self', self], ['inclusive', incl]]) {
    console.log(`\n${title} time (% of samples)`);
    for (const [k, c] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)}  ${k}`);
  }
}
