// Scale figures for the CLI, the index cache and the extension's tree, on generated corpora
// (bench/lib.mjs generateCorpus).
//   node bench/scale.mjs [--sizes 1000,10000,100000] [--keep] [--no-vscode]
// For each size: CLI throughput with --jobs 1 and with every core (JSONL to /dev/null), the index
// build (first `extract --write`: sidecars + .corpus-review/index.json), the reopen (load the index
// and stat every article and sidecar: what a tree needs to show the corpus at once), an incremental
// re-run (every sidecar current), and each CLI run's peak RSS (workers are threads: one process).
// Then, in the real VS Code (bench/tree-index.mjs, three fresh windows on the same folder): the
// tree's time from activation to its first children and to a first row with its headline, the full
// index time and the extension host's peak RSS, when opened with the CLI's index, cold (index
// deleted), and reopened with the index the extension wrote. --no-vscode skips that part.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, mb, root } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '1000,10000,100000').split(',').map(Number);
const keep = process.argv.includes('--keep');
const withVsCode = !process.argv.includes('--no-vscode');
const cores = availableParallelism();
const cli = join(root, 'dist/cli.js');

const build = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

/** The CLI's cache module (and the core it uses), bundled like the CLI, for timing the reopen in-process. */
async function loadCacheModule() {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-review-bench-'));
  const outfile = join(dir, 'cache.cjs');
  await esbuild.build({ stdin: { contents: "export * from './src/cli/corpusCache'; export * from './src/core/cache'; export { EXTRACTOR_VERSION } from './src/core';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}
const cache = await loadCacheModule();

const hookDir = mkdtempSync(join(tmpdir(), 'corpus-review-bench-'));
const hook = join(hookDir, 'rss.cjs');
writeFileSync(hook, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`maxRSS_KB=${u.maxRSS} cpu_us=${u.userCPUTime + u.systemCPUTime}\\n`); });\n");

function runCli(args) {
  const devnull = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', hook, cli, ...args], { stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssMb = Number(/maxRSS_KB=(\d+)/.exec(r.stderr)?.[1]) / 1024;
  // CPU seconds over wall seconds: how many cores the run kept busy (on a shared machine, fewer than it asked for).
  const busy = Number(/cpu_us=(\d+)/.exec(r.stderr)?.[1]) / 1e6 / seconds;
  const summary = r.stderr.split('\n').filter((l) => l.startsWith('corpus-review: ') && / articles/.test(l)).pop() ?? r.stderr.slice(-300);
  if (r.status !== 0) console.log(`    (exit ${r.status}) ${summary}`);
  return { seconds, rssMb, summary, cores: busy };
}

function reopen(files) {
  const started = process.hrtime.bigint();
  // The CLI's corpus root: the deepest folder holding every article.
  const dir = cache.corpusRootOf(files);
  const loaded = cache.loadCorpusCache(dir, cache.EXTRACTOR_VERSION, '.meta.yaml');
  const loadedAt = process.hrtime.bigint();
  const stamp = (p) => {
    try {
      const s = statSync(p);
      return { size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return null;
    }
  };
  let current = 0;
  for (const f of files) {
    const entry = loaded.cache.entries[cache.cacheKeyFor(dir, f)];
    if (cache.isEntryCurrent(entry, stamp(f), stamp(f.replace(/\.txt$/, '.meta.yaml')))) current++;
  }
  const done = process.hrtime.bigint();
  return { loadMs: Number(loadedAt - started) / 1e6, totalMs: Number(done - started) / 1e6, current, ignored: loaded.ignored, indexMb: mb(statSync(cache.cachePathFor(dir)).size) };
}

const fmt = (n, d = 1) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(d) : '?');
const table = [];

/** Three VS Code windows on the corpus (with its sidecars): with the CLI's index, cold, reopened with the extension's. */
function treeInVsCode(dir, size) {
  const json = join(hookDir, `tree-${size}.json`);
  const r = spawnSync(process.execPath, [join(root, 'bench/tree-index.mjs'), '--workspace', dir, '--runs', 'warm,cold,warm', '--json', json], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let runs = [];
  try {
    runs = JSON.parse(readFileSync(json, 'utf8'));
  } catch {
    console.log(`  VS Code tree: no figures (tree-index.mjs exit ${r.status}); its output:\n${r.stdout.slice(-2000)}`);
    return null;
  }
  const labels = ["opened with the CLI's index", 'cold (no index)', "reopened with the extension's index"];
  runs.forEach((run, i) => {
    if (run.failed) return console.log(`  VS Code tree, ${labels[i]}: failed`);
    console.log(`  VS Code tree, ${labels[i]}: first children ${fmt(run.firstChildrenMs, 0)} ms, first row with headline ${fmt(run.firstHeadlineMs, 0)} ms, full index ${fmt(run.fullIndexMs / 1000)} s; extension host peak RSS ${fmt(run.peakRssMb, 0)} MB (+${fmt(run.peakRssMb - run.rssBeforeMb, 0)} over ${fmt(run.rssBeforeMb, 0)} MB before activation), live heap after GC ${fmt(run.liveHeapMb, 0)} MB (+${fmt(run.liveHeapMb - run.liveHeapBeforeMb, 0)} over before activation)`);
  });
  return { cli: runs[0], cold: runs[1], warm: runs[2] };
}

function printTable() {
  console.log('summary (articles/s; s; ms; MB):');
  console.log('| articles | CLI --jobs 1 | CLI --jobs ' + cores + ' | index build | CLI reopen | tree first children: cold / CLI index / reopen | full index: cold / reopen | ext. host peak RSS (growth over before activation): cold / reopen | ext. host live heap growth after GC: cold / reopen | CLI peak RSS |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const t of table) {
    const tr = t.tree;
    const trees = tr ? `${fmt(tr.cold?.firstChildrenMs, 0)} / ${fmt(tr.cli?.firstChildrenMs, 0)} / ${fmt(tr.warm?.firstChildrenMs, 0)} ms` : 'not run';
    const full = tr ? `${fmt(tr.cold?.fullIndexMs / 1000)} / ${fmt(tr.warm?.fullIndexMs / 1000)} s` : '';
    const peak = (run) => `${fmt(run?.peakRssMb, 0)} (+${fmt(run?.peakRssMb - run?.rssBeforeMb, 0)})`;
    const rss = tr ? `${peak(tr.cold)} / ${peak(tr.warm)}` : '';
    const live = tr ? `+${fmt(tr.cold?.liveHeapMb - tr.cold?.liveHeapBeforeMb, 0)} / +${fmt(tr.warm?.liveHeapMb - tr.warm?.liveHeapBeforeMb, 0)}` : '';
    console.log(`| ${t.size} | ${fmt(t.one, 0)} | ${fmt(t.all, 0)} | ${fmt(t.build)} s | ${fmt(t.reopenMs, 0)} ms | ${trees} | ${full} | ${rss} | ${live} | ${fmt(t.cliRss, 0)} |`);
  }
}
console.log(`scale bench: ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at start; node ${process.version}`);
console.log('the machine may be shared: figures are wall-clock times of single runs.\n');
for (const size of sizes) {
  const { dir, bytes } = generateCorpus(size);
  const subs = readdirSync(dir).sort().map((s) => join(dir, s));
  const files = subs.flatMap((s) => readdirSync(s).filter((n) => n.endsWith('.txt')).sort().map((n) => join(s, n)));
  console.log(`${size} articles (${fmt(mb(bytes))} MB) in ${dir}`);
  const one = runCli(['extract', ...subs, '--jobs', '1']);
  console.log(`  extract → JSONL, --jobs 1:   ${fmt(one.seconds)} s, ${fmt(size / one.seconds, 0)} articles/s, peak RSS ${fmt(one.rssMb, 0)} MB, ${fmt(one.cores, 2)} cores busy`);
  const all = runCli(['extract', ...subs, '--jobs', String(cores)]);
  console.log(`  extract → JSONL, --jobs ${cores}:   ${fmt(all.seconds)} s, ${fmt(size / all.seconds, 0)} articles/s, peak RSS ${fmt(all.rssMb, 0)} MB, ${fmt(all.cores, 2)} cores busy (speed-up ×${fmt(one.seconds / all.seconds, 2)})`);
  const write = runCli(['extract', ...subs, '--write', '--jobs', String(cores)]);
  console.log(`  index build (first --write, sidecars + index), --jobs ${cores}: ${fmt(write.seconds)} s, ${fmt(size / write.seconds, 0)} articles/s, peak RSS ${fmt(write.rssMb, 0)} MB, ${fmt(write.cores, 2)} cores busy`);
  const r = reopen(files);
  console.log(`  reopen (load index + stat every article and sidecar): ${fmt(r.totalMs, 0)} ms (index ${fmt(r.indexMb)} MB parsed in ${fmt(r.loadMs, 0)} ms), ${r.current}/${size} entries current${r.ignored ? ` — index ignored: ${r.ignored}` : ''}`);
  const again = runCli(['extract', ...subs, '--write', '--jobs', String(cores)]);
  console.log(`  incremental re-run (nothing changed): ${fmt(again.seconds, 2)} s, peak RSS ${fmt(again.rssMb, 0)} MB — ${again.summary.replace('corpus-review: ', '')}`);
  const row = { size, one: size / one.seconds, all: size / all.seconds, build: write.seconds, reopenMs: r.totalMs, cliRss: Math.max(one.rssMb, all.rssMb, write.rssMb) };
  if (withVsCode) row.tree = treeInVsCode(dir, size);
  table.push(row);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  console.log('');
}
printTable();
rmSync(hookDir, { recursive: true, force: true });
