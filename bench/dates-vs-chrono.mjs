#!/usr/bin/env node
// Our date rules against chrono-node's Indonesian (`id`) locale, on every dated line of
// ../shared (seeds + corpus-dev) and on the fixture articles we wrote (test/unit/dates/fixtures).
// A measurement, not a test. Prints:
//   1. the article's date against the gold dates for three ways of getting it:
//        engine        our readers (dateForms.ts) + our choice (dateRoles/yearInference/articleDate)
//        chrono        chrono-node id alone: the first date it reads in the body (year as it implies it)
//        chrono+rules  chrono-node id as the reader, our placement, cues, year inference and choice
//   2. per dated line: what each reader reads, and a table of the lines where they disagree;
//   3. reading time per article for both readers.
//   node bench/dates-vs-chrono.mjs [--all-lines]
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import * as chrono from 'chrono-node';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.CORPUS_REVIEW_SHARED ?? join(root, '..', 'shared'));
const showAllLines = process.argv.includes('--all-lines');
/** chrono fills a missing year from a reference instant; "today" is the only honest one we have. */
const REFERENCE = new Date('2026-11-24T00:00:00Z');

async function loadDates() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'corpus-review-dates-')), 'dates.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyzeText } from './src/core/analyze';",
        "export { getLanguage } from './src/core/lang/language';",
        "export { compileDateData } from './src/core/dates/dateData';",
        "export { readDatesOnLine } from './src/core/dates/dateForms';",
        "export { placeReadings } from './src/core/dates/dateRoles';",
        "export { candidateYears } from './src/core/dates/yearInference';",
        "export { chooseArticleDate } from './src/core/dates/articleDate';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}
const core = await loadDates();

// ---- the articles and their gold dates ----
const articles = [];
for (const [set, texts, gold] of [['seeds', 'seeds', 'gold/seeds'], ['dev', 'corpus-dev', 'gold/dev']]) {
  const dir = join(shared, gold);
  if (!existsSync(dir)) continue;
  for (const g of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const goldRec = JSON.parse(readFileSync(join(dir, g), 'utf8'));
    articles.push({ set, file: goldRec.file, text: readFileSync(join(shared, texts, goldRec.file), 'utf8'), language: 'id', gold: goldRec.date ?? null });
  }
}
if (!articles.length) console.log(`(${shared} not found: measuring on our fixtures only; set CORPUS_REVIEW_SHARED)`);
const fixtureDir = join(root, 'test', 'unit', 'dates');
const fixtures = JSON.parse(readFileSync(join(fixtureDir, 'fixtures.json'), 'utf8'));
for (const [file, want] of Object.entries(fixtures)) {
  if (typeof want === 'string') continue;
  articles.push({ set: 'fixtures', file, text: readFileSync(join(fixtureDir, 'fixtures', file), 'utf8'), language: want.language, gold: want.date });
}

// ---- chrono as a reader ----
const chronoFor = (language) => chrono[language] ?? chrono.en;
const known = (c, k) => c.isCertain(k);
const isoOf = (c) => `${known(c, 'year') ? String(c.get('year')).padStart(4, '0') : '--'}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`.replace(/^---/, '--');

/** chrono's readings of one line that name a day and a month, as our DateReading shape. */
function chronoReadings(article, line, language) {
  const results = chronoFor(language).parse(line.text, REFERENCE);
  const out = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const s = r.start;
    if (!known(s, 'day') || !known(s, 'month')) continue;
    // Absolute dates only: chrono's casual and relative readings ("saat ini", "kemarin", "2 hari yang
    // lalu") are dates computed from the reference instant, i.e. invented; we record those as relative.
    if ([...r.tags()].some((tag) => tag === 'result/relativeDate' || tag.startsWith('casualReference'))) continue;
    // chrono reads "Senin (25/11/2024)" as two results, the weekday and the date: join them.
    let start = line.start + r.index, weekday = known(s, 'weekday') ? s.get('weekday') : null;
    const prev = results[i - 1];
    if (weekday === null && prev && known(prev.start, 'weekday') && !known(prev.start, 'day') && r.index - (prev.index + prev.text.length) <= 3) {
      weekday = prev.start.get('weekday');
      start = line.start + prev.index;
    }
    const hasTime = known(s, 'hour');
    out.push({
      start, end: line.start + r.index + r.text.length, line: line.index, raw: article.text.slice(start, line.start + r.index + r.text.length), rule: 'chrono',
      day: s.get('day'), month: s.get('month'), year: known(s, 'year') ? s.get('year') : null, weekday,
      ...(hasTime ? { time: `${String(s.get('hour')).padStart(2, '0')}:${String(s.get('minute') ?? 0).padStart(2, '0')}` } : {}),
      chronoIso: isoOf(s), chronoRange: r.end != null, chronoImplied: `${s.get('year')}-${String(s.get('month')).padStart(2, '0')}-${String(s.get('day')).padStart(2, '0')}`,
    });
  }
  return out;
}

// ---- the three ways of getting the article's date ----
const rows = [];
const lineRows = [];
let engineMs = 0, chronoMs = 0;
for (const a of articles) {
  const lang = core.getLanguage(a.language);
  const { article, analysis } = core.analyzeText(a.text, { language: a.language });
  const structure = { title: analysis.title, lineRoles: analysis.lineRoles, boilerplate: analysis.boilerplate, dateline: null, outlet: null, authors: [], signoffs: [] };
  const c = core.compileDateData(lang);

  let t = performance.now();
  for (let k = 0; k < 20; k++) for (const line of article.lines) core.readDatesOnLine(c, article, line.index);
  engineMs += (performance.now() - t) / 20;
  t = performance.now();
  for (let k = 0; k < 20; k++) for (const line of article.lines) chronoReadings(article, line, a.language);
  chronoMs += (performance.now() - t) / 20;

  const ours = article.lines.map((l) => core.readDatesOnLine(c, article, l.index));
  const theirs = article.lines.map((l) => chronoReadings(article, l, a.language));

  // chrono alone: the first day-and-month it reads outside the headline, with the year it implies.
  const firstChrono = theirs.flat().find((r) => analysis.lineRoles[r.line] !== 'headline');
  // chrono as reader, our rules for the rest.
  const readings = theirs.flat();
  // chrono joins "1–31 Mei 2025" into one result with an end: our range cue cannot see it, so carry it over.
  const placed = core.placeReadings(c, article, structure, readings).map((p) => (p.reading.chronoRange && p.mentioned === null ? { ...p, mentioned: 'a range (chrono)' } : p));
  const own = (i) => analysis.lineRoles[i] !== 'boilerplate' || analysis.boilerplate.some((b) => b.line === i && b.kind === 'byline');
  const years = core.candidateYears(article.lines.filter((l) => own(l.index)).map((l) => l.text), readings.filter((r) => own(r.line)));
  const combined = core.chooseArticleDate(placed, years).date;

  rows.push({ set: a.set, file: a.file, gold: a.gold, engine: analysis.date?.iso ?? null, chrono: firstChrono?.chronoImplied ?? null, combined: combined?.iso ?? null });

  for (const l of article.lines) {
    const o = ours[l.index].map((r) => (r.year === null ? `--${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}` : `${r.year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`));
    const th = theirs[l.index].map((r) => r.chronoIso);
    if (!o.length && !th.length) continue;
    lineRows.push({ where: `${a.set}/${a.file}:${l.index + 1}`, ours: o.join(' '), chrono: th.join(' '), agree: o.join(' ') === th.join(' '), text: l.text.trim() });
  }
}

// ---- report ----
const pct = (n, d) => (d ? (n / d).toFixed(3) : 'n/a');
console.log(`chrono-node ${JSON.parse(readFileSync(join(root, 'node_modules', 'chrono-node', 'package.json'), 'utf8')).version}, locale "id" present: ${typeof chrono.id?.parse === 'function'}`);
console.log('\n## Article date against the gold date');
console.log('set       n   engine  chrono  chrono+rules');
for (const set of ['seeds', 'dev', 'fixtures', 'all']) {
  const rs = set === 'all' ? rows : rows.filter((r) => r.set === set);
  if (!rs.length) continue;
  const acc = (k) => pct(rs.filter((r) => r[k] === r.gold).length, rs.length);
  console.log(`${set.padEnd(9)} ${String(rs.length).padStart(2)}   ${acc('engine')}   ${acc('chrono')}   ${acc('combined')}`);
}
console.log('\nArticles where a method misses the gold date:');
console.log('file | gold | engine | chrono | chrono+rules');
for (const r of rows) if (r.engine !== r.gold || r.chrono !== r.gold || r.combined !== r.gold) console.log(`${r.set}/${r.file} | ${r.gold} | ${r.engine}${r.engine === r.gold ? '' : ' ✗'} | ${r.chrono}${r.chrono === r.gold ? '' : ' ✗'} | ${r.combined}${r.combined === r.gold ? '' : ' ✗'}`);

const agree = lineRows.filter((r) => r.agree).length;
console.log(`\n## Dated lines (a line where either reader reads a day and a month): ${lineRows.length}, readers agree on ${agree} (${pct(agree, lineRows.length)})`);
console.log('Readings as YYYY-MM-DD, or --MM-DD where the line gives no year (chrono would imply one from the reference date).');
console.log('line | ours | chrono | text');
for (const r of lineRows) if (showAllLines || !r.agree) console.log(`${r.where} | ${r.ours || '—'} | ${r.chrono || '—'} | ${r.text.length > 110 ? `${r.text.slice(0, 107)}…` : r.text}`);

console.log(`\n## Reading time (every line, mean of 20 runs): ours ${(engineMs / articles.length).toFixed(3)} ms/article, chrono ${(chronoMs / articles.length).toFixed(3)} ms/article (${(chronoMs / engineMs).toFixed(1)}×)`);
console.log(`\nscore: engine=${pct(rows.filter((r) => r.engine === r.gold).length, rows.length)} chrono=${pct(rows.filter((r) => r.chrono === r.gold).length, rows.length)} chrono_rules=${pct(rows.filter((r) => r.combined === r.gold).length, rows.length)} line_agreement=${pct(agree, lineRows.length)} (${basename(shared)})`);
