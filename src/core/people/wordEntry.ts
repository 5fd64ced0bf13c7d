/**
 * A word table entry (WordInfo) as it is kept: the yes/no answers packed into one number, read
 * back by getters. About 4,000 to 30,000 entries stay in memory, and in a whole analysis most
 * are out of the cache when a token reads one: an entry of eight fields fits one memory line,
 * where one field per answer took two.
 */
import type { LowerForm, WordClass, WordInfo } from './wordTable';

export const CAPITALIZED = 1 << 0;
export const STARTS_LOWER = 1 << 1;
export const HONORIFIC = 1 << 2;
export const TITLED = 1 << 3;
export const RANK_CORPS = 1 << 4;
export const ALWAYS_COMMON = 1 << 5;
export const SUBJECT_VERB = 1 << 6;
export const PLACE_PREPOSITION = 1 << 7;
export const PLACE_MARKER = 1 << 8;
export const THING_NOUN = 1 << 9;
export const COORDINATOR = 1 << 10;
export const INTRODUCER = 1 << 11;
export const NAME_INTRODUCER = 1 << 12;
export const ALIAS_MARKER = 1 << 13;
export const SUBJECT_ADVERB = 1 << 14;
export const LOWER_ROLE_HEAD = 1 << 15;
export const PERSON_ALIAS_VERB = 1 << 16;

/** A form field's value until the table sets it (never seen outside the table's describe). */
const NO_FORM: LowerForm = { writtenLowerIn: 0 };

export class WordEntry implements WordInfo {
  // The fields a token's reading touches come first: the answers, the mark and the forms.
  writtenLowerIn = 0;
  lowerForm: LowerForm = NO_FORM;
  bareForm: LowerForm = NO_FORM;

  constructor(
    /** The answers, one bit each (the constants above). */
    private readonly flags: number,
    readonly wordClass: WordClass,
    readonly roles: readonly (readonly string[])[],
    readonly lower: string,
    readonly bare: string,
  ) {}

  get capitalized(): boolean {
    return (this.flags & CAPITALIZED) !== 0;
  }
  get startsLower(): boolean {
    return (this.flags & STARTS_LOWER) !== 0;
  }
  get honorific(): boolean {
    return (this.flags & HONORIFIC) !== 0;
  }
  get titled(): boolean {
    return (this.flags & TITLED) !== 0;
  }
  get rankCorps(): boolean {
    return (this.flags & RANK_CORPS) !== 0;
  }
  get alwaysCommon(): boolean {
    return (this.flags & ALWAYS_COMMON) !== 0;
  }
  get subjectVerb(): boolean {
    return (this.flags & SUBJECT_VERB) !== 0;
  }
  get placePreposition(): boolean {
    return (this.flags & PLACE_PREPOSITION) !== 0;
  }
  get placeMarker(): boolean {
    return (this.flags & PLACE_MARKER) !== 0;
  }
  get thingNoun(): boolean {
    return (this.flags & THING_NOUN) !== 0;
  }
  get coordinator(): boolean {
    return (this.flags & COORDINATOR) !== 0;
  }
  get introducer(): boolean {
    return (this.flags & INTRODUCER) !== 0;
  }
  get nameIntroducer(): boolean {
    return (this.flags & NAME_INTRODUCER) !== 0;
  }
  get aliasMarker(): boolean {
    return (this.flags & ALIAS_MARKER) !== 0;
  }
  get subjectAdverb(): boolean {
    return (this.flags & SUBJECT_ADVERB) !== 0;
  }
  get lowerRoleHead(): boolean {
    return (this.flags & LOWER_ROLE_HEAD) !== 0;
  }
  get personAliasVerb(): boolean {
    return (this.flags & PERSON_ALIAS_VERB) !== 0;
  }
}
