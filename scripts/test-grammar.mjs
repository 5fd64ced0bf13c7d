#!/usr/bin/env node
// The grammar test layer of `npm test`, against the real TextMate engine (vscode-textmate +
// vscode-oniguruma, through vscode-tmgrammar-test):
//   1. the grammar builds from its source and the language data: every regex compiles in
//      Oniguruma, every boilerplate cue of every language is usable, and the shipped JSON is
//      what the build produces;
//   2. assertion files test/grammar/*.test.news (intent: one behaviour per file);
//   3. snapshots test/grammar/snap/*.news(.snap) (breadth over whole sample articles).
// Snapshots are NEVER written here: a missing or changed snapshot is a failure. Update them on
// purpose with `npm run test:grammar:update` (this script with --update-snapshots) and review
// the diff before committing.
// Ends with the plain line `N passed, N failed` that scripts/test-all.mjs reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { buildGrammar, serialise } from './build-grammar.mjs';

const root = resolve(import.meta.dirname, '..');
const GRAMMAR = 'syntaxes/news-article.tmLanguage.json';
const SCOPE = 'text.news-article';
const ASSERTIONS_DIR = resolve(root, 'test/grammar');
const SNAP_DIR = resolve(root, 'test/grammar/snap');
const update = process.argv.includes('--update-snapshots');
const bin = (name) => resolve(root, 'node_modules/vscode-tmgrammar-test/dist', name);

let passed = 0, failed = 0;
const result = (ok, name, detail = '') => {
  if (ok) passed++; else failed++;
  console.log(`${ok ? '  ✓' : '  ✖'} ${name}${detail && !ok ? `\n      ${detail.replace(/\n/g, '\n      ')}` : ''}`);
};

function run(script, args) {
  const r = spawnSync(process.execPath, [bin(script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

// 1. Build
console.log('grammar build');
const languages = readdirSync(resolve(root, 'src/core/lang'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
for (const code of languages) {
  if (!existsSync(resolve(root, `src/core/lang/${code}/boilerplate.json`))) continue;
  const { grammar, warnings, errors } = await buildGrammar(code);
  result(errors.length === 0, `[${code}] every regex of the generated grammar compiles in Oniguruma`, errors.join('\n'));
  result(warnings.length === 0, `[${code}] every boilerplate cue of the language data is valid Oniguruma`, warnings.join('\n'));
  if (code === 'id') {
    const shipped = existsSync(resolve(root, GRAMMAR)) ? readFileSync(resolve(root, GRAMMAR), 'utf8') : '';
    result(shipped === serialise(grammar), `[${code}] ${GRAMMAR} is up to date with its source and the language data`, 'run: node scripts/build-grammar.mjs');
  }
}

// 2. Assertion files: one run, one verdict per file.
console.log('grammar assertions (vscode-tmgrammar-test)');
const assertionFiles = readdirSync(ASSERTIONS_DIR).filter((f) => f.endsWith('.test.news')).sort();
if (assertionFiles.length === 0) result(false, 'assertion files exist in test/grammar');
else {
  const { out } = run('unit.js', ['-g', GRAMMAR, '-c', ...assertionFiles.map((f) => `test/grammar/${f}`)]);
  for (const f of assertionFiles) {
    const rel = `test/grammar/${f}`;
    const errors = out.split('\n').filter((l) => l.includes(rel) && !l.startsWith('✓'));
    const ok = out.split('\n').some((l) => l.startsWith('✓') && l.includes(rel)) && errors.length === 0;
    result(ok, f, ok ? '' : (errors.join('\n') || out.trim()));
  }
}

// 3. Snapshots: one run per article so each gets its own verdict and diff.
console.log(`grammar snapshots (vscode-tmgrammar-snap)${update ? ' — UPDATING' : ''}`);
const articles = existsSync(SNAP_DIR) ? readdirSync(SNAP_DIR).filter((f) => f.endsWith('.news')).sort() : [];
if (articles.length === 0) result(false, 'sample articles exist in test/grammar/snap');
for (const f of articles) {
  const file = resolve(SNAP_DIR, f);
  const rel = relative(root, file);
  if (!update && !existsSync(`${file}.snap`)) {
    result(false, `${f} (snapshot)`, `no ${rel}.snap: write it on purpose with npm run test:grammar:update`);
    continue;
  }
  const { code, out } = run('snapshot.js', ['-g', GRAMMAR, '-s', SCOPE, ...(update ? ['--updateSnapshot'] : []), rel]);
  result(code === 0, `${f} (snapshot)`, code === 0 ? '' : out.trim());
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
