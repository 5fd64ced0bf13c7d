/**
 * What the text right after a run of capitals says about it: a verb (the run acts), an age in
 * brackets, a bracket, another name for it ("alias Wanda", "(Jokowi)", "atau Cika", "yang akrab
 * disapa Zulhas"). The patterns are tried on a window of the text after the run; an ASCII scan
 * first rules out, without running them, the patterns whose first characters cannot be there
 * (most runs are followed by a space and a lower-case word).
 */
import type { NameRun } from './nameRuns';
import type { Token } from './nameTokens';
import type { BodyText } from './bodyText';
import type { NameLexicon } from '../quotes/quoteData';

/** How far after the run the patterns look (characters): ", yang di kalangan komunitas startup dikenal dengan panggilan Mas Gege". */
const WINDOW = 80;
const SPACES = /\s+/u;
// One capitalised word in brackets ("Badan Pusat Statistik (BPS)", "(Kemenkes)"): a short form the run's name defines.
// Several words in brackets ("Rafi Ahmad Firdaus (PB Tunas Harapan)") name something else: a club, a party, a school.
const PAREN_CAPITAL = /^\s*\(\s*\p{Lu}[^\s()]*\s*\)/u;
// "… atau Kang Darso, mengatakan …": the other name may carry an honorific (read in group 2) and end at a comma.
const SOFT_ALIAS = /^\s+(\p{L}+)\s+(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}\p{Ll}+)(?=\s+\p{Ll}|\s*,)/u;
const PAREN_NICKNAME = /^\s*\(\s*(\p{Lu}\p{Ll}[\p{L}'-]*)\s*\)/u;

export interface RunFollower {
  readonly verb: boolean;
  readonly age: boolean;
  readonly paren: boolean;
  readonly alias: Token | null;
  readonly nickname: string | null;
  readonly softAlias: string | null;
  /** The soft alias stands behind an honorific ("atau Kang Darso"): a name only persons are called by. */
  readonly softAliasTitled: boolean;
  readonly calledAlias: string | null;
  /** The alias phrase names it with a verb said of persons only ("disapa", "dipanggil"; not "dikenal sebagai", said of towns too). */
  readonly calledAsPerson: boolean;
}

/**
 * What follows the run. The word after it (a verb, an alias marker) is read at once; the patterns
 * over the text window only when one of their answers is first asked: about half the runs asked
 * about are lone words whose verb alone is wanted, and many runs are dropped before the rest is.
 */
export function followedBy(body: BodyText, run: NameRun, text: string): RunFollower {
  return new Follower(body, run, text);
}

class Follower implements RunFollower {
  readonly verb: boolean;
  readonly alias: Token | null;
  private window: WindowReading | null = null;

  constructor(
    private readonly body: BodyText,
    private readonly run: NameRun,
    private readonly text: string,
  ) {
    const last = run.tokens[run.tokens.length - 1];
    let k = run.last + 1;
    let alias: Token | null = null;
    const next = body.tokens[k];
    if (next && last && !last.endsClause && body.words[k]?.aliasMarker === true) alias = aliasName(body, k + 1, text);
    while (body.tokens[k] && body.words[k]?.subjectAdverb === true) k++;
    const verbTok = body.tokens[k];
    this.verb = verbTok !== undefined && last !== undefined && !last.endsClause && body.words[k]?.subjectVerb === true;
    this.alias = alias;
  }

  get age(): boolean {
    return this.read().age;
  }
  get paren(): boolean {
    return this.read().paren;
  }
  get nickname(): string | null {
    return this.read().nickname;
  }
  get softAlias(): string | null {
    return this.read().softAlias;
  }
  get softAliasTitled(): boolean {
    return this.read().softAliasTitled;
  }
  get calledAlias(): string | null {
    return this.read().calledAlias;
  }
  get calledAsPerson(): boolean {
    return this.read().calledAsPerson;
  }

  private read(): WindowReading {
    return (this.window ??= readWindow(this.body, this.run, this.text));
  }
}

type WindowReading = Pick<RunFollower, 'age' | 'paren' | 'nickname' | 'softAlias' | 'softAliasTitled' | 'calledAlias' | 'calledAsPerson'>;

/** Up to how many words the name after "alias" runs ("alias Pak Nubi", "alias Syahrul Nasution"). */
const MAX_ALIAS_WORDS = 3;
const CAPITAL_WORD = /^\p{Lu}/u;

/**
 * The name after "alias" from token `k`: the capitalised words after it set off by spaces only, so an honorific keeps
 * the nickname it opens ("alias Daeng Ucu", not "Daeng") and a full name stays whole; one token when no word follows.
 */
function aliasName(body: BodyText, k: number, text: string): Token | null {
  const first = body.tokens[k];
  if (!first) return null;
  let end = k;
  while (end + 1 < k + MAX_ALIAS_WORDS && !(body.tokens[end]?.endsClause ?? true)) {
    const cur = body.tokens[end] as Token;
    const nxt = body.tokens[end + 1];
    if (!nxt || !CAPITAL_WORD.test(nxt.text) || !CAPITAL_WORD.test(cur.text) || !/^\s+$/u.test(text.slice(cur.end, nxt.start))) break;
    end++;
  }
  if (end === k) return first;
  const lastTok = body.tokens[end] as Token;
  return { text: body.tokens.slice(k, end + 1).map((t) => t.text).join(' '), start: first.start, end: lastTok.end, endsClause: lastTok.endsClause };
}

/** The answers of the patterns tried on the text window after the run. */
function readWindow(body: BodyText, run: NameRun, text: string): WindowReading {
  const lex = body.lexicon;
  const last = run.tokens[run.tokens.length - 1];
  const from = last ? last.end : 0;
  const to = last ? Math.min(text.length, last.end + WINDOW) : 0;
  const rest = text.slice(from, to);
  const age = lex.ageParenthesis !== null && lex.ageParenthesis.test(rest);
  const first = firstAfterSpaces(text, from, to);
  const mayParen = first === 40 || first === NOT_ASCII;
  const paren = !age && mayParen && PAREN_CAPITAL.test(rest);
  // "Siska Oktavia Rusdi atau Cika berusia …": "or" and one capitalised word before lower-case text or a comma is
  // another name, also behind an honorific ("Muhammad Fauzi atau Bang Ozi, menyebut …").
  const soft = maySoftAlias(text, from, to, lex.softAliasMarkers) ? rest.match(SOFT_ALIAS) : null;
  const softHonorific = soft?.[2];
  const softAlias = soft && lex.softAliasMarkers.has((soft[1] ?? '').toLowerCase()) && (softHonorific === undefined || lex.honorifics.has(softHonorific)) ? (soft[3] ?? null) : null;
  // "Joko Widodo (Jokowi)": one capitalised word in brackets after a name is another name for it.
  const nickname = mayParen ? (rest.match(PAREN_NICKNAME)?.[1] ?? null) : null;
  // "Zulkifli yang akrab disapa Zulhas": a name the text says the person goes by.
  const called = lex.aliasPhrase ? rest.match(lex.aliasPhrase) : null;
  const calledAlias = called?.[1] ?? null;
  const calledAsPerson = called !== null && called[0].split(SPACES).some((w) => lex.personAliasVerbs.has(w.toLowerCase()));
  const softAliasTitled = softAlias !== null && softHonorific !== undefined;
  return { age, paren, nickname, softAlias, softAliasTitled, calledAlias, calledAsPerson };
}

/**
 * "akrab disapa Tuan Guru Bajang": the name the person goes by, without the titles before it ("Bajang"), as the run
 * of that name is read on its own (an honorific, and a title's second word after it, are no name words).
 */
export function withoutTitles(alias: string, lex: NameLexicon): string {
  const words = alias.split(SPACES);
  let k = 0;
  while (k < words.length - 1 && (lex.honorifics.has(words[k] ?? '') || (k > 0 && lex.rankCorps.has(words[k] ?? '')))) k++;
  return words.slice(k).join(' ');
}

/** firstAfterSpaces's answer when a non-ASCII character comes first (it may be a space: the patterns decide). */
const NOT_ASCII = -2;

/** \s as a pattern reads it, over ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The code of the first character of text[from, to) that is not a space, -1 if there is none, NOT_ASCII. */
function firstAfterSpaces(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return NOT_ASCII;
    if (!isAsciiSpace(c)) return c;
  }
  return -1;
}

/**
 * False when SOFT_ALIAS cannot match text[from, to) with a soft alias marker as its first word: no
 * space first, or a first word (letters up to an ASCII character that is not a letter) that is no
 * marker. True whenever a non-ASCII character or the window's end leaves it open.
 */
function maySoftAlias(text: string, from: number, to: number, markers: ReadonlySet<string>): boolean {
  if (markers.size === 0 || from >= to) return false;
  let i = from;
  const c = text.charCodeAt(i);
  if (c >= 128) return true;
  if (!isAsciiSpace(c)) return false;
  while (i < to && isAsciiSpace(text.charCodeAt(i))) i++;
  const start = i;
  while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i >= to || text.charCodeAt(i) >= 128) return true;
  return i > start && markers.has(text.slice(start, i).toLowerCase());
}

/** An acronym alone in brackets right after a run ("(TOP)"), in group 1. */
const BRACKETED_ACRONYM = /^\s*\(\s*(\p{Lu}{2,10})\s*\)/u;
/** A name joined to the one before it by a dash ("Tokan–Paulus", "Tokan - Paulus"): the second of a pair. */
const DASH_JOINED_BEFORE = /\p{L}\s?[-–—]\s?$/u;

/**
 * "Thomas Lela Watun–Paulus Doni Ruing (TOP)": the bracketed acronym after the second name of a dash-joined pair
 * names the pair (a ticket's or a team's short form), not an organisation the name spells out: it does not open with
 * the name's own initial, as "Badan Pusat Statistik (BPS)" does. The bracket then proves nothing against a person.
 */
export function pairAcronymAfter(text: string, segStart: number, runEnd: number, firstWord: string): boolean {
  const acronym = BRACKETED_ACRONYM.exec(text.slice(runEnd, runEnd + 16))?.[1];
  if (acronym === undefined || acronym.charAt(0) === firstWord.charAt(0).toUpperCase()) return false;
  return DASH_JOINED_BEFORE.test(text.slice(Math.max(0, segStart - 4), segStart));
}
