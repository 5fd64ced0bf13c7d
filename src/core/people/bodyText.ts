/**
 * The article's body as the people rules read it: its tokens, each token's word-table entry, the
 * runs of capitalised words, and what one pass over the entries notes for later rules (the
 * tokens a run may hold, the tokens that write the dateline's place).
 */
import type { Article, Line } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { LineRole } from '../model';
import { attributionLexicon, nameLexicon, type NameLexicon } from '../quotes/quoteData';
import { findRuns, type NameRun } from './nameRuns';
import { relatedLabelPattern } from './relatedLabels';
import { tokenizeInto, type Token } from './nameTokens';
import { dropQuotedNicknames, type QuotedNickname } from './quotedNickname';
import { wordTable, type LowerForm, type WordInfo, type WordTable } from './wordTable';

export interface BodyText {
  readonly tokens: readonly Token[];
  /** Each token's word-table entry (what its word alone tells the name rules). */
  readonly words: readonly WordInfo[];
  readonly runs: readonly NameRun[];
  readonly lexicon: NameLexicon;
  /** The language's word table `words` come from (no entry of it is dropped until the next article starts). */
  readonly table: WordTable;
  /** The tokens a run may hold (capitalised words and connectors), in text order: the only words the rules count. */
  readonly runWordIndices: readonly number[];
  /** The tokens, as written, whose lower-case form is one of the words of the dateline's place (readBody's `datelinePlace`). */
  readonly datelinePlaceWords: readonly string[];
  /** The word table's number for this article: a form whose `writtenLowerIn` is it is written in lower case here. */
  readonly article: number;
  /** Nicknames in marks taken out of names (`Dedi "Dedol" Kurniadi`), in text order. */
  readonly quotedNicknames: readonly QuotedNickname[];
}

/** An acronym defined in brackets after the name it stands for ("(BRI)", "(KPU)"). */
const DEFINED_ACRONYM = /\((\p{Lu}{2,6})\)/gu;

const PLACE_SEPARATORS = /[\s,]+/u;

const monthWordSets = new WeakMap<LanguageData, ReadonlySet<string>>();

/** The month words of the language's date data, lower-cased (made once per language). */
function monthWordsOf(lang: LanguageData): ReadonlySet<string> {
  let set = monthWordSets.get(lang);
  if (!set) {
    set = new Set(Object.keys(lang.dates.months).map((m) => m.toLowerCase()));
    monthWordSets.set(lang, set);
  }
  return set;
}

/** How much of a line's end is searched for glued credits (keeps long one-line articles linear). */
const CREDITS_WINDOW = 240;

const trailingCreditSets = new WeakMap<LanguageData, RegExp | null>();

/** The language's pattern of credits glued to a body line's end, compiled once per language (null: none). */
function trailingCreditsOf(lang: LanguageData): RegExp | null {
  let re = trailingCreditSets.get(lang);
  if (re === undefined) {
    const source = lang.boilerplate.structure?.trailingCredits;
    re = source ? new RegExp(source, 'u') : null;
    trailingCreditSets.set(lang, re);
  }
  return re;
}

/**
 * Where a body line's text ends for the name rules: before credits glued to its end ("… diberlakukan.Penulis: Dwi
 * Aryani KusumaEditor: Bayu Sasongko", a scraper's one-cell article), whose names are the page's staff, not people
 * of the story; else the line's end. A quick look for a colon in the tail first (most lines have none).
 */
function creditsStart(text: string, line: Line, credits: RegExp | null): number {
  if (credits === null) return line.end;
  const from = Math.max(line.start, line.end - CREDITS_WINDOW);
  const tail = text.slice(from, line.end);
  if (!tail.includes(':') && !tail.includes('：')) return line.end;
  const m = credits.exec(tail);
  if (!m?.[1]) return line.end;
  return from + m.index + m[0].indexOf(m[1]);
}

/**
 * A listed headline's words: capitalised words or numbers, commas, and short lower-case words between capitalised ones
 * ("Tanggul Laut di Pekalongan Molor Lagi"); the lead's next sentence, glued on by a dataset, starts where they end.
 */
const LISTED_HEADLINE = /^(?:[\p{Lu}\p{N}]\S*|,|\p{Ll}{1,3}(?=\s+[\p{Lu}\p{N}]))(?:\s+(?:[\p{Lu}\p{N}]\S*|,|\p{Ll}{1,3}(?=\s+[\p{Lu}\p{N}])))*/u;

/**
 * A "read also" fragment left inside a body line by a dataset's tooling ("… panen raya . Baca juga : Harga Lada Ikut
 * Tertekan , Petani Pilih Tunda Jual Harga itu …"): from its cue to its headline's end, or null. The fragment's words
 * are no people of the story. A quick look for a colon first (most lines have none).
 */
function relatedHeadlineIn(text: string, from: number, to: number, cue: RegExp, lexicon: NameLexicon): { start: number; end: number } | null {
  const line = text.slice(from, to);
  if (!line.includes(':')) return null;
  const m = cue.exec(line);
  if (!m) return null;
  const after = m.index + m[0].length;
  const headline = LISTED_HEADLINE.exec(line.slice(after));
  if (!headline) return null;
  // A role or an honorific after the headline's first word opens the lead's next sentence ("… Molor Lagi Kepala
  // Pelaksana BPBD , Dimas Arga Yudha , menyebut …"): the headline ends before it.
  let length = 0;
  for (const word of headline[0].matchAll(/\S+/gu)) {
    if (word.index > 0 && (lexicon.roleHeads.has(word[0]) || lexicon.honorifics.has(word[0]))) break;
    length = word.index + word[0].length;
  }
  return { start: from + m.index, end: from + after + length };
}

/**
 * Tokens and name runs of the article's body lines (headline and boilerplate lines left out).
 * `datelinePlace`: the place the dateline names ("SIDOARJO"), whose words the body's tokens are compared with.
 */
export function readBody(article: Article, lineRoles: readonly LineRole[], lang: LanguageData, datelinePlace: string | null = null): BodyText {
  const lexicon = nameLexicon(lang);
  const table = wordTable(lexicon, attributionLexicon(lang).pronouns);
  const articleNumber = table.startArticle();
  const read: Token[] = [];
  const readWords: WordInfo[] = [];
  const lookup = { table, words: readWords };
  const credits = trailingCreditsOf(lang);
  const inlineRelated = relatedLabelPattern(lexicon.gluedRelatedLabels, 'spaced');
  const lines = article.lines;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as Line;
    if (lineRoles[line.index] !== 'body') continue;
    const end = creditsStart(article.text, line, credits);
    const related = inlineRelated ? relatedHeadlineIn(article.text, line.start, end, inlineRelated, lexicon) : null;
    if (related === null) tokenizeInto(read, article.text, line.start, end, 0, lexicon, lookup);
    else {
      tokenizeInto(read, article.text, line.start, related.start, 0, lexicon, lookup);
      tokenizeInto(read, article.text, related.end, end, 0, lexicon, lookup);
    }
  }
  // `Dedi "Dedol" Kurniadi`: the quoted nickname is taken out, so the name's two halves make one run.
  const { tokens, words, nicknames: quotedNicknames, text: runText } = dropQuotedNicknames(read, readWords, article.text);
  // A token is one of the place's words when its lower-case form is one of their entries (a comparison of references, no string hashed).
  const placeForms: LowerForm[] = [];
  if (datelinePlace) {
    for (const w of datelinePlace.toLowerCase().split(PLACE_SEPARATORS)) {
      const form = table.info(w);
      if (!placeForms.includes(form)) placeForms.push(form);
    }
  }
  // One pass over the entries for what later rules ask of every token (each entry is read once, while it is in the cache).
  const runWordIndices: number[] = [];
  const datelinePlaceWords: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const info = words[i] as WordInfo;
    // The article writes this form in lower case: a common word here (a mark on the form, not a set of words).
    if (info.startsLower) info.lowerForm.writtenLowerIn = articleNumber;
    // (A handle is capitalised too, so a connector is what the word table classes as one.)
    if (info.capitalized || info.wordClass === 'connector') runWordIndices.push(i);
    for (let p = 0; p < placeForms.length; p++) if (info.lowerForm === placeForms[p]) datelinePlaceWords.push((tokens[i] as Token).text);
  }
  // Asked only of an all-capitals word ending a run right after a name word (rare): the text is searched then.
  let defined: Set<string> | null = null;
  const definedAcronyms = {
    has: (word: string): boolean => {
      if (defined === null) {
        defined = new Set<string>();
        for (const m of article.text.matchAll(DEFINED_ACRONYM)) if (m[1]) defined.add(m[1]);
      }
      return defined.has(word);
    },
  };
  const runs = findRuns(tokens, words, runText, { lexicon, article: articleNumber, definedAcronyms, monthWords: monthWordsOf(lang) });
  return { tokens, words, runs, lexicon, table, runWordIndices, datelinePlaceWords, article: articleNumber, quotedNicknames };
}
