/**
 * The shape of the `structure` section of a language's boilerplate.json: the cues the line model
 * (src/core/structure) and the dateline reader (src/core/dateline) combine with line features.
 * Every pattern is a regex source in the subset JavaScript and Oniguruma share, matched
 * case-insensitively; a first capture group, where a field says so, is the value read.
 */
export interface StructureData {
  /** Ids of cues whose line, when it carries nothing but the label, introduces a list of related headlines. */
  readonly listIntroCues: readonly string[];
  /** Ids of cues that open a reader widget (a poll, a quiz): the short lines directly under the heading, up to a blank line, are its question and options. */
  readonly widgetCues?: readonly string[];
  /** Ids of widget cues whose heading, right under another boilerplate line (a release's end mark "###"), heads one paragraph of prose ("Tentang PT …" and the company's note): boilerplate to its blank line. */
  readonly aboutParagraphCues?: readonly string[];
  /** Ids of widget cues heading a glossary box ("GLOSARIUM"): the "<term>: <definition>." lines under it are boilerplate though each closes with a full stop. */
  readonly glossaryCues?: readonly string[];
  /** Ids of cues heading a page's comment section ("4 Komentar"): the comments under it, each "<name>: <text>" (commentLine), up to a blank line, are boilerplate. */
  readonly commentThreadCues?: readonly string[];
  /** A comment's line under such a heading: the commenter's name and a colon opening the comment. */
  readonly commentLine?: string;
  /**
   * A comment's time or reply line ("2 jam lalu", "↪ Balas  △ 14 ▽"), or its commenter and time ("Budi_K · 2 jam lalu", group
   * "author"): a thread laid out one comment over several lines runs under its heading to the last of them (and the text of
   * the last comment when that line is an author's).
   */
  readonly commentMetaLine?: string;
  /** Ids of cues for the rows of a live count or poll ("01  Budi–Ani   41,22%"): above the headline, they and the line heading them are page furniture. */
  readonly headlineNeverOverCues?: readonly string[];
  /** A dataset record's title field label ("title: …", "judul: …"), a pattern matched at a line's start: the field holds the headline when no line repeats it (titleField.ts). */
  readonly titleFieldLabel?: string;
  /** Ids of cues for a site menu split by bars that a row of a body table also fits ("Golongan I | Rp11.000 | Rp33.500"): inside a table (tableRows.ts) they claim nothing. */
  readonly tableRowYieldCues?: readonly string[];
  /** Ids of cues for a listed headline's metadata (its number, "2 jam lalu", "10:42"): inside a related list they neither end it nor count as items. */
  readonly listItemMetaCues?: readonly string[];
  /** Ids of cues heading a key-points box ("Poin Penting", "Intinya sih..."): its items, sentences or bullets up to a blank line, are read before the dateline is looked for. */
  readonly summaryBoxCues?: readonly string[];
  /** Ids of cues that close an embedded post ("— PSSI (@PSSI) February 12, 2025"): the line before them is the post's text. */
  readonly embedSignatureCues?: readonly string[];
  /** Ids of cues for an address alone on a line (a letter writer's): a name alone on the line right above is the writer's signature (letterSignature.ts). */
  readonly letterAddressCues?: readonly string[];
  /** Cues of a print page's running head ("<paper> | <date> | <page>"): the paper's name before the first bar is the outlet. */
  readonly runningHeadCues?: readonly string[];
  /** Cues of a print page's jump line ("Selengkapnya hal. 5"): after the article's sign-off, the block it closes is another story's teaser. */
  readonly pageJumpCues?: readonly string[];
  /** Cues of a print page's "continued from" line ("Sambungan dari hal 1"): a line cut short with dots under it is the headline's stub. */
  readonly continuedFromCues?: readonly string[];
  /** Kinds of cue lines that may stand before the headline (and are then skipped as boilerplate). */
  readonly headlineSkipKinds: readonly string[];
  /** Words after which a line cannot end a sentence (a line ending in one continues on the next). */
  readonly continuationWords: readonly string[];
  /** A sign-off alone on a line ("(Red)", "***"). */
  readonly signoffAlone: string;
  /** A sign-off closing a body line; group 1 is the sign-off, group 2 any text glued after it. */
  readonly signoffTrailing: string;
  /** Byline patterns; group 1 is the writer or reporter named. */
  readonly authorBylines: readonly string[];
  /**
   * Credits glued to the end of a body line, as a dataset scraper keeps a page's cell ("… diberlakukan.Penulis: Dwi
   * KusumaEditor: Bayu"); group 1 is the credits. Matched against the line's last characters (people/bodyText.ts).
   */
  readonly trailingCredits?: string;
  readonly dateline: DatelineData;
  /** Promo and credit lines that name the publisher; group 1 is the outlet as written. */
  readonly promoOutlets: readonly string[];
  /** Phrases before a web address in the body that name the publisher, read when nothing else does (see bodyOutlet.ts). */
  readonly bodyOutlet?: BodyOutletData;
  readonly corpus: CorpusThresholds;
}

export interface BodyOutletData {
  /** An interview or a reply: "wawancara dengan", "dihubungi", "kepada" (plain words, not patterns). */
  readonly interviewPhrases: readonly string[];
  /** A source cited: "dikutip dari", "dilansir", "mengutip"; an article citing another outlet's address gets no body outlet. */
  readonly sourcePhrases: readonly string[];
  /**
   * Reporting verbs ("kata", "ujar", "ucap": "-nya" may follow) that, a few words before "kepada" and a one-word name
   * closing the clause ("ucap Bagas kepada Okezone usai …"), make that name the publisher the source spoke to.
   */
  readonly replyVerbs?: readonly string[];
  /** Capitalised words that after "kepada" are the one spoken to, never a publisher ("Presiden", "Hakim", "Tuhan"). */
  readonly addresseeWords?: readonly string[];
  /**
   * News agencies and broadcasters abroad whose own interviews Indonesian outlets relay ("kata juru bicara itu kepada
   * Reuters"): after "kepada" they name the source of a relayed story, not the publisher.
   */
  readonly sourceAgencies?: readonly string[];
}

export interface DatelineData {
  /** What separates the dateline from the lead ("-", "--", "–", ":"). */
  readonly separator: string;
  /** Web-address endings that make a name an outlet ("Bantenraya.co.id"). */
  readonly domainSuffix: string;
  /** Generic word parts of newspaper names ("pos", "tribun", "harian", "info"); never one outlet's name. */
  readonly outletMorphemes: readonly string[];
  readonly maxPlaceWords: number;
  /** Words that open a reporter's dateline before the place ("Laporan dari Sorong: …"), plain lower-case phrases. */
  readonly placePrefixes?: readonly string[];
  /** A web address's last part written glued, its dot dropped ("INILAHCOM"): a word in capitals ending in one is an outlet. */
  readonly gluedDomainEndings?: readonly string[];
  /** The language's gazetteer (regencies and cities), filled by lang/language.ts from places.json, never written here. */
  readonly placeNames?: readonly string[];
  /** The words that label a photo credit ("Foto", "Photo"), lower-case: "Foto: <outlet>/<photographer>" (photoCreditOutlet.ts). */
  readonly photoCreditLabels?: readonly string[];
  /** Wires and agencies credited for pictures ("ANTARA", "Reuters"), any case: a credit to one names no publisher. */
  readonly photoWires?: readonly string[];
  /** Apps, platforms and products written in a brand's case ("WhatsApp", "YouTube", "iPhone"): never a publisher. */
  readonly platformNames?: readonly string[];
  /** Publishers' names with no shape of an outlet ("viva", "kumparan"), filled by lang/language.ts from publishers.json, never written here. */
  readonly publisherNames?: readonly string[];
  /**
   * Patterns (case-insensitive) of a public body's name heading its own portal ("Pemerintah Kabupaten Buton"): a masthead
   * that names the publisher though it holds no newspaper word.
   */
  readonly institutionMastheads?: readonly string[];
  /** The word a logo's alternative text opens with ("[Logo: Warta Almamater]"), lower-case. */
  readonly logoWords?: readonly string[];
  /** A menu's link to the front page ("Beranda", "Home"), lower-case: the item before it opening a menu bar is the site's name. */
  readonly homeWords?: readonly string[];
  /** A public service unit's word ("puskesmas", "sekolah"), lower-case: its own page's masthead names no news publisher. */
  readonly serviceUnitHeads?: readonly string[];
  /** A congregation's word ("jemaat", "paroki", "masjid"), lower-case: a masthead holding it heads a church's or mosque's own page. */
  readonly congregationWords?: readonly string[];
  /**
   * A press office's or web admin's word ("humas", "tim komunikasi"), lower-case: a byline crediting it by the body's name
   * ("Humas Bawaslu Gorontalo") names the page's publisher.
   */
  readonly creditOffices?: readonly string[];
  /**
   * A press office named after the body ("communications team" in "By YPLS Communications Team"), lower-case: read only
   * after a credit's word (`creditByWords`).
   */
  readonly creditOfficeSuffixes?: readonly string[];
  /** The word opening a byline's credit ("by", "oleh"), lower-case. */
  readonly creditByWords?: readonly string[];
  /** Labels that make such a credit the story's source, not its publisher ("sumber", "foto"), lower-case. */
  readonly creditSourceWords?: readonly string[];
  /**
   * A kind of public unit written as one word ("bpbd", "polres", "dprd"), lower-case: every regency has one, so alone in a
   * credit ("Admin BPBD", "Humas Polres") it names no one body.
   */
  readonly unitKindWords?: readonly string[];
  /** The word heading a press release's note about its issuer ("tentang" in "Tentang PLN"), lower-case. */
  readonly aboutWords?: readonly string[];
  /** Words after it that head no issuer's note ("Tentang Kami", "Tentang Penulis"), lower-case. */
  readonly aboutExcluded?: readonly string[];
  /** What a press release calls itself ("siaran pers"), lower-case: only there does the note name the page's publisher. */
  readonly pressReleaseWords?: readonly string[];
  /** The dates data's weekday names, filled by lang/language.ts: a stamp's weekday ("Minggu, 9 November 2025 –") is no place. */
  readonly weekdayNames?: readonly string[];
  /**
   * Provinces and regions as datelines write them after the town besides the gazetteer's names (short forms "NTT",
   * "Sulteng"; English names "East Nusa Tenggara"): "KUPANG, East Nusa Tenggara —" names a region there, not the outlet.
   */
  readonly regionNames?: readonly string[];
}

export interface CorpusThresholds {
  /** A line must recur in at least this many articles … */
  readonly minArticles: number;
  /** … and in at least this share of the corpus … */
  readonly minShare: number;
  /** … and the corpus (or the outlet's part of it) must hold at least this many articles for the signal to apply at all. */
  readonly minCorpus: number;
  /** A line that reads as running prose needs this many articles … */
  readonly proseMinArticles: number;
  /** … and this larger share (syndicated stories share real text). */
  readonly proseMinShare: number;
  /** Within one outlet, a line in this share of its articles is the outlet's boilerplate … */
  readonly outletShare: number;
  /** … or, for a line that reads as prose, this share. */
  readonly outletProseShare: number;
}
