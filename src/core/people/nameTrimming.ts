/**
 * Leading words of a name segment that are not the name: places, a role's institution and place,
 * sentence openers and words the text writes elsewhere without the name. What is dropped after a
 * role joins the role ("Wali Kota" + "Sukamaju").
 */
import { segmentWith, type NameSegment } from './nameRuns';

/**
 * Drops leading words that are not part of the name: places ("Banyuasin Hani …"), and words
 * standing before a name known on its own ("Kedatangan Sherly Tjoanda", "Danantara Indonesia Dony
 * Oskaria") when they are sentence openers or occur elsewhere in the article without the name.
 */
export function trimLeading(seg: NameSegment, ctx: TrimContext): NameSegment {
  const words = seg.words;
  // One word has nothing before it to drop (every rule below keeps at least the last word): half the segments stop here.
  if (words.length > MAX_NAME_WORDS || words.length <= 1) return seg;
  let k = 0;
  while (k < words.length - 1 && ctx.places.has(words[k] ?? '')) k++;
  const placesDropped = k;
  if (!ctx.speakerWords.has(words[k] ?? '')) {
    // Words of the names written on their own elsewhere (this segment's own text left out, joined only when asked).
    let self: string | null = null;
    const inOtherName = (w: string): boolean => {
      const names = ctx.namesByWord.get(w);
      if (names === undefined) return false;
      self ??= words.join(' ');
      for (const n of names) if (n !== self) return true;
      return false;
    };
    // A known name that starts at word i holds that word: the words are joined only then.
    const knownFrom = (i: number): boolean => ctx.namesByWord.has(words[i] ?? '') && ctx.knownNames.has(words.slice(i).join(' '));
    // First a name the text gives on its own (a speaker, a full name), then any word of another known name.
    for (let pass = 0; pass < 2; pass++) {
      let i = -1;
      for (let n = k + 1; n < words.length && i < 0; n++) {
        const w = words[n] ?? '';
        if (!ctx.connectors.has(w) && (pass === 0 ? knownFrom(n) || ctx.speakerWords.has(w) : inOtherName(w))) i = n;
      }
      if (i < 0) continue;
      // "…, Petrus Tingang," beside "Yohanes Tingang": a family name two people share leaves the first name standing
      // (a sentence's first word stays a likely common word: "Sundulan Kamada …").
      if (pass === 1 && i === words.length - 1 && i - k === 1 && !(seg.sentenceInitial && k === 0) && endsOnlyOtherNames(words[i] ?? '', ctx)) break;
      const dropped = words.slice(k, i);
      const speakerStarts = ctx.speakerWords.has(words[i] ?? '');
      // A name opener ("Lalu", "Andi", "Anak Agung") is never a role's or a place's word.
      const opener = (w: string, j: number): boolean => ctx.namePrefixes.has(w) || ctx.namePrefixes.has(`${w} ${words[k + j + 1] ?? ''}`);
      if (dropped.some((w, j) => ctx.speakerWords.has(w) || opener(w, j) || (!speakerStarts && inOtherName(w)))) break;
      const fullName = ctx.knownNames.has(words.slice(i).join(' '));
      // Written elsewhere, and not as a word of another person's name ("Abdul" of "Abdul Somad" before "Abdul Wahid");
      // an initial ("X.") tells no name apart.
      const seenElsewhere = (w: string): boolean => (ctx.frequency.get(w) ?? 0) > 1 && (INITIAL_WORD.test(w) || !inOtherName(w));
      const elsewhere = dropped.every(seenElsewhere);
      // A sentence's first word may be a title the text writes once ("Partner East Ventures Melisa Irene"): the rest must be written elsewhere.
      const openerThenElsewhere = seg.sentenceInitial && k === 0 && dropped.slice(1).every(seenElsewhere);
      const opensKnownName = roleOwnsWordsBefore(seg, k, i, ctx);
      // "Chief Executive Officer Straits Harbour Tan Wei Liang" … "Saham Straits Harbour naik": after a role, the dropped
      // words are a whole name the text writes on its own more than once: the role's company, not the person's words.
      const ownerElsewhere = seg.role !== null && ctx.knownNames.has(dropped.join(' ')) && dropped.every((w) => (ctx.frequency.get(w) ?? 0) > 1);
      if (fullName || elsewhere || opensKnownName || openerThenElsewhere || ownerElsewhere) k = i;
      break;
    }
  }
  // "Kepala BPS Sukamaju Siti Rohani": after a role and an institution's acronym, three name words start with the branch's place.
  if (k === 0 && seg.role !== null && seg.afterAcronym === true && seg.honorific === null && words.length >= 3 && !ctx.connectors.has(words[1] ?? '') && !ctx.speakerWords.has(words[0] ?? '') && !ctx.namePrefixes.has(words[0] ?? '')) k = 1;
  // "Presiden Prancis Emmanuel Macron": after a role, a first word the article uses more often than the next one is a place
  // (not when the text shows that word speaking on its own: "Juru Bicara KPK Tessa Mahardhika Sugiarto" … "kata Tessa").
  // Nor when another name of the text opens with that word ("Kepala Dinas PUPR-Pera Kaltim Aji Muhammad Fitriansyah" … "Aji Fitri"): it is the person's first name.
  if (k === 0 && seg.role !== null && seg.honorific === null && words.length >= 3 && !ctx.connectors.has(words[1] ?? '') && !ctx.subjectWords.has(words[0] ?? '') && !ctx.speakerWords.has(words[0] ?? '') && !ctx.namePrefixes.has(words[0] ?? '') && (ctx.frequency.get(words[0] ?? '') ?? 0) > (ctx.frequency.get(words[1] ?? '') ?? 0) && !opensOtherName(words, ctx)) k = 1;
  while (k < words.length - 1 && ctx.connectors.has(words[k] ?? '') && !ctx.namePrefixes.has(words[k] ?? '')) k++;
  if (k === 0) return seg;
  const droppedWords = words.slice(0, k).join(' ');
  // Words dropped after a role belong to it ("Wali Kota" + "Sukamaju").
  const role = seg.role !== null ? `${seg.role} ${droppedWords}` : null;
  return segmentWith(seg, words.slice(k), seg.start + droppedWords.length + 1, role, false, placesDropped > 0 && placesDropped === k);
}

/**
 * After a role, the words of the segment before position `i` belong to the role (its institution's
 * field and place), not to the name, when:
 * - the name from `i` on opens with one the text writes on its own ("Kepala Dinas Pariwisata Bali
 *   Tjok Bagus Pemayun" … "Menurut Tjok Bagus");
 * - a first name the text shows speaking starts there, a surname follows it and one word stands
 *   before it ("Menko Bidang Pangan Zulkifli Hasan" … "kata Zulkifli"; "Kepala Kantor SAR Makassar
 *   Muhammad Arif Anwar" … "ujar Arif" keeps "Muhammad");
 * - a one-word name the text shows speaking ends the segment, after a role ending in an institution
 *   word and two words or more of its field and place ("Kepala Stasiun Geofisika Kepahiang Litman").
 */
function roleOwnsWordsBefore(seg: NameSegment, k: number, i: number, ctx: TrimContext): boolean {
  if (seg.role === null) return false;
  const words = seg.words;
  const rest = words.slice(i).join(' ');
  for (const name of ctx.knownNames) if (rest.startsWith(`${name} `)) return true;
  const speaks = ctx.speakerWords.has(words[i] ?? '');
  const roleLastWritten = seg.role.split(' ').pop() ?? '';
  // "Pelatih Persebaya Fernando Aguirre Salas" … "kata Aguirre": a role already ending in its club's
  // own name, or in a place (also one just dropped from the segment: k > 0), owns no further word:
  // the word is the person's first name. Agency short forms do not count: "Kepala Dishub Sukamaju
  // Budi …" is far more often an agency followed by its place than by a first name.
  if (speaks && words.length - i >= 2 && i - k === 1) return k === 0 && !roleEndsInOwner(roleLastWritten, ctx);
  const roleLast = roleLastWritten.toLowerCase();
  return speaks && i === words.length - 1 && i - k >= 2 && ctx.institutionWords.has(roleLast);
}

/** The role's last word names the body the role belongs to: a place of the text, or a club's name by its shape ("Persebaya"). */
function roleEndsInOwner(word: string, ctx: TrimContext): boolean {
  return ctx.places.has(word) || (ctx.clubNamePattern !== null && ctx.clubNamePattern.test(word));
}

/** Another known name of the text (not this segment's own words) starts with the segment's first word. */
function opensOtherName(words: readonly string[], ctx: TrimContext): boolean {
  const first = words[0] ?? '';
  const names = ctx.namesByWord.get(first);
  if (names === undefined) return false;
  const self = words.join(' ');
  for (const n of names) if (n !== self && n.startsWith(`${first} `)) return true;
  return false;
}

const INITIAL_WORD = /^\p{Lu}\.$/u;

/** No person's name runs longer than this; a longer run of capitals is a title or a shouted line. */
export const MAX_NAME_WORDS = 6;

export interface TrimContext {
  readonly places: ReadonlySet<string>;
  /** Single words the text shows acting on their own ("Ahmad mengatakan"): a name starts there. */
  readonly subjectWords: ReadonlySet<string>;
  /** Words of short speaker texts ("Dony"): a name starts there. */
  readonly speakerWords: ReadonlySet<string>;
  readonly knownNames: ReadonlySet<string>;
  /** For each word, the known names that hold it. */
  readonly namesByWord: ReadonlyMap<string, ReadonlySet<string>>;
  readonly connectors: ReadonlySet<string>;
  /** Lower-cased words that are never part of a name (institutions, places, calendar words). */
  readonly institutionWords: ReadonlySet<string>;
  /** The shapes of a club's own name ("Persebaya"), or null. */
  readonly clubNamePattern: RegExp | null;
  /** Words that open a name ("Lalu", "Andi"): never a place or a role's word. */
  readonly namePrefixes: ReadonlySet<string>;
  /** How often each capitalised word occurs in the body. */
  readonly frequency: Pick<ReadonlyMap<string, number>, 'get'>;
}

/** True when every other name holding `w` has two words or more and ends with it: `w` is a family name, not a place or a role's word. */
function endsOnlyOtherNames(w: string, ctx: TrimContext): boolean {
  const names = ctx.namesByWord.get(w);
  if (names === undefined) return false;
  let any = false;
  for (const n of names) {
    const parts = n.split(' ');
    if (parts.length < 2 || parts[parts.length - 1] !== w) return false;
    any = true;
  }
  return any;
}
