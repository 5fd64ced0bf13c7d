#!/usr/bin/env node
// Where the engine's time goes: analyses a generated corpus in memory (no file reads) under V8's
// sampling profiler and prints µs per article and the functions with the most self and inclusive
// time. A measurement aid for speed work (issue 3), not a test.
//   node bench/profile-engine.mjs [--articles 3000] [--top 40]
import { Session } from 'node:inspector/promises';
import { readFileSync, rmSync } from 'node:fs';
import { generateCorpus, listTxt, loadCore, mb, printProfile } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? Number(process.argv[i + 1]) : dflt; };
const count = arg('--articles', 3000), top = arg('--top', 40);
const core = await loadCore();
const { dir, bytes } = generateCorpus(count);
const texts = listTxt(dir).map((f) => core.decodeArticleBytes(readFileSync(f))).filter((d) => d.ok).map((d) => d.text);
rmSync(dir, { recursive: true, force: true });
for (const t of texts.slice(0, 500)) core.analyzeText(t);

const t0 = performance.now();
for (const t of texts) core.analyzeText(t);
const ms = performance.now() - t0;
console.log(`${texts.length} articles, ${(bytes / texts.length).toFixed(0)} bytes each: ${((ms * 1000) / texts.length).toFixed(1)} µs/article, ${(mb(bytes) / (ms / 1000)).toFixed(2)} MB/s (unprofiled)`);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let r = 0; r < 2; r++) for (const t of texts) core.analyzeText(t);
const { profile } = await session.post('Profiler.stop');

printProfile(profile, top);
