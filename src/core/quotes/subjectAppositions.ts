/**
 * Who the subject of a speech verb is when commas set things off around names (for SpeakingEvents, speakingEvents.ts):
 * the holder set off after a role of someone else, an office nobody in the text holds, a person introduced near a
 * sentence's start, and the name before an apposition, a description or an affiliation.
 */
import { isCapitalized, type Token } from '../people/nameTokens';
import type { NameRun } from '../people/nameRuns';
import { ageOrDegree, BodyPositions } from './bodyPositions';

/** How many tokens into its sentence a subject set off by commas may start ("Bupati Takalar, H. Andi Rate,"). */
export const MAX_SUBJECT_OPENING_TOKENS = 4;

/** Words of an apposition between a name and its verb ("warga Kompleks Doyo Baru"). */
const MAX_APPOSITION_WORDS = 6;
/** Words of a description in lower case between a name and its verb ("yang bercita-cita kuliah di program studi Geofisika"). */
const MAX_DESCRIPTION_WORDS = 10;
const LOWER_START = /^\p{Ll}/u;
/** Capitalised words of an affiliation between a name and its verb ("of Mulawarman University"). */
const MAX_AFFILIATION_WORDS = 5;

/** BodyPositions, with the readings of names set off by commas. */
export class SubjectAppositions extends BodyPositions {
  /**
   * The person named by the run that starts at `offset`, when it is a role's object and its holder follows set off by
   * commas ("Pelatih Zohri asal Amerika Serikat, Harry Marra, … menulis:"): the holder's name; else null.
   */
  holderSetOffAfter(offset: number): string | null {
    const i = this.lastTokenBefore(offset + 1);
    const run = i >= 0 && (this.tokens[i] as Token).start === offset ? this.runByFirst[i] : undefined;
    const holder = run ? this.appositiveHolder(run) : undefined;
    return holder ? this.personOf(holder) : null;
  }

  /**
   * "Pelatih Bhayangkara asal Iran, Reidel Alfonso Toiran, memuji …", "Kapten Bhayangkara, Rivan Nurmulki,": a run
   * opened by a role word, then within a few words of its clause a person set off by commas, who is someone else than
   * the run names: that person holds the role (the run's name is the team or person the role is of).
   */
  protected appositiveHolder(run: NameRun): NameRun | undefined {
    const { tokens } = this;
    if (!this.body.lexicon.roleHeads.has((tokens[run.first] as Token).text)) return undefined;
    for (let j = run.last; j < tokens.length && j <= run.last + MAX_APPOSITION_WORDS; j++) {
      if (!this.commaAfter(j)) {
        if ((tokens[j] as Token).endsClause) return undefined;
        continue;
      }
      const next = this.runByFirst[j + 1];
      if (!next || !this.commaAfter(next.last)) return undefined;
      const holder = this.personOf(next);
      return holder !== null && holder !== this.personOf(run) ? next : undefined;
    }
    return undefined;
  }

  /**
   * The office a run opened by a role word names when it opens a sentence and names no person of the text (the caller
   * asked: "Kapolsek Maulafa", "Gubernur"), written in its fullest form among such runs up to there ("Gubernur NTT"); else null.
   */
  protected officeOf(run: NameRun): string | null {
    const first = this.tokens[run.first] as Token;
    if (!this.body.lexicon.roleHeads.has(first.text) || !this.opensSentence(run)) return null;
    let fullest = run;
    for (const r of this.body.runs) {
      if (r.first >= run.first) break;
      if (r.last - r.first > fullest.last - fullest.first && (this.tokens[r.first] as Token).text === first.text && this.personOf(r) === null) fullest = r;
    }
    return this.text.slice((this.tokens[fullest.first] as Token).start, (this.tokens[fullest.last] as Token).end).replace(/\s+/gu, ' ');
  }

  /**
   * "Salah satu bhisa, Wa Ode Sitti Hadijah (63), sudah …": the run stands among its sentence's first few tokens, set
   * off by commas (an age or degree may come before the closing one): the person the sentence introduces.
   */
  protected setOffAtSentenceStart(run: NameRun): boolean {
    const { tokens } = this;
    if (run.first === 0 || !this.commaAfter(run.first - 1) || run.first - this.sentenceStartFrom(run.first) > MAX_SUBJECT_OPENING_TOKENS) return false;
    let k = run.last + 1;
    while (k < tokens.length && ageOrDegree((tokens[k] as Token).text, this.body.lexicon.degrees)) k++;
    return this.commaAfter(run.last) || this.commaAfter(k - 1);
  }

  /**
   * "Regina Wally, warga Kompleks Doyo Baru, mengaku": token k ends an apposition set off by
   * commas, and the name run before the first comma is the verb's subject. The apposition is a few
   * words of one clause (bounded, so a long run of commas stays linear).
   */
  protected appositionOwner(k: number): NameRun | undefined {
    if (!this.commaAfter(k)) return undefined;
    for (let j = k - 1; j >= Math.max(0, k - MAX_APPOSITION_WORDS); j--) {
      if ((this.tokens[j] as Token).endsClause) return undefined;
      if (this.commaAfter(j)) return this.runByLast[j] ?? this.runBeforeAgeOrDegree(j);
      // "Siti Maryam dari KUA Kecamatan Dolo, mengaku": the name, then its affiliation, set off by the comma before the verb.
      if (j > 0 && this.a.affiliationWords.has((this.tokens[j] as Token).text.toLowerCase()) && !this.commaAfter(j - 1) && this.runByLast[j - 1]) return this.runByLast[j - 1];
    }
    return undefined;
  }

  /**
   * "Ambrosius Ijat (34), warga Dayak Salako dari Sebalo, mengaku", "Putri, yang bercita-cita kuliah di program studi
   * Geofisika, berharap": the run before the verb closes a description set off by commas that opens in lower case;
   * the person named before that description is the verb's subject. Undefined when no person stands there.
   */
  protected descriptionOwner(run: NameRun): NameRun | undefined {
    const { tokens } = this;
    if (!this.commaAfter(run.last)) return undefined;
    for (let j = run.first - 1; j >= Math.max(0, run.first - MAX_DESCRIPTION_WORDS); j--) {
      if ((tokens[j] as Token).endsClause) return undefined;
      if (!this.commaAfter(j)) continue;
      if (j + 1 === run.first || !LOWER_START.test((tokens[j + 1] as Token).text)) return undefined;
      const owner = this.runByLast[j] ?? this.runBeforeAgeOrDegree(j);
      return owner && this.personOf(owner) !== null ? owner : undefined;
    }
    return undefined;
  }

  /**
   * "Ronny Sihaloho of Mulawarman University said", "Siti dari KUA Dolo mengatakan": token k ends a few capitalised
   * words (the body the person speaks for) after an affiliation word, with no comma; the name run before that word is
   * the verb's subject.
   */
  protected affiliationOwner(k: number): NameRun | undefined {
    let j = k;
    while (j > k - MAX_AFFILIATION_WORDS && j > 0 && isCapitalized((this.tokens[j] as Token).text) && !(this.tokens[j - 1] as Token).endsClause) j--;
    const word = this.tokens[j];
    if (j === k || j < 1 || !word || !this.a.affiliationWords.has(word.text.toLowerCase()) || this.commaAfter(j - 1) || this.commaAfter(j)) return undefined;
    return this.runByLast[j - 1];
  }
}
