#!/usr/bin/env node
// Speed work must not change what the engine says. This script extracts the same corpora with the
// CLI built from the working tree and from a base commit (default HEAD), and reports every article
// whose JSONL record differs, with the fields that differ. A measurement aid, not a test.
//   node bench/output-diff.mjs [--base <rev>] [--generated 3000] [--show 10]
// Corpora: ../shared/seeds and ../shared/corpus-dev (where present), sample-corpus/, test/fixtures/
// (every article we wrote, held-out set included) and a generated corpus of varied copies of those.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, root } from './lib.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : dflt; };
const base = arg('--base', 'HEAD');
const generated = Number(arg('--generated', 3000));
const show = Number(arg('--show', 10));
const shared = join(root, '..', 'shared');

const sha = execFileSync('git', ['rev-parse', base], { cwd: root, encoding: 'utf8' }).trim();
const work = join(tmpdir(), 'corpus-review-output-diff');
mkdirSync(work, { recursive: true });

/** Bundles the CLI of a source tree (its src/cli/main.ts) into dir/cli.js. */
async function bundleCli(srcRoot, dir) {
  mkdirSync(dir, { recursive: true });
  await esbuild.build({ entryPoints: [join(srcRoot, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'cli.js'), logLevel: 'warning', external: ['vscode'] });
  return join(dir, 'cli.js');
}

/** The base commit's source, exported once per commit (git archive: no worktree bookkeeping left behind). */
function baseSource() {
  const dir = join(work, `src-${sha.slice(0, 12)}`);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync('bash', ['-c', `git archive ${sha} src | tar -x -C ${dir}`], { cwd: root });
  }
  return dir;
}

const genDir = join(work, `generated-${generated}`);
if (generated > 0 && !existsSync(join(genDir, '000'))) { rmSync(genDir, { recursive: true, force: true }); mkdirSync(genDir, { recursive: true }); generateCorpus(generated, { dir: genDir }); }
const corpora = [
  ['seeds', join(shared, 'seeds')],
  ['dev', join(shared, 'corpus-dev')],
  ['sample', join(root, 'sample-corpus')],
  ['fixtures', join(root, 'test', 'fixtures')],
  ['generated', genDir],
].filter(([, dir]) => existsSync(dir));

/** The folder and its subfolders that hold articles (the CLI reads the `.txt` files of each folder named). */
function articleFolders(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  const own = entries.some((e) => e.isFile() && e.name.endsWith('.txt')) ? [dir] : [];
  return [...own, ...entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).flatMap((e) => articleFolders(join(dir, e.name)))];
}

function extract(cli, dir) {
  return execFileSync('node', [cli, 'extract', ...articleFolders(dir), '--format', 'jsonl', '--jobs', '1', '--no-index'], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
}

const baseCli = await bundleCli(baseSource(), join(work, `cli-${sha.slice(0, 12)}`));
const headCli = await bundleCli(root, join(work, `cli-working-${process.pid}`));

/** The top-level and nested keys whose values differ between two records. */
function differingPaths(a, b, path = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => differingPaths(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return [path || '(record)'];
}

let differing = 0, total = 0;
for (const [name, dir] of corpora) {
  const cacheFile = join(work, `out-${sha.slice(0, 12)}-${name}-${generated}.jsonl`);
  const before = existsSync(cacheFile) ? readFileSync(cacheFile, 'utf8') : extract(baseCli, dir);
  writeFileSync(cacheFile, before);
  const after = extract(headCli, dir);
  const a = before.split('\n').filter(Boolean), b = after.split('\n').filter(Boolean);
  let diffHere = 0;
  const byFile = new Map(a.map((l) => [JSON.parse(l).file, l]));
  for (const line of b) {
    total++;
    const rec = JSON.parse(line);
    const old = byFile.get(rec.file);
    byFile.delete(rec.file);
    if (old === line) continue;
    differing++; diffHere++;
    if (differing <= show) console.log(`  ${rec.file}: ${old ? differingPaths(JSON.parse(old), rec).join(', ') : 'new record'}`);
  }
  for (const file of byFile.keys()) { differing++; diffHere++; if (differing <= show) console.log(`  ${file}: missing from the working tree's output`); }
  console.log(`${name}: ${b.length} articles, ${diffHere} differ`);
}
rmSync(headCli, { force: true });
console.log(`output-diff against ${base} (${sha.slice(0, 10)}): ${total} articles, ${differing} differ${differing ? '' : ' (byte-identical)'}`);
process.exit(differing ? 1 : 0);
