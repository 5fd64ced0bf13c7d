/**
 * Direct quotes, their speakers, and the people of the article. The pipeline: find the quotation
 * marks of the body lines (quoteMarks.ts), pair them into spans (quoteSpans.ts), read the
 * reporting cue of each (quoteAttribution.ts), drop scare quotes (quoteKind.ts), find the people
 * of the body (people/peopleFinder.ts, with the cue speakers as evidence) and resolve each
 * speaker to a person, an organisation or an account (speakerResolution.ts).
 */
import type { Article } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { Person, Quote, Span } from '../model';
import type { StructureResult } from '../structure/structure';
import { findPeople } from '../people/peopleFinder';
import { isGluedSentenceDot } from '../people/gluedSentenceEnd';
import { attributionLexicon, nameLexicon, type NameLexicon } from './quoteData';
import { findQuoteMarks } from './quoteMarks';
import { isReportingVerb, pairQuoteMarks } from './quoteSpans';
import { cueAfter, cueBefore, type FoundCue, type Lexicons } from './quoteAttribution';
import { isQuotation } from './quoteKind';
import { resolveSpeakers } from './speakerResolution';
import { isWhiteSpaceUnit } from '../text/charTables';

export interface QuotesResult {
  readonly quotes: readonly Quote[];
  readonly people: readonly Person[];
}

export interface QuoteCandidate {
  readonly start: number;
  readonly end: number;
  readonly closed: boolean;
  readonly cue: FoundCue | null;
}

export interface QuoteCandidates {
  readonly quotes: readonly QuoteCandidate[];
  /** Pairs of marks that are not quotations (scare quotes around a term, title or nickname). */
  readonly scare: readonly Span[];
}

export function findQuoteCandidates(article: Article, lang: LanguageData, structure: StructureResult): QuoteCandidates {
  const lex: Lexicons = { attribution: attributionLexicon(lang), names: nameLexicon(lang) };
  const roles = structure.lineRoles;
  const marks = findQuoteMarks(article, roles, lex.attribution.marks, (word) => isReportingVerb(word, lex.attribution));
  const spans = pairQuoteMarks(article, roles, marks, lex.attribution);
  const found: QuoteCandidate[] = [];
  const scare: Span[] = [];
  let floor = 0;
  for (const span of spans) {
    const after = cueAfter(article, span.end, span.endLine, lex);
    const before = after ? null : cueBefore(article, roles, span.start, floor, lex);
    const cue = after ?? before;
    const line = article.lines[span.startLine];
    const atParagraphStart = line ? article.text.slice(line.start, span.start).trim() === '' : false;
    const inner = article.text.slice(span.start + 1, span.closeAt ?? span.end);
    const sentenceBefore = lastSentence(article.text, Math.max(floor, span.start - lex.attribution.rules.maxLookbackChars), span.start, lex.names);
    // The words beside the marks on the same line (a page's zero-width spaces read as spaces may widen the gap).
    const wordBefore = /(?:^|\s)(\S+)[^\S\r\n]+$/u.exec(article.text.slice(Math.max(0, span.start - 40), span.start))?.[1] ?? '';
    const wordAfter = /^[^\S\r\n]+(\S+)/u.exec(article.text.slice(span.end, span.end + 40))?.[1] ?? '';
    if (isQuotation({ inner, hasCue: after !== null, atParagraphStart, sentenceBefore, wordBefore, wordAfter }, lex.attribution)) {
      found.push({ start: span.start, end: span.end, closed: span.closeAt !== null, cue });
    } else scare.push({ start: span.start, end: span.end });
    floor = span.end;
  }
  return { quotes: found, scare };
}


/**
 * text.slice(from, to).split(/[.!?]\s/u).pop() (a glued sentence end splits too), found by scanning back from `to` (no pieces made):
 * two matches of "[.!?] then a space" cannot overlap, so the last piece starts after the last one.
 */
function lastSentence(text: string, from: number, to: number, names: NameLexicon): string {
  for (let i = to - 2; i >= from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && isWhiteSpaceUnit(text.charCodeAt(i + 1))) return text.slice(i + 2, to);
    // Or a sentence glued to it ("… naik.Ia menyebut …").
    if (c === 46 && isGluedSentenceDot(text, i, names)) return text.slice(i + 1, to);
  }
  return text.slice(from, to);
}

export function findQuotesAndPeople(article: Article, lang: LanguageData, structure: StructureResult): QuotesResult {
  const { quotes: candidates, scare } = findQuoteCandidates(article, lang, structure);
  const speakerTexts: string[] = [];
  for (const c of candidates) if (c.cue?.speakerText && !c.cue.subjectGuess) speakerTexts.push(c.cue.speakerText);
  // A dateline names a place and an outlet, never a person ("Kabar Banten, SERANG –").
  // Nor is a promo glued after the closing sign-off ("(lk/zul) Ikuti terus berita …").
  // Nor is the author a sign-off closes the story with ("… banding. (Hammam Defa)": gold/FORMAT.md keeps sign-offs out).
  const glued = structure.gluedPromos ?? [];
  const signed = structure.signoffs.map((s) => s.span);
  const excluded = structure.dateline || glued.length > 0 || signed.length > 0 ? [...scare, ...(structure.dateline ? [structure.dateline.span] : []), ...glued, ...signed].sort((x, y) => x.start - y.start) : scare;
  const { registry, body } = findPeople(article, structure.lineRoles, lang, speakerTexts, excluded, structure.dateline?.place ?? null);
  // The fields written out (same order as `{ ...q, text }`, which the JSONL keeps): a spread per quote cost more than the rest of this function.
  const quotes = resolveSpeakers(candidates, registry, body, lang, article.text).map(
    (q): Quote => ({ span: q.span, speaker: q.speaker, cue: q.cue, resolution: q.resolution, closed: q.closed, text: article.text.slice(q.span.start, q.span.end) }),
  );
  return { quotes, people: withoutOutlet(registry.people(), structure.outlet) };
}

/**
 * "…," Yuliana told Archipelago Wire.", "Tim Cek Fakta PrianganToday memeriksa …": the outlet the article names is no
 * person, whether written whole or as the capitalised word glued to the end or start of a one-word name.
 */
function withoutOutlet(people: Person[], outlet: string | null): Person[] {
  if (outlet === null) return people;
  const key = outlet.toLowerCase().replace(OUTLET_KEY_DROPPED, '');
  const oneWord = !/\s/u.test(outlet.trim());
  return people.filter((p) => {
    const name = p.name.toLowerCase().replace(OUTLET_KEY_DROPPED, '');
    if (name === key) return false;
    return !(oneWord && name.length >= 4 && !p.name.includes(' ') && key.length > name.length && (key.endsWith(name) || key.startsWith(name)));
  });
}

/** Spaces and dots do not tell an outlet's name apart ("Kaltim Warta", "kaltimwarta"). */
const OUTLET_KEY_DROPPED = /[\s.]+/gu;
