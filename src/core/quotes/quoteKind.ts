/**
 * Is a pair of marks a quotation (someone's words) or scare quotes around a term, a title, a
 * name or a nickname? A quotation has a reporting cue beside it, or is long, or opens its
 * paragraph, or ends in the punctuation of speech (`,"` `."` `?"`); a short phrase in the middle of
 * a sentence is a quotation only when the sentence reports speech (a reporting verb before it)
 * and it is not written as a title (every word capitalised).
 */
import { isCapitalized } from '../people/nameTokens';
import type { AttributionLexicon } from './quoteData';
import { isReportingVerb } from './quoteSpans';
import { isPrefixedVerb } from './quoteAttribution';

const SPEECH_END = /[,.!?\u2026]$/u;
const STARTS_WITH_DIGIT = /^\p{N}/u;

export interface QuoteShape {
  /** The words between the marks. */
  readonly inner: string;
  readonly hasCue: boolean;
  readonly atParagraphStart: boolean;
  /** The text of the sentence before the opening mark. */
  readonly sentenceBefore: string;
  /** The word before the opening mark on its line (spaces between), '' when none. */
  readonly wordBefore: string;
  /** The word after the closing mark on its line (spaces between), '' when none. */
  readonly wordAfter: string;
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'-]+\.?$/u;

/**
 * A nickname written inside a name (Rizal "Ical" Firmansyah): one or two capitalised words, no speech
 * punctuation, a capitalised name word on each side. A cue seen after it ("… Firmansyah, mengatakan")
 * belongs to the sentence, not to these marks.
 */
function isNicknameInName(shape: QuoteShape, words: readonly string[]): boolean {
  if (words.length > 2 || SPEECH_END.test(shape.inner.trim())) return false;
  return words.every((w) => NAME_WORD.test(w)) && NAME_WORD.test(shape.wordBefore) && NAME_WORD.test(shape.wordAfter.replace(/[,;:]$/u, ''));
}

/** Title case leaves a few short words ("di", "dan", "yang") in lower case. */
const TITLE_CASE_SHARE = 0.75;

function isTitleCase(words: readonly string[]): boolean {
  const first = words[0];
  if (first === undefined || !(isCapitalized(first) || STARTS_WITH_DIGIT.test(first))) return false;
  return words.filter((w) => isCapitalized(w) || STARTS_WITH_DIGIT.test(w)).length >= TITLE_CASE_SHARE * words.length;
}

export function isQuotation(shape: QuoteShape, lexicon: AttributionLexicon): boolean {
  // trim() and \s remove the same characters: no words is the same as an empty trimmed text.
  const trimmed = shape.inner.trim();
  if (trimmed === '') return false;
  const words = trimmed.split(/\s+/u).filter((w) => w.length > 0);
  if (isNicknameInName(shape, words)) return false;
  // "yang akrab disapa Zohri atau "Si Kilat dari Lombok Utara"": a nickname opened by its article, in title case, no
  // speech punctuation closing it, is a name even where a cue is read near it.
  if (lexicon.nicknameArticles.has((words[0] ?? '').toLowerCase()) && words.length >= 2 && isCapitalized(words[1] ?? '') && !SPEECH_END.test(trimmed) && isTitleCase(words)) return false;
  const before = shape.sentenceBefore.split(/[^\p{L}\p{M}-]+/u);
  const lastWord = [...before].reverse().find((w) => w.length > 0) ?? '';
  // A headline cited by name ("pemberitaan berjudul "Warga Tuding Perusahaan Serobot Lahan Adat""): a title however
  // long, when it is written in title case (a few short words such as "di" left in lower case) and no speech
  // punctuation closes it.
  if (lexicon.namingWords.has(lastWord.toLowerCase()) && !SPEECH_END.test(trimmed) && isTitleCase(words)) return false;
  // A short phrase right after a naming word ("menyebut almarhum sebagai "perpustakaan berjalan" Tana Samawa") names a
  // thing even when a reporting verb stands earlier in the sentence or a cue is read near it: no speech punctuation
  // closes it, so it is nobody's words.
  if (words.length < lexicon.rules.minQuotationWords && lexicon.namingWords.has(shape.wordBefore.toLowerCase()) && !SPEECH_END.test(trimmed)) return false;
  if (shape.hasCue) return true;
  if (words.length >= lexicon.rules.minQuotationWords) return true;
  // A short phrase named by the word before it ("unggahan bertajuk "Here we go, Rafa!"") is a title, even with speech punctuation.
  if (lexicon.namingWords.has(lastWord.toLowerCase())) return false;
  const speechEnd = SPEECH_END.test(shape.inner.trim());
  if (words.length >= 2 && speechEnd) return true;
  // A title or a name ("Malam Pertama" tayang …): every word capitalised, no speech punctuation.
  if (words.every((w) => isCapitalized(w) || STARTS_WITH_DIGIT.test(w))) return false;
  if (words.length >= 2 && shape.atParagraphStart) return true;
  return before.some((w) => w.length > 0 && (isPrefixedVerb(w, lexicon) || isReportingVerb(w, lexicon)));
}
