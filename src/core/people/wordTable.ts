/**
 * What the people rules ask about a word that depends on the word and the language only (its
 * lower-case form, its capital, the language lists and patterns it is in), worked out once per
 * distinct word and kept. An article's tokens are each looked up once (one hash of the word)
 * instead of being lower-cased and tested against a dozen sets and patterns by every rule that
 * reads them: the same few thousand words recur in every article of a corpus.
 */
import type { NameLexicon } from '../quotes/quoteData';
import { isAcronym, isCapitalized, stripDot } from './nameTokens';

/**
 * What classifyRun makes of a word once honorifics, ranks and role phrases are ruled out (those
 * depend on the words around it). The order of the checks is classifyRun's: the first that holds wins.
 */
export type WordClass =
  | 'handle'
  | 'connector'
  /** A degree, or a brand's, an abbreviation's or a number's shape. */
  | 'acronym'
  | 'nonname'
  /** All capitals: an acronym, or a name's last word right after a name ("Mahfud MD"). */
  | 'allCaps'
  /** A name opener ("Lalu"): a name word unless it ends the run. */
  | 'namePrefix'
  /** A name word unless the article writes it in lower case ("common" then). */
  | 'open';

export interface WordInfo {
  /** The word lower-cased (a trailing dot kept). */
  readonly lower: string;
  /** `lower` without a trailing dot: the form looked up in the language's lower-case lists. */
  readonly bare: string;
  readonly capitalized: boolean;
  /** The first letter is a lower-case letter (the article writes the word as a common word). */
  readonly startsLower: boolean;
  readonly honorific: boolean;
  /** An honorific or a rank ("H.", "AKBP"). */
  readonly titled: boolean;
  readonly rankCorps: boolean;
  /** The role phrases that open with this word, longest first, each lower-cased. */
  readonly roles: readonly (readonly string[])[];
  readonly wordClass: WordClass;
  /** A stopword, pronoun or derived common word's shape: common whatever the article does. */
  readonly alwaysCommon: boolean;
  /** The shape of a verb whose subject stands before it ("menegaskan"): a run right before it acts. */
  readonly subjectVerb: boolean;
}

/**
 * Distinct words kept per language before the table starts again: a corpus's vocabulary is
 * open-ended (names, numbers, typos), an entry costs a few hundred bytes, and an article's common
 * words are back in the table after a few articles.
 */
const MAX_WORDS = 30_000;

const STARTS_LOWER = /^\p{Ll}/u;
const NOT_A_NAME_SHAPE = /\p{Ll}\p{Lu}|-\p{Lu}|\.\p{L}|\p{N}/u;

export class WordTable {
  private readonly words = new Map<string, WordInfo>();
  private readonly rolesByFirstWord = new Map<string, (readonly string[])[]>();

  constructor(
    private readonly lexicon: NameLexicon,
    /** Further lower-cased words that are never names (the language's pronouns). */
    readonly extraCommon: ReadonlySet<string>,
    private readonly maxWords = MAX_WORDS,
  ) {
    for (const phrase of lexicon.roles) {
      const lowered = phrase.map((w) => w.toLowerCase());
      const key = lowered[0] ?? '';
      const list = this.rolesByFirstWord.get(key) ?? [];
      list.push(lowered);
      this.rolesByFirstWord.set(key, list);
    }
  }

  /** How many words the table holds now. */
  get size(): number {
    return this.words.size;
  }

  info(word: string): WordInfo {
    const known = this.words.get(word);
    if (known) return known;
    if (this.words.size >= this.maxWords) this.words.clear();
    const info = this.describe(word);
    this.words.set(word, info);
    return info;
  }

  private describe(word: string): WordInfo {
    const lex = this.lexicon;
    const lower = word.toLowerCase();
    // A trailing dot lower-cases to itself and changes no other letter's case, so it can be stripped after lower-casing.
    const bare = stripDot(lower);
    const honorific = lex.honorifics.has(word);
    const alwaysCommon = lex.stopwords.has(bare) || this.extraCommon.has(bare) || (bare.length >= 6 && lex.commonWord !== null && lex.commonWord.test(bare));
    return {
      lower,
      bare,
      capitalized: isCapitalized(word),
      startsLower: STARTS_LOWER.test(word),
      honorific,
      titled: honorific || lex.ranks.has(word),
      rankCorps: lex.rankCorps.has(word),
      roles: this.rolesByFirstWord.get(lower) ?? [],
      wordClass: classOf(word, bare, lex),
      alwaysCommon,
      subjectVerb: lex.subjectVerb !== null && lex.subjectVerb.test(word),
    };
  }
}

function classOf(word: string, bare: string, lex: NameLexicon): WordClass {
  if (word.startsWith('@')) return 'handle';
  if (lex.connectors.has(word)) return 'connector';
  if (lex.degrees.has(stripDot(word)) || NOT_A_NAME_SHAPE.test(word)) return 'acronym';
  // An institution's or a vessel's abbreviation the data lists ("PT", "TNI", "KM"): an institution word, not an acronym to skip.
  if (isAcronym(word)) return lex.nonNameWords.has(bare) ? 'nonname' : 'allCaps';
  if (lex.nonNameWords.has(bare) || lex.placeMarkers.has(word) || (lex.nonNamePattern !== null && lex.nonNamePattern.test(word))) return 'nonname';
  if (lex.namePrefixes.has(word)) return 'namePrefix';
  return 'open';
}

const tables = new WeakMap<NameLexicon, WordTable>();

/** The table of a language's name lexicon (made on first use; `extraCommon` is the language's pronoun set, fixed per language). */
export function wordTable(lexicon: NameLexicon, extraCommon: ReadonlySet<string>): WordTable {
  let table = tables.get(lexicon);
  if (!table || table.extraCommon !== extraCommon) {
    table = new WordTable(lexicon, extraCommon);
    tables.set(lexicon, table);
  }
  return table;
}
