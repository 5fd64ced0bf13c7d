/**
 * The parts of the language data the quote and people engines read, with the optional fields
 * (quote marks, passive verbs, name context words) given safe defaults so that a language folder
 * that leaves them out still works. Built once per LanguageData object and cached.
 */
import type { LanguageData } from '../lang/language';

export interface QuoteMarkSets {
  readonly opening: ReadonlySet<string>;
  readonly closing: ReadonlySet<string>;
  readonly either: ReadonlySet<string>;
  /**
   * Marks longer than one character, read as an either-way mark: two single marks typed as one double mark ("’’",
   * "''", "``"), and a double mark left as an HTML entity by a dataset's tooling ("&quot;").
   */
  readonly doubled: readonly string[];
}

export interface QuoteRules {
  readonly maxContinuationParagraphs: number;
  readonly minQuotationWords: number;
  readonly maxLookbackChars: number;
  /**
   * After a quote, a named speaker may be followed by an apposition of at most this many words
   * before the verb (`," Baiq Nurhayati, head of aquaculture at the agency, told reporters`);
   * 0 (the default) leaves the shape out.
   */
  readonly maxAppositionWords: number;
}

export interface AttributionLexicon {
  readonly marks: QuoteMarkSets;
  readonly rules: QuoteRules;
  /** Reporting verbs that stand next to a quote, lower-cased ("ujar", "kata"), single words. */
  readonly verbs: ReadonlySet<string>;
  /** Verbs that take their speaker before them ("Benyamin menegaskan"). */
  readonly prefixedVerbs: ReadonlySet<string>;
  /** Passive verbs that take their speaker after them ("Ditegaskan Abbas"). */
  readonly passiveVerbs: ReadonlySet<string>;
  readonly suffixes: readonly string[];
  readonly pronouns: ReadonlySet<string>;
  /** Plural pronouns ("mereka"): a cue with one of them ("KATA MEREKA" over a quote card) names no one speaker. */
  readonly groupPronouns: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly contextCues: ReadonlySet<string>;
  /** Words after which a short quoted phrase is a name or title ("sebagai \"tulang punggung\""). */
  readonly namingWords: ReadonlySet<string>;
  /** Words that open a nickname ("Si Kilat dari Lombok Utara", "Sang Maestro"): such a phrase in title case is a name. */
  readonly nicknameArticles: ReadonlySet<string>;
  /**
   * Words that point back to someone already named ("kata pelatih asal Brasil tersebut"). With
   * them listed, a lower-case role cue without one ("kata kuasa hukum terdakwa") names a person the
   * text does not name, not the last speaker; with none listed (the default) that rule is off.
   */
  readonly referringWords: ReadonlySet<string>;
  /** Verbs of what befalls someone ("mengalami", "tewas"): a person introduced with one is what the paragraph is about, not its speaker. */
  readonly undergoingVerbs: ReadonlySet<string>;
  /** Qualifiers that let a common noun point back like a proper noun does ("ujar politisi perempuan itu"). */
  readonly referringQualifiers: ReadonlySet<string>;
  /** Words opening a person's affiliation right after the name ("Siti Maryam dari KUA Dolo, mengaku"): the name opens the apposition. */
  readonly affiliationWords: ReadonlySet<string>;
  /** Relative words ("yang"): "ada pedagang yang bilang, …" puts the speaking verb on a common noun, naming no one. */
  readonly relativeWords: ReadonlySet<string>;
  /** Words of manner before the real cue after a quotation ("begitu katanya", "demikian ujar Budi"). */
  readonly mannerWords: ReadonlySet<string>;
  /** Nouns for a social-media account ("akun"): "akun tersebut menulis, …" points back to the handle named before. */
  readonly accountNouns: ReadonlySet<string>;
  /** The opening of a paragraph that names the speaker of the quotation above it ("Hal itu disampaikan …", "Guru itu adalah …"). */
  readonly laterSpeakerOpening: RegExp | null;
  /** Lower-case roles written between an organisation and its holder's name after a quote (`," PVMBG head Ratna said`); none listed: the shape is off. */
  readonly organisationRoles: ReadonlySet<string>;
}

export interface NameLexicon {
  readonly honorifics: ReadonlySet<string>;
  /** Academic and medical titles ("Dr.", "Prof."): one opening a name after an institution's own name marks a person. */
  readonly academicTitles: ReadonlySet<string>;
  readonly ranks: ReadonlySet<string>;
  readonly degrees: ReadonlySet<string>;
  /** Role phrases split into words, longest first. */
  readonly roles: readonly (readonly string[])[];
  readonly roleHeads: ReadonlySet<string>;
  /** The same, lower-cased ("pelatih"). */
  readonly roleHeadsLower: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly aliasMarkers: ReadonlySet<string>;
  /** Words that introduce another name only when one capitalised word follows ("atau Cika"). */
  readonly softAliasMarkers: ReadonlySet<string>;
  readonly introducers: ReadonlySet<string>;
  /** Introducers that only ever introduce a person's name ("bernama"), unlike "yakni" (namely), which may list places. */
  readonly nameIntroducers: ReadonlySet<string>;
  /** Another name given right after a name ("yang akrab disapa Zulhas"); group 1 is that name. */
  readonly aliasPhrase: RegExp | null;
  /** Read right after a name, it makes that name what the person named last before goes by (", sapaan akrabnya"). */
  readonly nicknameBackPhrase: RegExp | null;
  /** The name a nickname stands for, given right after it ("Yanto, sapaan Suryanto Wibowo"): group 1. */
  readonly nicknameFrontPhrase: RegExp | null;
  /** Words that open a name though the language also uses them as common words ("Lalu", "Cut", "Andi"). */
  readonly namePrefixes: ReadonlySet<string>;
  /** Corps written right after a rank ("Kolonel Laut"): part of the rank only there. */
  /** Verbs of an alias phrase said of persons only ("disapa", "dipanggil"): the word before the phrase names a person. */
  readonly personAliasVerbs: ReadonlySet<string>;
  readonly rankCorps: ReadonlySet<string>;
  /** Short forms of roles, lower-cased, with the words they stand for ("menkeu" → menteri, keuangan). */
  readonly roleAbbreviations: ReadonlyMap<string, readonly string[]>;
  /** The same phrase anywhere in a text ("ujar ulama yang akrab disapa UAS itu"). */
  readonly aliasPhraseAnywhere: RegExp | null;
  readonly placePrepositions: ReadonlySet<string>;
  readonly placeMarkers: ReadonlySet<string>;
  /** Gazetteer names, lower case, words joined by one space ("pidie jaya"). */
  readonly placeNames: ReadonlySet<string>;
  /** Lower-cased words that never belong to a person's name (places, institutions, calendar words). */
  readonly nonNameWords: ReadonlySet<string>;
  /** The two-letter nonNameWords as listed ("PB", "My"): written in capitals in a text, only those listed so are no name ("MY (52)" is initials). */
  readonly nonNameTwoLetters: ReadonlySet<string>;
  /** A name word's last letter and the letter it is also spelled with ("Hengky", "Hengki"), both ways. */
  readonly finalLetterVariants: ReadonlyMap<string, string>;
  /** Old and new spellings of letters inside a name word ("ch" and "h": "Rachmat", "Rahmat"), lower-cased. */
  readonly spellingVariants: readonly (readonly [string, string])[];
  /** A name word's short form and its written-out form, lower-cased ("dg." → "daeng"): the same name either way. */
  readonly nameWordLongForms: ReadonlyMap<string, string>;
  readonly subjectVerb: RegExp | null;
  readonly subjectAdverbs: ReadonlySet<string>;
  readonly ageParenthesis: RegExp | null;
  readonly stopwords: ReadonlySet<string>;
  /** Shapes of derived common words ("Kedatangan", "Ditegaskan"): capitalised, still not names. */
  readonly commonWord: RegExp | null;
  /** Lower-case words that may join the words of a role ("Direktur Umum dan Operasional"). */
  readonly roleConjunctions: ReadonlySet<string>;
  /** Roles of a place's or a portfolio's head, lower-cased ("bupati", "kapolres", "menko polhukam"): one word after them is the place or the holder. */
  readonly placeHeadRoles: ReadonlySet<string>;
  /** Shapes of capitalised words that are never names (agency abbreviations such as "Kemendagri"). */
  readonly nonNamePattern: RegExp | null;
  /** Surnames written with a capital inside ("McAllister"): a name's shape, where other inner capitals make a brand's. */
  readonly innerCapitalName: RegExp | null;
  /** Shapes of a club's own name ("Persebaya"): a role ending in one ("Pelatih Persebaya") names its body already. */
  readonly clubNamePattern: RegExp | null;
  /** Common nouns that make the name after them a thing ("motor Honda Beat"). */
  readonly thingNouns: ReadonlySet<string>;
  /** Animals ("gajah", "orangutan"): a name given to one a few words on ("gajah betina bernama Ramadani") is no person's. */
  readonly animalNouns: ReadonlySet<string>;
  /** Words that give a name ("bernama", "dinamai"): read with animalNouns. */
  readonly givenNameWords: ReadonlySet<string>;
  /** Words that join two persons ("Herman dan Ariani"). */
  readonly coordinators: ReadonlySet<string>;
  /** Institutions named after a person ("Universitas Jenderal Soedirman", "Jalan Jenderal Sudirman"): a rank after them is part of the name of the thing. */
  readonly namesakeNouns: ReadonlySet<string>;
  /** Kin and companions ("ayah", "istri", "rekan"), lower-cased: one word set off by a comma beside one ("Ayahnya, Jafar,") is a person. */
  readonly relationNouns: ReadonlySet<string>;
  /** Common nouns for who a person is ("warga", "pedagang"): one opening an apposition after a one-word name makes it a person's. */
  readonly personNouns: ReadonlySet<string>;
  /** Labels that open a related headline glued into a body line ("Baca juga:"), lower-cased: its words are the page's. */
  readonly gluedRelatedLabels: readonly string[];
}

interface RawAttribution {
  readonly verbs?: readonly string[];
  readonly prefixedVerbs?: readonly string[];
  readonly passiveVerbs?: readonly string[];
  readonly suffixes?: readonly string[];
  readonly pronouns?: readonly string[];
  readonly groupPronouns?: readonly string[];
  readonly speakerFillers?: readonly string[];
  readonly contextCues?: readonly string[];
  readonly namingWords?: readonly string[];
  readonly nicknameArticles?: readonly string[];
  readonly referringWords?: readonly string[];
  readonly undergoingVerbs?: readonly string[];
  readonly referringQualifiers?: readonly string[];
  readonly affiliationWords?: readonly string[];
  readonly relativeWords?: readonly string[];
  readonly mannerWords?: readonly string[];
  readonly accountNouns?: readonly string[];
  readonly laterSpeakerOpening?: string;
  readonly organisationRoles?: readonly string[];
  readonly quoteMarks?: { readonly opening?: readonly string[]; readonly closing?: readonly string[]; readonly either?: readonly string[]; readonly doubled?: readonly string[]; readonly entities?: readonly string[] };
  readonly quoteRules?: Partial<QuoteRules>;
}

interface RawPeople {
  readonly honorifics?: readonly string[];
  readonly academicTitles?: readonly string[];
  readonly ranks?: readonly string[];
  readonly degreeSuffixes?: readonly string[];
  readonly roles?: readonly string[];
  readonly connectors?: readonly string[];
  readonly aliasMarkers?: readonly string[];
  readonly softAliasMarkers?: readonly string[];
  readonly introducers?: readonly string[];
  readonly placePrepositions?: readonly string[];
  readonly placeMarkers?: readonly string[];
  /** Names of provinces, regencies and cities (the generated places.json). */
  readonly placeNames?: readonly string[];
  readonly nonNameWords?: readonly string[];
  /** Pairs of letters a name's last letter is written with interchangeably within one article ([["y", "i"]]). */
  readonly finalLetterVariants?: readonly (readonly string[])[];
  /** Letters a name word is spelled with in the old and the new spelling ([["ch", "h"], ["oe", "u"]]). */
  readonly spellingVariants?: readonly (readonly string[])[];
  /** Short forms of name words and their written-out forms ({"Dg.": "Daeng"}: "Baharuddin Dg. Sese" is "Daeng Sese"). */
  readonly nameWordLongForms?: Readonly<Record<string, string>>;
  readonly subjectVerbPattern?: string;
  readonly subjectAdverbs?: readonly string[];
  readonly ageParenthesis?: string;
  readonly commonWordPattern?: string;
  readonly roleConjunctions?: readonly string[];
  readonly placeHeadRoles?: readonly string[];
  readonly thingNouns?: readonly string[];
  readonly animalNouns?: readonly string[];
  readonly givenNameWords?: readonly string[];
  readonly coordinators?: readonly string[];
  readonly nonNamePattern?: string;
  readonly innerCapitalNamePattern?: string;
  readonly clubNamePattern?: string;
  readonly namesakeNouns?: readonly string[];
  readonly relationNouns?: readonly string[];
  readonly personNouns?: readonly string[];
  readonly nameIntroducers?: readonly string[];
  readonly gluedRelatedLabels?: readonly string[];
  readonly aliasPhrase?: string;
  readonly nicknameBackPhrase?: string;
  readonly nicknameFrontPhrase?: string;
  readonly namePrefixes?: readonly string[];
  readonly rankCorps?: readonly string[];
  readonly personAliasVerbs?: readonly string[];
  readonly roleAbbreviations?: Readonly<Record<string, string>>;
}

const lower = (xs: readonly string[] | undefined): Set<string> => new Set((xs ?? []).map((x) => x.toLowerCase()));
const exact = (xs: readonly string[] | undefined): Set<string> => new Set(xs ?? []);

const attributionCache = new WeakMap<LanguageData, AttributionLexicon>();
const nameCache = new WeakMap<LanguageData, NameLexicon>();

export function attributionLexicon(lang: LanguageData): AttributionLexicon {
  const cached = attributionCache.get(lang);
  if (cached) return cached;
  const raw = lang.attribution as RawAttribution;
  const marks = raw.quoteMarks ?? {};
  const rules = raw.quoteRules ?? {};
  const lexicon: AttributionLexicon = {
    marks: { opening: exact(marks.opening ?? ['\u201C']), closing: exact(marks.closing ?? ['\u201D']), either: exact(marks.either ?? ['"']), doubled: [
        ...(marks.doubled ?? []).filter((d) => [...d].length === 2),
        // An entity is searched as written; it never holds a character that is a mark alone.
        ...(marks.entities ?? []).filter((e) => /^&#?[a-z0-9]+;$/iu.test(e)),
      ],
    },
    rules: {
      maxContinuationParagraphs: rules.maxContinuationParagraphs ?? 6,
      minQuotationWords: rules.minQuotationWords ?? 6,
      maxLookbackChars: rules.maxLookbackChars ?? 400,
      maxAppositionWords: rules.maxAppositionWords ?? 0,
    },
    verbs: lower((raw.verbs ?? []).filter((v) => !v.includes(' '))),
    prefixedVerbs: lower(raw.prefixedVerbs),
    passiveVerbs: lower(raw.passiveVerbs),
    suffixes: (raw.suffixes ?? []).map((s) => s.toLowerCase()),
    pronouns: lower(raw.pronouns),
    groupPronouns: lower(raw.groupPronouns),
    fillers: lower(raw.speakerFillers),
    contextCues: lower((raw.contextCues ?? []).filter((v) => !v.includes(' '))),
    namingWords: lower(raw.namingWords),
    nicknameArticles: lower(raw.nicknameArticles),
    referringWords: lower(raw.referringWords),
    undergoingVerbs: lower(raw.undergoingVerbs),
    referringQualifiers: lower(raw.referringQualifiers),
    affiliationWords: lower(raw.affiliationWords),
    relativeWords: lower(raw.relativeWords),
    mannerWords: lower(raw.mannerWords),
    accountNouns: lower(raw.accountNouns),
    laterSpeakerOpening: compileInsensitive(raw.laterSpeakerOpening),
    organisationRoles: lower(raw.organisationRoles),
  };
  attributionCache.set(lang, lexicon);
  return lexicon;
}

/** Compiles a pattern from the data; a pattern the engine cannot compile is treated as absent. */
function compile(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return null;
  }
}

export function nameLexicon(lang: LanguageData): NameLexicon {
  const cached = nameCache.get(lang);
  if (cached) return cached;
  const raw = lang.people as RawPeople;
  const roles = (raw.roles ?? []).map((r) => r.split(/\s+/)).sort((a, b) => b.length - a.length);
  const lexicon: NameLexicon = {
    honorifics: exact(raw.honorifics),
    academicTitles: exact(raw.academicTitles),
    ranks: exact(raw.ranks),
    degrees: exact((raw.degreeSuffixes ?? []).map((d) => d.replace(/\.$/, ''))),
    roles,
    roleHeads: new Set(roles.map((r) => r[0] ?? '')),
    roleHeadsLower: new Set(roles.map((r) => (r[0] ?? '').toLowerCase())),
    connectors: exact(raw.connectors),
    aliasMarkers: lower(raw.aliasMarkers),
    softAliasMarkers: lower(raw.softAliasMarkers),
    introducers: lower(raw.introducers),
    nameIntroducers: lower(raw.nameIntroducers),
    aliasPhrase: compile(raw.aliasPhrase),
    nicknameBackPhrase: compile(raw.nicknameBackPhrase),
    nicknameFrontPhrase: compile(raw.nicknameFrontPhrase),
    namePrefixes: exact(raw.namePrefixes),
    rankCorps: exact(raw.rankCorps),
    personAliasVerbs: lower(raw.personAliasVerbs),
    roleAbbreviations: new Map(Object.entries(raw.roleAbbreviations ?? {}).map(([k, v]) => [k.toLowerCase(), v.toLowerCase().split(/\s+/u)])),
    aliasPhraseAnywhere: compile(raw.aliasPhrase?.replace(/^\^/u, '')),
    placePrepositions: lower(raw.placePrepositions),
    placeMarkers: exact(raw.placeMarkers),
    placeNames: lower(raw.placeNames),
    nonNameWords: lower(raw.nonNameWords),
    nonNameTwoLetters: new Set((raw.nonNameWords ?? []).filter((w) => w.length === 2)),
    finalLetterVariants: letterPairs(raw.finalLetterVariants),
    spellingVariants: (raw.spellingVariants ?? []).filter((v) => v[0] && v[1]).map((v) => [(v[0] as string).toLowerCase(), (v[1] as string).toLowerCase()] as const),
    nameWordLongForms: new Map(Object.entries(raw.nameWordLongForms ?? {}).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
    subjectVerb: compile(raw.subjectVerbPattern),
    subjectAdverbs: lower(raw.subjectAdverbs),
    ageParenthesis: compile(raw.ageParenthesis),
    stopwords: lang.stopwords,
    commonWord: compile(raw.commonWordPattern),
    roleConjunctions: lower(raw.roleConjunctions),
    placeHeadRoles: lower(raw.placeHeadRoles),
    nonNamePattern: compile(raw.nonNamePattern),
    innerCapitalName: compile(raw.innerCapitalNamePattern),
    clubNamePattern: compile(raw.clubNamePattern),
    thingNouns: lower(raw.thingNouns),
    animalNouns: lower(raw.animalNouns),
    givenNameWords: lower(raw.givenNameWords),
    coordinators: lower(raw.coordinators),
    namesakeNouns: lower(raw.namesakeNouns),
    relationNouns: lower(raw.relationNouns),
    personNouns: lower(raw.personNouns),
    gluedRelatedLabels: [...lower(raw.gluedRelatedLabels)],
  };
  nameCache.set(lang, lexicon);
  return lexicon;
}

/** compile, case-insensitive (a paragraph's opening is matched whatever its capitals). */
function compileInsensitive(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  try {
    return new RegExp(pattern, 'iu');
  } catch {
    return null;
  }
}

/** Letter pairs as a map read both ways, in lower case. */
function letterPairs(pairs: readonly (readonly string[])[] | undefined): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [a, b] of pairs ?? []) {
    if (!a || !b) continue;
    map.set(a.toLowerCase(), b.toLowerCase());
    map.set(b.toLowerCase(), a.toLowerCase());
  }
  return map;
}
