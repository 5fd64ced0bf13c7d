/**
 * No boilerplate cue may backtrack catastrophically. recheck takes about six minutes over all the
 * cues, so scripts/check-regex-safety.mjs keeps its verdicts in test/fixtures/regex-safety.json and
 * this test holds the data to them: a new or edited cue fails here until the script has checked it.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkSync } from 'recheck';
import { LANGUAGES } from '../../../src/core/lang/language';

interface Verdict {
  readonly id: string;
  readonly status: string;
  readonly complexity: string | null;
  readonly attackMs?: number | null;
  /** The script's own probe: a line's first words and a run of blanks to cue-line size (recheck missed such a hang). */
  readonly blankRunMs?: number | null;
}

// Compiled to out/test/unit/boilerplate (or another out folder): the record is found from the repository's root.
const root = [resolve(__dirname, '../../../..'), resolve(__dirname, '../../..'), process.cwd()].find((d) => existsSync(join(d, 'test/fixtures/regex-safety.json'))) ?? process.cwd();
const record = JSON.parse(readFileSync(join(root, 'test/fixtures/regex-safety.json'), 'utf8')) as { patterns: Record<string, Verdict> };
/** The script's threshold (MAX_ATTACK_MS): an attack of cue-line size must finish within it. */
const MAX_ATTACK_MS = 100;

function unsafe(v: Verdict): boolean {
  const slow = (ms: number | null | undefined): boolean => ms === null || ms === undefined || ms > MAX_ATTACK_MS;
  return v.complexity === 'exponential' || (v.status === 'vulnerable' && slow(v.attackMs)) || slow(v.blankRunMs);
}

suite('boilerplate cues: catastrophic backtracking (recheck)', () => {
  test('every cue of every language has a recheck verdict, and none is unsafe', () => {
    const missing: string[] = [];
    const bad: string[] = [];
    for (const [code, lang] of Object.entries(LANGUAGES)) {
      for (const cue of lang.boilerplate.cues) {
        const v = record.patterns[cue.pattern];
        if (!v || v.blankRunMs === undefined) missing.push(`${code}/${cue.id}`);
        else if (unsafe(v)) bad.push(`${code}/${cue.id} (${v.complexity}, attack ${v.attackMs ?? 'killed'} ms, blank run ${v.blankRunMs ?? 'killed'} ms)`);
      }
    }
    assert.deepEqual(missing, [], 'cues without a verdict: run node scripts/check-regex-safety.mjs');
    assert.deepEqual(bad, [], 'cues that backtrack catastrophically on a line of cue size');
  });

  test('the checker itself tells a catastrophic cue from its repair (round 59\'s page counter, stop 16)', () => {
    // Before: "(\s+|…)*" let a run of spaces be split any way among the repeats (a 45-character line took 10 s).
    const before = checkSync('^(halaman|page)\\s+\\d{1,3}\\s+(dari|of)\\s+\\d{1,3}(\\s+|«|‹|»|›|<|>|sebelumnya|next)*$', 'i', { timeout: 20_000 });
    const after = checkSync('^(halaman|page)\\s+\\d{1,3}\\s+(dari|of)\\s+\\d{1,3}(\\s|«|‹|»|›|<|>|sebelumnya|next)*$', 'i', { timeout: 20_000 });
    assert.equal(before.status, 'vulnerable');
    assert.equal(before.status === 'vulnerable' ? before.complexity.type : null, 'exponential');
    assert.equal(after.status, 'safe');
  });
});
