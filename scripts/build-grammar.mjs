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
import { phrase, alternation, topLevelBranches, relaxLineEnd, withoutCaptures, expandIgnoreCase, asciiClasses, rewriteRegexes, firstCharGate, grammarRegexes, mergeMatchRules, mergedMatchRule, wordLiterals, alternationTrie } from './grammar-regex.mjs';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const SOURCE = resolve(root, 'syntaxes/news-article.tmLanguage.src.yaml');
const TARGET = resolve(root, 'syntaxes/news-article.tmLanguage.json');
const LANGUAGE = process.env.CORPUS_REVIEW_GRAMMAR_LANGUAGE ?? 'id';

export { phrase, alternation, topLevelBranches, withoutCaptures, expandIgnoreCase, asciiClasses, firstCharGate, grammarRegexes };

const readJson = (rel) => JSON.parse(readFileSync(resolve(root, rel), 'utf8'));

/**
 * A cue branch not anchored at the line start ("whatsapp channel:", "foto:") may match inside a
 * long body paragraph that merely mentions those words; a paragraph with body text and
 * boilerplate glued together is a body line (gold/FORMAT.md), so such a branch only fades a
 * line of at most this many characters. Anchored branches are not limited.
 */
const MAX_UNANCHORED_LINE = 200;

/**
 * A cue is written for a trimmed line and tested with search semantics (JS `RegExp.test`).
 * In the grammar the rule starts at column 0 after any leading blanks (`^[ \t]*`), so each
 * top-level branch that was anchored with `^` loses the anchor and each that was not may start
 * anywhere in the line (`.*?`). The result goes inside `(?i:…)`.
 */
export function cueForLine(pattern) {
  return topLevelBranches(pattern)
    .map((branch) => (branch.startsWith('^') ? branch.slice(1) : `(?=.{0,${MAX_UNANCHORED_LINE}}$).*?(?:${branch})`))
    .map((branch) => `(?:${relaxLineEnd(branch)})`)
    .join('|');
}

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

const BOILERPLATE = 'comment.line.boilerplate.news-article';
const EXTRA_SCOPE_BY_KIND = { byline: 'meta.byline.news-article', signoff: 'constant.other.signoff.news-article' };

/**
 * The boilerplate cues as ONE `match` rule with one capture group per cue (scoped with that
 * cue's kind). One regex instead of one per cue matters for speed: every regex of a rule list
 * is tried at every column scanned. Inside it, the branches anchored at the line start come
 * first, in the data's order (the first that matches wins); the branches that may match
 * anywhere in the line ("whatsapp channel:", "©") come after, behind ONE gate that scans the
 * line once for any of them, so an ordinary line pays one scan, not one per cue. (A line
 * matching both kinds of cue is still boilerplate; only the kind shown may differ from the
 * engine's.) A cue with a backreference or a named group cannot lose its own groups, so it
 * stays a rule of its own; a cue Oniguruma rejects is left out with a warning.
 */
/**
 * Where a cue that may match anywhere in the line is looked for: at the start of the line and
 * after each run of blanks, i.e. at word starts. `.*?` would try every cue at every character;
 * jumping word by word (possessive, so it cannot backtrack) is about four times faster, and the
 * cues that match mid-line ("© Outlet", "whatsapp channel:", "(ilustrasi)") start a word anyway.
 * The line-length check runs after a cue is found, since almost no line has one.
 */
const WORD_STARTS = '(?:[^ \\t]*+[ \\t]++)*?';

/**
 * A branch written `^.{0,80}\\bklik …` ("klik" at a word start within the first 80 characters)
 * or `^.{2,80}\\sberkontribusi …` (after a blank) is in effect a cue that may match anywhere;
 * it is looked for like one (at word starts of a line of at most MAX_UNANCHORED_LINE
 * characters), which drops its bounds on what comes before but spares every line a walk of 80
 * characters (and backtracking over them).
 */
const LEADING_ANY = /^\^\.(?:\{\d*,\d+\}|\*)\??(?:\\b|\\s)/;

const NARROW_GATE = 40;

/**
 * A gate for branches that open with "up to n characters other than X" (`[^|]{1,60}\\|…`,
 * `[^»›>]{1,30}…`): the X must come within n+1 characters, which a possessive class loop checks
 * far faster than the branch itself (an atomic group: in Oniguruma's Ruby syntax `{n,m}+` is
 * not possessive but a repeated interval). '' unless every branch has that shape.
 */
function skipGate(branches) {
  const gates = branches.map((br) => {
    const m = /^\[\^([^\]\\]+)\]\{(\d+),(\d+)\}/.exec(br);
    return m ? `(?>[^${m[1]}\\n]{${m[2]},${m[3]}})[${m[1]}]` : null;
  });
  return gates.every(Boolean) && gates.length ? `(?=${gates.join('|')})` : '';
} // characters of a `(?=[…])` gate source, i.e. roughly 30 first characters

/** One skip gate implied by each of `branches`' (all of the `[^X]{m,n}…` shape). */
function sharedSkipGate(branches) {
  const specs = branches.map((br) => /^\[\^([^\]\\]+)\]\{(\d+),(\d+)\}/.exec(br));
  const chars = [...new Set(specs.flatMap((m) => [...m[1]]))].join('').replace(/[\]\\^-]/g, '\\$&');
  const max = Math.max(...specs.map((m) => Number(m[3])));
  return `(?=(?>[^${chars}\\n]{1,${max}})[${chars}])`;
}

function boilerplateRules(cues) {
  const combinable = [], separate = [], warnings = [];
  for (const cue of cues) {
    const err = onigError(`^[ \\t]*(?i:${cueForLine(cue.pattern)}).*$`);
    if (err) { warnings.push(`cue "${cue.id}" (${cue.pattern}) is not valid Oniguruma: ${err}`); continue; }
    const kind = String(cue.kind).replace(/[^\w-]/g, '-');
    const scopes = [`meta.boilerplate.${kind}.news-article`, EXTRA_SCOPE_BY_KIND[cue.kind]].filter(Boolean).join(' ');
    const branches = topLevelBranches(cue.pattern);
    const entry = {
      cue,
      scopes,
      anchored: branches.filter((br) => br.startsWith('^') && !LEADING_ANY.test(br)).map((br) => relaxLineEnd(withoutCaptures(br.slice(1)))),
      anywhere: branches
        .filter((br) => !br.startsWith('^') || LEADING_ANY.test(br))
        .map((br) => relaxLineEnd(withoutCaptures(br.replace(LEADING_ANY, '')))),
    };
    (/\\[1-9k]|\(\?<[^=!]/.test(cue.pattern) ? separate : combinable).push(entry);
  }
  const rules = [];
  let lineStart = null;
  if (combinable.length) {
    // One capture group per kind of cue, not per cue: every group of the regex costs on every
    // line it is tried on (Oniguruma keeps its span, vscode-oniguruma hands all of them to
    // JavaScript), and the scopes differ only by kind. Cues are grouped by kind in the order
    // the kinds first appear; a line two cues of different kinds match shows the first kind.
    const captures = {};
    let group = 0;
    const byKind = (entries, render) => {
      const kinds = new Map();
      for (const e of entries) kinds.set(e.scopes, [...(kinds.get(e.scopes) ?? []), e]);
      return [...kinds].map(([scopes, list]) => {
        captures[String(++group)] = { name: `${BOILERPLATE} ${scopes}` };
        return render(list);
      });
    };
    // Anchored cues whose first characters are known go behind a first-character gate each;
    // the few that may start with anything ("Outlet | 2 jam yang lalu") have a skip gate or none.
    const anchoredCues = combinable.filter((e) => e.anchored.length).map((e) => {
      const body = `(?i:${e.anchored.join('|')})`;
      const gate = firstCharGate(asciiClasses(expandIgnoreCase(body)));
      // A cue that may start with any letter ("[\\w-]+\\.com/…") would widen the shared gate to
      // every line; it is tried on its own instead.
      if (gate && gate.length <= NARROW_GATE) return { e, body, gate };
      const skip = skipGate(e.anchored);
      return { e, body, gate: skip, skip: skip !== '' };
    });
    const gateOf = new Map(anchoredCues.map((a) => [a.e, a]));
    // Each cue behind its own gate: one character test instead of trying each of its words.
    // A kind's cues are also behind one gate for all of them (their first characters, when
    // each has a first-character gate): most lines then fail a kind with one test.
    const kindGate = (list) => (list.every((e) => gateOf.get(e).gate.startsWith('(?=['))
      ? firstCharGate(asciiClasses(expandIgnoreCase(`(?i:${list.map((e) => gateOf.get(e).body).join('|')})`)))
      : '');
    const kindGroup = (list) => {
      const gate = kindGate(list); // before the group is entered: a failed line pays no capture
      return `${gate ? `(?=[ \\t]*${gate.slice(3, -1)})` : ''}([ \\t]*(?:${list.map((e) => `${gateOf.get(e).gate}${gateOf.get(e).body}`).join('|')}).*)`;
    };
    const anchored = byKind(anchoredCues.filter((a) => !a.skip).map((a) => a.e), kindGroup);
    // The cues with a skip gate come last, behind one walk for all of them (any of their
    // characters within the longest of their distances), instead of one walk each.
    const skipped = anchoredCues.filter((a) => a.skip);
    if (skipped.length) anchored.push(`(?=[ \\t]*${sharedSkipGate(skipped.flatMap((a) => a.e.anchored)).slice(3, -1)})(?:${byKind(skipped.map((a) => a.e), kindGroup).join('|')})`);
    const anywhereCues = combinable.filter((e) => e.anywhere.length);
    const anywhere = byKind(anywhereCues, (list) => `((?=${WORD_STARTS}(?i:${list.flatMap((e) => e.anywhere).join('|')})).*)`);
    // The line is first scanned for the words one of which each cue needs (wordLiterals:
    // "google", "whatsapp", "©"), with one test of their first characters at each word start;
    // only a line holding one is tried cue by cue. When a cue has no such word, the scan tries
    // the cues themselves.
    const branches = anywhereCues.flatMap((e) => e.anywhere);
    const literals = branches.map(wordLiterals);
    const sought = literals.every(Boolean) ? [...new Set(literals.flat())].join('|') : branches.join('|');
    const soughtGate = firstCharGate(asciiClasses(expandIgnoreCase(`(?i:${sought})`)));
    const gate = anywhereCues.length
      ? [`(?=${WORD_STARTS}${soughtGate}(?i:${sought}))(?=[ \\t]*.{0,${MAX_UNANCHORED_LINE}}$)(?:${anywhere.join('|')})`]
      : [];
    lineStart = {
      comment: `cues: ${combinable.map((e) => e.cue.id).join(', ')}`,
      alternation: `(?:${[...anchored, ...gate].join('|')})`,
      captures,
    };
  }
  for (const e of separate) {
    rules.push({ comment: `${e.cue.id}: ${e.cue.reason ?? ''}`.trim(), match: `^[ \\t]*(?i:${cueForLine(e.cue.pattern)}).*$`, name: `${BOILERPLATE} ${e.scopes}` });
  }
  return { lineStart, rules, warnings, cueCount: combinable.length + separate.length };
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
  const cues = [...(lang.boilerplate.cues ?? []), ...extra];
  const { lineStart, rules, warnings, cueCount } = boilerplateRules(cues);
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
  return { grammar, warnings, errors, cueCount };
}

export function serialise(grammar) {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { grammar, warnings, errors, cueCount } = await buildGrammar();
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
    console.log(`build-grammar: wrote syntaxes/news-article.tmLanguage.json (${cueCount} boilerplate cues, ${warnings.length} skipped)`);
  }
}
