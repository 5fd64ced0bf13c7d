#!/usr/bin/env node
// Times the structure pass alone (analyzeStructure over parsed articles, in memory) and the whole
// engine on the same generated corpus, so that speed work on the line model has its own figure.
// With --base <rev>, the same is timed for the source at that commit in the same process, rounds
// alternating, so that both figures see the same machine load. Times are CPU time of this process
// (the machine is shared: wall time counts other people's work), best of the rounds.
// A measurement aid for issue 3, not a test.
// With --only <rev>, only that commit's source is timed (one bundle per process: two bundles in one
// process can disturb each other's optimisation).
//   node bench/profile-structure.mjs [--articles 3000] [--rounds 5] [--base 3ac8778 | --only 3ac8778] [--profile]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, listTxt, printProfile, root } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : dflt; };
const count = Number(arg('--articles', 3000)), rounds = Number(arg('--rounds', 5)), base = arg('--base', null), only = arg('--only', null);
const dir = mkdtempSync(join(tmpdir(), 'corpus-review-structure-'));

/** Bundles the core of a source tree, with analyzeStructure exported, and loads it. */
async function loadStructureCore(srcRoot, name) {
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, [
    `export * from ${JSON.stringify(join(srcRoot, 'src/core/index.ts'))};`,
    `export { analyzeStructure } from ${JSON.stringify(join(srcRoot, 'src/core/structure/structure.ts'))};`,
  ].join('\n'));
  const outfile = join(dir, `${name}.cjs`);
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}

const cores = only ? [] : [['work', await loadStructureCore(root, 'work')]];
for (const rev of [base, only].filter(Boolean)) {
  const src = join(dir, 'base');
  mkdirSync(src);
  execFileSync('bash', ['-c', `git archive ${rev} src | tar -x -C ${src}`], { cwd: root });
  cores.unshift([rev, await loadStructureCore(src, 'base')]);
}
const core = cores[cores.length - 1][1];
const gen = generateCorpus(count);
const texts = listTxt(gen.dir).map((f) => core.decodeArticleBytes(readFileSync(f))).filter((d) => d.ok).map((d) => d.text);
rmSync(gen.dir, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });

const cpu = (fn) => {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / texts.length;
};
const runs = cores.map(([name, c]) => {
  const lang = c.getLanguage('id');
  const articles = texts.map((t) => c.parseArticle(t));
  for (const a of articles.slice(0, 500)) c.analyzeStructure(a, lang);
  for (const t of texts.slice(0, 500)) c.analyzeText(t);
  return { name, c, lang, articles, best: { parse: Infinity, structure: Infinity, engine: Infinity } };
});
for (let r = 0; r < rounds; r++) {
  for (const run of runs) {
    const { c, lang, articles, best } = run;
    best.parse = Math.min(best.parse, cpu(() => { for (const t of texts) c.parseArticle(t); }));
    best.structure = Math.min(best.structure, cpu(() => { for (const a of articles) c.analyzeStructure(a, lang); }));
    best.engine = Math.min(best.engine, cpu(() => { for (const t of texts) c.analyzeText(t); }));
  }
}
console.log(`${texts.length} articles, CPU µs/article, best of ${rounds} rounds:`);
for (const { name, best } of runs) console.log(`  ${name.padEnd(10)} parseArticle ${best.parse.toFixed(1)}, analyzeStructure ${best.structure.toFixed(1)}, analyzeText ${best.engine.toFixed(1)}`);

if (process.argv.includes('--profile')) {
  const { Session } = await import('node:inspector/promises');
  const { c, lang, articles } = runs[runs.length - 1];
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (let r = 0; r < 10; r++) for (const a of articles) c.analyzeStructure(a, lang);
  const { profile } = await session.post('Profiler.stop');
  printProfile(profile, Number(arg("--top", 30)));
}
