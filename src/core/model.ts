/**
 * What the engine finds in one article. Plain data: the CLI prints it as JSONL, the sidecar
 * serialises it, the extension turns spans into editor ranges. Every span is a pair of UTF-16
 * offsets into the article text after BOM removal (see article/article.ts), end exclusive.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type BoilerplateKind =
  | 'related' // "Baca Juga : …", "BACA JUGA:…", a related headline under a "Baca juga:" line
  | 'related-list' // "Berita Terkait Lainnya" and the list under it, "Pos terkait", "Bacaan Lainnya"
  | 'relative-time' // "TangselCity | 2 hari yang lalu"
  | 'share' // share / tag / navigation words
  | 'breadcrumb' // "Beranda Pemerintahan …"
  | 'promo' // "Temukan Berita … di Google News", WhatsApp channels, "Simak video …"
  | 'ad' // "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", banners
  | 'banner' // "BANNER …" lines before the headline
  | 'caption' // photo captions and credits
  | 'repeated-headline'
  | 'byline' // "Oleh MC …", "Laporan Reporter …", "EDITOR : …", "Penulis: …"
  | 'signoff' // "(Red)", "***" alone on a line
  | 'toc' // tables of contents
  | 'video' // "[Gambas:Video 20detik]"
  | 'corpus-repeat' // a line that recurs across many articles of the corpus
  | 'other';

export interface BoilerplateLine {
  /** 0-based line index. */
  readonly line: number;
  readonly kind: BoilerplateKind;
  /** The rule that decided it: a cue id from the language data, a feature rule, or `corpus`. */
  readonly rule: string;
  /** Why, in words a reviewer understands (shown on hover). */
  readonly reason: string;
  /** For corpus-learned lines: in how many articles of the corpus the line occurs. */
  readonly sharedBy?: number;
}

export interface Cue {
  /** The reporting verb as written ("ujarnya", "tegas", "kata"). */
  readonly verb: string;
  /** The whole attribution as written ("tegas Benyamin", "ujarnya"). */
  readonly span: Span;
  /** The speaker as written in the cue ("Benyamin", "Pj Walikota"), null for a -nya/pronoun cue. */
  readonly speakerText: string | null;
  readonly speakerSpan: Span | null;
  /** Where the cue stands relative to the quote. */
  readonly position: 'after' | 'before';
}

export interface Quote {
  /** From the opening mark to the closing mark, both included. */
  readonly span: Span;
  readonly text: string;
  /** The resolved speaker: the fullest form of the person's name, or an organisation/account. */
  readonly speaker: string | null;
  readonly cue: Cue | null;
  /** How the speaker was resolved: named in the cue, an alias, a -nya/pronoun, a role. */
  readonly resolution: 'name' | 'alias' | 'pronoun' | 'role' | 'context' | null;
  /** False when the quote never closed and was bounded by the engine. */
  readonly closed: boolean;
}

export interface Person {
  /** The fullest form of the name the text uses. */
  readonly name: string;
  /** Other forms the text uses (short names, misspellings, with titles). */
  readonly aliases: readonly string[];
  readonly role: string | null;
  readonly mentions: number;
  readonly spans: readonly Span[];
  /** True for organisations and accounts (BMKG, @infoBMKG). */
  readonly organisation?: boolean;
}

export interface DateValue {
  /** YYYY-MM-DD. */
  readonly iso: string;
  /** HH:MM when the text gives a time. */
  readonly time?: string;
  /** WIB, WITA, WIT (or another zone the language data names). */
  readonly zone?: string;
  readonly raw: string;
  readonly span: Span;
  /** The rule that read it ("weekday-paren-numeric", "byline-long", …). */
  readonly rule: string;
  /** True when the year was missing and filled because the text made it certain. */
  readonly yearInferred?: boolean;
  /** What the date is in the article. */
  readonly role?: 'byline' | 'event' | 'mentioned';
  /** True when the year is missing and the text does not make it certain: `iso` is then "--MM-DD" (ISO 8601 without year). */
  readonly yearUnknown?: boolean;
  /** True when the written weekday is not the weekday of the written date (a slip in the text; the date is kept as written). */
  readonly weekdayMismatch?: boolean;
  /** Why the date has its role or year, in words a reviewer understands (shown on hover). */
  readonly note?: string;
}

export interface RelativeStamp {
  readonly raw: string;
  readonly span: Span;
  readonly amount: number;
  readonly unit: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
}

export interface Dateline {
  /** The place as written ("CIPUTAT", "Palangka Raya"), null when the dateline names only an outlet. */
  readonly place: string | null;
  /** The outlet named in the dateline, if any ("InfoPublik", "KORANHARIANBANYUASIN.ID"). */
  readonly outlet: string | null;
  readonly raw: string;
  readonly span: Span;
}

export interface SignOff {
  readonly text: string;
  /** Author or desk codes it carries ("danang", "dil", "jpnn"). */
  readonly codes: readonly string[];
  readonly span: Span;
}

export type LineRole = 'blank' | 'headline' | 'body' | 'boilerplate';

export interface ArticleAnalysis {
  /**
   * The language the article was read as (BCP 47: "id", "en"): the configured one, or another one its
   * prose was detected in (lang/articleLanguage.ts), in which case both languages' data were read.
   */
  readonly language: string;
  readonly lineCount: number;
  /** Per line (0-based index): what the line is. */
  readonly lineRoles: readonly LineRole[];
  readonly title: { readonly text: string; readonly line: number } | null;
  readonly boilerplate: readonly BoilerplateLine[];
  readonly quotes: readonly Quote[];
  readonly people: readonly Person[];
  /** The article's own date. */
  readonly date: DateValue | null;
  /** Every date the engine read, with its role (for hovers). */
  readonly dates: readonly DateValue[];
  readonly relativeStamps: readonly RelativeStamp[];
  readonly dateline: Dateline | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly signoffs: readonly SignOff[];
}
