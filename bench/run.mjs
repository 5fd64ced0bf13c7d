#!/usr/bin/env node
// npm run bench: every benchmark script in turn. Each prints its own figures; none is a test.
//   npm run bench -- --quick   smaller corpora, for a fast look
// scale.mjs prints, for 1,000 / 10,000 / 100,000 generated articles (1,000 only with --quick): CLI
// throughput on 1 and on all cores, index build and reopen, peak memory of the CLI and of the
// extension host, and the tree's time to first children in the real VS Code (cold and reopened).
// The 100,000 run takes 15-20 minutes on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const quick = process.argv.includes('--quick');
const scripts = [
  ['throughput.mjs', quick ? ['--articles', '2000'] : []],
  ['scale.mjs', quick ? ['--sizes', '1000'] : []],
  ['grammar-speed.mjs', []],
  ['grammar-gold.mjs', []],
  ['dates-vs-chrono.mjs', []],
];
for (const [script, args] of scripts) {
  const path = join(root, 'bench', script);
  if (!existsSync(path)) continue;
  console.log(`\n## ${script} ${args.join(' ')}`);
  const r = spawnSync('node', [path, ...args], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) console.log(`(${script} exited ${r.status})`);
}
