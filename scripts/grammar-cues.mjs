// The boilerplate cues of the language data (boilerplate.json) turned into the grammar's
// line-start test, for scripts/build-grammar.mjs. Cues are JavaScript regex sources written for
// a trimmed line; here they become Oniguruma alternatives behind cheap gates (speed, measured
// by bench/grammar-speed.mjs), matching what the cues match except where a comment says.
import { relaxLineEnd, withoutCaptures, expandIgnoreCase, asciiClasses, firstCharGate, firstChars, charClass, topLevelBranches } from './grammar-regex.mjs';
import { wordLiterals } from './grammar-rules.mjs';

export const BOILERPLATE = 'comment.line.boilerplate.news-article';

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

const EXTRA_SCOPE_BY_KIND = { byline: 'meta.byline.news-article', signoff: 'constant.other.signoff.news-article' };

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

/** One skip gate implied by each of `branches`' (all of the `[^X]{m,n}…` shape); `min` 0 after a run walked before it. */
function sharedSkipGate(branches, min = 1) {
  const specs = branches.map((br) => /^\[\^([^\]\\]+)\]\{(\d+),(\d+)\}/.exec(br));
  const chars = [...new Set(specs.flatMap((m) => [...m[1]]))].join('').replace(/[\]\\^-]/g, '\\$&');
  const max = Math.max(...specs.map((m) => Number(m[3])));
  return `(?=(?>[^${chars}\\n]{${min},${max}})[${chars}])`;
}

/**
 * A branch opening with a lookahead for one character right after a run of a class,
 * `(?=[\\w.\\s-]+/)…` (a caption credit "ANTARA FOTO/Budi"): [, class body, character].
 */
const RUN_THEN_CHAR = /^\(\?=\[((?:\\.|[^\]\\])+)\]\+(\\.|[^\\()[\]{}|*+?.^$])\)/;

/**
 * Splits the anchored branches of `entries` that open with a RUN_THEN_CHAR lookahead off into
 * entries of their own (one branch each), when they all share one run class and that class
 * holds none of `skipChars` (the skip-gated cues' characters, which the shared walk looks for
 * after the run). Returns those entries, the run class and the characters; the branches are
 * removed from their cue's `anchored`.
 */
function splitRunGated(entries, skipChars) {
  const found = entries.flatMap((e) => e.anchored.map((br) => ({ e, br, m: RUN_THEN_CHAR.exec(br) })).filter((x) => x.m));
  const classes = new Set(found.map((x) => x.m[1]));
  if (!found.length || classes.size !== 1) return { split: [], cls: '', chars: [] };
  const cls = [...classes][0];
  const inRun = new RegExp(`[${cls}]`);
  if ([...skipChars].some((c) => inRun.test(c))) return { split: [], cls: '', chars: [] };
  for (const e of entries) e.anchored = e.anchored.filter((br) => !RUN_THEN_CHAR.test(br));
  const split = found.map(({ e, br }) => ({ ...e, anchored: [br], anywhere: [] }));
  return { split, cls, chars: [...new Set(found.map((x) => x.m[2].replace(/^\\/, '')))] };
}

/** A branch that may start with more characters than this is not dispatched (tried on every line). */
const WIDE_BRANCH = 16;

/**
 * The cue branches of one capture group (`{ source, cueGate }`) as an alternation dispatched on
 * the line's first character: one alternative per set of first characters that lead to the same
 * branches, `(?=[bB])(?:baca…|berita…)|(?=[sS])(?:simak…|share…)|…`, then the branches that may
 * start with almost anything (each behind its cue's skip gate, if any). Inside one group the
 * order of the branches does not matter (whichever matches, the group spans the whole line), so
 * a line is tested against the few branches its first character allows instead of every cue's
 * gate in turn (speed). A branch is in every alternative its first character may fall in, so
 * nothing it matched is lost: after `[ \t]*` gives back a blank, the blank's alternative is tried.
 */
function firstCharDispatch(branches) {
  const byChar = new Map();
  const wide = [];
  branches.forEach((b, i) => {
    const chars = firstChars(asciiClasses(expandIgnoreCase(b.source)));
    // letters count once for both cases, blanks (\s is 25 characters) once for all
    if (!chars || new Set([...chars].map((c) => (/\s/u.test(c) ? ' ' : c.toLowerCase()))).size > WIDE_BRANCH) { wide.push(b); return; }
    for (const c of chars) byChar.set(c, [...(byChar.get(c) ?? []), i]);
  });
  const buckets = new Map();
  for (const [c, ids] of byChar) {
    const key = ids.join(',');
    if (!buckets.has(key)) buckets.set(key, { chars: [], ids });
    buckets.get(key).chars.push(c);
  }
  const list = [...buckets.values()].sort((x, y) => x.chars[0].localeCompare(y.chars[0]));
  const alternative = ({ chars, ids }) => `(?=${charClass(chars)})(?:${ids.map((i) => branches[i].source).join('|')})`;
  // Two levels: the alternatives in runs of about √n, each run behind the union of its
  // characters, so a line tests about 2√n gates instead of n.
  const run = Math.max(1, Math.ceil(Math.sqrt(list.length)));
  const dispatched = [];
  for (let i = 0; i < list.length; i += run) {
    const part = list.slice(i, i + run);
    dispatched.push(part.length === 1 ? alternative(part[0]) : `(?=${charClass(part.flatMap((x) => x.chars))})(?:${part.map(alternative).join('|')})`);
  }
  return [...dispatched, ...wide.map((b) => `${b.cueGate}${b.source}`)].join('|');
}

/**
 * The boilerplate cues as ONE alternation for the line-start test (`lineStart`, part of
 * #article's `while`, see build-grammar's lineStartRule), with one capture group per scope
 * (plain boilerplate, byline, sign-off: no scope per kind). Order: the cues anchored at the line
 * start, grouped by scope (in the order the scopes first appear: the first group whose cue
 * matches is the one shown) and dispatched on the line's first character within a group (see
 * firstCharDispatch); then those that may start with anything but need a rare character soon
 * (skip gates, behind one shared walk); then the cues that may match anywhere in the line
 * ("whatsapp channel:", "©"), behind ONE scan of the line for the words they need. (A line
 * matching cues of two scopes is still boilerplate; only whether it also shows as byline or
 * sign-off may differ from the engine's.) A cue with a backreference or a named group cannot lose its own groups, so it
 * stays a rule of its own (`rules`); `onigError(pattern)` (null when Oniguruma compiles it)
 * leaves out a cue Oniguruma rejects, with a warning.
 */
export function boilerplateRules(cues, onigError) {
  const combinable = [], separate = [], warnings = [];
  for (const cue of cues) {
    const err = onigError(`^[ \\t]*(?i:${cueForLine(cue.pattern)}).*$`);
    if (err) { warnings.push(`cue "${cue.id}" (${cue.pattern}) is not valid Oniguruma: ${err}`); continue; }
    const kind = String(cue.kind).replace(/[^\w-]/g, '-');
    const scopes = EXTRA_SCOPE_BY_KIND[kind] ?? '';
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
    // As few capture groups as the scopes need: every group of the regex costs on every line
    // (vscode-oniguruma hands all of them to JavaScript, matched or not; about 20 ns each). One
    // group around all the cues gives the boilerplate scope; inside it, the cues of a scope of
    // their own (byline, sign-off) are one group per place they appear, nested, and the others
    // none. Cues are grouped by scope in the order the scopes first appear; a line two cues of
    // different scopes match shows the first.
    const captures = { 1: { name: BOILERPLATE } };
    let group = 1;
    const byScope = (entries, render) => {
      const kinds = new Map();
      for (const e of entries) kinds.set(e.scopes, [...(kinds.get(e.scopes) ?? []), e]);
      return [...kinds].map(([scopes, list]) => {
        if (scopes) captures[String(++group)] = { name: scopes };
        return render(list, scopes ? '(' : '(?:');
      });
    };
    // Branches that need a character right after a run of word characters and blanks (a
    // caption "ANTARA FOTO/Budi" needs its '/') join the skip-gated cues below: the line's run is
    // walked once for both, instead of once per branch before the skip walk (speed).
    const skipChars = combinable.flatMap((e) => e.anchored.map((br) => /^\[\^([^\]\\]+)\]\{\d+,\d+\}/.exec(br)?.[1] ?? '')).join('');
    const runGated = splitRunGated(combinable, skipChars);
    // Anchored cues whose first characters are known go behind a first-character gate each;
    // the few that may start with anything ("Outlet | 2 jam yang lalu") have a skip gate or none.
    const anchoredCues = [...combinable.filter((e) => e.anchored.length), ...runGated.split].map((e) => {
      const body = `(?i:${e.anchored.join('|')})`;
      const gate = firstCharGate(asciiClasses(expandIgnoreCase(body)));
      // A cue that may start with any letter ("[\\w-]+\\.com/…") would widen the shared gate to
      // every line; it is tried on its own instead.
      if (gate && gate.length <= NARROW_GATE) return { e, body, gate };
      const skip = skipGate(e.anchored);
      return { e, body, gate: skip, skip: skip !== '' };
    });
    const gateOf = new Map(anchoredCues.map((a) => [a.e, a]));
    // A group's cues are behind one gate for all of them (their first characters, when each
    // has a first-character gate): most lines then fail the group with one test. Inside it, the
    // branches are dispatched on the first character (firstCharDispatch).
    const groupGate = (list) => (list.every((e) => gateOf.get(e).gate.startsWith('(?=['))
      ? firstCharGate(asciiClasses(expandIgnoreCase(`(?i:${list.map((e) => gateOf.get(e).body).join('|')})`)))
      : '');
    const scopeGroup = (list, open) => {
      const gate = groupGate(list); // before the group is entered: a failed line pays no capture
      const branches = list.flatMap((e) => e.anchored.map((br) => ({ source: `(?i:${br})`, cueGate: gateOf.get(e).skip ? gateOf.get(e).gate : '' })));
      return `${gate ? `(?=[ \\t]*${gate.slice(3, -1)})` : ''}${open}[ \\t]*(?:${firstCharDispatch(branches)}).*)`;
    };
    const isRunGated = new Set(runGated.split);
    const anchored = byScope(anchoredCues.filter((a) => !a.skip && !isRunGated.has(a.e)).map((a) => a.e), scopeGroup);
    // The cues with a skip gate come last, behind one walk for all of them (any of their
    // characters within the longest of their distances), instead of one walk each; the
    // run-gated branches with them, behind a walk over the run first.
    const skipped = anchoredCues.filter((a) => a.skip);
    if (skipped.length || runGated.split.length) {
      const skipWalk = skipped.length ? sharedSkipGate(skipped.flatMap((a) => a.e.anchored), runGated.split.length ? 0 : 1).slice(3, -1) : '';
      const gate = runGated.split.length
        ? `(?>[${runGated.cls}]*)(?:${charClass(runGated.chars)}${skipWalk ? `|${skipWalk}` : ''})`
        : skipWalk;
      anchored.push(`(?=[ \\t]*${gate})(?:${byScope([...runGated.split, ...skipped.map((a) => a.e)], scopeGroup).join('|')})`);
    }
    const anywhereCues = combinable.filter((e) => e.anywhere.length);
    const anywhere = byScope(anywhereCues, (list, open) => `${open}(?=${WORD_STARTS}(?i:${list.flatMap((e) => e.anywhere).join('|')})).*)`);
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
      alternation: `(${[...anchored, ...gate].join('|')})`,
      captures,
    };
  }
  for (const e of separate) {
    rules.push({ comment: `${e.cue.id}: ${e.cue.reason ?? ''}`.trim(), match: `^[ \\t]*(?i:${cueForLine(e.cue.pattern)}).*$`, name: [BOILERPLATE, e.scopes].filter(Boolean).join(' ') });
  }
  return { lineStart, rules, warnings, cueCount: combinable.length + separate.length };
}
