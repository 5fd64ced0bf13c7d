#!/usr/bin/env node
// Builds syntaxes/news-article.tmLanguage.json from the readable source
// syntaxes/news-article.tmLanguage.src.yaml and the language data the engine uses
// (src/core/lang/<code>/attribution.json, boilerplate.json, dates.json). Run by `npm run build`.
//
// Why generate: the phrase lists (reporting verbs, boilerplate cues, month and weekday names,
// zones) must be the SAME ones the engine reads, so they are never copied into the grammar by
// hand. Every regex the grammar ends up with is compiled with vscode-oniguruma (the engine
// VS Code runs) before the file is written: a cue that Oniguruma rejects is left out with a
// warning naming it (the grammar test layer fails on it, so it cannot go unnoticed), instead of
// breaking the whole grammar for every reviewer.
//
//   node scripts/build-grammar.mjs            write the JSON
//   node scripts/build-grammar.mjs --check    exit 1 when the committed JSON is stale
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import YAML from 'yaml';
import oniguruma from 'vscode-oniguruma';
import { phrase, alternation, alternationTrie, topLevelBranches, withoutCaptures, expandIgnoreCase, asciiClasses, rewriteRegexes, firstCharGate, grammarRegexes } from './grammar-regex.mjs';
import { mergeMatchRules, mergedMatchRule } from './grammar-rules.mjs';
import { boilerplateRules, cueForLine } from './grammar-cues.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const SOURCE = resolve(root, 'syntaxes/news-article.tmLanguage.src.yaml');
const TARGET = resolve(root, 'syntaxes/news-article.tmLanguage.json');
const LANGUAGE = process.env.CORPUS_REVIEW_GRAMMAR_LANGUAGE ?? 'id';

export { phrase, alternation, topLevelBranches, withoutCaptures, expandIgnoreCase, asciiClasses, firstCharGate, grammarRegexes, cueForLine };

const readJson = (rel) => JSON.parse(readFileSync(resolve(root, rel), 'utf8'));

function loadLanguageData(code) {
  const dir = `src/core/lang/${code}`;
  return {
    attribution: readJson(`${dir}/attribution.json`),
    boilerplate: readJson(`${dir}/boilerplate.json`),
    dates: readJson(`${dir}/dates.json`),
  };
}

let onig;
async function loadOniguruma() {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  onig = oniguruma;
}

/** Null when Oniguruma compiles the pattern, else its error message. */
export function onigError(pattern) {
  try {
    const scanner = new onig.OnigScanner([pattern]);
    scanner.dispose?.();
    return null;
  } catch (err) {
    return String(err?.message ?? err);
  }
}

/**
 * The `article` region's `begin` (line 1) and `while` (every later line): the line-start rules
 * (#list-start, the boilerplate cues, #headline or #dateline, a blank line) merged into one
 * regex with an empty last alternative, so the `while` holds on every line. vscode-textmate tests
 * a `while` once per line at column 0; as rules of a list the same regexes were tried at every
 * column (for lines under 1,000 bytes vscode-oniguruma searches a list with Oniguruma's RegSet,
 * which calls each regex at each column its first-character map does not rule out). A list
 * intro or sign-off line is consumed up to the newline, every other boilerplate line (and a
 * blank one, and the headline) with it: #related-list's `begin` and #quote's bound tell the
 * first kind apart by that (`\G(?=\n)`). See the source's #article for what this changes.
 */
function lineStartRule(grammar, lineStart) {
  const repo = grammar.repository;
  const rule = (name, suffix = '') => ({ ...repo[name], match: `${repo[name].match}${suffix}`, mergedFrom: name });
  const boilerplate = lineStart
    ? [{ match: `${lineStart.alternation}\\n`, captures: lineStart.captures, mergedFrom: `boilerplate cues (${lineStart.comment.replace(/^cues: /, '')})` }]
    : [];
  const blank = { match: '[ \\t]*\\n', mergedFrom: 'blank line' };
  // A blank line first: a quarter of all lines are, and one test then spares them the rest.
  const lineOne = mergedMatchRule([blank, rule('list-start', '(?=\\n)'), ...boilerplate, rule('headline', '\\n')]);
  const later = mergedMatchRule([blank, rule('list-start', '(?=\\n)'), ...boilerplate, rule('dateline')]);
  Object.assign(repo.article, {
    comment: later.comment.replace('merged match rules (speed)', 'while: line-start rules'),
    begin: `\\A(?:${lineOne.match}|)`,
    beginCaptures: lineOne.captures,
    while: `^(?:${later.match}|)`,
    whileCaptures: later.captures,
  });
  for (const name of ['list-start', 'headline', 'dateline']) delete repo[name];
}

/** The values every `{{name}}` in the source stands for, all derived from the language data. */
function templateValues(lang, cues) {
  const { attribution: a, boilerplate: b, dates: d } = lang;
  const structure = b.structure ?? {};
  const byId = new Map(cues.map((c) => [c.id, c]));
  const introIds = structure.listIntroCues ?? ['read-also', 'related-heading'];
  const introCues = introIds.map((id) => byId.get(id)).filter(Boolean);
  const signoffSource = structure.signoffAlone ?? byId.get('signoff-alone')?.pattern ?? '(?!)';
  const suffixes = a.suffixes ?? [];
  const verbs = alternationTrie(a.verbs ?? []);
  const cueVerbs = suffixes.length ? `(?:${verbs})(?:${alternationTrie(suffixes)})?` : verbs;
  const domainSuffix = structure.dateline?.domainSuffix ?? '\\.(?:com|co\\.id|id|co|net)\\b';
  return {
    cueVerbs,
    prefixedVerbs: alternationTrie(a.prefixedVerbs ?? []),
    prefixedVerbsGate: firstCharGate(alternationTrie(a.prefixedVerbs ?? [])),
    thirdPersonPronouns: alternationTrie(a.pronouns ?? []),
    firstPersonPronouns: alternationTrie(a.firstPersonPronouns ?? []),
    speakerFillers: alternationTrie(a.speakerFillers ?? []),
    // Cue patterns may hold capture groups; inside the grammar's own rules they would shift
    // the capture numbers the scopes are attached to, so they become non-capturing.
    listIntroCues: introCues.length ? introCues.map((c) => withoutCaptures(cueForLine(c.pattern))).join('|') : '(?!)',
    signoffAlone: withoutCaptures(cueForLine(signoffSource)),
    listOrSignoffGate: firstCharGate(asciiClasses(expandIgnoreCase(`(?i:${introCues.map((c) => cueForLine(c.pattern)).join('|') || '(?!)'}|${cueForLine(signoffSource)})`))),
    months: alternationTrie(Object.keys(d.months ?? {})),
    weekdays: alternationTrie(Object.keys(d.weekdays ?? {})),
    // The capitals a weekday written Capitalised or UPPER CASE starts with (the date rule's gate).
    weekdayInitials: [...new Set(Object.keys(d.weekdays ?? {}).map((w) => w.charAt(0).toUpperCase()))].sort().join('').replace(/[\]\\^-]/g, '\\$&'),
    weekdaysCapitalised: alternationTrie(Object.keys(d.weekdays ?? {}).flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()])),
    zones: alternationTrie(Object.keys(d.zones ?? {})),
    datelineWord: `[A-Z][\\w.'&-]*|[\\w-]+(?:\\.[\\w-]+)*${domainSuffix}`,
    datelineExtraWords: String((structure.dateline?.maxPlaceWords ?? 4) + 1),
    // A capitalised name word; inner dots allowed ("M.Si"), a sentence's full stop is not.
    nameWord: "[A-Z][\\w'-]*(?:\\.[\\w'-]+)*",
    maxPlaceWords: String(structure.dateline?.maxPlaceWords ?? 4),
  };
}

function fill(node, values, path, missing) {
  if (typeof node === 'string') {
    return node.replace(/\{\{(\w+)\}\}/g, (_, key) => {
      if (!(key in values)) { missing.push(`${path}: {{${key}}}`); return '(?!)'; }
      return values[key];
    });
  }
  if (Array.isArray(node)) return node.map((n, i) => fill(n, values, `${path}[${i}]`, missing));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, values, `${path}.${k}`, missing)]));
  }
  return node;
}

/** Builds the grammar object; returns it with the warnings (rejected cues) and errors. */
export async function buildGrammar(code = LANGUAGE) {
  if (!onig) await loadOniguruma();
  const source = YAML.parse(readFileSync(SOURCE, 'utf8'));
  const lang = loadLanguageData(code);
  const extra = source.extraBoilerplateCues ?? [];
  delete source.extraBoilerplateCues;
  // A cue marked "grammar": false is read by the engine only (the editor shows it through the
  // engine overlay): rare cues that can only be found anywhere in a line cost every line's check.
  const cues = [...(lang.boilerplate.cues ?? []).filter((c) => c.grammar !== false), ...extra];
  const engineOnly = (lang.boilerplate.cues ?? []).filter((c) => c.grammar === false).map((c) => c.id);
  const { lineStart, rules, warnings, cueCount } = boilerplateRules(cues, onigError);
  const missing = [];
  const grammar = fill(source, templateValues(lang, cues), '$', missing);
  grammar.repository['boilerplate-line'].patterns = rules;
  lineStartRule(grammar, lineStart);
  mergeMatchRules(grammar);
  rewriteRegexes(grammar);
  const errors = missing.map((m) => `unknown placeholder ${m}`);
  for (const { path, source: re } of grammarRegexes(grammar)) {
    const err = onigError(re);
    if (err) errors.push(`${path}: ${err}`);
  }
  grammar.comment = `GENERATED by scripts/build-grammar.mjs from syntaxes/news-article.tmLanguage.src.yaml and src/core/lang/${code}/*.json. Do not edit: edit those and run npm run build.`;
  return { grammar, warnings, errors, cueCount, engineOnly };
}

export function serialise(grammar) {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { grammar, warnings, errors, cueCount, engineOnly } = await buildGrammar();
  for (const w of warnings) console.warn(`build-grammar: WARNING ${w}`);
  if (errors.length) {
    for (const e of errors) console.error(`build-grammar: ERROR ${e}`);
    process.exit(1);
  }
  const text = serialise(grammar);
  if (process.argv.includes('--check')) {
    const current = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : '';
    if (current !== text) { console.error('build-grammar: syntaxes/news-article.tmLanguage.json is stale; run npm run build'); process.exit(1); }
    console.log('build-grammar: up to date');
  } else {
    writeFileSync(TARGET, text);
    console.log(`build-grammar: wrote syntaxes/news-article.tmLanguage.json (${cueCount} boilerplate cues, ${warnings.length} skipped, ${engineOnly.length} left to the engine overlay: ${engineOnly.join(', ') || 'none'})`);
  }
}
