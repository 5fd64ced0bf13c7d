#!/usr/bin/env node
// The corpus-wide extraction command in the real VS Code (code-server, offline):
//   node bench/extract-corpus.mjs [--articles 5000]
// Generates N articles (variations of our own fixture articles, 1,000 per folder) in a temp
// workspace and runs bench/extract-corpus-probe.cjs in the extension host, which runs
// "Extract Metadata for the Whole Corpus" twice (first write, then the unchanged re-run) and
// prints articles/s and the host's event-loop lateness while it runs. Prints figures only.
import * as path from 'node:path';
import { ensureBuilt, repoRoot, runProbeInVsCode, tempDir } from '../scripts/code-server.mjs';
import { generateCorpus } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('articles', '5000'));

ensureBuilt({ tests: false });
const stateDir = tempDir('corpus-review-bench-');
const workspace = path.join(stateDir, 'workspace');
generateCorpus(count, { dir: workspace });
console.log(`[bench] wrote ${count} articles to ${workspace}`);

const code = await runProbeInVsCode({ stateDir, workspace, probe: path.join(repoRoot, 'bench/extract-corpus-probe.cjs'), timeoutS: Math.max(300, Math.ceil(count / 20)) });
console.log(`[bench] driver exit ${code}`);
process.exit(code);
