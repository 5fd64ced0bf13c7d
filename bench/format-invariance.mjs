#!/usr/bin/env node
// Does the engine read the same article the same way when only its formatting changes, as scrapes
// of one page by different tools do? For every article of seeds, dev and our fixtures, compares the
// fields the eval scores (title, date, dateline place, outlet, quote speakers, people, and the
// boilerplate line count) between the text as it is and each variant:
//   crlf        CRLF line ends
//   cr          lone CR line ends (old Mac files)
//   trailing    a space at the end of every line
//   nbsp        no-break spaces for the spaces after sentence ends and around dashes
//   nbsp-words  every third space a no-break space (an HTML page's &nbsp; left by the scraper)
//   zwsp        a zero-width space before every fifth space (another leftover of web pages)
//   double      every fourth space doubled
//   wrap        lines over 100 characters hard-wrapped at 60-90 (a text saved from a terminal or an e-mail)
//   glued       a paragraph that ends a sentence glued to the next one ("… cuaca.Hujan deras …"), as some scrapers save
//   gaps        two blank lines wherever there was one
//   no-blank    every blank line removed (paragraphs as consecutive lines)
// Prints, per variant, how many articles read differently and which fields; --show lists them.
// A measurement of robustness, not a test: "no-blank" in particular loses real information.
//   node bench/format-invariance.mjs [--show] [--variants crlf,nbsp]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCore } from './lib.mjs';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.CORPUS_REVIEW_SHARED ?? join(root, '..', 'shared'));
const show = process.argv.includes('--show');
const vi = process.argv.indexOf('--variants');
const core = await loadCore();

const dirs = [join(shared, 'seeds'), join(shared, 'corpus-dev'), join(root, 'sample-corpus'), join(root, 'test/fixtures/heldout')].filter(existsSync);
const files = dirs.flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.txt')).map((n) => join(d, n)));

const VARIANTS = {
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  cr: (t) => t.replace(/\r?\n/g, '\r'),
  trailing: (t) => t.replace(/\r?\n/g, ' \n'),
  nbsp: (t) => t.replace(/([.!?]) (?=\p{Lu})/gu, '$1\u00a0').replace(/ ([-–—]) /g, '\u00a0$1\u00a0'),
  'nbsp-words': (t) => { let n = 0; return t.replace(/ /g, () => (++n % 3 === 0 ? '\u00a0' : ' ')); },
  zwsp: (t) => { let n = 0; return t.replace(/ /g, () => (++n % 5 === 0 ? '\u200b ' : ' ')); },
  double: (t) => { let n = 0; return t.replace(/ /g, () => (++n % 4 === 0 ? '  ' : ' ')); },
  wrap: (t) => t.split('\n').map((line) => (line.length <= 100 ? line : line.replace(/(.{60,90}?) /g, '$1\n'))).join('\n'),
  glued: (t) => t.replace(/([.!?])\n\s*\n(?=\p{Lu}\p{Ll})/gu, '$1'),
  gaps: (t) => t.replace(/\n[ \t]*\n/g, '\n\n\n'),
  'no-blank': (t) => t.replace(/\n(?:[ \t]*\n)+/g, '\n'),
};
const chosen = vi >= 0 ? process.argv[vi + 1].split(',') : Object.keys(VARIANTS);

const fold = (s) => (s ?? '').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '').normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
function fields(text) {
  const { analysis } = core.analyzeText(text);
  return {
    title: fold(analysis.title?.text),
    date: analysis.date?.iso ?? null,
    dateline: fold(analysis.dateline?.place),
    outlet: fold(analysis.outlet),
    speakers: analysis.quotes.map((q) => fold(q.speaker)).join('|'),
    quotes: analysis.quotes.length,
    people: analysis.people.map((p) => fold(p.name)).sort().join('|'),
    boilerplate: analysis.boilerplate.length,
  };
}

const base = new Map(files.map((f) => [f, fields(readFileSync(f, 'utf8'))]));
for (const name of chosen) {
  const byField = new Map();
  let differ = 0;
  for (const f of files) {
    const a = base.get(f);
    const b = fields(VARIANTS[name](readFileSync(f, 'utf8')));
    const changed = Object.keys(a).filter((k) => a[k] !== b[k]);
    if (!changed.length) continue;
    differ++;
    for (const k of changed) byField.set(k, (byField.get(k) ?? 0) + 1);
    if (show) console.log(`  ${name} ${f.split('/').slice(-1)[0]}: ${changed.map((k) => `${k} ${JSON.stringify(a[k])} -> ${JSON.stringify(b[k])}`).join('; ').slice(0, 600)}`);
  }
  console.log(`${name}: ${differ} of ${files.length} articles read differently${differ ? ` (${[...byField].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`);
}
