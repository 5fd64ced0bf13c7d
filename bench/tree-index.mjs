#!/usr/bin/env node
// How the Articles view behaves on a big corpus, in the real VS Code (code-server, offline):
//   node bench/tree-index.mjs [--articles 100000] [--sidecars] [--workspace DIR] [--runs cold,warm] [--json FILE]
// Generates N articles (variations of our own fixture articles, 1,000 per folder) in a temp
// workspace (or uses --workspace DIR as it is), opens it, and runs bench/tree-index-probe.cjs in the
// extension host, which prints the time from activation to the tree's first children and to a
// first article row with its headline, time to full index, event-loop lateness while indexing,
// tree/filter latencies, and the extension host's memory. --sidecars also writes an up-to-date
// sidecar per article first (with the CLI: the "already extracted" case).
//
// --runs: each run opens the workspace in a fresh VS Code. `cold` deletes the index caches
// (.corpus-review/ at the root and in its folders) first; `warm` keeps what the previous run (or the CLI) wrote: the reopen.
// Default: cold,warm. --json FILE writes every run's figures as a JSON array (bench/scale.mjs reads it).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, repoRoot, runProbeInVsCode, tempDir } from '../scripts/code-server.mjs';
import { generateCorpus } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const given = arg('workspace', null);
const runs = arg('runs', 'cold,warm').split(',');
const jsonOut = arg('json', null);

ensureBuilt({ tests: false });
let workspace = given;
let count;
if (!workspace) {
  count = Number(arg('articles', '100000'));
  workspace = path.join(tempDir('corpus-review-bench-ws-'), 'workspace');
  const t0 = Date.now();
  generateCorpus(count, { dir: workspace });
  console.log(`[bench] wrote ${count} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s to ${workspace}`);
  if (process.argv.includes('--sidecars')) {
    const t1 = Date.now();
    const folders = fs.readdirSync(workspace).map((s) => path.join(workspace, s));
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'extract', ...folders, '--write'], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`[bench] CLI extract --write: exit ${r.status} in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  }
}
count ??= fs.readdirSync(workspace, { recursive: true }).filter((n) => String(n).endsWith('.txt')).length;

const results = [];
let failed = 0;
for (const run of runs) {
  const cacheDir = path.join(workspace, '.corpus-review');
  // Cold: no index anywhere (the CLI writes one where it ran: the root, or a lone sub-folder).
  if (run === 'cold') {
    for (const name of ['', ...fs.readdirSync(workspace)]) fs.rmSync(path.join(workspace, name, '.corpus-review'), { recursive: true, force: true });
  }
  const cache = path.join(cacheDir, 'index.json');
  console.log(`[bench] ${run} open of ${count} articles (index cache: ${fs.existsSync(cache) ? `${(fs.statSync(cache).size / 1048576).toFixed(1)} MB` : 'none'})`);
  const stateDir = tempDir('corpus-review-bench-');
  const out = path.join(tempDir('corpus-review-bench-out-'), 'result.json');
  // The extension host inherits the server's environment: the probe writes its figures there.
  process.env.CORPUS_REVIEW_BENCH_OUT = out;
  const code = await runProbeInVsCode({ stateDir, workspace, probe: path.join(repoRoot, 'bench/tree-index-probe.cjs'), timeoutS: Math.max(300, Math.ceil(count / 50)) });
  console.log(`[bench] ${run}: driver exit ${code}`);
  if (code !== 0) failed++;
  try {
    results.push({ run, ...JSON.parse(fs.readFileSync(out, 'utf8')), cacheMb: fs.existsSync(cache) ? fs.statSync(cache).size / 1048576 : 0 });
  } catch {
    results.push({ run, failed: true });
  }
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results));
if (!given) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
process.exit(failed ? 1 : 0);
