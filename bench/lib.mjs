// Shared helpers for the benchmark scripts: bundle the core once with esbuild (the same code the
// CLI and the extension ship) and generate a large corpus from our own sample articles.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** Bundles src/core/index.ts to a temporary CommonJS file and loads it. */
export async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-review-bench-'));
  const outfile = join(dir, 'core.cjs');
  await esbuild.build({ entryPoints: [join(root, 'src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}

/** The articles we wrote ourselves (sample corpus, then test fixtures): the seed of every generated corpus. */
export function seedArticles() {
  const texts = [];
  for (const dir of ['sample-corpus', 'test/fixtures']) {
    const walk = (d) => {
      let names = [];
      try { names = readdirSync(d, { withFileTypes: true }); } catch { return; }
      for (const e of names) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (e.name.endsWith('.txt')) texts.push(readFileSync(join(d, e.name), 'utf8'));
      }
    };
    walk(join(root, dir));
  }
  if (!texts.length) throw new Error('no seed articles: sample-corpus/ and test/fixtures/ hold no .txt files');
  return texts;
}

/**
 * Writes `count` articles into a fresh folder (in subfolders of 1,000), each a seed article with
 * its numbers and one word varied, so that no two files are identical and no cache can cheat.
 */
export function generateCorpus(count, { dir = mkdtempSync(join(tmpdir(), 'corpus-review-gen-')) } = {}) {
  const seeds = seedArticles();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const seed = seeds[i % seeds.length];
    // The article's number on its headline keeps every text distinct; the other variations keep
    // the numbers and words from repeating in lockstep.
    const text = seed
      .replace(/\d+/g, (d) => String((Number(d) + i) % 100))
      .replace(/\b(dan)\b/, i % 2 ? 'serta' : 'dan')
      .replace(/^(.*\S.*)$/m, `$1 (${i})`);
    writeFileSync(join(sub, `a${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes, count };
}

export function listTxt(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.txt')) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out.sort();
}

export const mb = (bytes) => bytes / (1024 * 1024);

/**
 * Prints a V8 CPU profile's hottest functions by self and by inclusive time (% of samples; a
 * function counted once per sample however deep it recurses). Line numbers are the bundle's.
 */
export function printProfile(profile, top = 40) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    return f.url ? `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}` : (f.functionName || '(native)').slice(0, 100);
  };
  const self = new Map(), incl = new Map();
  for (const id of profile.samples) {
    const k = name(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + 1);
    const seen = new Set();
    for (let cur = id; cur != null; cur = parent.get(cur)) {
      const key = name(byId.get(cur));
      if (!seen.has(key)) { seen.add(key); incl.set(key, (incl.get(key) ?? 0) + 1); }
    }
  }
  const total = profile.samples.length;
  for (const [title, map] of [['self', self], ['inclusive', incl]]) {
    console.log(`\n${title} time (% of samples; line numbers are in the esbuild bundle of src/core)`);
    for (const [k, c] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * c) / total).toFixed(1).padStart(5)}  ${k}`);
  }
}
