#!/usr/bin/env node
// Where the engine's time goes, by source line and by folder of src/core: analyses a generated corpus
// in memory under V8's sampling profiler (as bench/profile-engine.mjs does) and maps each sampled
// line of the esbuild bundle back to its TypeScript line through the bundle's source map. The
// folder totals are self time per pass (people/, structure/, dates/, quotes/, boilerplate/ …); a
// regex's own run counts on the line that calls it. A measurement aid for speed work, not a test.
//   node bench/profile-lines.mjs [--articles 3000] [--rounds 3] [--top 40]
import * as esbuild from 'esbuild';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { generateCorpus, listTxt, root } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : dflt; };
const count = arg('--articles', 3000), rounds = arg('--rounds', 3), top = arg('--top', 40);

const dir = mkdtempSync(join(tmpdir(), 'corpus-review-lines-'));
const outfile = join(dir, 'core.cjs');
await esbuild.build({ entryPoints: [join(root, 'src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, sourcemap: 'external', logLevel: 'warning' });
const core = createRequire(import.meta.url)(outfile);
const bundleLines = readFileSync(outfile, 'utf8').split('\n');
const map = new SourceMap(JSON.parse(readFileSync(`${outfile}.map`, 'utf8')));

const { dir: corpus } = generateCorpus(count);
const texts = listTxt(corpus).map((f) => core.decodeArticleBytes(readFileSync(f))).filter((d) => d.ok).map((d) => d.text);
rmSync(corpus, { recursive: true, force: true });
for (const t of texts.slice(0, 500)) core.analyzeText(t);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let r = 0; r < rounds; r++) for (const t of texts) core.analyzeText(t);
const { profile } = await session.post('Profiler.stop');
rmSync(dir, { recursive: true, force: true });

// Ticks per bundle line (only the bundle's own frames carry lines; natives and the collector are named apart).
const bundleUrl = profile.nodes.find((n) => n.callFrame.url.endsWith('core.cjs'))?.callFrame.url;
const ticksByLine = new Map();
const elsewhere = new Map();
for (const n of profile.nodes) {
  if (n.callFrame.url === bundleUrl) for (const { line, ticks } of n.positionTicks ?? []) ticksByLine.set(line, (ticksByLine.get(line) ?? 0) + ticks);
}
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (const id of profile.samples) {
  const n = byId.get(id);
  if (n.callFrame.url !== bundleUrl) elsewhere.set(n.callFrame.functionName || '(native)', (elsewhere.get(n.callFrame.functionName || '(native)') ?? 0) + 1);
}
const total = profile.samples.length;

// A bundle line's source line: the map's entry at its first non-blank column.
const sourceOf = (line) => {
  const text = bundleLines[line - 1] ?? '';
  const entry = map.findEntry(line - 1, Math.max(0, text.search(/\S/u)));
  if (!entry?.originalSource) return { file: '(bundle)', line, text: text.trim() };
  const file = relative(root, resolve(dirname(outfile), entry.originalSource));
  return { file, line: entry.originalLine + 1, text: text.trim() };
};
const byLine = new Map();
const byFolder = new Map();
for (const [line, ticks] of ticksByLine) {
  const s = sourceOf(line);
  const key = `${s.file}:${s.line}`;
  const row = byLine.get(key) ?? { ticks: 0, text: s.text };
  row.ticks += ticks;
  byLine.set(key, row);
  const folder = s.file.startsWith('src/core/') ? s.file.split('/').slice(0, 3).join('/') : s.file;
  byFolder.set(folder, (byFolder.get(folder) ?? 0) + ticks);
}
const pct = (n) => ((100 * n) / total).toFixed(1).padStart(5);
console.log(`${texts.length} articles × ${rounds} rounds, ${total} samples`);
console.log('\nself time by folder (% of samples)');
for (const [folder, ticks] of [...byFolder].sort((a, b) => b[1] - a[1])) console.log(`${pct(ticks)}  ${folder}`);
for (const [name, ticks] of [...elsewhere].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`${pct(ticks)}  ${name}`);
console.log(`\nhottest source lines (% of samples)`);
for (const [key, row] of [...byLine].sort((a, b) => b[1].ticks - a[1].ticks).slice(0, top)) console.log(`${pct(row.ticks)}  ${key.padEnd(44)} ${row.text.slice(0, 110)}`);
