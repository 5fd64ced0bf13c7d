/**
 * The people of an article: the persons its body mentions, each with the names the text uses
 * and the role it gives them. Candidates come from runs of capitalised words (nameRuns.ts) and
 * are kept when the text shows they are persons: an honorific or rank, a role phrase before the
 * name, a reporting cue naming them, a verb after them, an age in brackets, an introducer
 * ("bernama"), or simply two or more name words not standing after a place preposition.
 * Shorter forms ("Benyamin"), honorific forms ("H. Hani …") and near-misspellings
 * ("Heran Nugrahayu") join the person whose full name they belong to.
 */
import type { Article } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { LineRole } from '../model';
import { attributionLexicon, nameLexicon, type NameLexicon } from '../quotes/quoteData';
import { findRuns, type NameRun, type NameSegment } from './nameRuns';
import { tokenize, type Token } from './nameTokens';
import { PersonRegistry } from './personRegistry';

export interface BodyText {
  readonly tokens: readonly Token[];
  readonly runs: readonly NameRun[];
  readonly lexicon: NameLexicon;
}

/** Tokens and name runs of the article's body lines (headline and boilerplate lines left out). */
export function readBody(article: Article, lineRoles: readonly LineRole[], lang: LanguageData): BodyText {
  const lexicon = nameLexicon(lang);
  const tokens: Token[] = [];
  for (const line of article.lines) if (lineRoles[line.index] === 'body') tokens.push(...tokenize(line.text, line.start, lexicon));
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text.toLowerCase());
  const runs = findRuns(tokens, article.text, { lexicon, lowerSeen, extraCommon: attributionLexicon(lang).pronouns });
  return { tokens, runs, lexicon };
}

/** Words that follow a place marker, a place preposition or an institution word ("Kecamatan Tanjung Morawa", "di Sekayu", "Pemkab Siak"). */
function placeWords(body: BodyText): Set<string> {
  const places = new Set<string>();
  for (const run of body.runs) {
    const before = body.tokens[run.first - 1];
    const afterPreposition = before !== undefined && body.lexicon.placePrepositions.has(before.text);
    const hasRole = run.kinds.includes('role');
    for (let k = 0; k < run.tokens.length; k++) {
      const prev = run.tokens[k - 1];
      const markerBefore = prev !== undefined && (body.lexicon.placeMarkers.has(prev.text) || (!hasRole && run.kinds[k - 1] === 'nonname'));
      if ((markerBefore || (afterPreposition && k === 0)) && run.kinds[k] === 'name') {
        for (let m = k; m < run.tokens.length && run.kinds[m] === 'name'; m++) places.add(run.tokens[m]?.text ?? '');
      }
    }
  }
  return places;
}

function followedBy(body: BodyText, run: NameRun, text: string): { verb: boolean; age: boolean; paren: boolean; alias: Token | null } {
  const lex = body.lexicon;
  const last = run.tokens[run.tokens.length - 1];
  const rest = last ? text.slice(last.end, last.end + 40) : '';
  const age = lex.ageParenthesis !== null && lex.ageParenthesis.test(rest);
  const paren = !age && /^\s*\(\s*\p{Lu}/u.test(rest);
  let k = run.last + 1;
  let verb = false;
  let alias: Token | null = null;
  const next = body.tokens[k];
  if (next && last && !last.endsClause && lex.aliasMarkers.has(next.text.toLowerCase())) alias = body.tokens[k + 1] ?? null;
  while (body.tokens[k] && lex.subjectAdverbs.has(body.tokens[k]?.text.toLowerCase() ?? '')) k++;
  const verbTok = body.tokens[k];
  if (verbTok && last && !last.endsClause && lex.subjectVerb && lex.subjectVerb.test(verbTok.text)) verb = true;
  return { verb, age, paren, alias };
}

/** Drops leading words that are places, or that stand before a name known on its own ("Kedatangan Sherly Tjoanda" → "Sherly Tjoanda"). */
function trimLeading(seg: NameSegment, places: ReadonlySet<string>, knownWords: ReadonlySet<string>, knownNames: ReadonlySet<string>, connectors: ReadonlySet<string>): NameSegment {
  const words = seg.words;
  let k = 0;
  for (let i = 1; i < words.length; i++) {
    if (knownWords.has(words[0] ?? '')) break;
    const tail = words.slice(i).join(' ');
    if (knownNames.has(tail) || knownWords.has(words[i] ?? '') || words.slice(0, i).every((w) => places.has(w))) {
      k = i;
      if (knownNames.has(tail) || knownWords.has(words[i] ?? '')) break;
    }
  }
  while (k < words.length - 1 && connectors.has(words[k] ?? '')) k++;
  if (k === 0) return seg;
  const dropped = words.slice(0, k).join(' ').length + 1;
  return { ...seg, words: words.slice(k), start: seg.start + dropped, sentenceInitial: false };
}

export interface PeopleFinding {
  readonly registry: PersonRegistry;
  readonly body: BodyText;
}

/** `speakers`: the speaker texts of the article's reporting cues (persons by the text's own word). */
export function findPeople(article: Article, lineRoles: readonly LineRole[], lang: LanguageData, speakers: readonly string[]): PeopleFinding {
  const body = readBody(article, lineRoles, lang);
  const lex = body.lexicon;
  const places = placeWords(body);
  const speakerWords = new Set(speakers.flatMap((s) => s.split(/\s+/u)).filter((w) => !lex.roleHeads.has(w) && !lex.nonNameWords.has(w.toLowerCase())));
  const knownNames = new Set<string>();
  for (const run of body.runs) for (const seg of run.segments) if (seg.honorific && seg.words.length >= 2) knownNames.add(seg.words.join(' '));
  const strong: { seg: NameSegment; honorific: string | null }[] = [];
  const weak: NameSegment[] = [];
  const aliasPairs: [NameSegment, string][] = [];
  let pendingRole: { role: string; end: number } | null = null;
  for (const run of body.runs) {
    const before = body.tokens[run.first - 1];
    const beforeWord = before?.text.toLowerCase() ?? '';
    const afterPlacePreposition = before !== undefined && lex.placePrepositions.has(before.text);
    const introduced = lex.introducers.has(beforeWord);
    const aliasOf = lex.aliasMarkers.has(beforeWord);
    const after = followedBy(body, run, article.text);
    const segs = run.segments
      .map((s) => trimLeading(s, places, speakerWords, knownNames, lex.connectors))
      .filter((s) => !s.words.every((w) => places.has(w)));
    if (segs.length === 0 && run.kinds.includes('role')) {
      const first = run.tokens[0];
      const last = run.tokens[run.tokens.length - 1];
      if (first && last) pendingRole = { role: article.text.slice(first.start, last.end).replace(/\s+/gu, ' '), end: last.end };
      continue;
    }
    for (const seg of segs) {
      const nameWords = seg.words.filter((w) => !lex.connectors.has(w));
      const apposition = pendingRole !== null && /^\s*,\s*$/u.test(article.text.slice(pendingRole.end, seg.start));
      const role = seg.role ?? (apposition && pendingRole ? pendingRole.role : null);
      const seg2 = role !== seg.role ? { ...seg, role } : seg;
      if (aliasOf && seg === segs[0]) {
        weak.push(seg2);
        continue;
      }
      const organisation = (seg.afterNonName && !seg.honorific) || seg.beforeHonorific || (after.paren && seg.lastInRun);
      const isStrong =
        seg.honorific !== null ||
        role !== null ||
        (seg.lastInRun && (after.age || after.alias !== null || (after.verb && (nameWords.length > 1 || !seg.sentenceInitial)))) ||
        (introduced && seg === segs[0]) ||
        nameWords.some((w) => speakerWords.has(w));
      const multi = nameWords.length >= 2;
      if ((isStrong || multi) && !afterPlacePreposition && !organisation) strong.push({ seg: seg2, honorific: seg.honorific });
      else weak.push(seg2);
      if (after.alias && seg.lastInRun) aliasPairs.push([seg2, after.alias.text]);
    }
    pendingRole = null;
  }
  const registry = new PersonRegistry();
  // Longest names first, so that a short form finds the full name it belongs to.
  strong.sort((a, b) => b.seg.words.length - a.seg.words.length || a.seg.start - b.seg.start);
  for (const { seg, honorific } of strong) registry.add(seg, honorific, true);
  for (const seg of weak) registry.add(seg, null, false);
  for (const [seg, alias] of aliasPairs) registry.addAlias(seg.words.join(' '), alias);
  return { registry, body };
}
