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

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const SOURCE = resolve(root, 'syntaxes/news-article.tmLanguage.src.yaml');
const TARGET = resolve(root, 'syntaxes/news-article.tmLanguage.json');
const LANGUAGE = process.env.CORPUS_REVIEW_GRAMMAR_LANGUAGE ?? 'id';

const readJson = (rel) => JSON.parse(readFileSync(resolve(root, rel), 'utf8'));

/** Escapes a literal phrase for a regex; inner blanks match any run of blanks. */
export function phrase(text) {
  return text.trim().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** An alternation of literal phrases, longest first (so "katanya" is tried before "kata"). */
export function alternation(words) {
  const unique = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  if (unique.length === 0) return '(?!)';
  return unique.sort((a, b) => b.length - a.length || a.localeCompare(b)).map(phrase).join('|');
}

/** Splits a regex source at its top-level `|` (outside groups and classes). */
export function topLevelBranches(source) {
  const branches = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { branches.push(source.slice(start, i)); start = i + 1; }
  }
  branches.push(source.slice(start));
  return branches;
}

/** Rewrites unescaped `$` outside classes so it allows the trailing blanks a trimmed line lost. */
function relaxLineEnd(source) {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') inClass = true;
    out += c === '$' ? '(?=[ \\t]*$)' : c;
  }
  return out;
}

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

/** Turns plain capture groups `(` into non-capturing `(?:` (outside classes, not escaped). */
export function withoutCaptures(source) {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') inClass = true;
    out += c === '(' && source[i + 1] !== '?' ? '(?:' : c;
  }
  return out;
}

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
 * is in effect a cue that may match anywhere; it is looked for like one (at word starts of a
 * line of at most MAX_UNANCHORED_LINE characters), which drops its 80-character bound but
 * spares every line a walk of 80 characters.
 */
const LEADING_ANY = /^\^\.(?:\{0,\d+\}|\*)\??\\b/;

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
  if (combinable.length) {
    const captures = {};
    let group = 0;
    const capture = (scopes) => { captures[String(++group)] = { name: scopes }; };
    // Anchored cues whose first characters are known go behind a first-character gate each;
    // the few that may start with anything ("Outlet | 2 jam yang lalu") are tried after.
    const anchoredCues = combinable.filter((e) => e.anchored.length).map((e) => {
      const body = `(?i:${e.anchored.join('|')})`;
      const gate = firstCharGate(asciiClasses(expandIgnoreCase(body)));
      // A cue that may start with any letter ("[\\w-]+\\.com/…") would widen the shared gate to
      // every line; it is tried on its own instead.
      return { e, body, gate: gate.length <= NARROW_GATE ? gate : '' };
    });
    for (const a of anchoredCues) if (!a.gate) a.gate = skipGate(a.e.anchored);
    const gatedCues = anchoredCues.filter((a) => a.gate), openCues = anchoredCues.filter((a) => !a.gate);
    const alternative = (a) => { capture(a.e.scopes); return `(${a.body}.*)`; };
    // Each cue behind its own gate: one character test instead of trying each of its words.
    const gated = gatedCues.map((a) => `${a.gate}${alternative(a)}`);
    const anchored = [...gated, ...openCues.map(alternative)];
    const anywhereCues = combinable.filter((e) => e.anywhere.length);
    const anywhere = anywhereCues.map((e) => {
      capture(e.scopes);
      return `(?=${WORD_STARTS}(?i:${e.anywhere.join('|')}))(.*)`;
    });
    // At each word start, one test of the cues' possible first characters before trying them.
    const anywhereGate = firstCharGate(asciiClasses(expandIgnoreCase(`(?i:${anywhereCues.flatMap((e) => e.anywhere).join('|')})`)));
    const gate = anywhereCues.length
      ? [`(?=${WORD_STARTS}${anywhereGate}(?i:${anywhereCues.flatMap((e) => e.anywhere).join('|')}))(?=.{0,${MAX_UNANCHORED_LINE}}$)(?:${anywhere.join('|')})`]
      : [];
    rules.push({
      comment: `cues: ${combinable.map((e) => e.cue.id).join(', ')}`,
      match: `^[ \\t]*(?:${[...anchored, ...gate].join('|')})`,
      name: BOILERPLATE,
      captures,
    });
  }
  for (const e of separate) {
    rules.push({ comment: `${e.cue.id}: ${e.cue.reason ?? ''}`.trim(), match: `^[ \\t]*(?i:${cueForLine(e.cue.pattern)}).*$`, name: `${BOILERPLATE} ${e.scopes}` });
  }
  return { rules, warnings, cueCount: combinable.length + separate.length };
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
  const verbs = alternation(a.verbs ?? []);
  const cueVerbs = suffixes.length ? `(?:${verbs})(?:${alternation(suffixes)})?` : verbs;
  const domainSuffix = structure.dateline?.domainSuffix ?? '\\.(?:com|co\\.id|id|co|net)\\b';
  return {
    cueVerbs,
    prefixedVerbs: alternation(a.prefixedVerbs ?? []),
    prefixedVerbsGate: firstCharGate(alternation(a.prefixedVerbs ?? [])),
    thirdPersonPronouns: alternation(a.pronouns ?? []),
    firstPersonPronouns: alternation(a.firstPersonPronouns ?? []),
    speakerFillers: alternation(a.speakerFillers ?? []),
    // Cue patterns may hold capture groups; inside the grammar's own rules they would shift
    // the capture numbers the scopes are attached to, so they become non-capturing.
    listIntroCues: introCues.length ? introCues.map((c) => withoutCaptures(cueForLine(c.pattern))).join('|') : '(?!)',
    signoffAlone: withoutCaptures(cueForLine(signoffSource)),
    listOrSignoffGate: firstCharGate(asciiClasses(expandIgnoreCase(`(?i:${introCues.map((c) => cueForLine(c.pattern)).join('|') || '(?!)'}|${cueForLine(signoffSource)})`))),
    months: alternation(Object.keys(d.months ?? {})),
    weekdays: alternation(Object.keys(d.weekdays ?? {})),
    weekdaysCapitalised: alternation(Object.keys(d.weekdays ?? {}).flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()])),
    zones: alternation(Object.keys(d.zones ?? {})),
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


// ---------------------------------------------------------------------------------------------
// Case-insensitivity without `(?i:…)`. The language data's cues are matched case-insensitively,
// and Oniguruma's `(?i)` is slow (it folds Unicode case, multi-character folds included, at every
// step): written out as `[bB][aA][cC][aA]` the same cues run about twice as fast, which is what
// keeps this grammar as fast as VS Code's Markdown (bench/grammar-speed.mjs). Only ASCII letters
// are expanded; the data is ASCII. Every `(?i:…)` group of the finished grammar is rewritten.
// ---------------------------------------------------------------------------------------------

/** Rewrites a regex source (the inside of a `(?i:…)` group) to match ASCII letters in both cases. */
function caseless(source) {
  let out = '';
  let i = 0;
  const n = source.length;
  const isLetter = (c) => /[A-Za-z]/.test(c);
  while (i < n) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if ('pPxuk'.includes(e) && (source[i + 2] === '{' || source[i + 2] === '<')) {
        const close = source.indexOf(source[i + 2] === '{' ? '}' : '>', i + 2);
        out += source.slice(i, close + 1); i = close + 1; continue;
      }
      out += c + e; i += 2; continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      // group syntax: copy "(?" and the flag/name part up to ':' '=' '!' '<' '>' or ')'
      let j = i + 2;
      if (source[j] === '<' && source[j + 1] !== '=' && source[j + 1] !== '!') { j = source.indexOf('>', j) + 1; }
      else { while (j < n && /[a-zA-Z-]/.test(source[j])) j++; if ('<'.includes(source[j])) j++; if (':=!>)'.includes(source[j])) j++; }
      let head = source.slice(i, j);
      // drop an i flag: the letters are made caseless below
      head = head.replace(/^\(\?([a-zA-Z-]*)i([a-zA-Z-]*)(:|\))/, (_, a, b, end) => (a + b ? `(?${a}${b}${end}` : end === ':' ? '(?:' : '(?:)'));
      out += head; i = j; continue;
    }
    if (c === '[') {
      let j = i + 1, body = '', extra = '', negate = '';
      if (source[j] === '^') { negate = '^'; j++; }
      if (source[j] === ']') { body += ']'; j++; }
      while (j < n && source[j] !== ']') {
        const d = source[j];
        if (d === '\\') { body += d + (source[j + 1] ?? ''); j += 2; continue; }
        if (d === '[' && source[j + 1] === ':') { const k = source.indexOf(':]', j); body += source.slice(j, k + 2); j = k + 2; continue; }
        if (isLetter(d) && source[j + 1] === '-' && isLetter(source[j + 2] ?? '')) {
          const range = source.slice(j, j + 3); body += range;
          extra += range === range.toLowerCase() ? range.toUpperCase() : range.toLowerCase();
          j += 3; continue;
        }
        body += d;
        if (isLetter(d)) extra += d === d.toLowerCase() ? d.toUpperCase() : d.toLowerCase();
        j++;
      }
      out += `[${negate}${extra}${body}]`; i = j + 1; continue;
    }
    if (isLetter(c)) {
      // a quantifier brace like {1,3} has no letters; letters here are literal
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`; i++; continue;
    }
    out += c; i++;
  }
  return out;
}

/** Index of the `)` closing the group that opens at `open` (respecting escapes and classes). */
function groupEnd(source, open) {
  let depth = 0, inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Replaces every `(?i:…)` group of a regex source by its caseless expansion. */
export function expandIgnoreCase(source) {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    if (source.startsWith('(?i:', i)) {
      const end = groupEnd(source, i);
      if (end < 0) return source;
      out += `(?:${caseless(source.slice(i + 4, end))})`;
      i = end;
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * `\\d` and `\\w` as ASCII classes. The cue patterns are JavaScript regexes, where (without the
 * u flag) \\d is [0-9] and \\w is [A-Za-z0-9_]; Oniguruma's are Unicode classes, which both
 * matches differently from the engine and is markedly slower to test at every column.
 */
export function asciiClasses(source) {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      const cls = e === 'd' ? '0-9' : e === 'w' ? '0-9A-Za-z_' : null;
      out += cls ? (inClass ? cls : `[${cls}]`) : c + e;
      i++;
      continue;
    }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') inClass = true;
    out += c;
  }
  return out;
}

function rewriteRegexes(node) {
  if (Array.isArray(node)) { node.forEach(rewriteRegexes); return; }
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') node[k] = asciiClasses(expandIgnoreCase(v));
    else rewriteRegexes(v);
  }
}

// ---------------------------------------------------------------------------------------------
// First-character gates. A line-anchored alternation of thirty cues is tried at column 0 of
// every line; most lines fail every cue at its first character, but Oniguruma still walks all
// thirty. A lookahead for the union of the cues' possible first characters, `(?=[bBlL(…])`,
// lets an ordinary line fail after one test. The set is computed from the regex source by a
// small conservative reader: it may over-approximate (a wider set only costs speed), and it
// returns null ("any character") for anything it does not understand, so it never drops a cue.
// ---------------------------------------------------------------------------------------------
const SETS = {
  s: [' ', '\t', '\u00a0', '\u3000'],
  d: '0123456789'.split(''),
  w: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'.split(''),
};

/** Characters a class body `[...]` (without brackets) can match, or null if negated/unknown. */
function classChars(body) {
  if (body.startsWith('^')) return null;
  const out = new Set();
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') {
      const e = body[++i];
      if (SETS[e]) { SETS[e].forEach((x) => out.add(x)); continue; }
      if (/[A-Za-z]/.test(e)) return null; // \p, \h, … : give up
      c = e;
    } else if (c === '[') return null; // POSIX or nested class
    if (body[i + 1] === '-' && i + 2 < body.length && body[i + 2] !== ']') {
      let hi = body[i + 2];
      if (hi === '\\') return null;
      for (let k = c.codePointAt(0); k <= hi.codePointAt(0); k++) out.add(String.fromCodePoint(k));
      i += 2;
      continue;
    }
    out.add(c);
  }
  return out;
}

/** Index just past the group/class starting at i. */
function skipBracket(src, i) {
  if (src[i] === '[') {
    let j = i + 1;
    if (src[j] === '^') j++;
    if (src[j] === ']') j++;
    for (; j < src.length; j++) { if (src[j] === '\\') { j++; continue; } if (src[j] === ']') return j + 1; }
    return -1;
  }
  let depth = 0, inClass = false;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') { j++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return -1;
}

/**
 * { chars: Set, nullable: boolean } for a sequence (no top-level `|`), or null when unknown.
 * nullable: the sequence can match the empty string (then what follows it also counts).
 */
function firstOfSequence(src, splitBranches) {
  const chars = new Set();
  let i = 0;
  while (i < src.length) {
    let atom = null, zeroWidth = false, next;
    const c = src[i];
    if (c === '(') {
      next = skipBracket(src, i);
      if (next < 0) return null;
      const head = src.slice(i, i + 4);
      if (/^\(\?<?[=!]/.test(head)) { zeroWidth = true; }
      else {
        const inner = src.slice(i, next - 1).replace(/^\((\?[a-zA-Z-]*:|\?)?/, '');
        if (/^\(\?</.test(head) || /^\(\?[>~]/.test(head)) return null;
        atom = firstOfAlternation(inner, splitBranches);
        if (!atom) return null;
      }
    } else if (c === '[') {
      next = skipBracket(src, i);
      if (next < 0) return null;
      const set = classChars(src.slice(i + 1, next - 1));
      if (!set) return null;
      atom = { chars: set, nullable: false };
    } else if (c === '\\') {
      const e = src[i + 1];
      next = i + 2;
      if ('bBAGzZ'.includes(e)) zeroWidth = true;
      else if (SETS[e]) atom = { chars: new Set(SETS[e]), nullable: false };
      else if (/[A-Za-z0-9]/.test(e)) return null;
      else atom = { chars: new Set([e]), nullable: false };
    } else if (c === '^' || c === '$') { zeroWidth = true; next = i + 1; if (c === '$') return null; }
    else if (c === '.') return null;
    else if (')|*+?{'.includes(c)) return null;
    else { atom = { chars: new Set([c]), nullable: false }; next = i + 1; }
    // quantifier
    let optional = false;
    const q = src.slice(next).match(/^(\?|\*|\+|\{(\d*)(?:,\d*)?\})[?+]?/);
    if (q) {
      next += q[0].length;
      if (q[1] === '?' || q[1] === '*' || (q[2] !== undefined && (q[2] === '' || Number(q[2]) === 0))) optional = true;
    }
    i = next;
    if (zeroWidth) continue;
    atom.chars.forEach((x) => chars.add(x));
    if (!(atom.nullable || optional)) return { chars, nullable: false };
  }
  return { chars, nullable: true };
}

function firstOfAlternation(src, splitBranches) {
  const chars = new Set();
  let nullable = false;
  for (const br of splitBranches(src)) {
    const f = firstOfSequence(br, splitBranches);
    if (!f) return null;
    f.chars.forEach((x) => chars.add(x));
    nullable ||= f.nullable;
  }
  return { chars, nullable };
}

/** A `(?=[…])` lookahead for the first characters `source` can match, or '' when unknown. */
export function firstCharGate(source, splitBranches = topLevelBranches) {
  const f = firstOfAlternation(source, splitBranches);
  if (!f || f.nullable || f.chars.size === 0) return '';
  const esc = [...f.chars].sort().map((c) => (c === '\t' ? '\\t' : /[\]\\^\-\[]/.test(c) ? `\\${c}` : c)).join('');
  return `(?=[${esc}])`;
}

/** Every regex in the grammar (match/begin/end/while), with where it sits. */
export function grammarRegexes(grammar) {
  const found = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${path}[${i}]`)); return; }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') found.push({ path: `${path}.${k}`, source: v });
      else walk(v, `${path}.${k}`);
    }
  };
  walk(grammar, '$');
  return found;
}

/** Builds the grammar object; returns it with the warnings (rejected cues) and errors. */
export async function buildGrammar(code = LANGUAGE) {
  if (!onig) await loadOniguruma();
  const source = YAML.parse(readFileSync(SOURCE, 'utf8'));
  const lang = loadLanguageData(code);
  const extra = source.extraBoilerplateCues ?? [];
  delete source.extraBoilerplateCues;
  const cues = [...(lang.boilerplate.cues ?? []), ...extra];
  const { rules, warnings, cueCount } = boilerplateRules(cues);
  const missing = [];
  const grammar = fill(source, templateValues(lang, cues), '$', missing);
  grammar.repository['boilerplate-line'].patterns = rules;
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
