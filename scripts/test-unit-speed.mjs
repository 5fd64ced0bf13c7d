#!/usr/bin/env node
// The unit layer's speed property tests (out/test/unit/speed), one mocha process per file. They
// compile thousands of large cue alternations, and V8 keeps each one's machine code until a full
// collection frees the regular expression: in one process with the rest of the unit layer, a
// fresh-clone run ran out of code space (V8 OOM at 616 MB of heap while compiling a regex). Ends
// with one plain `speed: N passed, N failed` line, which scripts/test-all.mjs reads.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'out/test/unit/speed');
const files = readdirSync(dir).filter((n) => n.endsWith('.test.js')).sort();
let passed = 0;
let failed = 0;
let broken = false;
for (const file of files) {
  const r = spawnSync('npx', ['mocha', '--config', '.mocharc.json', join('out/test/unit/speed', file)], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const passing = r.stdout.match(/^\s*(\d+) passing/m);
  const failing = r.stdout.match(/^\s*(\d+) failing/m);
  if (!passing && !failing) broken = true;
  passed += +(passing?.[1] ?? 0);
  failed += +(failing?.[1] ?? 0);
  if (r.status !== 0 && !failing) broken = true;
}
if (!files.length) broken = true;
console.log(`speed: ${passed} passed, ${failed + (broken ? 1 : 0)} failed`);
process.exit(failed || broken ? 1 : 0);
