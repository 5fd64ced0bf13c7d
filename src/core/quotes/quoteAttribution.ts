/**
 * Reporting cues: the words that say who spoke a quote. After the quote (`," ujarnya`,
 * `" kata Utje`, `," Benyamin menegaskan`) or before it in the same sentence
 * (`Ditegaskan Abbas, … bahwa dirinya "…"`, `Macron … mengatakan bahwa dirinya "bertekad"`).
 * Every verb comes from the language data; the engine only knows the shapes.
 */
import type { Article } from '../article/article';
import type { LineRole, Span } from '../model';
import { isCapitalized, isCommaGap, tokenize, type Token } from '../people/nameTokens';
import { isGluedSentenceDot } from '../people/gluedSentenceEnd';
import type { AttributionLexicon, NameLexicon } from './quoteData';
import { isReportingVerb, remembered } from './quoteSpans';
import { cueLeadLength, isSpaceOrBracketGap } from './quoteChars';
import { isWhiteSpaceUnit } from '../text/charTables';

export interface FoundCue {
  readonly verb: string;
  readonly span: Span;
  /** The speaker as written (fillers such as "akun" left out); null for a pronoun or -nya cue, or an unnamed speaker. */
  readonly speakerText: string | null;
  readonly speakerSpan: Span | null;
  /** The cue names the speaker only by a pronoun or a -nya suffix. */
  readonly pronoun: boolean;
  readonly position: 'after' | 'before';
  /** The speaker is a guess at the sentence's subject, not a name the cue itself gives. */
  readonly subjectGuess?: boolean;
  /** For a cue before the quote: every capitalised run of the sentence before the verb, in order (the subject is among them). */
  readonly subjects?: readonly string[];
}

export interface Lexicons {
  readonly attribution: AttributionLexicon;
  readonly names: NameLexicon;
}

/** The verb carries a pronoun suffix ("ujarnya"): the base without it is a verb of the data. */
const hasSuffix = (word: string, a: AttributionLexicon): boolean => {
  const w = word.toLowerCase();
  return a.suffixes.some((s) => w.endsWith(s) && w.length > s.length + 2 && (a.verbs.has(w.slice(0, -s.length)) || a.prefixedVerbs.has(w.slice(0, -s.length)) || a.passiveVerbs.has(w.slice(0, -s.length))));
};

/** A verb that takes its speaker before it ("menegaskan", "membantahnya"). */
export function isPrefixedVerb(word: string, a: AttributionLexicon): boolean {
  return prefixedVerdict(word, a);
}

function computePrefixed(word: string, a: AttributionLexicon): boolean {
  const w = word.toLowerCase();
  if (a.prefixedVerbs.has(w)) return true;
  return a.suffixes.some((s) => w.endsWith(s) && a.prefixedVerbs.has(w.slice(0, -s.length)));
}
const prefixedVerdict = remembered(computePrefixed);

/** /^\s*(?:\(\s*)?$/u or /^\)\s*$/u on the text between two tokens (quoteChars.ts). */
const gapIsSpace = (text: string, a: Token, b: Token): boolean => isSpaceOrBracketGap(text, a.end, b.start);

/** How many lower-case words or numbers may qualify a lower-case role before the comma and its holder's name. */
const MAX_ROLE_QUALIFIERS = 4;

/**
 * A lower-case role at i qualified by a few lower-case words or numbers up to a comma, then a capitalised name
 * ("calon nomor urut 1, H. Abdul Rahim", "kuasa hukum terdakwa, Andi Saputra"): the role and the name, or null.
 */
function holderAfterComma(tokens: readonly Token[], i: number, text: string, lex: Lexicons): { words: Token[]; pronoun: boolean; unnamed: boolean } | null {
  for (let j = i; j < tokens.length && j <= i + MAX_ROLE_QUALIFIERS; j++) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1];
    // "kata juru bicara KPK Febri Hartanto": the qualifiers end at a capitalised run, read as after a capitalised role.
    if (j > i && isCapitalized(t.text)) return holderAfterQualifiers(tokens, i, j, text, lex);
    if (!next || t.endsClause) return null;
    if (isCommaGap(text, t.end, next.start)) {
      if (!isCapitalized(next.text) && !lex.names.honorifics.has(next.text)) return null;
      const named = speakerFrom(tokens, j + 1, text, lex);
      const head = named.words[0];
      return head && !lex.names.roleHeads.has(head.text) ? { words: [tokens[i] as Token, ...named.words], pronoun: false, unnamed: false } : null;
    }
    if (!gapIsSpace(text, t, next)) return null;
  }
  return null;
}

/** A word in capitals, two letters or more ("KPK", "BPBD"). */
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

/**
 * A lower-case role at i, lower-case qualifiers, then capitalised words from j: the holder's name after a comma
 * ("juru bicara KPK, Febri Hartanto"), or the body's acronym and its holder ("juru bicara KPK Febri Hartanto"); null
 * otherwise, or when the run opens with another role.
 */
function holderAfterQualifiers(tokens: readonly Token[], i: number, j: number, text: string, lex: Lexicons): { words: Token[]; pronoun: boolean; unnamed: boolean } | null {
  const run = speakerFrom(tokens, j, text, lex).words;
  const last = run[run.length - 1];
  if (!last || lex.names.roleHeads.has(run[0]?.text ?? '')) return null;
  const after = tokens[j + run.length];
  const holder = after && !last.endsClause && isCapitalized(after.text) && isCommaGap(text, last.end, after.start) ? speakerFrom(tokens, j + run.length, text, lex).words : [];
  if (holder.length > 0 && lex.names.roleHeads.has(holder[0]?.text ?? '')) return null;
  // The holder after a comma is the speaker (a lower-case role is no part of a name the people pass reads).
  if (holder.length > 0) return { words: holder, pronoun: false, unnamed: false };
  // Without a comma only a body's acronym, then a name ("KPK Febri Hartanto"): a capitalised run after a lower-case
  // phrase is as often a place or a league ("pemain asal Kudus", "bek yang bermain di Serie A"), and the role alone
  // is then read as before (null here).
  const acronymThenName = run.length >= 2 && ACRONYM_WORD.test(run[0]?.text ?? '') && !ACRONYM_WORD.test(run[1]?.text ?? '');
  return acronymThenName ? { words: [tokens[i] as Token, ...run], pronoun: false, unnamed: false } : null;
}

/** How many tokens from `i` spell, all in lower case, one of the language's roles (longest first; 0 when none). */
function lowerRoleLength(tokens: readonly Token[], i: number, lex: Lexicons): number {
  for (const role of lex.names.roles) {
    if (role.every((w, n) => tokens[i + n]?.text === w.toLowerCase())) return role.length;
  }
  return 0;
}

/** The capitalised words from `k` on (a speaker name, role or account), or a pronoun. */
export function speakerFrom(tokens: readonly Token[], k: number, text: string, lex: Lexicons, afterRole = false): { words: Token[]; pronoun: boolean; unnamed: boolean } {
  let i = k;
  while (tokens[i] && lex.attribution.fillers.has(tokens[i]?.text.toLowerCase() ?? '') && !isCapitalized(tokens[i]?.text ?? '')) i++;
  const first = tokens[i];
  if (!first) return { words: [], pronoun: false, unnamed: false };
  if (lex.attribution.pronouns.has(first.text.toLowerCase())) return { words: [], pronoun: true, unnamed: false };
  // "KATA MEREKA" (a heading over a page's quote cards): a plural pronoun, written in capitals, is no name or acronym.
  if (lex.attribution.groupPronouns.has(first.text.toLowerCase())) return { words: [], pronoun: false, unnamed: true };
  // "kata pelatih Persikas itu": a role written in lower case, then what it is of.
  // "ujar dr. Rina Wulandari": a lower-case honorific before a capitalised name.
  const next0 = tokens[i + 1];
  if (!isCapitalized(first.text) && (lex.names.honorifics.has(first.text) || lex.names.ranks.has(first.text)) && next0 && isCapitalized(next0.text)) {
    return speakerFrom(tokens, i + 1, text, lex);
  }
  const lowerRole = !isCapitalized(first.text) && lex.names.roleHeadsLower.has(first.text.toLowerCase());
  // "kata ketua majelis hakim I Ketut Suardana": a role of several words, all in lower case, then its holder's name.
  const roleWords = lowerRole ? lowerRoleLength(tokens, i, lex) : 0;
  if (roleWords > 1 && isCapitalized(tokens[i + roleWords]?.text ?? '') && gapIsSpace(text, tokens[i + roleWords - 1] as Token, tokens[i + roleWords] as Token)) {
    return speakerFrom(tokens, i + roleWords, text, lex, true);
  }
  if (!isCapitalized(first.text) && !lowerRole) return { words: [], pronoun: false, unnamed: true };
  // "kata kapolsek itu": the role alone; "kata calon nomor urut 1, H. Abdul Rahim": the role, then its holder after a comma.
  if (lowerRole && !isCapitalized(tokens[i + 1]?.text ?? '')) return holderAfterComma(tokens, i, text, lex) ?? { words: [first], pronoun: false, unnamed: false };
  const words: Token[] = [first];
  // "kata juru bicara KPK, Rudi Hartanto": after a lower-case role its institution, then the holder after a comma.
  const startsWithRole = lex.names.roleHeads.has(first.text) || lowerRole || afterRole;
  let prev = first;
  let j = i + 1;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || prev.endsClause || !gapIsSpace(text, prev, t)) break;
    const nextCapital = isCapitalized(tokens[j + 1]?.text ?? '');
    const connector = (lex.names.connectors.has(t.text) || (startsWithRole && lex.names.roleConjunctions.has(t.text))) && nextCapital;
    // "Manajer Humas KAI Daop 5 Purwokerto, Krisbiyantoro": a unit's number inside a role, a capitalised word after it.
    const numberInRole = startsWithRole && /^\p{N}{1,4}$/u.test(t.text) && nextCapital;
    if (!isCapitalized(t.text) && !connector && !numberInRole) break;
    words.push(t);
    prev = t;
  }
  // "kata Komandan Pleton BPBD Kota Tangsel, Dian Wiryawan, kepada …": a role, then the name after a comma.
  const next = tokens[j];
  if (startsWithRole && next && isCapitalized(next.text) && isCommaGap(text, prev.end, next.start)) {
    const named = speakerFrom(tokens, j, text, lex);
    // Not a weekday or a month after the comma ("kata juru bicara KPK, Selasa (3/3)").
    const head = named.words[0]?.text ?? '';
    if (named.words.length > 0 && !lex.names.roleHeads.has(head) && !lex.names.nonNameWords.has(head.toLowerCase())) return { words: [...words, ...named.words], pronoun: false, unnamed: false };
  }
  return { words, pronoun: false, unnamed: false };
}

function cueOf(verb: Token, speaker: { words: Token[]; pronoun: boolean }, position: 'after' | 'before', text: string, pronounVerb: boolean): FoundCue {
  const firstWord = speaker.words[0];
  const lastWord = speaker.words[speaker.words.length - 1];
  const named = firstWord && lastWord && !pronounVerb;
  const speakerSpan = named ? { start: firstWord.start, end: lastWord.end } : null;
  const start = Math.min(verb.start, speakerSpan?.start ?? verb.start);
  const end = Math.max(verb.end, speakerSpan?.end ?? verb.end);
  return {
    verb: verb.text,
    span: { start, end },
    speakerText: speakerSpan ? text.slice(speakerSpan.start, speakerSpan.end).replace(/\s+/gu, ' ') : null,
    speakerSpan,
    pronoun: speaker.pronoun || pronounVerb,
    position,
  };
}

/** A cue right after a quote's end, on the same line. */
export function cueAfter(article: Article, quoteEnd: number, line: number, lex: Lexicons): FoundCue | null {
  const l = article.lines[line];
  if (!l) return null;
  const from = quoteEnd - l.start;
  const rest = l.text.slice(from, from + 300);
  const lead = cueLeadLength(rest); // /^[\s,.:;\u2013\u2014-]*/u
  const all = tokenize(rest.slice(lead), quoteEnd + lead, lex.names);
  const a = lex.attribution;
  // `," begitu katanya` / `," demikian ujar Budi`: a word of manner (itself read as a cue when alone) before the real cue; the cue is the verb after it.
  const head = all[0];
  const tokens = head && !head.endsClause && a.mannerWords.has(head.text.toLowerCase()) && isCue(all[1], a) ? all.slice(1) : all;
  const first = tokens[0];
  if (!first) return null;
  if (isReportingVerb(first.text, a) || isPrefixedVerb(first.text, a)) {
    const pronounVerb = hasSuffix(first.text, a);
    const speaker = pronounVerb || first.endsClause ? { words: [], pronoun: true, unnamed: false } : speakerFrom(tokens, 1, article.text, lex);
    if (speaker.unnamed) return { ...cueOf(first, speaker, 'after', article.text, false), pronoun: false };
    return cueOf(first, { ...speaker, pronoun: speaker.pronoun || speaker.words.length === 0 }, 'after', article.text, pronounVerb);
  }
  // `," Benyamin menegaskan` / `," ia menambahkan`: a speaker, then a verb.
  if (a.pronouns.has(first.text.toLowerCase())) {
    const verb = tokens[1];
    if (verb && (isReportingVerb(verb.text, a) || isPrefixedVerb(verb.text, a))) return cueOf(verb, { words: [], pronoun: true }, 'after', article.text, false);
    return null;
  }
  if (isCapitalized(first.text)) {
    const speaker = speakerFrom(tokens, 0, article.text, lex);
    let k = speaker.words.length;
    while (tokens[k] && lex.names.subjectAdverbs.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
    const verb = tokens[k];
    if (speaker.words.length > 0 && verb && (isReportingVerb(verb.text, a) || isPrefixedVerb(verb.text, a))) return cueOf(verb, speaker, 'after', article.text, false);
    if (speaker.words.length > 0) return organisationRoleCue(tokens, k, article.text, lex) ?? appositionCue(tokens, k, article.text, lex, speaker);
  }
  return null;
}

const isCue = (t: Token | undefined, a: AttributionLexicon): t is Token => t !== undefined && (isReportingVerb(t.text, a) || isPrefixedVerb(t.text, a));

/** `," PVMBG head Ratna Kusumawardani said`: an organisation, a lower-case role of the data at k, its holder's name, the verb. */
function organisationRoleCue(tokens: readonly Token[], k: number, text: string, lex: Lexicons): FoundCue | null {
  const role = tokens[k];
  const name = tokens[k + 1];
  if (!role || !name || role.endsClause || !lex.attribution.organisationRoles.has(role.text) || !isCapitalized(name.text) || !gapIsSpace(text, role, name)) return null;
  const holder = speakerFrom(tokens, k + 1, text, lex);
  const verb = tokens[k + 1 + holder.words.length];
  return holder.words.length > 0 && isCue(verb, lex.attribution) ? cueOf(verb, holder, 'after', text, false) : null;
}

/** `," Baiq Nurhayati, head of aquaculture at the agency, told reporters`: the name, an apposition between commas, the verb. */
function appositionCue(tokens: readonly Token[], k: number, text: string, lex: Lexicons, speaker: { words: Token[]; pronoun: boolean }): FoundCue | null {
  const max = lex.attribution.rules.maxAppositionWords;
  const last = speaker.words[speaker.words.length - 1];
  const first = tokens[k];
  if (max <= 0 || !last || !first || last.endsClause || !isCommaGap(text, last.end, first.start)) return null;
  for (let j = k; j < tokens.length && j < k + max; j++) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1];
    if (t.endsClause || !next) return null;
    if (isCommaGap(text, t.end, next.start) && isCue(next, lex.attribution)) return cueOf(next, speaker, 'after', text, false);
  }
  return null;
}

/** The 0-based line holding an offset (binary search: the lines are sorted). */
export function lineAt(article: Article, offset: number): number {
  let lo = 0;
  let hi = article.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((article.lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start of the sentence that holds `pos`: after the last sentence end, never across a non-body line or before `floor`. */
function sentenceStart(article: Article, lineRoles: readonly LineRole[], pos: number, floor: number, maxBack: number, names: NameLexicon): number {
  const text = article.text;
  const limit = Math.max(floor, pos - maxBack, 0);
  for (let i = pos - 1; i >= limit; i--) {
    const c = text[i] ?? '';
    if ((c === '.' || c === '!' || c === '?') && spaceOrQuoteAfter(text, i)) return i + 1;
    // A sentence glued to this one ("… naik.Ia mengatakan, \"…").
    if (c === '.' && isGluedSentenceDot(text, i, names)) return i + 1;
    if (c === '\n' || c === '\r') {
      // Stop at a line that is not body text (boilerplate, headline) above the sentence.
      const role = lineRoles[lineAt(article, i)];
      if (role !== 'body' && role !== 'blank') return i + 1;
    }
  }
  return limit;
}

/** A cue before a quote, in the same sentence. */
export function cueBefore(article: Article, lineRoles: readonly LineRole[], quoteStart: number, floor: number, lex: Lexicons): FoundCue | null {
  const a = lex.attribution;
  const from = sentenceStart(article, lineRoles, quoteStart, floor, a.rules.maxLookbackChars, lex.names);
  const window = article.text.slice(from, quoteStart);
  const tokens = tokenize(window, from, lex.names);
  for (let v = tokens.length - 1; v >= 0; v--) {
    const verb = tokens[v];
    if (!verb) continue;
    if (isPrefixedVerb(verb.text, a)) {
      const subjects = namesBefore(tokens, v, article.text, lex);
      const subject = subjects[0] ?? [];
      return { ...cueOf(verb, { words: subject, pronoun: subject.length === 0 }, 'before', article.text, false), subjects: subjects.map((s) => joinWords(s, article.text)), subjectGuess: true };
    }
    if (isReportingVerb(verb.text, a)) {
      const pronounVerb = hasSuffix(verb.text, a) && !a.verbs.has(verb.text.toLowerCase()) && !a.passiveVerbs.has(verb.text.toLowerCase());
      if (pronounVerb) {
        const subjects = namesBefore(tokens, v, article.text, lex);
        const subject = subjects[0] ?? [];
        return { ...cueOf(verb, { words: subject, pronoun: subject.length === 0 }, 'before', article.text, false), subjects: subjects.map((s) => joinWords(s, article.text)), subjectGuess: true };
      }
      // "Tanya: Tapi ada …": a verb closed by a colon (an interview's label) names no one after it.
      if (verb.endsClause) continue;
      // "ada pedagang yang bilang, \"…\"": the verb in a relative clause on a common noun: someone unnamed says it.
      const relative = tokens[v - 1];
      const head = tokens[v - 2];
      if (relative && head && a.relativeWords.has(relative.text.toLowerCase()) && !isCapitalized(head.text) && !a.pronouns.has(head.text.toLowerCase())) {
        return cueOf(verb, { words: [], pronoun: false }, 'before', article.text, false);
      }
      const speaker = speakerFrom(tokens, v + 1, article.text, lex);
      if (speaker.words.length > 0 || speaker.pronoun) return cueOf(verb, speaker, 'before', article.text, false);
    }
  }
  return null;
}

const joinWords = (words: readonly Token[], text: string): string => {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? text.slice(first.start, last.end).replace(/\s+/gu, ' ') : '';
};

const HANDLE = /^@[\p{L}\p{N}_.]{2,40}$/u;

/**
 * "Akun lain, @bangdaeng_gtlo, menulis, …": an account's handle set off by commas before the verb is a subject of its
 * own (a handle is written in lower case, so the capitalised runs miss it); a handle in the flow of the sentence
 * ("menanggapi unggahan @x dan menulis") is not.
 */
function setOffHandle(tokens: readonly Token[], k: number, text: string): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!t || !prev || !next || !HANDLE.test(t.text)) return false;
  return text.slice(prev.end, t.start).includes(',') && text.slice(t.end, next.start).includes(',');
}

/** The capitalised runs before the verb, in order, leaving out sentence-opening function words and sources ("menurut X"). */
function namesBefore(tokens: readonly Token[], v: number, text: string, lex: Lexicons): Token[][] {
  const runs: Token[][] = [];
  for (let k = 0; k < v; k++) {
    const t = tokens[k];
    if (t && setOffHandle(tokens, k, text)) {
      runs.push([t]);
      continue;
    }
    if (!t || !isCapitalized(t.text)) continue;
    const lower = t.text.toLowerCase();
    if (lex.names.stopwords.has(lower) || lex.attribution.contextCues.has(lower)) continue;
    const prev = tokens[k - 1];
    if (prev && lex.attribution.contextCues.has(prev.text.toLowerCase())) {
      k += speakerFrom(tokens, k, text, lex).words.length;
      continue;
    }
    const run = speakerFrom(tokens, k, text, lex).words.filter((w) => tokens.indexOf(w) < v);
    if (run.length > 0) runs.push(run);
    k += Math.max(0, run.length - 1);
  }
  return runs;
}

/** /\s|["\u201C\u201D]/u.test(text[i + 1] ?? ' '): a space or a double quote after `i`, or the end of the text. */
function spaceOrQuoteAfter(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true;
  const c = text.charCodeAt(i + 1);
  return c === 34 || c === 0x201c || c === 0x201d || isWhiteSpaceUnit(c);
}
