/**
 * Runs of capitalised words in body text and the name candidates inside them. A run such as
 * "Wali Kota Tangerang Selatan Benyamin Davnie" or "Kapolsek Sanga Desa IPTU Joharmen" is cut at
 * role phrases, honorifics and ranks, place and institution words, acronyms and words the article
 * also writes in lower case; what remains are name segments, each with the evidence around it
 * (an honorific or role before it, a verb after it, an age in brackets, a place preposition).
 * What kind each word of a run is (role, honorific, name …) is runClassification.ts's.
 */
import type { NameLexicon } from '../quotes/quoteData';
import { isSpaceGap, spacesCollapsed, type Token } from './nameTokens';
import type { WordInfo } from './wordTable';
import { classifyRun } from './runClassification';

/**
 * A line break, a quote mark, a bracket, a dash, or a sentence end behind a closing bracket ("RN (21).
 * Aksi …") in text[from, to): /[\n"\u201C\u201D(\u2013\u2014.!?]|\s-\s/u tested on the slice, read in
 * place by char code (asked of most runs: no slice, no regex).
 */
export function opensSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 0x2013 || c === 0x2014 || c === 46 || c === 33 || c === 63) return true;
    if (c === 45 && i > from && i + 1 < to && isRegexSpace(text.charCodeAt(i - 1)) && isRegexSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

const SPACE = /\s/u;

/** \s as a pattern reads it (tab to carriage return, space, and the Unicode spaces). */
const isRegexSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));

export type TokenKind = 'honorific' | 'role' | 'nonname' | 'common' | 'acronym' | 'handle' | 'connector' | 'name';

export interface NameSegment {
  /** The name words (connectors such as "bin" included). */
  readonly words: readonly string[];
  readonly start: number;
  readonly end: number;
  /** The honorific or rank written right before the name ("H.", "AKBP"), if any. */
  readonly honorific: string | null;
  /** The role phrase before the name in the same run ("Wali Kota Tangerang Selatan"), if any. */
  readonly role: string | null;
  readonly lastInRun: boolean;
  /** A place or institution word, and no role, stands before the name in the same run ("Badan Meteorologi …"): an organisation's name. */
  readonly afterNonName: boolean;
  /** An honorific or rank follows in the same run ("Resor Padang AKBP …"): the name is part of a role. */
  readonly beforeHonorific: boolean;
  /** The name's first word opens a sentence, so its capital proves nothing. */
  readonly sentenceInitial: boolean;
  /** An acronym stands right before the name ("Kepala BPS Sukamaju Siti Rohani"): a branch's place may follow it. */
  readonly afterAcronym?: boolean;
  /** Place words before the name were dropped from the segment ("Wali Kota Batu Nurochman" → "Nurochman"). */
  readonly afterPlace?: boolean;
}

/**
 * A segment with new words, start, role, sentence-initial and after-place fields, the others
 * kept (written out field by field: an object spread per segment cost more than the rules around it).
 */
export function segmentWith(
  seg: NameSegment,
  words: readonly string[],
  start: number,
  role: string | null,
  sentenceInitial: boolean,
  afterPlace: boolean | undefined,
): NameSegment {
  return {
    words,
    start,
    end: seg.end,
    honorific: seg.honorific,
    role,
    lastInRun: seg.lastInRun,
    afterNonName: seg.afterNonName,
    beforeHonorific: seg.beforeHonorific,
    sentenceInitial,
    afterAcronym: seg.afterAcronym,
    afterPlace,
  };
}

export interface NameRun {
  readonly tokens: readonly Token[];
  readonly kinds: readonly TokenKind[];
  readonly segments: readonly NameSegment[];
  /** Index in the token list of the run's first token. */
  readonly first: number;
  readonly last: number;
}

export interface RunContext {
  readonly lexicon: NameLexicon;
  /**
   * The article's number from WordTable.startArticle: a word whose lower-case form carries it
   * (LowerForm.writtenLowerIn) is written in lower case somewhere in the article, a common word, not a name.
   */
  readonly article: number;
  /** Acronyms the article defines in brackets ("… Tbk (BRI)"): an organisation's, never the last word of a name ("Mahfud MD"). */
  readonly definedAcronyms?: Pick<ReadonlySet<string>, 'has'>;
  /** The language's month words, lower-cased (its date data): "Mei" between two name words is a name's ("Lie Mei Hwa"). */
  readonly monthWords?: ReadonlySet<string>;
}

/** A word that is a name and nothing else here: no role, title, institution word or word the article writes in lower case. */
function plainNameWord(info: WordInfo | undefined, ctx: RunContext): boolean {
  return info !== undefined && info.wordClass === 'open' && info.roles.length === 0 && !info.titled && !info.alwaysCommon && info.bareForm.writtenLowerIn !== ctx.article;
}

/** Two line feeds in a gap of white space: a blank line between paragraphs. */
function blankLineIn(text: string, from: number, to: number): boolean {
  let feeds = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && ++feeds === 2) return true;
  return false;
}

/** A line break in text[from, next.start) and a colon right after `next`: the next line opens with a label. */
function labelOpensNextLine(text: string, from: number, next: Token): boolean {
  return text.charCodeAt(next.end) === 58 && text.slice(from, next.start).includes('\n');
}

/** Words a line of capitalised words needs before it reads as a heading. */
const MIN_HEADING_WORDS = 3;
/** A comma, a digit or a dash: a sentence's clause, a date or a dateline, not a heading ("… 2024, Wali Kota Sukamaju Budi"). */
const NOT_IN_HEADING = /[,;\d\u2013\u2014]/u;
/** A lower-case word of three letters or more: the line holds prose, not only capitalised words. */
const LOWER_PROSE_WORD = /(?:^|[^\p{L}\p{N}])\p{Ll}{3,}/u;

/**
 * A gap after a line that holds no lower-case word: a blank line after a heading or a related headline set between
 * paragraphs (three words or more), or any line break after a stray character of a broken encoding ("Â"). A name cut
 * by a scrape runs over a line break from prose ("… Wali Kota Sukamaju Budi" / "" / "Santoso meninjau …") and over single breaks
 * between words of one sentence ("Gubernur" / "Sukamaju" / "Rahmat Hidayat", "… -- PT" / "Sinar Jaya"); not here ("… Antre
 * Beras di Balai Desa" / "" / "Rahmat mengatakan").
 */
function breakAfterHeadingLine(text: string, from: number, to: number): boolean {
  const feed = text.indexOf('\n', from);
  if (feed < 0 || feed >= to) return false;
  const line = text.slice(text.lastIndexOf('\n', from - 1) + 1, from).trim();
  if (line.length === 1) return true;
  return blankLineIn(text, from, to) && !LOWER_PROSE_WORD.test(line) && !NOT_IN_HEADING.test(line) && line.split(/\s+/u).length >= MIN_HEADING_WORDS;
}

/** Splits the token list into runs of capitalised words joined by nothing but whitespace. */
export function findRuns(tokens: readonly Token[], words: readonly WordInfo[], text: string, ctx: RunContext): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !(words[i]?.capitalized === true || lowerHonorificBeforeName(tokens, words, i, text))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (cur && next && !cur.endsClause && bracketedAcronymInRole(tokens, words, text, i, j, ctx)) {
        j += 2;
        continue;
      }
      // A name may run over a line break, and over a blank line where a scrape cut a sentence ("Benyamin" / "Davnie
      // mengingatkan"); but a paragraph that opens with a role, a title or a common word starts anew ("… Ratna
      // Anggraini" / "Pelatih tim …").
      if (!cur || !next || cur.endsClause || !isSpaceGap(text, cur.end, next.start) || (blankLineIn(text, cur.end, next.start) && !plainNameWord(words[j + 1], ctx)) || breakAfterHeadingLine(text, cur.end, next.start)) break;
      // A line opening with a label and its colon ("T: Apakah …", "Kapolres: …") starts a turn: no name runs into it.
      if (labelOpensNextLine(text, cur.end, next)) break;
      if (words[j + 1]?.capitalized === true || lowerHonorificBeforeName(tokens, words, j + 1, text)) {
        j++;
        continue;
      }
      // A lower-case word joins the run only between two capitalised words (asked only here: most runs end at a lower-case word).
      const afterNext = tokens[j + 2];
      const joinsNext = afterNext !== undefined && words[j + 2]?.capitalized === true && isSpaceGap(text, next.end, afterNext.start) && !next.endsClause && !(blankLineIn(text, next.end, afterNext.start) && !plainNameWord(words[j + 2], ctx));
      if (joinsNext && ctx.lexicon.connectors.has(next.text)) j += 2;
      else if (connectorPairAt(tokens, words, j + 1, text, ctx)) j += 3;
      else if (joinsNext && continuesRole(tokens, words, i, j, ctx)) j += 2;
      else break;
    }
    const runTokens = tokens.slice(i, j + 1);
    const kinds = classifyRun(tokens, words, i, j + 1, ctx);
    const prev = tokens[i - 1];
    // After a line break, a quotation mark, a bracket or a dateline's dash ("SUKAMAJU - Rapat …") a capital proves nothing.
    const singleSpace = prev !== undefined && t.start - prev.end === 1 && text[prev.end] === ' ';
    const sentenceInitial = !prev || prev.endsClause || (!singleSpace && opensSentence(text, prev.end, t.start));
    runs.push({ tokens: runTokens, kinds, segments: segmentsOf(runTokens, kinds, text, sentenceInitial), first: i, last: j });
    i = j + 1;
  }
  return runs;
}

/**
 * "Kepala Dinas Lingkungan Hidup (DLH) Ir. H. Wahyu Setiadi": an agency's acronym in brackets after the role that
 * holds it, with the holder's name (or title) right after the bracket. The run goes on over the bracket, so the name
 * keeps its role and the agency's words before the bracket are not read as a name of their own.
 */
function bracketedAcronymInRole(tokens: readonly Token[], words: readonly WordInfo[], text: string, first: number, j: number, ctx: RunContext): boolean {
  const cur = tokens[j] as Token;
  const acronym = tokens[j + 1] as Token;
  const after = tokens[j + 2];
  if (!after || text.charCodeAt(acronym.start - 1) !== 40 || text.charCodeAt(acronym.end) !== 41) return false;
  if (!isSpaceGap(text, cur.end, acronym.start - 1) || !isSpaceGap(text, acronym.end + 1, after.start) || acronym.endsClause) return false;
  const cls = words[j + 1]?.wordClass;
  if ((cls !== 'allCaps' && cls !== 'acronym') || !(words[j + 2]?.capitalized === true || lowerHonorificBeforeName(tokens, words, j + 2, text))) return false;
  return classifyRun(tokens, words, first, Math.min(j + 1, first + ROLE_SEARCH_WORDS), ctx).includes('role');
}

/** "dr Yuliana": an honorific the language writes in lower case, right before a capitalised word, belongs to the run. */
function lowerHonorificBeforeName(tokens: readonly Token[], words: readonly WordInfo[], i: number, text: string): boolean {
  // Asked of every word that is not capitalised: whether it is an honorific settles almost all.
  if (words[i]?.honorific !== true) return false;
  const t = tokens[i];
  const next = tokens[i + 1];
  return t !== undefined && next !== undefined && !t.endsClause && words[i + 1]?.capitalized === true && isSpaceGap(text, t.end, next.start);
}

/**
 * "Kepala Dinas Kelautan dan Perikanan Kabupaten Pati Edy Martanto": a role conjunction between two
 * words that are not names, inside a run that holds a role, joins an institution's name, not two
 * persons ("Bupati Ahmad dan Wakil Bupati …" stays cut: "Ahmad" is a name).
 */
const ROLE_SEARCH_WORDS = 8;

function continuesRole(tokens: readonly Token[], words: readonly WordInfo[], first: number, j: number, ctx: RunContext): boolean {
  const coordinator = words[j + 1];
  if (!coordinator || !ctx.lexicon.roleConjunctions.has(coordinator.lower)) return false;
  // The two words around the conjunction, classified as a run of their own.
  const around = classifyRun([tokens[j] as Token, tokens[j + 2] as Token], [words[j] as WordInfo, words[j + 2] as WordInfo], 0, 2, ctx);
  if (around.includes('name') || around.includes('honorific')) return false;
  // The role opens the run ("Kepala Dinas …"): its first words are enough, and a run of thousands of "… dan …" stays linear.
  return classifyRun(tokens, words, first, Math.min(j + 1, first + ROLE_SEARCH_WORDS), ctx).includes('role');
}

/** segmentsOf's name stretches (from, to per stretch): at most one stretch per two tokens, so one more than the tokens is room enough for a run. */
let stretches = new Int32Array(64);

function segmentsOf(tokens: readonly Token[], kinds: readonly TokenKind[], text: string, runSentenceInitial: boolean): NameSegment[] {
  // The name stretches [from, to] first, into one buffer for all runs (read at once below: most runs hold one or none).
  if (stretches.length < tokens.length + 1) stretches = new Int32Array(2 * (tokens.length + 1));
  const found = stretches;
  let count = 0;
  let from = -1;
  for (let k = 0; k <= tokens.length; k++) {
    const kind = kinds[k];
    const inName = kind === 'name' || (kind === 'connector' && from >= 0);
    if (inName && from < 0) from = k;
    if (!inName && from >= 0) {
      let to = k - 1;
      while (to > from && kinds[to] === 'connector') to--;
      found[2 * count] = from;
      found[2 * count + 1] = to;
      count++;
      from = -1;
    }
  }
  const segments: NameSegment[] = [];
  if (count === 0) return segments;
  const firstRole = kinds.indexOf('role');
  const firstNonName = kinds.indexOf('nonname');
  for (let n = 0; n < count; n++) {
    const a = found[2 * n] as number;
    const b = found[2 * n + 1] as number;
    const before = kinds[a - 1];
    const honorific = before === 'honorific' ? (tokens[a - 1]?.text ?? null) : null;
    const lastInRun = n === count - 1;
    let role: string | null = null;
    if (firstRole >= 0 && firstRole < a && lastInRun) {
      // The role runs from its first word to the last word before the name, honorifics excluded.
      let roleEnd = a - 1;
      while (roleEnd > firstRole && kinds[roleEnd] === 'honorific') roleEnd--;
      const s = tokens[firstRole];
      const e = tokens[roleEnd];
      // An acronym in brackets closing the role ("… Lingkungan Hidup (DLH)") keeps its closing bracket.
      if (s && e) role = spacesCollapsed(text, s.start, text.charCodeAt(e.end) === 41 && text.charCodeAt(e.start - 1) === 40 ? e.end + 1 : e.end);
    }
    const s = tokens[a];
    const e = tokens[b];
    const afterNonName = firstNonName >= 0 && firstNonName < a && !(firstRole >= 0 && firstRole < a);
    const beforeHonorific = kinds[b + 1] === 'honorific';
    const words: string[] = [];
    for (let k = a; k <= b; k++) words.push(tokens[k]?.text ?? '');
    segments.push({ words, start: s?.start ?? 0, end: e?.end ?? 0, honorific, role, lastInRun, afterNonName, beforeHonorific, sentenceInitial: runSentenceInitial && a === 0, afterAcronym: before === 'acronym' });
  }
  return segments;
}

/**
 * Two lower-case connectors in a row between capitalised words ("Gerard van der Wiel", "Donny van de Beek"): Dutch and
 * Iberian surnames, common among footballers and coaches. One connector alone is handled where the run grows.
 */
function connectorPairAt(tokens: readonly Token[], words: readonly WordInfo[], k: number, text: string, ctx: RunContext): boolean {
  const first = tokens[k];
  const second = tokens[k + 1];
  const after = tokens[k + 2];
  if (!first || !second || !after || words[k + 2]?.capitalized !== true) return false;
  if (!ctx.lexicon.connectors.has(first.text) || !ctx.lexicon.connectors.has(second.text)) return false;
  return !first.endsClause && !second.endsClause && isSpaceGap(text, first.end, second.start) && isSpaceGap(text, second.end, after.start) && !blankLineIn(text, first.end, after.start);
}
