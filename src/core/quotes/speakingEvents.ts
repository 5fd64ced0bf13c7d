/**
 * The persons the body shows speaking: a name before a speech verb ("Benyamin menegaskan"), or
 * after a reporting verb ("Menurut Rahmawati, …"). Quotes without a named speaker fall back to
 * the latest such event before them.
 *
 * Only that latest event before a quote is ever used, and only for the quotes that need the
 * context, so the events are read lazily: backwards from the quote to the nearest event, each
 * token at most once over all quotes (what a scan below an earlier quote found is remembered).
 * Reading every token of the body up front cost more than the rest of speaker resolution.
 */
import { isCapitalized, type Token } from '../people/nameTokens';
import type { NameRun } from '../people/nameRuns';
import { isPrefixedVerb } from './quoteAttribution';
import { isReportingVerb } from './quoteSpans';
import { AGE, ageOrDegree, MAX_PRONOUN_LOOKBACK } from './bodyPositions';
import { MAX_SUBJECT_OPENING_TOKENS, SubjectAppositions } from './subjectAppositions';

export interface SpeakingEvent {
  readonly at: number;
  readonly name: string;
}

/** How many tokens back the paragraph before a quote is read for its subject … */
const MAX_PARAGRAPH_TOKENS = 80;
/** … in how many of its first sentences (the first may only set the scene). */
const MAX_SUBJECT_SENTENCES = 2;

/** A passive verb ("ditangkap", "diperiksa"): the name before it is what the sentence is about, not who talks. */
const PASSIVE = /^di[a-z]{3,}$/u;
/** Lower-case words of a role between a passive reporting verb and the name of its agent ("ahli gizi klinis"). */
const MAX_LOWER_ROLE_WORDS = 3;

/**
 * Reads the speaking events of one body; the registry must not change while it is used. Where the
 * tokens, sentences, commas and name runs stand is BodyPositions' (bodyPositions.ts); who a run set off by commas
 * stands for is SubjectAppositions' (subjectAppositions.ts).
 */
export class SpeakingEvents extends SubjectAppositions {
  /** Every token up to this index has been read: `knownEvent` is the latest event among them. */
  private knownUpTo = -1;
  private knownEvent: SpeakingEvent | null = null;

  /** Every event of the body, in text order. */
  all(): SpeakingEvent[] {
    const events: SpeakingEvent[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const e = this.eventAt(i);
      if (e) events.push(e);
    }
    return events;
  }

  /**
   * The latest event before `offset` (an event's offset is its verb's start). Offsets must come in
   * ascending order (resolveSpeakers asks with the running maximum of the quotes' starts): each
   * call reads only the tokens the earlier calls did not.
   */
  latestBefore(offset: number): SpeakingEvent | null {
    // The last token starting before the offset (binary search: tokens are in text order).
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    if (last < this.knownUpTo) throw new Error('SpeakingEvents.latestBefore: offsets must not decrease');
    let found: SpeakingEvent | null = null;
    for (let i = last; i > this.knownUpTo && !found; i--) found = this.eventAt(i);
    this.knownEvent = found ?? this.knownEvent;
    this.knownUpTo = last;
    return this.knownEvent;
  }

  /** The event token i shows, or null. */
  private eventAt(i: number): SpeakingEvent | null {
    const { tokens, runByLast, runByFirst, body, a } = this;
    const t = tokens[i] as Token;
    // The run right after the token, or the rest of the run the token opens ("Menurut Rahmawati, …" is one capitalised run).
    const opened = runByFirst[i];
    const runAfter = t.endsClause ? undefined : (runByFirst[i + 1] ?? (opened !== undefined && opened.tokens.length > 1 ? opened : undefined));
    let k = i - 1;
    // "Namun, kata dia, …": a reporting verb with a pronoun after it is the sentence subject's.
    const pronounAfter = tokens[i + 1];
    if (pronounAfter !== undefined && a.pronouns.has(pronounAfter.text.toLowerCase()) && !isPrefixedVerb(t.text, a) && isReportingVerb(t.text, a)) {
      const said = this.sentenceSubjectBefore(i);
      const saidName = said ? this.personOf(said) : null;
      if (saidName) return { at: t.start, name: saidName };
    }
    // "Hal senada disampaikan ahli gizi Fitri Handayani.": a passive reporting verb, then a role in lower case, names
    // the one speaking after the role.
    if (!runAfter && body.words[i + 1]?.lowerRoleHead === true && a.passiveVerbs.has(t.text.toLowerCase())) {
      const agent = this.runAfterLowerWords(i + 1);
      const agentName = agent ? this.personOf(agent) : null;
      if (agentName) return { at: t.start, name: agentName };
    }
    // Most tokens have no run right after them and none right before them (past adverbs): then no
    // verb test can give an event, and the word lookups are skipped. (With a run after, the test
    // before is not needed to go on.)
    if (!runAfter) {
      // A pronoun subject inside a sentence ("Sebelum pulang, ia meminta …") points back like one opening it.
      const runBeforePossible =
        k >= 0 && (runByLast[k] !== undefined || body.words[k]?.subjectAdverb === true || this.standsAfterName(k) || this.commaAfter(k) || a.pronouns.has(body.words[k]?.lower ?? ''));
      if (!runBeforePossible) return null;
    }
    let run = null;
    let subjectEnd = -1;
    if (isPrefixedVerb(t.text, a)) {
      while (k >= 0 && (body.words[k]?.subjectAdverb === true || this.standsAfterName(k))) k--;
      run = (k >= 0 ? runByLast[k] : undefined) ?? null;
      subjectEnd = k;
    }
    // "Menurut Rahmawati, …": a cue that is also a prefixed word, with no name before it, names the one after it.
    // Not inside a relative clause ("alat berat, yang menurut Mustari sudah dijanjikan"): that source qualifies a noun of
    // someone else's sentence and is not who speaks next.
    if (!run && runAfter && isReportingVerb(t.text, a) && !a.relativeWords.has(tokens[i - 1]?.text.toLowerCase() ?? '')) run = runAfter;
    // "Ambrosius Ijat (34), warga Dayak Salako dari Sebalo, mengaku": the name closing a description is not the subject.
    const described = run && subjectEnd === run.last ? this.descriptionOwner(run) : undefined;
    const who = described ? this.personOf(described) : run ? this.personOf(run) : null;
    if (who) return { at: t.start, name: who };
    // "Kapolsek Maulafa mengatakan …" then "…," ujar Kapolsek: an office whose holder the text never names speaks as itself.
    const office = run && subjectEnd === run.last ? this.officeOf(run) : null;
    if (office) return { at: t.start, name: office };
    // "Regina Wally, warga Kompleks Doyo Baru, mengaku": the words before the verb (a place run, or
    // none) name nobody; the name before the apposition is the subject.
    const owner = subjectEnd >= 0 ? (this.appositionOwner(subjectEnd) ?? this.affiliationOwner(subjectEnd)) : undefined;
    const ownerName = owner ? this.personOf(owner) : null;
    if (ownerName) return { at: t.start, name: ownerName };
    // "Ratna ragu. Ia menyebut …": a pronoun subject is the person who opens a sentence before it in the paragraph.
    const referent = subjectEnd >= 0 && a.pronouns.has((tokens[subjectEnd] as Token).text.toLowerCase()) ? this.sentenceSubjectBefore(subjectEnd) : undefined;
    const referentName = referent ? this.personOf(referent) : null;
    return referentName ? { at: t.start, name: referentName } : null;
  }

  /** The run opening right after a few lower-case words from token `from` on ("ahli gizi Fitri …"), none closing a clause. */
  private runAfterLowerWords(from: number): NameRun | undefined {
    for (let j = from; j < from + MAX_LOWER_ROLE_WORDS; j++) {
      const w = this.tokens[j];
      if (w === undefined || w.endsClause || isCapitalized(w.text)) return undefined;
      const run = this.runByFirst[j + 1];
      if (run) return run;
    }
    return undefined;
  }

  /**
   * A quote opening its paragraph right under a paragraph introducing someone ("Di dapur belakang,
   * Sumarni (58) sudah bekerja …" then "…," katanya): the person the first sentence of that paragraph
   * names first, with the paragraph's start. Not when that person is the object of a passive verb ("Pelaku,
   * Z (30), ditangkap …"): the one reporting it is the speaker then. A first sentence that names nobody
   * ("Kenaikan itu ikut dirasakan pemilik warung makan. Muhammad Iqbal, pemilik …, terpaksa …") sets the
   * scene: the second sentence is read for the person it introduces.
   */
  paragraphSubjectBefore(offset: number): SpeakingEvent | null {
    const { tokens, text } = this;
    if (text.length === 0) return null;
    const last = this.lastTokenBefore(offset);
    if (last < 0 || !this.newlineBetween((tokens[last] as Token).end, offset)) return null;
    let first = last;
    while (first > 0 && last - first < MAX_PARAGRAPH_TOKENS && this.sameParagraph(first)) first--;
    // A scraper that dropped a paragraph break glued this paragraph to the one before ("… sambil
    // tertawa.Painem menimpali …"): what follows the last glued sentence end is read as the paragraph
    // first; when it introduces nobody, the line from its start (the glued dot may join two sentences of one paragraph).
    let glued = last;
    while (glued > first && !this.newlineBetween((tokens[glued - 1] as Token).end, (tokens[glued] as Token).start, true)) glued--;
    // A paragraph that ends on a colon ("…, pelatih asal Serbia itu membela keputusannya:") hands the word to the quote
    // under it: the person opening that paragraph speaks, even when nothing sets the name off.
    const handsOver = /^:\s*$/u.test(text.slice((tokens[last] as Token).end, offset).replace(/^[.!?]/u, ''));
    return (glued > first ? this.subjectOpening(glued, last, handsOver) : null) ?? this.subjectOpening(first, last, handsOver);
  }

  /**
   * "Penggemar asal Makassar, Andi Nurul Fadhilah, rela menginap sejak Jumat. “…,” ucapnya": a quote inside its
   * paragraph, after a sentence that opens the paragraph by introducing a person (set off by commas or with an age),
   * as paragraphSubjectBefore reads a paragraph above a quote that opens its own.
   */
  paragraphOpeningBefore(offset: number): SpeakingEvent | null {
    const { tokens, text } = this;
    if (text.length === 0) return null;
    const last = this.lastTokenBefore(offset);
    if (last < 0 || this.newlineBetween((tokens[last] as Token).end, offset)) return null;
    let first = last;
    while (first > 0 && last - first < MAX_PARAGRAPH_TOKENS && !this.newlineBetween((tokens[first - 1] as Token).end, (tokens[first] as Token).start)) first--;
    return this.subjectOpening(first, last);
  }

  /** paragraphSubjectBefore's reading of the paragraph that runs from token `first` to token `last`. */
  private subjectOpening(first: number, last: number, handsOver = false): SpeakingEvent | null {
    const { tokens } = this;
    let sentences = 0;
    for (let j = first; j <= last; j++) {
      const run = this.runByFirst[j];
      // A role alone ("Kepala Sekolah SDN 17,") is resolved by role words that other roles share: the name after it is the one introduced.
      const who = run && run.segments.length > 0 ? this.personOf(run) : null;
      if (run && who) {
        // Only a person introduced there, set off by commas or with an age ("Sumarni (58)", "Salah satu pengunjung,
        // Putri Anggraini,"); "Ekonom Ratna Pohan ragu …" may be the subject of talk, not the next speaker.
        const aged = AGE.test(tokens[run.last + 1]?.text ?? '');
        const setOff = this.commaAfter(run.last) || (run.first > first && this.commaAfter(run.first - 1));
        if (!aged && !setOff && !this.returningSubject(run, first) && !(handsOver && run.first === first)) return null;
        let k = run.last + 1;
        while (k <= last && ageOrDegree((tokens[k] as Token).text, this.body.lexicon.degrees)) k++;
        const verb = tokens[k]?.text ?? '';
        return PASSIVE.test(verb) || this.a.undergoingVerbs.has(verb.toLowerCase()) ? null : { at: (tokens[first] as Token).start, name: who };
      }
      if (this.endsSentence(j) && ++sentences >= MAX_SUBJECT_SENTENCES) return null;
    }
    return null;
  }

  /**
   * "Jawaban itu dipotong anggota komisi dari Fraksi PKB, Mukhlis Hidayat. "…," katanya.": the sentence right before a
   * quote, in its paragraph, closes on a person set off by a comma. `at` is that sentence's start: the caller takes the
   * person only when nobody was shown speaking from there on ("Ia membantah tudingan anggota DPRD, Budi." keeps "ia").
   */
  appositionClosingBefore(offset: number): SpeakingEvent | null {
    const last = this.sentenceEndBefore(offset);
    if (last === null) return null;
    const run = this.runByLast[last];
    if (!run || run.first === 0 || !this.commaAfter(run.first - 1)) return null;
    const who = this.personOf(run);
    if (!who) return null;
    return { at: (this.tokens[this.sentenceStartFrom(run.first)] as Token).start, name: who };
  }

  /**
   * "Bupati Takalar, H. Andi Rate, ikut menumpang perahu bersama warga. "…," ujarnya.": the sentence right before a
   * quote, in its paragraph, opens with a person set off by commas (a role and a place may stand before the name) who
   * does something (not a passive or undergoing verb). `at` is that sentence's start: the caller takes the person only
   * when nobody was shown speaking from there on.
   */
  subjectOpeningSentenceBefore(offset: number): SpeakingEvent | null {
    const { tokens } = this;
    const last = this.sentenceEndBefore(offset);
    if (last === null) return null;
    const first = this.sentenceStartFrom(last);
    // Only a sentence whose start was found, and not the quote's paragraph's first line glued to another.
    if (first > 0 && !(tokens[first - 1] as Token).endsClause && !this.newlineBetween((tokens[first - 1] as Token).end, (tokens[first] as Token).start)) return null;
    for (let j = first; j < last && j <= first + MAX_SUBJECT_OPENING_TOKENS; j++) {
      const run = this.runByFirst[j];
      const who = run && run.segments.length > 0 ? this.personOf(run) : null;
      if (!run || !who) continue;
      let k = run.last + 1;
      while (k <= last && ageOrDegree((tokens[k] as Token).text, this.body.lexicon.degrees)) k++;
      // The closing comma may follow an age or degree after the name ("Yuliana Dewi (29), memilih …").
      if (!(this.commaAfter(run.last) || this.commaAfter(k - 1)) || (run.first > first && !this.commaAfter(run.first - 1))) return null;
      const verb = tokens[k]?.text ?? '';
      return PASSIVE.test(verb) || this.a.undergoingVerbs.has(verb.toLowerCase()) ? null : { at: (tokens[first] as Token).start, name: who };
    }
    return null;
  }

  /**
   * "Painem langsung menimpali dari pematang." then "…," ujarnya: a bare name opening the paragraph, of a person
   * the text named before it (no role, no title: "Ekonom Ratna Pohan ragu …" introduces someone talked about),
   * is a dialogue's next speaker.
   */
  private returningSubject(run: NameRun, first: number): boolean {
    const seg = run.segments[0];
    if (run.first !== first || run.segments.length !== 1 || !seg || seg.role !== null || seg.honorific !== null) return false;
    const at = (this.tokens[first] as Token).start;
    return at > 0 && this.text.lastIndexOf(seg.words.join(' '), at - 1) >= 0;
  }

  /**
   * The nearest name run before token k (in its paragraph, a few sentences back at most) that opens a
   * sentence. A pronoun opening its paragraph ("Ia mengatakan, …") points into the paragraph before.
   */
  private sentenceSubjectBefore(k: number): NameRun | undefined {
    const { tokens, runByLast, text } = this;
    if (text.length === 0) return undefined;
    for (let j = k - 1; j >= Math.max(0, k - MAX_PRONOUN_LOOKBACK); j--) {
      const next = tokens[j + 1] as Token;
      if (this.newlineBetween((tokens[j] as Token).end, next.start) && j + 1 !== k) return undefined;
      const run = runByLast[j];
      // A capitalised common noun opening the sentence ("Perempuan itu mewarisi …") names nobody: look further back.
      if (run && (this.opensSentence(run) || this.setOffAtSentenceStart(run)) && this.personOf(run) !== null) return this.appositiveHolder(run) ?? run;
    }
    return undefined;
  }
}
