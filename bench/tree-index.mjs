#!/usr/bin/env node
// How the Articles view behaves on a big corpus, in the real VS Code (code-server, offline):
//   node bench/tree-index.mjs [--articles 100000] [--sidecars]
// Generates N articles (variations of our own fixture articles, 1,000 per folder) in a temp
// workspace, opens it, and runs bench/tree-index-probe.cjs in the extension host, which prints
// time to first listing, time to full index, event-loop lateness while indexing, and tree/filter
// latencies. --sidecars also writes an up-to-date sidecar per article first (the "already
// extracted" case, where indexing reads YAML instead of running the engine).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureBuilt, repoRoot, runProbeInVsCode, tempDir } from '../scripts/code-server.mjs';
import { generateCorpus } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('articles', '100000'));
const withSidecars = process.argv.includes('--sidecars');

ensureBuilt({ tests: false });
const stateDir = tempDir('corpus-review-bench-');
const workspace = path.join(stateDir, 'workspace');
const t0 = Date.now();
generateCorpus(count, { dir: workspace });
console.log(`[bench] wrote ${count} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s to ${workspace}`);
if (withSidecars) {
  const t1 = Date.now();
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'extract', workspace, '--write'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`[bench] CLI extract --write: exit ${r.status} in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
}

const code = await runProbeInVsCode({ stateDir, workspace, probe: path.join(repoRoot, 'bench/tree-index-probe.cjs'), timeoutS: Math.max(300, Math.ceil(count / 50)) });
console.log(`[bench] driver exit ${code}`);
process.exit(code);
