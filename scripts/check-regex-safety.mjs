#!/usr/bin/env node
// Checks every boilerplate cue and regex-valued field of every language for catastrophic backtracking with recheck
// (https://makenowjust-labs.github.io/recheck/), a maintained ReDoS checker, and keeps its verdicts
// in test/fixtures/regex-safety.json so that the unit test (test/unit/boilerplate/regexSafety.test.ts)
// can hold every cue to them without running recheck on 500 patterns (about six minutes) each time.
//
// Why: cues run on every line of every article (up to 2,000 characters) and, through the grammar,
// on every line in the editor. Stop 15 and 16 found cues that took seconds to minutes on one
// scraped line with runs of spaces; recheck found all of them and more.
//
//   node scripts/check-regex-safety.mjs           check the cues the record does not hold yet
//   node scripts/check-regex-safety.mjs --all     check them all again
//
// For a vulnerable cue, recheck's attack is rebuilt at the longest size that fits a cue line (2,000
// characters, MAX_CUE_LINE_CHARS) and timed in a child process. Exit 1 when a cue is exponential or
// its attack takes longer than MAX_ATTACK_MS: many cues are polynomial by recheck's reading (a run of
// spaces may go to two neighbouring parts) while their bounded repeats keep a 2,000-character line
// under a millisecond; the ones that hung took from seconds to hours.
import { readFileSync, writeFileSync, renameSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { checkSync } from 'recheck';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const recordPath = join(root, 'test/fixtures/regex-safety.json');
export const MAX_ATTACK_MS = 100;
const MAX_LINE = 2000;

/**
 * The regex-valued fields of the language data besides the cues (read with flags "iu" by the engine or joined into
 * larger patterns). Listed by name: a new such field belongs here.
 */
const PATTERN_FIELDS = {
  boilerplate: ['structure.signoffAlone', 'structure.signoffTrailing', 'structure.authorBylines', 'structure.trailingCredits', 'structure.dateline.separator', 'structure.dateline.domainSuffix', 'structure.dateline.institutionMastheads', 'structure.promoOutlets', 'structure.commentLine', 'structure.commentMetaLine'],
  attribution: ['laterSpeakerOpening'],
  people: ['aliasPhrase', 'nicknameBackPhrase', 'nicknameFrontPhrase', 'subjectVerbPattern', 'ageParenthesis', 'commonWordPattern', 'nonNamePattern'],
};

/** Every cue (flags "i") and every pattern field (flags "iu") of every language folder, as { id, pattern, flags }. */
export function allPatterns() {
  const langDir = join(root, 'src/core/lang');
  const out = [];
  for (const lang of readdirSync(langDir).sort()) {
    const read = (name) => {
      const file = join(langDir, lang, `${name}.json`);
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    };
    const boilerplate = read('boilerplate');
    for (const cue of boilerplate?.cues ?? []) out.push({ id: `${lang}/${cue.id}`, pattern: cue.pattern, flags: 'i' });
    for (const [name, fields] of Object.entries(PATTERN_FIELDS)) {
      const data = name === 'boilerplate' ? boilerplate : read(name);
      for (const field of fields) {
        const value = field.split('.').reduce((o, k) => (o == null ? undefined : o[k]), data);
        const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
        list.forEach((pattern, i) => out.push({ id: `${lang}/${name}.${field}${Array.isArray(value) ? `[${i}]` : ''}`, pattern, flags: 'iu' }));
      }
    }
  }
  return out;
}

/** recheck's verdict on one pattern with the flags the engine compiles it with. */
export function verdict(pattern, flags) {
  const r = checkSync(pattern, flags, { timeout: 30_000 });
  return {
    status: r.status,
    complexity: r.complexity ? (r.complexity.type === 'polynomial' ? `polynomial ${r.complexity.degree}` : r.complexity.type) : null,
    ...(r.attack ? attackTimed(pattern, flags, r.attack) : {}),
    ...(r.error ? { error: r.error.kind } : {}),
  };
}

/** recheck's attack at the largest repeat count that fits a cue line, and how long the cue takes on it. */
function attackTimed(pattern, flags, attack) {
  const build = (n) => attack.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + attack.suffix;
  let n = 1;
  while (build(n + 1).length <= MAX_LINE && n < MAX_LINE) n++;
  const line = build(n);
  const probe = 'const [p, f, s] = JSON.parse(process.argv[1]); const re = new RegExp(p, f); const t = process.hrtime.bigint(); re.test(s); console.log(Number(process.hrtime.bigint() - t) / 1e6);';
  const run = spawnSync(process.execPath, ['-e', probe, JSON.stringify([pattern, flags, line])], { timeout: 20_000, encoding: 'utf8' });
  const ms = run.status === 0 ? Math.round(Number(run.stdout) * 10) / 10 : null;
  return { attack: line.slice(0, 200), attackLength: line.length, attackMs: ms };
}

/**
 * recheck misses some patterns that hang (stop 16: r61-byline-oleh-dot-published was "safe" and took over 20 s on
 * "oleh" and 1,995 tabs), so every pattern also gets a probe of our own: the first word or two of lines it matches
 * (fast-check samples, fixed seed), a run of blanks of one kind to cue-line size, then "!"; the slowest, in ms.
 */
export function blankRunMs(pattern, flags) {
  const prefixes = new Set();
  try {
    // Lookarounds and word boundaries are left out only to generate; the real pattern is what gets timed.
    const source = new RegExp(pattern.replace(/\(\?<?[!=][^)]*\)/gu, '').replace(/\\b/gu, ''), '');
    for (const s of fc.sample(fc.stringMatching(source), { numRuns: 30, seed: 1 })) {
      const words = s.trim().split(/\s+/u).filter(Boolean);
      if (words[0]) prefixes.add(words[0]);
      if (words[1]) prefixes.add(`${words[0]} ${words[1]}`);
    }
  } catch {
    prefixes.add('oleh'); // a construct fast-check cannot generate from
  }
  const lines = [];
  for (const p of [...prefixes].slice(0, 12)) for (const blank of ['\t', ' ', '\n', ' x']) lines.push((p + blank.repeat(MAX_LINE)).slice(0, MAX_LINE - 1) + '!');
  const probe = 'const [p, f, lines] = JSON.parse(require("fs").readFileSync(0, "utf8")); const re = new RegExp(p, f); let worst = 0; for (const s of lines) { const t = process.hrtime.bigint(); re.test(s); worst = Math.max(worst, Number(process.hrtime.bigint() - t) / 1e6); } console.log(worst);';
  const run = spawnSync(process.execPath, ['-e', probe], { input: JSON.stringify([pattern, flags, lines]), timeout: 20_000, encoding: 'utf8' });
  return run.status === 0 ? Math.round(Number(run.stdout) * 10) / 10 : null;
}

/** Exponential, or an attack of cue-line size (recheck's or the blank run) that ran longer than MAX_ATTACK_MS (null: killed after 20 s). */
export function unsafe(v) {
  return v.complexity === 'exponential' || (v.status === 'vulnerable' && (v.attackMs === null || v.attackMs > MAX_ATTACK_MS)) || v.blankRunMs === null || v.blankRunMs > MAX_ATTACK_MS;
}

function main() {
  const all = process.argv.includes('--all');
  const record = existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, 'utf8')) : { patterns: {} };
  const cues = allPatterns();
  const todo = cues.filter((c) => all || !record.patterns[c.pattern] || record.patterns[c.pattern].blankRunMs === undefined);
  const started = Date.now();
  todo.forEach((c, i) => {
    const known = all ? undefined : record.patterns[c.pattern];
    const base = known ? { ...known, id: c.id, flags: c.flags } : { id: c.id, flags: c.flags, ...verdict(c.pattern, c.flags) };
    record.patterns[c.pattern] = { ...base, blankRunMs: blankRunMs(c.pattern, c.flags) };
    process.stderr.write(`\r${i + 1}/${todo.length} ${c.id}`.padEnd(70));
  });
  if (todo.length) process.stderr.write('\n');
  // Only the cues the data holds now stay in the record.
  const live = new Set(cues.map((c) => c.pattern));
  const patterns = Object.fromEntries(Object.entries(record.patterns).filter(([p]) => live.has(p)).sort(([, a], [, b]) => a.id.localeCompare(b.id)));
  const tmp = `${recordPath}.tmp`;
  writeFileSync(tmp, JSON.stringify({ $comment: 'recheck verdicts on every boilerplate cue and pattern field of the language data; written by scripts/check-regex-safety.mjs', patterns }, null, 1) + '\n');
  renameSync(tmp, recordPath);
  const tally = {};
  for (const v of Object.values(patterns)) tally[v.complexity ?? v.status] = (tally[v.complexity ?? v.status] ?? 0) + 1;
  console.log(`checked ${todo.length} of ${cues.length} patterns in ${((Date.now() - started) / 1000).toFixed(1)} s:`, tally);
  const bad = Object.values(patterns).filter(unsafe);
  for (const v of bad) console.log(`UNSAFE ${v.id}: ${v.complexity}, recheck's attack ${v.attackMs === undefined ? 'none' : `${v.attackMs ?? '>20000'} ms on ${v.attackLength} characters: ${JSON.stringify(v.attack)}`}, blank run ${v.blankRunMs ?? '>20000'} ms`);
  const unknown = Object.values(patterns).filter((v) => v.status === 'unknown');
  for (const v of unknown) console.log(`unknown ${v.id}: ${v.error} (recheck gave up; read the pattern by hand)`);
  process.exitCode = bad.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
