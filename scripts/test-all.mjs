#!/usr/bin/env node
// npm test: builds, type-checks, lints, then runs the four test layers in order and ends with one
// plain summary line `total: N passed, N failed` (what CI reads). Every layer always runs; the exit
// code is non-zero when any step or test fails.
//   CORPUS_REVIEW_LAYERS=unit,grammar npm test   run only some layers (for quick local loops)
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const only = process.env.CORPUS_REVIEW_LAYERS?.split(',').map((s) => s.trim()).filter(Boolean);

const steps = [
  { name: 'build', cmd: ['npm', 'run', '-s', 'build'] },
  { name: 'typecheck', cmd: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '-s', 'lint'] },
  { name: 'compile-tests', cmd: ['npm', 'run', '-s', 'compile-tests'] },
  // The speed property tests compile thousands of large cue alternations: in one process with the
  // rest of the unit layer their machine code filled V8's code space (a fresh-clone run died of it),
  // so they run apart, one mocha process per file (scripts/test-unit-speed.mjs).
  { name: 'unit', layer: true, cmd: ['npx', 'mocha', '--config', '.mocharc.json', '--ignore', 'out/test/unit/speed/**', 'out/test/unit/**/*.test.js'] },
  { name: 'unit (speed properties)', group: 'unit', layer: true, cmd: ['node', 'scripts/test-unit-speed.mjs'] },
  { name: 'contract', layer: true, cmd: ['npx', 'mocha', '--config', '.mocharc.json', 'out/test/contract/**/*.test.js'] },
  { name: 'grammar', layer: true, cmd: ['node', 'scripts/test-grammar.mjs'] },
  { name: 'integration', layer: true, cmd: ['node', 'scripts/run-vscode-tests.mjs'] },
  // The browser build in VS Code's web-worker extension host (no Node runtime): tree and hovers.
  { name: 'web', layer: true, cmd: ['node', 'scripts/run-vscode-tests.mjs', '--web'] },
];

/** Reads pass/fail counts from mocha's spec reporter or from a plain `N passed, N failed` line. */
function counts(output) {
  const plain = [...output.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/gm)].pop();
  if (plain) return { passed: +plain[1], failed: +plain[2], skipped: +(plain[3] ?? 0) };
  const passing = output.match(/^\s*(\d+) passing/m);
  const failing = output.match(/^\s*(\d+) failing/m);
  const pending = output.match(/^\s*(\d+) pending/m);
  if (passing || failing) return { passed: +(passing?.[1] ?? 0), failed: +(failing?.[1] ?? 0), skipped: +(pending?.[1] ?? 0) };
  return null;
}

function run(cmd) {
  return new Promise((res) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (stream) => (d) => { out += d; stream.write(d); };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('close', (code) => res({ code: code ?? 1, out }));
  });
}

const total = { passed: 0, failed: 0, skipped: 0 };
const report = [];
let broken = false;
for (const step of steps) {
  if (only && step.layer && !only.includes(step.group ?? step.name)) continue;
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  const t0 = Date.now();
  const { code, out } = await run(step.cmd);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (step.layer) {
    const c = counts(out);
    if (!c) { broken = true; report.push(`${step.name}: no test result found (exit ${code}) [${secs}s]`); continue; }
    total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped;
    if (code !== 0 && c.failed === 0) broken = true;
    report.push(`${step.name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''} (exit ${code}) [${secs}s]`);
  } else if (code !== 0) {
    broken = true;
    report.push(`${step.name}: FAILED (exit ${code}) [${secs}s]`);
    if (step.name === 'build' || step.name === 'compile-tests') break;
  } else report.push(`${step.name}: ok [${secs}s]`);
}
console.log('\n━━ summary');
for (const r of report) console.log(`  ${r}`);
if (broken) console.log('  some step failed or reported no result: see above');
console.log(`total: ${total.passed} passed, ${total.failed + (broken ? 1 : 0)} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed || broken ? 1 : 0);
