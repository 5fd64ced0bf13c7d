#!/usr/bin/env node
// µs/article of the dates pass (readDates) and the quote side of findQuotesAndPeople
// (findQuoteCandidates + resolveSpeakers, without findPeople) alone, on a generated corpus.
// With --base <commit> that commit's src/core is measured too, in separate processes that
// alternate with the working tree's (base, tree, base, tree), so that the figures share the
// machine's load. (Two bundles in one process slow each other down 2-3×: not a fair comparison.)
//   node bench/passes-dates-quotes.mjs [--articles 3000] [--rounds 5] [--base 3ac8778] [--corpus <dir of .txt>]
import * as esbuild from 'esbuild';
import { execFileSync, execSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, listTxt, root } from './lib.mjs';

const argOf = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : dflt; };
const count = Number(argOf('--articles', 3000));
const rounds = Number(argOf('--rounds', 5));
const base = argOf('--base', null);
/** The source tree to measure (the working tree unless a --base run hands another one to its child). */
const srcRoot = argOf('--src', root);
const label = argOf('--label', 'tree');
/** --corpus <dir>: the articles of a folder (e.g. real ones), repeated up to --articles, instead of generated ones. */
const corpus = argOf('--corpus', null);
/** --profile <pass>: the hottest functions of one pass of the tree (self time), instead of the timings. */
const profilePass = argOf('--profile', null);

/** The last bundle's lines, to show where a profiled function is (its names alone can be "(anonymous)"). */
let bundleLines = [];

/** Bundles the passes of the src/core under `srcRoot` and loads them. */
async function loadPasses(srcRoot) {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-review-passes-'));
  const core = join(srcRoot, 'src/core');
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, [
    `export { parseArticle } from ${JSON.stringify(join(core, 'article/article'))};`,
    `export { decodeArticleBytes } from ${JSON.stringify(join(core, 'text/decode'))};`,
    `export { getLanguage } from ${JSON.stringify(join(core, 'lang/language'))};`,
    `export { analyzeStructure } from ${JSON.stringify(join(core, 'structure/structure'))};`,
    `export { readDates } from ${JSON.stringify(join(core, 'dates/dates'))};`,
    `export { findQuoteCandidates } from ${JSON.stringify(join(core, 'quotes/quotes'))};`,
    `export { resolveSpeakers } from ${JSON.stringify(join(core, 'quotes/speakerResolution'))};`,
    `export { findPeople } from ${JSON.stringify(join(core, 'people/peopleFinder'))};`,
    `export { analyzeText } from ${JSON.stringify(join(core, 'analyze'))};`,
  ].join('\n'));
  const outfile = join(dir, 'passes.cjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', nodePaths: [join(root, 'node_modules')] });
  const passes = createRequire(import.meta.url)(outfile);
  bundleLines = readFileSync(outfile, 'utf8').split('\n');
  rmSync(dir, { recursive: true, force: true });
  return passes;
}

/** The inputs each pass gets in the engine, computed once (outside the timed loops). */
function prepare(p, texts) {
  const lang = p.getLanguage('id');
  return texts.map((text) => {
    const article = p.parseArticle(text);
    const structure = p.analyzeStructure(article, lang, {});
    const cands = p.findQuoteCandidates(article, lang, structure);
    const speakerTexts = cands.quotes.flatMap((c) => (c.cue?.speakerText && !c.cue.subjectGuess ? [c.cue.speakerText] : []));
    const people = p.findPeople(article, structure.lineRoles, lang, speakerTexts, cands.scare, structure.dateline?.place ?? null);
    return { article, structure, lang, cands, people };
  });
}

/** CPU time (user + system) per input: on a shared machine, wall time also counts the waits for a core. */
function time(inputs, run) {
  const t0 = process.cpuUsage();
  for (const x of inputs) run(x);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / inputs.length;
}

const passes = {
  readDates: (p) => (x) => p.readDates(x.article, x.lang, x.structure),
  quoteCandidates: (p) => (x) => p.findQuoteCandidates(x.article, x.lang, x.structure),
  resolveSpeakers: (p) => (x) => p.resolveSpeakers(x.cands.quotes, x.people.registry, x.people.body, x.lang, x.article.text),
  // The whole engine on the same text (what bench/profile-engine.mjs times, here in CPU time).
  analyzeText: (p) => (x) => p.analyzeText(x.article.text),
};

if (base) {
  const baseDir = mkdtempSync(join(tmpdir(), 'corpus-review-base-'));
  execSync(`git -C ${JSON.stringify(root)} archive ${base} src | tar -x -C ${JSON.stringify(baseDir)}`);
  const common = ['--articles', String(count), '--rounds', String(rounds), ...(corpus ? ['--corpus', corpus] : [])];
  for (let r = 0; r < 2; r++) {
    process.stdout.write(execFileSync(process.execPath, [import.meta.filename, ...common, '--src', baseDir, '--label', base, '--quiet']));
    process.stdout.write(execFileSync(process.execPath, [import.meta.filename, ...common, '--quiet']));
  }
  rmSync(baseDir, { recursive: true, force: true });
  process.exit(0);
}

const probe = await loadPasses(srcRoot);
let texts;
if (corpus) {
  const own = listTxt(corpus).map((f) => probe.decodeArticleBytes(readFileSync(f))).filter((d) => d.ok).map((d) => d.text);
  texts = Array.from({ length: Math.max(count, own.length) }, (_, i) => own[i % own.length]);
} else {
  const { dir } = generateCorpus(count);
  texts = listTxt(dir).map((f) => probe.decodeArticleBytes(readFileSync(f))).filter((d) => d.ok).map((d) => d.text);
  rmSync(dir, { recursive: true, force: true });
}
const variants = [{ name: label, p: probe }];
for (const v of variants) v.inputs = prepare(v.p, texts);

if (profilePass) {
  const v = variants[variants.length - 1];
  const run = passes[profilePass](v.p);
  for (const x of v.inputs) run(x);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (let r = 0; r < rounds; r++) for (const x of v.inputs) run(x);
  const { profile } = await session.post('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (const id of profile.samples) {
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}  ${(bundleLines[f.lineNumber] ?? '').trim().slice(0, 70)}`;
    self.set(k, (self.get(k) ?? 0) + 1);
  }
  for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((100 * c) / profile.samples.length).toFixed(1).padStart(5)}  ${k}`);
  // --lines <function>: that function's samples by line of the bundle.
  const fn = argOf('--lines', null);
  if (fn) {
    const ticks = new Map();
    for (const n of profile.nodes) if (n.callFrame.functionName === fn) for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
    for (const [line, t] of [...ticks].sort((a, b) => a[0] - b[0])) console.log(`${String(t).padStart(6)}  :${line}  ${(bundleLines[line - 1] ?? '').trim().slice(0, 110)}`);
  }
  process.exit(0);
}

const results = new Map();
for (let r = 0; r <= rounds; r++) {
  for (const v of variants) {
    for (const [pass, make] of Object.entries(passes)) {
      const us = time(v.inputs, make(v.p));
      if (r === 0) continue; // warm-up round
      const key = `${v.name}\t${pass}`;
      results.set(key, [...(results.get(key) ?? []), us]);
    }
  }
}
// The fastest round: on a shared machine the other rounds measure the neighbours as well.
const fastest = (xs) => Math.min(...xs);
if (!process.argv.includes('--quiet')) console.log(`${texts.length} articles, ${rounds} rounds, fastest round, CPU µs/article`);
for (const v of variants) {
  const row = Object.keys(passes).map((pass) => fastest(results.get(`${v.name}\t${pass}`)));
  const quotes = row[1] + row[2];
  console.log(`${v.name.padEnd(10)} readDates ${row[0].toFixed(1).padStart(6)}  quoteCandidates ${row[1].toFixed(1).padStart(6)}  resolveSpeakers ${row[2].toFixed(1).padStart(6)}  quotes total ${quotes.toFixed(1).padStart(6)}  whole engine ${row[3].toFixed(1).padStart(6)}`);
}
