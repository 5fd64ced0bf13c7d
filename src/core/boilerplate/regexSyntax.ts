/**
 * A parser for the regex sources of the language data (the subset JavaScript and Oniguruma share),
 * read as JavaScript reads them without the `u` flag. It exists so that the cue prefilter
 * (cuePrefilter.ts) can derive, from the data alone, what a line must look like for a cue to
 * match. It is deliberately strict: any construct it does not know for certain (backreferences,
 * \c escapes, a "{" that is not a quantifier, a lone "]") throws, and the caller then assumes
 * nothing about that pattern. A wrong parse could make the prefilter reject a matching line;
 * a refusal only makes it slower.
 */

/**
 * Code units as inclusive ranges, or `wide` when the set is a complement or otherwise open-ended; a complement of known
 * ranges ("[^\w\s.,]", "\S") keeps them as `outside` (every unit but those, before case folding), which says which
 * ASCII characters it leaves out (regexShape.ts addKeys).
 */
export type CharSet = { readonly wide: true; readonly outside?: readonly (readonly [number, number])[] } | { readonly wide: false; readonly ranges: readonly (readonly [number, number])[] };

export type RegexNode =
  | { readonly type: 'char'; readonly code: number }
  | { readonly type: 'set'; readonly set: CharSet }
  | { readonly type: 'assertion' }
  | { readonly type: 'group'; readonly alternatives: readonly (readonly RegexNode[])[]; readonly lookaround: 'none' | 'ahead' | 'negative-or-behind' }
  | { readonly type: 'repeat'; readonly min: number; readonly node: RegexNode };

export class UnsupportedRegex extends Error {}

const WIDE: CharSet = { wide: true };
const DIGITS: CharSet = { wide: false, ranges: [[48, 57]] };
const WORD: CharSet = { wide: false, ranges: [[48, 57], [65, 90], [95, 95], [97, 122]] };
/** JavaScript's \s: WhiteSpace and LineTerminator code points. */
const SPACE: CharSet = {
  wide: false,
  ranges: [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]],
};
const NOT_DIGITS: CharSet = { wide: true, outside: DIGITS.ranges };
const NOT_WORD: CharSet = { wide: true, outside: WORD.ranges };
const NOT_SPACE: CharSet = { wide: true, outside: SPACE.ranges };
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/**
 * Parses a regex source into its top-level alternatives. `unicode`: the source is compiled with the
 * `u` flag, where \p{…} and \P{…} are property classes (read as 'any character'); the rest of what
 * this parser accepts means the same under `u` for the callers, which only read literals and small
 * classes and compile what they derive with the source's own flags.
 */
export function parseRegex(source: string, unicode = false): RegexNode[][] {
  const parser = new Parser(source, unicode);
  const alternatives = parser.disjunction();
  if (parser.at < source.length) throw new UnsupportedRegex(`unbalanced ")" at ${parser.at} in ${source}`);
  return alternatives;
}

class Parser {
  at = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  private peek(): string {
    return this.src.charAt(this.at);
  }

  private fail(what: string): never {
    throw new UnsupportedRegex(`${what} at ${this.at} in ${this.src}`);
  }

  disjunction(): RegexNode[][] {
    const alternatives: RegexNode[][] = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): RegexNode[] {
    const nodes: RegexNode[] = [];
    while (this.at < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      const repeat = this.quantifier();
      if (repeat === null) nodes.push(atom);
      else if (atom.type === 'assertion' || (atom.type === 'group' && atom.lookaround !== 'none')) this.fail('quantified assertion');
      else nodes.push({ type: 'repeat', min: repeat, node: atom });
    }
    return nodes;
  }

  /** The minimum count of a quantifier after an atom, or null when none follows. */
  private quantifier(): number | null {
    const c = this.peek();
    let min: number;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m?.[1]) this.fail('"{" that is not a quantifier');
      if (m[3] && Number(m[3]) < Number(m[1])) this.fail('quantifier out of order');
      this.at += m[0].length - 1;
      min = Number(m[1]);
    } else return null;
    this.at++;
    if (this.peek() === '?') this.at++;
    return min;
  }

  private atom(): RegexNode {
    const c = this.peek();
    this.at++;
    switch (c) {
      case '^':
      case '$':
        return { type: 'assertion' };
      case '.':
        return { type: 'set', set: WIDE };
      case '[':
        return { type: 'set', set: this.characterClass() };
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        return this.fail(`unexpected "${c}"`);
      default:
        return { type: 'char', code: c.charCodeAt(0) };
    }
  }

  private group(): RegexNode {
    let lookaround: 'none' | 'ahead' | 'negative-or-behind' = 'none';
    if (this.src.startsWith('?:', this.at)) this.at += 2;
    else if (this.src.startsWith('?=', this.at)) {
      this.at += 2;
      lookaround = 'ahead';
    } else if (this.src.startsWith('?!', this.at) || this.src.startsWith('?<=', this.at) || this.src.startsWith('?<!', this.at)) {
      this.at += this.src.charAt(this.at + 1) === '<' ? 3 : 2;
      lookaround = 'negative-or-behind';
    } else if (this.src.startsWith('?<', this.at)) {
      const m = /^\?<[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.at));
      if (!m) this.fail('group name');
      this.at += m[0].length;
    } else if (this.peek() === '?') this.fail('group modifier');
    const alternatives = this.disjunction();
    if (this.peek() !== ')') this.fail('unclosed group');
    this.at++;
    return { type: 'group', alternatives, lookaround };
  }

  /** An escape outside a class: an assertion (\b, \B), a class escape or one code unit. */
  private escape(): RegexNode {
    const c = this.peek();
    if (c === 'b' || c === 'B') {
      this.at++;
      return { type: 'assertion' };
    }
    const set = this.classEscape();
    if (set) return { type: 'set', set };
    return { type: 'char', code: this.characterEscape() };
  }

  private classEscape(): CharSet | null {
    const c = this.peek();
    if (this.unicode && (c === 'p' || c === 'P')) {
      const property = /^[pP]\{[A-Za-z_=]+\}/.exec(this.src.slice(this.at));
      if (!property) this.fail('property escape');
      this.at += property[0].length;
      return WIDE;
    }
    const set = c === 'd' ? DIGITS : c === 'w' ? WORD : c === 's' ? SPACE : c === 'D' ? NOT_DIGITS : c === 'W' ? NOT_WORD : c === 'S' ? NOT_SPACE : null;
    if (set) this.at++;
    return set;
  }

  /** The code unit of \t, \xHH, \uHHHH, \0 or an escaped sign ("\.", "\/"); anything else is refused. */
  private characterEscape(): number {
    const c = this.peek();
    const hex = c === 'x' ? /^x([0-9A-Fa-f]{2})/.exec(this.src.slice(this.at)) : c === 'u' ? /^u([0-9A-Fa-f]{4})/.exec(this.src.slice(this.at)) : null;
    if (hex?.[1]) {
      this.at += hex[0].length;
      return parseInt(hex[1], 16);
    }
    this.at++;
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return control;
    if (c === '0' && !/[0-9]/.test(this.peek())) return 0;
    // Letters and digits are escapes with meanings (\k, \p, \1, \c …); only signs stand for themselves.
    if (c === '' || /[A-Za-z0-9_]/.test(c)) this.fail(`escape \\${c}`);
    return c.charCodeAt(0);
  }

  private characterClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const ranges: (readonly [number, number])[] = [];
    // A wide atom ("\\W", "\\S") in the class: the set is open-ended whether negated or not.
    let wide = false;
    let first = true;
    while (this.peek() !== ']') {
      if (this.at >= this.src.length) this.fail('unclosed class');
      const lo = this.classAtom(first);
      first = false;
      if (this.peek() === '-' && this.src.charAt(this.at + 1) !== ']') {
        this.at++;
        const hi = this.classAtom(false);
        if (typeof lo !== 'number' || typeof hi !== 'number' || hi < lo) this.fail('class range');
        ranges.push([lo, hi]);
        continue;
      }
      if (typeof lo === 'number') ranges.push([lo, lo]);
      else if (lo.wide) wide = true;
      else ranges.push(...lo.ranges);
    }
    this.at++;
    return wide ? WIDE : negated ? { wide: true, outside: ranges } : { wide: false, ranges };
  }

  private classAtom(first: boolean): number | CharSet {
    const c = this.peek();
    this.at++;
    if (c !== '\\') {
      if (c === '[' || (c === '-' && !first && this.peek() !== ']')) this.fail(`"${c}" in a class`);
      return c.charCodeAt(0);
    }
    if (this.peek() === 'b') {
      this.at++;
      return 8; // \b is a backspace inside a class
    }
    return this.classEscape() ?? this.characterEscape();
  }
}

/** Splits a regex source at its top-level "|" (outside groups, classes and escapes). */
export function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}
