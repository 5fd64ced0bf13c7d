/**
 * What the people rules ask about a word that depends on the word and the language only (its
 * lower-case form, its capital, the language lists and patterns it is in), worked out once per
 * distinct word and kept. An article's tokens are each looked up once (one hash of the word)
 * instead of being lower-cased and tested against a dozen sets and patterns by every rule that
 * reads them: the same few thousand words recur in every article of a corpus.
 */
import type { NameLexicon } from '../quotes/quoteData';
import { isAcronym, isCapitalized, stripDot } from './nameTokens';
import { wordHash } from './wordScan';
import * as E from './wordEntry';
import { WordSlots } from './wordSlots';

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

export interface WordInfo extends LowerForm {
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
  /**
   * The language lists that the rules look the word up in when it stands next to a run of capitals
   * (read here once per word, not hashed again per run): as written, or by `lower` where the rule
   * compares lower-cased.
   */
  readonly placePreposition: boolean;
  /** A place marker ("Kecamatan"): the name after it is a place. */
  readonly placeMarker: boolean;
  readonly thingNoun: boolean;
  readonly coordinator: boolean;
  /** By `lower`. */
  readonly introducer: boolean;
  /** By `lower`. */
  readonly nameIntroducer: boolean;
  /** By `lower`. */
  readonly aliasMarker: boolean;
  /** By `lower`. */
  readonly subjectAdverb: boolean;
  /** By `bare`: a verb said of persons only in an alias phrase ("disapa", "dipanggil"). */
  readonly personAliasVerb: boolean;
  /** Written in lower case (the word is its own `lower`) and a role head ("pelatih"). */
  readonly lowerRoleHead: boolean;
  /** The entry of `lower` (this one when the word is written in lower case): its mark is the form's, shared by every word that lower-cases to it. */
  readonly lowerForm: LowerForm;
  /** The entry of `bare`. */
  readonly bareForm: LowerForm;
}

/**
 * A lower-case form's mark for the article being read: whether the article writes a word of this
 * form starting with a lower-case letter (then the form is a common word there, not a name). A
 * number written on the form replaces a per-article set of lower-case words: marking a word and
 * asking about one are then a field write and a field read, no string hashed. The form's mark is
 * on the table's entry for the lower-case string itself, so that marking a word written in lower
 * case (most words) touches no other object.
 */
export interface LowerForm {
  /** The number (WordTable.startArticle's) of the last article that wrote this form in lower case. */
  writtenLowerIn: number;
}

/** The roles of the words that open none: one list for all (read for every run word; one shared object stays in the cache). */
const NO_ROLES: readonly (readonly string[])[] = Object.freeze([]);

/**
 * Distinct words kept per language before the table starts again: a corpus's vocabulary is
 * open-ended (names, numbers, typos), an entry costs a few hundred bytes, and an article's common
 * words are back in the table after a few articles.
 */
const MAX_WORDS = 30_000;

const STARTS_LOWER = /^\p{Ll}/u;
const NOT_A_NAME_SHAPE = /\p{Ll}\p{Lu}|-\p{Lu}|\.\p{L}|\p{N}/u;

export class WordTable {
  /** The words and their entries (wordSlots.ts: an open-addressing table keyed by wordHash). */
  private readonly slots = new WordSlots<WordInfo>();
  private articleNumber = 0;
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
    return this.slots.size;
  }

  /**
   * A new article's number, for its LowerForm marks (no earlier article's mark equals it). A full
   * table starts afresh here, never in the middle of an article: an article's words must share
   * their forms' marks (a word met before the table started again would hold a form the later
   * words no longer see). An article may so add its own words beyond the cap until the next one starts.
   */
  startArticle(): number {
    if (this.slots.size >= this.maxWords) this.slots.clear();
    return ++this.articleNumber;
  }

  info(word: string): WordInfo {
    return this.infoHashed(word, wordHash(word));
  }

  /**
   * info(word), its wordHash `h` given (the tokenizer's scan knows it for most words). `h` must be
   * wordHash(word): with another value the word would get a second entry, and a form's marks would
   * be split between the two (bodyWords.test.ts checks the scan's hashes).
   */
  infoHashed(word: string, h: number): WordInfo {
    const known = this.slots.get(word, h);
    if (known !== undefined) return known;
    // describe may add the word's lower-case forms first (the table may grow meanwhile).
    const info = this.describe(word);
    this.slots.add(word, h, info);
    return info;
  }

  /**
   * The slot holding the word text[from, to), its wordHash `h` given, or -1: the word is compared
   * in place, so that finding a word met before costs no string of its own (keyAt and valueAt read
   * the slot; it holds until the next word is added).
   */
  slotIn(text: string, from: number, to: number, h: number): number {
    return this.slots.slotIn(text, from, to, h);
  }

  keyAt(slot: number): string {
    return this.slots.keyAt(slot);
  }

  valueAt(slot: number): WordInfo {
    return this.slots.valueAt(slot);
  }

  private describe(word: string): WordInfo {
    const lex = this.lexicon;
    const lower = word.toLowerCase();
    // A trailing dot lower-cases to itself and changes no other letter's case, so it can be stripped after lower-casing.
    const bare = stripDot(lower);
    const honorific = lex.honorifics.has(word);
    const alwaysCommon = lex.stopwords.has(bare) || this.extraCommon.has(bare) || (bare.length >= 6 && lex.commonWord !== null && lex.commonWord.test(bare));
    const bit = (yes: boolean, flag: number): number => (yes ? flag : 0);
    const flags =
      bit(isCapitalized(word), E.CAPITALIZED) |
      bit(STARTS_LOWER.test(word), E.STARTS_LOWER) |
      bit(honorific, E.HONORIFIC) |
      bit(honorific || lex.ranks.has(word), E.TITLED) |
      bit(lex.rankCorps.has(word), E.RANK_CORPS) |
      bit(alwaysCommon, E.ALWAYS_COMMON) |
      bit(lex.subjectVerb !== null && lex.subjectVerb.test(word), E.SUBJECT_VERB) |
      bit(lex.placePrepositions.has(word), E.PLACE_PREPOSITION) |
      bit(lex.placeMarkers.has(word), E.PLACE_MARKER) |
      bit(lex.thingNouns.has(word), E.THING_NOUN) |
      bit(lex.coordinators.has(word), E.COORDINATOR) |
      bit(lex.introducers.has(lower), E.INTRODUCER) |
      bit(lex.nameIntroducers.has(lower), E.NAME_INTRODUCER) |
      bit(lex.aliasMarkers.has(lower), E.ALIAS_MARKER) |
      bit(lex.subjectAdverbs.has(lower), E.SUBJECT_ADVERB) |
      bit(word === lower && lex.roleHeadsLower.has(lower), E.LOWER_ROLE_HEAD) |
      bit(lex.personAliasVerbs.has(bare), E.PERSON_ALIAS_VERB);
    const entry = new E.WordEntry(flags, classOf(word, bare, lex), this.rolesByFirstWord.get(lower) ?? NO_ROLES, lower, bare);
    // Lower-casing a lower-case word gives the word again: the entry of `lower` has itself as its form.
    entry.lowerForm = lower === word ? entry : this.info(lower);
    entry.bareForm = bare === word ? entry : bare === lower ? entry.lowerForm : this.info(bare);
    return entry;
  }
}

function classOf(word: string, bare: string, lex: NameLexicon): WordClass {
  if (word.startsWith('@')) return 'handle';
  if (lex.connectors.has(word)) return 'connector';
  if (lex.degrees.has(stripDot(word)) || (NOT_A_NAME_SHAPE.test(word) && lex.innerCapitalName?.test(word) !== true)) return 'acronym';
  // An institution's or a vessel's abbreviation the data lists ("PT", "TNI", "KM"): an institution word, not an acronym to skip.
  // Two capitals are no institution word for being a listed word in title case ("My"): "MY (52)" is a person's initials.
  if (isAcronym(word)) return lex.nonNameWords.has(bare) && (word.length !== 2 || lex.nonNameTwoLetters.has(word)) ? 'nonname' : 'allCaps';
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
