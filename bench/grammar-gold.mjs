#!/usr/bin/env node
// Scores the news-article grammar against the hand-made answer keys in ../shared/gold
// (seeds + dev): what a reviewer SEES before the engine's overlay arrives.
//   boilerplate recall  share of gold boilerplate lines the grammar fades (target ≥ 0.90 on dev)
//   quote recall        share of gold quote characters the grammar scopes as quoted (≥ 0.90 on dev)
//   wrong fade          share of body lines (non-blank, not boilerplate, not the headline) the
//                       grammar fades (≤ 0.02 on dev)
// A line counts as faded when at least half of its non-blank characters carry the
// comment.line.boilerplate scope. Quote characters on gold boilerplate lines inside a quote are
// not counted (they are shown faded on purpose). Skips with a message when ../shared is absent.
//   node bench/grammar-gold.mjs [--verbose]   (--verbose lists every miss and wrong fade)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadNewsGrammar, splitLines, tokenizeLines, repoRoot } from './grammar-tokenize.mjs';

const shared = resolve(repoRoot, '../shared');
const SETS = [
  { name: 'seeds', gold: 'gold/seeds', text: 'seeds' },
  { name: 'dev', gold: 'gold/dev', text: 'corpus-dev' },
];
const TARGETS = { boilerplateRecall: 0.9, quoteRecall: 0.9, wrongFade: 0.02 };
const verbose = process.argv.includes('--verbose');

if (!existsSync(resolve(shared, 'gold'))) {
  console.log(`grammar-gold: SKIPPED, no gold answer keys at ${resolve(shared, 'gold')} (../shared is not beside this checkout)`);
  process.exit(0);
}

const grammar = await loadNewsGrammar();
const isBoilerplate = (scopes) => scopes.some((s) => s.startsWith('comment.line.boilerplate'));
const isQuoted = (scopes) => scopes.some((s) => s.startsWith('string.quoted.double'));

/** Per line: for each code point, its scopes (tokens are in UTF-16 offsets). */
function scopesByCodePoint(line, tokens) {
  const out = [];
  let utf16 = 0;
  for (const ch of line) {
    const tok = tokens.find((t) => t.startIndex <= utf16 && utf16 < t.endIndex);
    out.push(tok ? tok.scopes : []);
    utf16 += ch.length;
  }
  return out;
}

function faded(line, scopes) {
  const chars = [...line];
  let nonBlank = 0, bp = 0;
  chars.forEach((c, i) => { if (/\S/.test(c)) { nonBlank++; if (isBoilerplate(scopes[i])) bp++; } });
  return nonBlank > 0 && bp / nonBlank >= 0.5;
}

function scoreSet(set) {
  const goldDir = resolve(shared, set.gold);
  if (!existsSync(goldDir)) return null;
  const t = { bpGold: 0, bpHit: 0, body: 0, bodyFaded: 0, quoteChars: 0, quoteHit: 0, files: 0, quotedOutside: 0, quotedAll: 0 };
  const notes = [];
  for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(resolve(goldDir, f), 'utf8'));
    const textPath = resolve(shared, set.text, gold.file);
    if (!existsSync(textPath)) continue;
    t.files++;
    const lines = splitLines(readFileSync(textPath, 'utf8').replace(/^\uFEFF/, ''));
    const tokens = tokenizeLines(grammar, lines);
    const scopes = lines.map((l, i) => scopesByCodePoint(l, tokens[i]));
    const bpLines = new Set(gold.boilerplate_lines);
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const isFaded = faded(line, scopes[i]);
      if (bpLines.has(i + 1)) {
        t.bpGold++;
        if (isFaded) t.bpHit++; else notes.push(`  missed boilerplate ${gold.file}:${i + 1}`);
      } else if (i > 0) {
        t.body++;
        if (isFaded) { t.bodyFaded++; notes.push(`  WRONG FADE ${gold.file}:${i + 1}`); }
      }
    });
    const inGoldQuote = new Set();
    for (const q of gold.quotes ?? []) {
      const [l1, c1] = q.start, [l2, c2] = q.end;
      let missed = 0;
      for (let l = l1; l <= l2; l++) {
        if (bpLines.has(l)) continue;
        const from = l === l1 ? c1 : 1, to = l === l2 ? c2 : [...lines[l - 1]].length;
        for (let c = from; c <= to; c++) {
          t.quoteChars++;
          inGoldQuote.add(`${l}:${c}`);
          if (isQuoted(scopes[l - 1][c - 1] ?? [])) t.quoteHit++; else missed++;
        }
      }
      if (missed) notes.push(`  quote ${gold.file}:${l1}:${c1}-${l2}:${c2} ${missed} chars not quoted`);
    }
    // Informational: quoted characters outside any gold quote (scare quotes, unclosed quotes
    // running on). Not a target: the grammar colours every pair of marks by design.
    scopes.forEach((line, i) => line.forEach((sc, c) => {
      if (!isQuoted(sc) || bpLines.has(i + 1) || !/\S/.test([...lines[i]][c])) return;
      t.quotedOutside += inGoldQuote.has(`${i + 1}:${c + 1}`) ? 0 : 1;
      t.quotedAll++;
    }));
  }
  return { t, notes };
}

const ratio = (a, b) => (b ? a / b : 1);
let failed = false;
for (const set of SETS) {
  const r = scoreSet(set);
  if (!r) { console.log(`grammar-gold ${set.name}: SKIPPED (no ${set.gold})`); continue; }
  const { t, notes } = r;
  const bp = ratio(t.bpHit, t.bpGold), q = ratio(t.quoteHit, t.quoteChars), wf = ratio(t.bodyFaded, t.body);
  const gate = set.name === 'dev';
  const ok = bp >= TARGETS.boilerplateRecall && q >= TARGETS.quoteRecall && wf <= TARGETS.wrongFade;
  if (gate && !ok) failed = true;
  console.log(`grammar-gold ${set.name} (${t.files} articles): boilerplate recall ${bp.toFixed(3)} (${t.bpHit}/${t.bpGold})  quote recall ${q.toFixed(3)} (${t.quoteHit}/${t.quoteChars} chars)  wrong fade ${wf.toFixed(3)} (${t.bodyFaded}/${t.body} body lines)  [quoted outside gold quotes ${ratio(t.quotedOutside, t.quotedAll).toFixed(3)}]${gate ? `  targets ≥${TARGETS.boilerplateRecall} ≥${TARGETS.quoteRecall} ≤${TARGETS.wrongFade}: ${ok ? 'MET' : 'NOT MET'}` : ''}`);
  if (verbose) for (const n of notes) console.log(n);
}
process.exit(failed ? 1 : 0);
