// Grammar-structure rewrites for scripts/build-grammar.mjs, kept apart from the regex-source
// helpers in grammar-regex.mjs: merging a list's match rules into one regex, and finding the
// words a boilerplate cue needs. Like those helpers they exist for speed (bench/grammar-speed.mjs)
// and keep what the grammar matches.
import { mapSyntaxChars, skipBracket, topLevelBranches } from './grammar-regex.mjs';

// ---------------------------------------------------------------------------------------------
// Merging match rules. vscode-oniguruma searches the regexes of a rule list position by position
// (Oniguruma's RegSet, for lines under 1,000 bytes), calling each regex at each column its
// first-character map does not rule out; that call, not the failing test inside it, is most of
// what a rule costs. Consecutive `match` rules of a list become ONE regex `(?:a)|(?:b)|(?:c)`:
// the same columns match and, at one column, the first rule still wins (the alternation is
// ordered as the list is), so one call per column replaces one per rule. Each rule's scopes move
// to capture groups: its `name` and `captures['0']` on a group around its branch, its other
// captures renumbered after that.
// ---------------------------------------------------------------------------------------------

/** Number of capture groups `(…)` / `(?<name>…)` in a regex source. */
export function captureCount(source) {
  let n = 0;
  mapSyntaxChars(source, (c, i) => {
    if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && !'=!'.includes(source[i + 3])))) n++;
    return c;
  });
  return n;
}

const mergeable = (rule) => rule && typeof rule.match === 'string' && !rule.begin && !rule.patterns
  && !/\\[1-9k]|\(\?<[^=!]|\(\?P/.test(rule.match);

/** One match rule doing what `rules` (mergeable, in list order) do. */
export function mergedMatchRule(rules) {
  const branches = [], captures = {};
  let group = 0;
  for (const rule of rules) {
    const caps = rule.captures ?? {};
    const outer = [rule.name, caps['0']?.name].filter(Boolean).join(' ');
    let branch = rule.match;
    if (outer) { branch = `(${branch})`; captures[String(++group)] = { name: outer }; }
    for (const [k, v] of Object.entries(caps)) if (k !== '0') captures[String(group + Number(k))] = v;
    group += captureCount(rule.match);
    branches.push(`(?:${branch})`);
  }
  return { comment: `merged match rules (speed): ${rules.map((r) => r.mergedFrom).join(', ')}`, match: branches.join('|'), captures };
}

/**
 * Rewrites every `patterns` list of the grammar: includes of repository entries are resolved
 * where they lead to match rules, and each run of consecutive match rules becomes one rule.
 * Repository entries left unused are kept (other lists may include them).
 */
export function mergeMatchRules(grammar) {
  const repo = grammar.repository ?? {};
  /** The rules a list entry stands for, flattened, or null when it is not only match rules. */
  const flatten = (entry, seen = new Set()) => {
    if (entry.include?.startsWith('#')) {
      const name = entry.include.slice(1), target = repo[name];
      if (!target || seen.has(name)) return null;
      if (mergeable(target)) return [{ ...target, mergedFrom: name }];
      if (target.patterns && !target.begin && !target.match) {
        const parts = target.patterns.map((p) => flatten(p, new Set([...seen, name])));
        return parts.every(Boolean) ? parts.flat() : null;
      }
      return null;
    }
    return mergeable(entry) ? [{ ...entry, mergedFrom: 'inline rule' }] : null;
  };
  const rewrite = (list) => {
    const out = [];
    let run = [];
    const flush = () => {
      const rules = run.flatMap((r) => r.rules);
      if (rules.length > 1) out.push(mergedMatchRule(rules));
      else if (run.length === 1) out.push(run[0].entry);
      run = [];
    };
    for (const entry of list) {
      const rules = flatten(entry);
      if (rules?.length) run.push({ entry, rules });
      else if (rules && rules.length === 0) continue; // an include of an empty list: nothing to try
      else { flush(); out.push(entry); }
    }
    flush();
    return out;
  };
  const walk = (node) => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'patterns' && Array.isArray(v)) node[k] = rewrite(v);
      walk(node[k]);
    }
  };
  walk(grammar.patterns);
  walk(repo);
}

// ---------------------------------------------------------------------------------------------
// Word literals. A cue that may match anywhere in a line ("… di Google News", "© Outlet") is
// looked for at every word start of every short line. Testing each cue there is slow, and their
// first words are common ones ("di", "ikuti", "bergabung"); each cue also holds a rarer word that
// must be there ("google", "whatsapp", "©"). A line is first scanned for those words alone, and
// only a line holding one is tested cue by cue.
// ---------------------------------------------------------------------------------------------

const LITERAL_ESCAPE = /^\\[^A-Za-z0-9]$/; // \( \. \- … stand for themselves

/** The regex source's atoms (top level of one branch), each with its quantifier. */
function atoms(src) {
  const out = [];
  for (let i = 0; i < src.length;) {
    let end;
    if (src[i] === '\\') end = i + 2;
    else if (src[i] === '[' || src[i] === '(') { end = skipBracket(src, i); if (end < 0) return null; }
    else end = i + 1;
    const q = /^(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?/.exec(src.slice(end));
    out.push({ text: src.slice(i, end), quant: q ? q[0] : '' });
    i = end + (q ? q[0].length : 0);
  }
  return out;
}

const isLiteral = (t) => LITERAL_ESCAPE.test(t) || (t.length === 1 && !'.^$|()[]{}*+?\\'.includes(t));
const optional = (q) => /^(?:\?|\*|\{0?,)/.test(q);

/** A group's alternatives when every one is a plain literal ("(foto|photo)"), else null. */
function literalSet(text) {
  if (!/^\((?!\?)|^\(\?:/.test(text)) return null;
  const inner = text.replace(/^\((?:\?:)?/, '').slice(0, -1);
  const alts = topLevelBranches(inner);
  return alts.every((a) => a && atoms(a)?.every((x) => !x.quant && isLiteral(x.text))) ? alts : null;
}

/**
 * Literal words one of which must start at a word start (line start or after a blank) wherever
 * the branch matches, as regex sources: the longest run of plain characters the branch must
 * match at such a place, or a group of plain alternatives there. Null when there is none of at
 * least three characters (or one that is not a letter, like "©").
 */
export function wordLiterals(branch) {
  const list = atoms(branch);
  if (!list) return null;
  let best = null, wordStart = true, run = null;
  const offer = (alts) => {
    const score = Math.min(...alts.map((a) => a.replace(/\\/g, '').length));
    const strong = score >= 3 || alts.every((a) => /[^A-Za-z]/.test(a.replace(/\\/g, '')));
    if (strong && (!best || score > best.score)) best = { alts, score };
  };
  const endRun = () => { if (run) offer([run]); run = null; };
  for (const { text, quant } of list) {
    if (isLiteral(text) && (run !== null || wordStart) && !optional(quant)) {
      run = (run ?? '') + text;
      if (quant) endRun();
      wordStart = false;
      continue;
    }
    endRun();
    const set = !quant && wordStart ? literalSet(text) : null;
    if (set) { offer(set); wordStart = false; continue; }
    if (text === '\\b') { wordStart = true; continue; }
    if (text === '\\s' && !optional(quant)) { wordStart = true; continue; }
    // an optional group of words each ending in a blank keeps a word start a word start
    if (wordStart && optional(quant) && text.startsWith('(')) {
      const alts = topLevelBranches(text.replace(/^\((?:\?:)?/, '').slice(0, -1));
      if (alts.every((a) => /\\s\+?$/.test(a))) continue;
    }
    wordStart = false;
  }
  endRun();
  return best ? best.alts : null;
}
