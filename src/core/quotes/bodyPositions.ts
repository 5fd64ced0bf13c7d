/**
 * Where things stand in one body's tokens, for SpeakingEvents (speakingEvents.ts): the name runs by
 * their first and last token, the last token before an offset, a sentence's start and end, line
 * breaks, commas, the person a run names, and the ages and degrees that may stand after a name.
 */
import type { BodyText } from '../people/peopleFinder';
import type { Token } from '../people/nameTokens';
import { isGluedSentenceDot } from '../people/gluedSentenceEnd';
import type { NameRun } from '../people/nameRuns';
import type { PersonRegistry } from '../people/personRegistry';
import type { AttributionLexicon } from './quoteData';
import { isWhiteSpaceUnit } from '../text/charTables';


/** A line cut mid-sentence by a print column or a PDF's width is at least this long; a subheading is shorter. */
const MIN_CUT_LINE_CHARS = 60;
/** A person's age as the text writes it after the name ("(60)"): one to three digits. */
export const AGE = /^\d{1,3}$/u;

/**
 * Token k stands between a name and its verb without being a word of the sentence: an age in
 * brackets ("Sutrisno (60), berharap") or an academic degree ("Rahmawati Tahir, S.Pi., M.Si.,
 * menyampaikan"), with a name run, or more such tokens, before it.
 */
const MAX_TOKENS_AFTER_NAME = 4;

/** How many tokens back a pronoun subject ("Ia menyebut") looks for the sentence subject it points to. */
export const MAX_PRONOUN_LOOKBACK = 40;

/** Between a sentence's last word and the quote after it on the same line: its full stop and spaces. */
const SENTENCE_GAP = /^[.!?]?[ \t]*$/u;

/** AGE.test(word), or a degree with or without its dot. Asked of many tokens: the first character settles most. */
export function ageOrDegree(word: string, degrees: ReadonlySet<string>): boolean {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return AGE.test(word);
  if (c >= 97 && c <= 122) return false;
  return degrees.has(word) || (word.endsWith('.') && degrees.has(word.slice(0, -1)));
}

/** The positions of one body, its registry and attribution lexicon (the subclass reads its speaking events). */
export class BodyPositions {
  protected readonly tokens: readonly Token[];
  /** Token index -> run ending / starting there (arrays: the keys are small dense integers), built at the first read. */
  private runByLastIndex: (NameRun | undefined)[] | null = null;
  private runByFirstIndex: (NameRun | undefined)[] | null = null;

  constructor(
    protected readonly body: BodyText,
    private readonly registry: PersonRegistry,
    protected readonly a: AttributionLexicon,
    /** The article's text (the tokens' offsets point into it), read for the commas of an apposition; '' reads none. */
    protected readonly text = '',
  ) {
    this.tokens = body.tokens;
  }

  protected get runByLast(): (NameRun | undefined)[] {
    if (!this.runByLastIndex) this.indexRuns();
    return this.runByLastIndex as (NameRun | undefined)[];
  }

  protected get runByFirst(): (NameRun | undefined)[] {
    if (!this.runByFirstIndex) this.indexRuns();
    return this.runByFirstIndex as (NameRun | undefined)[];
  }

  /** Most articles' quotes all name their speaker: then no event is read and no index is built. */
  private indexRuns(): void {
    const byLast = new Array<NameRun | undefined>(this.tokens.length).fill(undefined);
    const byFirst = new Array<NameRun | undefined>(this.tokens.length + 1).fill(undefined);
    for (const r of this.body.runs) {
      byLast[r.last] = r;
      byFirst[r.first] = r;
    }
    this.runByLastIndex = byLast;
    this.runByFirstIndex = byFirst;
  }

  /** The index of the last token that starts before `offset` (-1: none), by binary search over the tokens. */
  protected lastTokenBefore(offset: number): number {
    const { tokens } = this;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The last token before `offset` when it closes a sentence and only a sentence gap stands between; null otherwise. */
  protected sentenceEndBefore(offset: number): number | null {
    const { tokens, text } = this;
    if (text.length === 0) return null;
    const last = this.lastTokenBefore(offset);
    const lastToken = tokens[last];
    return lastToken && lastToken.endsClause && SENTENCE_GAP.test(text.slice(lastToken.end, offset)) ? last : null;
  }

  /** Back from token `from` to its sentence's first token (no further than MAX_PRONOUN_LOOKBACK, never over a line break). */
  protected sentenceStartFrom(from: number): number {
    const { tokens } = this;
    let first = from;
    while (first > 0 && from - first < MAX_PRONOUN_LOOKBACK && !(tokens[first - 1] as Token).endsClause && !this.newlineBetween((tokens[first - 1] as Token).end, (tokens[first] as Token).start)) first--;
    return first;
  }

  /**
   * Token j - 1 and token j stand in one paragraph: no line break between them, or a single line break after a line
   * of MIN_CUT_LINE_CHARS or more that ends on a word, mid-sentence. A PDF or e-paper copy cuts its sentences at the
   * column's width ("… memanggil perusahaan serta Dinas Kelautan dan Perikanan" / "Provinsi Kepulauan Bangka
   * Belitung pekan depan."); a paragraph's end closes a sentence, a subheading is shorter.
   */
  protected sameParagraph(j: number): boolean {
    const before = this.tokens[j - 1] as Token;
    const after = this.tokens[j] as Token;
    if (!this.newlineBetween(before.end, after.start)) return true;
    return !before.endsClause && this.cutMidSentence(before.end, after.start);
  }

  /** The gap between two tokens is one line break (no blank line), after a line of MIN_CUT_LINE_CHARS or more that ends on a word. */
  protected cutMidSentence(from: number, to: number): boolean {
    const gap = this.text.slice(from, to);
    if (!/^[ \t]*\r?\n[ \t]*$/u.test(gap)) return false;
    const lineStart = this.text.lastIndexOf('\n', from - 1) + 1;
    return from - lineStart >= MIN_CUT_LINE_CHARS && /[\p{L}\d]$/u.test(this.text.slice(lineStart, from));
  }

  /**
   * A line break stands between the two offsets (scanned in place: no substring is made). With
   * `orGlued`, a sentence glued to the next counts as one: a scraper that dropped a paragraph break
   * left "… sambil tertawa.Painem menimpali …".
   */
  protected newlineBetween(from: number, to: number, orGlued = false): boolean {
    for (let c = from; c < to; c++) {
      const ch = this.text.charCodeAt(c);
      if (ch === 10 || (orGlued && ch === 46 && isGluedSentenceDot(this.text, c, this.body.lexicon))) return true;
    }
    return false;
  }

  /** Token j closes a sentence: a full stop, question or exclamation mark right after it (a closing quote may follow). */
  protected endsSentence(j: number): boolean {
    const t = this.tokens[j] as Token;
    const end = this.tokens[j + 1]?.start ?? this.text.length;
    for (let c = t.end; c < end; c++) {
      const ch = this.text.charCodeAt(c);
      if (ch === 46 || ch === 33 || ch === 63) return true;
      if (ch !== 34 && ch !== 0x201d && ch !== 41) return false;
    }
    return false;
  }

  /** The run opens the text, a paragraph or a sentence (not a clause after a comma: "dari ayahnya, Tan Kok Liong"). */
  protected opensSentence(run: NameRun): boolean {
    // No text (a reader made without it): nothing is read around the tokens, as commaAfter reads no comma.
    if (this.text.length === 0) return false;
    const start = (this.tokens[run.first] as Token).start;
    for (let c = start - 1; c >= 0; c--) {
      const ch = this.text[c] as string;
      // Any white space but a line break (a no-break space after "?" too), and closing quote marks.
      if (ch === '"' || ch === '\u201D' || ch === '\u2019' || ch === "'" || (ch !== '\n' && ch !== '\r' && isWhiteSpaceUnit(ch.charCodeAt(0)))) continue;
      return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === '\r';
    }
    return true;
  }

  /** The person of the registry a name run names, or null. */
  protected personOf(run: NameRun): string | null {
    const seg = run.segments[run.segments.length - 1];
    // "Menurut Bu Jumadi": a titled name one person goes by as written names them, though the bare name is another's.
    const titled = seg?.honorific ? this.registry.ownerOfAlias(`${seg.honorific} ${seg.words.join(' ')}`) : null;
    if (titled) return titled;
    const who = seg ? this.registry.resolve(seg.words, []) : this.registry.resolve([], run.tokens.map((x) => x.text));
    return who?.name ?? null;
  }

  /** A comma stands between token k and the next token. */
  protected commaAfter(k: number): boolean {
    const t = this.tokens[k];
    const next = this.tokens[k + 1];
    if (!t || !next || this.text.length === 0) return false;
    for (let c = t.end; c < next.start; c++) if (this.text.charCodeAt(c) === 44) return true;
    return false;
  }

  /**
   * "Tarmidi (54), yang ikut hadir …, mengaku": the comma opening the apposition follows an age or a degree;
   * the name run is the one those tokens stand after.
   */
  protected runBeforeAgeOrDegree(k: number): NameRun | undefined {
    if (!this.standsAfterName(k)) return undefined;
    let j = k;
    while (j >= 0 && ageOrDegree((this.tokens[j] as Token).text, this.body.lexicon.degrees) && this.runByLast[j] === undefined) j--;
    return j >= 0 ? this.runByLast[j] : undefined;
  }

  protected standsAfterName(k: number): boolean {
    const { tokens, runByLast, body } = this;
    const t = tokens[k];
    if (!t || !ageOrDegree(t.text, body.lexicon.degrees)) return false;
    // A name carries a few such tokens at most ("S.Pi., M.Si."): the search back is bounded, so a run of thousands stays linear.
    for (let j = k - 1; j >= Math.max(0, k - MAX_TOKENS_AFTER_NAME); j--) {
      const skippable = ageOrDegree(tokens[j]?.text ?? '', body.lexicon.degrees);
      if (runByLast[j] !== undefined && !skippable) return true;
      if (!skippable) return false;
    }
    return false;
  }
}
