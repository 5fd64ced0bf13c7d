// Regex-source helpers for scripts/build-grammar.mjs: reading and rewriting the language data's
// cue patterns (JavaScript regex sources) into Oniguruma patterns for the TextMate grammar.
// Every rewrite keeps what a pattern matches (or, for the gates, only adds a necessary
// condition) and exists for speed; bench/grammar-speed.mjs measures it. Hand-written because
// no maintained library rewrites regex sources between these two dialects.

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

/**
 * The same alternation as `alternation(words)`, factored into a trie: `kat(?:anya|a)` for
 * "katanya|kata". Oniguruma tries an alternation's branches one by one, so a list of 77 verbs
 * costs up to 77 tests at each place it is tried; the trie costs one per character. It matches
 * the same: the words that can match at one place are prefixes of each other, and both forms
 * try the longer first (`alternation` sorts longest first; each trie node tries its longer
 * continuations before ending there).
 */
export function alternationTrie(words) {
  const unique = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  if (unique.length === 0) return '(?!)';
  const root = { next: new Map(), end: false, depth: 0 };
  for (const w of unique) {
    let node = root;
    for (const token of w.split(/(\s+)/).flatMap((part) => (/^\s+$/.test(part) ? ['\\s+'] : [...part].map((c) => phrase(c))))) {
      if (!node.next.has(token)) node.next.set(token, { next: new Map(), end: false, depth: 0 });
      node = node.next.get(token);
    }
    node.end = true;
  }
  const depth = (node) => (node.depth = Math.max(0, ...[...node.next.values()].map((n) => 1 + depth(n))));
  depth(root);
  const emit = (node) => {
    const kids = [...node.next.entries()].sort((a, b) => b[1].depth - a[1].depth || a[0].localeCompare(b[0]))
      .map(([token, child]) => token + emit(child));
    if (kids.length === 0) return '';
    if (kids.length === 1 && !node.end) return kids[0];
    return `(?:${kids.join('|')}${node.end ? '|' : ''})`;
  };
  return emit(root);
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

/**
 * Rewrites a regex source character by character: `rewrite(c, i)` replaces each character that is
 * regex syntax (not escaped, not inside a character class, including the `[` that opens one);
 * escapes and class contents are copied as they are.
 */
export function mapSyntaxChars(source, rewrite) {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') inClass = true;
    out += rewrite(c, i);
  }
  return out;
}

/** Rewrites unescaped `$` outside classes so it allows the trailing blanks a trimmed line lost. */
export function relaxLineEnd(source) {
  return mapSyntaxChars(source, (c) => (c === '$' ? '(?=[ \\t]*$)' : c));
}

/** Turns plain capture groups `(` into non-capturing `(?:` (outside classes, not escaped). */
export function withoutCaptures(source) {
  return mapSyntaxChars(source, (c, i) => (c === '(' && source[i + 1] !== '?' ? '(?:' : c));
}

// ---------------------------------------------------------------------------------------------
// Case-insensitivity without `(?i:…)`. The language data's cues are matched case-insensitively,
// and Oniguruma's `(?i)` is slow (it folds Unicode case, multi-character folds included, at every
// step): written out as `[bB][aA][cC][aA]` the same cues run about twice as fast, which brings
// this grammar closer to VS Code's Markdown in speed (bench/grammar-speed.mjs). Only ASCII letters
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

export function rewriteRegexes(node) {
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
// \s: every character Oniguruma's (Unicode) \s matches, so that a set computed here is never
// smaller than what the regex matches.
const SETS = {
  s: [' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00a0', '\u1680', ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)), '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'],
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
export function skipBracket(src, i) {
  if (src[i] === '[') {
    let j = i + 1;
    if (src[j] === '^') j++;
    if (src[j] === ']') j++;
    for (; j < src.length; j++) { if (src[j] === '\\') { j++; continue; } if (src[j] === ']') return j + 1; }
    return -1;
  }
  const end = groupEnd(src, i);
  return end < 0 ? -1 : end + 1;
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

/** The characters `source` can start with (a Set), or null when unknown or when it can match empty. */
export function firstChars(source, splitBranches = topLevelBranches) {
  const f = firstOfAlternation(source, splitBranches);
  return !f || f.nullable || f.chars.size === 0 ? null : f.chars;
}

/** A character class `[…]` of `chars` (sorted, syntax characters escaped). */
export function charClass(chars) {
  return `[${[...chars].sort().map((c) => (c === '\t' ? '\\t' : /[\]\\^\-\[]/.test(c) ? `\\${c}` : c)).join('')}]`;
}

/** A `(?=[…])` lookahead for the first characters `source` can match, or '' when unknown. */
export function firstCharGate(source, splitBranches = topLevelBranches) {
  const chars = firstChars(source, splitBranches);
  return chars ? `(?=${charClass(chars)})` : '';
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
