/**
 * The persons found so far and the forms their names take. A new name joins an existing person
 * when its words are among that person's words ("Benyamin" → "Benyamin Davnie"), when it is a
 * near-spelling of the same name ("Heran Nugrahayu" → "Hera Nugrahayu": same number of words,
 * each equal or one edit apart), and `resolve` maps a speaker as written to a person the same way
 * (also by prefix: "Ben" → "Benyamin Davnie").
 */
import type { Person, Span } from '../model';
import type { NameSegment } from './nameRuns';
import { doubledApart, finalLetterApart, fullerName, lettersInOrder, shortGivenNameOf, spelledOtherWayKept, withinOneEdit } from './nameSpelling';

/** Zero-width characters a page may leave between words, and runs of white space: no part of a name's spelling. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;
const SPACE_RUN = /\s+/gu;

interface Entry {
  words: string[];
  /** `words` lower-cased, kept beside them: `find` compares against every entry on every call. */
  folded: string[];
  name: string;
  aliases: Set<string>;
  role: string | null;
  spans: Span[];
  /** Some mention writes the name without a title ("Jumadi (58)" beside "Bu Jumadi"). */
  bare?: boolean;
}


const SPACES = /\s+/u;
const LEADING_INITIAL = /^\p{Lu}\.\s+/u;

/** Where a person is first mentioned. */
function firstStart(e: Entry): number {
  let first = Infinity;
  for (const span of e.spans) if (span.start < first) first = span.start;
  return first;
}

/** Every word of `f` is one of `words`. */
export function holdsAll(words: readonly string[], f: readonly string[]): boolean {
  for (const w of f) if (!words.includes(w)) return false;
  return true;
}

/**
 * As many words, each of four letters or more and equal or one edit apart, at least one equal ("Heran Nugrahayu", "Hera
 * Nugrahayu"); or one long word written with a letter doubled or not ("Baharuddin", "Baharudin"), a spelling that varies
 * within one article, where any other one-letter difference may be another person ("Rina", "Rini").
 */
export function spelledNear(f: readonly string[], words: readonly string[]): boolean {
  if (f.length !== words.length) return false;
  if (f.length === 1) return doubledApart(f[0] as string, words[0] as string);
  let someEqual = false;
  for (let k = 0; k < f.length; k++) {
    const w = f[k] as string;
    const x = words[k] as string;
    if (x.length < 4 || !withinOneEdit(w, x)) return false;
    if (w === x) someEqual = true;
  }
  return someEqual;
}

/** Each of two name words written together is at least this long ("Nur" + "Asyiah"). */
const MIN_JOINED_PART_LETTERS = 3;

/**
 * One word that is two neighbouring words of the name written together ("Nurasyiah" for "Nur Asyiah Djafar"): a
 * spelling of the same name a page may use once, as Indonesian given names are written split or joined.
 */
export function joinedWordsOf(f: readonly string[], name: readonly string[]): boolean {
  if (f.length !== 1 || name.length < 2) return false;
  const word = f[0] as string;
  for (let k = 0; k + 1 < name.length; k++) {
    const a = name[k] as string;
    const b = name[k + 1] as string;
    if (a.length >= MIN_JOINED_PART_LETTERS && b.length >= MIN_JOINED_PART_LETTERS && word.length === a.length + b.length && word === a + b) return true;
  }
  return false;
}

/** The longest tail of a speaker text tried as a name (no person's name runs longer). */
const MAX_TAIL_WORDS = 6;

/** The round brackets around an acronym in a role. */
const BRACKETS = /[()]/gu;

export class PersonRegistry {
  private readonly entries: Entry[] = [];
  /** Name words (lower case) and their new spellings (spelledOtherWayKept). */
  private readonly newSpellings = new Map<string, string>();

  /**
   * finalLetterVariants: the language's interchangeable last letters of a name ("Hengky", "Hengki"); longForms: name
   * words' short forms folded to their written-out forms ("Dg." → "daeng"); none by default.
   */
  constructor(
    private readonly finalLetterVariants: ReadonlyMap<string, string> = new Map(),
    private readonly longForms: ReadonlyMap<string, string> = new Map(),
    /** Lower-case first words of the language's roles written out in full ("gubernur", "wakil"), not short forms ("kapolres"). */
    private readonly fullRoleHeads: ReadonlySet<string> = new Set(),
    /** Letters spelled the old way and the new way inside a name word ("Rachmat", "Rahmat"). */
    private readonly spellingVariants: readonly (readonly [string, string])[] = [],
    /** Police and military ranks ("AKP", "Iptu"): a name written with another rank than the person's is someone else. */
    private readonly ranks: ReadonlySet<string> = new Set(),
  ) {}

  /** The entry goes by a rank other than `rank` ("AKP Sutrisno" is not "Iptu Moh. Sutrisno Hadi", though the words fit). */
  private otherRank(e: Entry, rank: string | null): boolean {
    if (rank === null || !this.ranks.has(rank)) return false;
    for (const a of e.aliases) {
      const head = a.slice(0, a.indexOf(' '));
      if (head.toLowerCase() !== rank.toLowerCase() && this.ranks.has(head)) return true;
    }
    return false;
  }

  /** A name word as compared: lower-cased, a short form written out. */
  private readonly fold = (w: string): string => {
    const lower = w.toLowerCase();
    return this.longForms.get(lower) ?? lower;
  };

  /** The person whose name holds all these words, or spells them within one edit each. */
  find(words: readonly string[], byPrefix = false): Entry | null {
    return this.findFolded(words.map(this.fold), byPrefix);
  }

  /** find, the words given lower-cased (`add` folds them once for its two searches and the new entry). Loops, no callbacks: asked for every name segment. */
  private findFolded(f: readonly string[], byPrefix = false): Entry | null {
    if (byPrefix && f.length === 1 && (f[0] ?? '').length >= 3) {
      const hit = this.entryWithWordStarting(f[0] ?? '');
      if (hit) return hit;
    }
    let best: Entry | null = null;
    for (const e of this.entries) {
      if (best && e.spans.length <= best.spans.length) continue;
      if (holdsAll(e.folded, f) || spelledNear(f, e.folded) || this.oneWordVariantOf(f, e.folded) || joinedWordsOf(f, e.folded) || shortGivenNameOf(f, e.folded)) best = e;
    }
    return best;
  }

  /** One word that is one of the name's words with its last letter spelled the other way ("Hengki" for "Hengky Rahanra"). */
  private oneWordVariantOf(f: readonly string[], name: readonly string[]): boolean {
    if (f.length !== 1 || (this.finalLetterVariants.size === 0 && this.spellingVariants.length === 0)) return false;
    const word = f[0] as string;
    for (const x of name) if (finalLetterApart(word, x, this.finalLetterVariants) || spelledOtherWayKept(word, x, this.spellingVariants, this.newSpellings)) return true;
    return false;
  }

  /**
   * "Romo Yan" after "Romo Yohanes Dhae": a short name behind the title one person was named with, its letters those of
   * one of that person's name words in order and opening it ("yan" in "yohanes"), is that person's. The only such person.
   */
  private titledShortFormOf(honorific: string | null, w: string): Entry | null {
    if (honorific === null) return null;
    const titled = `${honorific} `;
    let match: Entry | null = null;
    for (const e of this.entries) {
      if (![...e.aliases].some((a) => a.startsWith(titled))) continue;
      if (!e.folded.some((x) => x.length > w.length && x[0] === w[0] && lettersInOrder(w, x))) continue;
      if (match !== null) return null;
      match = e;
    }
    return match;
  }

  /** The first person one of whose name words starts with `w` (lower-cased). */
  private entryWithWordStarting(w: string): Entry | undefined {
    for (const e of this.entries) for (const x of e.folded) if (x.startsWith(w)) return e;
    return undefined;
  }

  add(seg: NameSegment, honorific: string | null, accept: boolean): void {
    this.mentionIndex = null;
    const form = seg.words.join(' ');
    const span = { start: seg.start, end: seg.end };
    const folded = seg.words.map(this.fold);
    // find by prefix after find: a prefix search that misses ends in the same search again, so only the prefix part is tried.
    const only = folded.length === 1 ? (folded[0] as string) : '';
    let found = this.findFolded(folded) ?? (only.length >= 3 ? (this.entryWithWordStarting(only) ?? null) : null);
    // The short form found by its title alone is recorded as one of the person's words, so a speaker "Yan" finds them too.
    const short = found === null && only.length >= 3 ? this.titledShortFormOf(honorific, only) : null;
    if (short) {
      short.words.push(form);
      short.folded.push(only);
      found = short;
    }
    if (found && this.otherRank(found, honorific)) found = null;
    if (found) {
      if (honorific === null) found.bare = true;
      if (form !== found.name) found.aliases.add(form);
      if (honorific) found.aliases.add(`${honorific} ${form}`);
      if (!found.role && seg.role) found.role = seg.role;
      found.spans.push(span);
      return;
    }
    if (!accept) return;
    this.entries.push({ words: [...seg.words], folded, name: form, aliases: new Set(honorific ? [`${honorific} ${form}`] : []), role: seg.role, spans: [span], bare: honorific === null });
  }

  /**
   * Records another name of a person ("Wanda" for "Satria Johanda"), folding in a person registered under it. With
   * `mayName` (an untitled name after "alias") a fuller alias becomes the name and the name an alias: "Bang Ucok alias
   * Syahrul Nasution", "Cak Nur alias Nurhadi" (FORMAT.md: the fullest form is the name).
   */
  addAlias(name: string, written: string, mayName = false): void {
    // "Mbok\u200b Mirah": an alias read from the text keeps the page's spacing; the person's names are single-spaced.
    const alias = written.replace(ZERO_WIDTH, '').replace(SPACE_RUN, ' ').trim();
    const e = this.find(name.split(' '));
    if (!e || alias === e.name) return;
    // "Jumadi (58) …" then "Sri Rahayu, yang akrab disapa Bu Jumadi": a wife called by her husband's name. A person
    // named bare before the alias's owner, whose name with a title the alias is, stays someone else: the titled alias is
    // the owner's, the bare name (the alias read without its title) stays theirs.
    const apart = this.entries.find(
      (x) => x !== e && x.bare === true && firstStart(x) < firstStart(e) &&
        (alias === x.name ? [...e.aliases].some((a) => a.endsWith(` ${x.name}`)) : x.aliases.has(alias) && alias.endsWith(` ${x.name}`)),
    );
    if (apart) {
      if (alias !== apart.name) {
        apart.aliases.delete(alias);
        e.aliases.add(alias);
      }
      this.mentionIndex = null;
      return;
    }
    e.aliases.add(alias);
    e.words.push(alias);
    e.folded.push(this.fold(alias));
    // "Abu Rahman" for "Abdurrahman Yusuf": an alias of two words or more is found word by word, as `find` reads names,
    // so the text writing it again ("ujar Abu Rahman") still finds this person.
    if (alias.includes(' ')) for (const w of alias.split(' ')) if (!e.folded.includes(this.fold(w))) { e.words.push(w); e.folded.push(this.fold(w)); }
    // The person registered under that name, or under its short form with a title ("Ipul" as "Gus Ipul").
    const other = this.entries.findIndex((x) => x !== e && (x.name === alias || x.aliases.has(alias)));
    const removed = other >= 0 ? this.entries.splice(other, 1)[0] : undefined;
    if (removed) e.spans.push(...removed.spans);
    if (mayName && fullerName(alias, e.name)) {
      e.aliases.delete(alias);
      e.aliases.add(e.name);
      e.name = alias;
      // "kata Syahrul" read before the alias was known: a person named by words of the new name only is this one.
      const part = alias.split(' ').map(this.fold);
      for (let i = this.entries.length - 1; i >= 0; i--) {
        const x = this.entries[i] as Entry;
        if (x !== e && x.aliases.size === 0 && holdsAll(part, x.folded)) {
          e.spans.push(...x.spans);
          if (x.name !== alias) e.aliases.add(x.name);
          this.entries.splice(i, 1);
        }
      }
    }
    this.mentionIndex = null;
  }

  /** The one person who goes by this titled alias as written ("Bu Jumadi"), or null. */
  ownerOfAlias(alias: string): string | null {
    const owners = this.entries.filter((e) => e.aliases.has(alias));
    return owners.length === 1 ? (owners[0] as Entry).name : null;
  }

  /** Some person already goes by this alias (not their name). */
  hasAlias(alias: string): boolean {
    return this.entries.some((e) => e.aliases.has(alias));
  }

  /** The person a speaker text names: full or short name, a prefix of a name word, or a role the person holds. */
  /**
   * resolve for a speaker written at `before`: when the words are held by more than one person ("kata Agus"
   * beside "Agus Priyanto" and "Agus Nugroho"), the one written out in full last before that point.
   */
  resolveBefore(words: readonly string[], roleWords: readonly string[], before: number): { name: string; by: 'name' | 'alias' | 'role' } | null {
    const near = words.length > 0 ? this.lastWrittenOutHolding(words.map(this.fold), words.join(' ').length, before) : null;
    if (near) return { name: near.name, by: near.name === words.join(' ') ? 'name' : 'alias' };
    return this.resolve(words, roleWords);
  }

  /** Among two or more persons holding all the words `f`, the one with the latest mention longer than `shortLength` before `before`. */
  private lastWrittenOutHolding(f: readonly string[], shortLength: number, before: number): Entry | null {
    let holders = 0;
    let best: Entry | null = null;
    let bestAt = -1;
    for (const e of this.entries) {
      if (!holdsAll(e.folded, f)) continue;
      holders++;
      for (const span of e.spans) if (span.start < before && span.start > bestAt && span.end - span.start > shortLength) {
        best = e;
        bestAt = span.start;
      }
    }
    return holders > 1 ? best : null;
  }

  resolve(words: readonly string[], roleWords: readonly string[]): { name: string; by: 'name' | 'alias' | 'role' } | null {
    if (words.length > 0) {
      const direct = this.find(words);
      if (direct) return { name: direct.name, by: direct.name === words.join(' ') ? 'name' : 'alias' };
      // Trailing words of a longer speaker text ("Chief … Dony Oskaria"): the longest known tail.
      // No name is longer than MAX_TAIL_WORDS, so longer tails are not tried (a 20,000-word run stays linear).
      for (let k = Math.max(1, words.length - MAX_TAIL_WORDS); k < words.length; k++) {
        const tail = this.find(words.slice(k));
        if (tail) return { name: tail.name, by: 'alias' };
      }
      const w = this.fold(words[0] ?? '');
      if (words.length === 1 && w.length >= 3) {
        const byPrefix = this.entryWithWordStarting(w);
        if (byPrefix) return { name: byPrefix.name, by: 'alias' };
      }
    }
    if (roleWords.length > 0) {
      const r = roleWords.map(this.fold);
      let best: Entry | null = null;
      let bestScore = 0;
      let tied = false;
      const exact: Entry[] = [];
      for (const e of this.entries) {
        if (!e.role) continue;
        // An agency's acronym in brackets ("… Lingkungan Hidup (DLH)") is compared without them: "Kadis DLH" names it.
        const er = e.role.split(SPACES).map((w) => this.fold(w.replace(BRACKETS, '')));
        if (!er.includes(r[r.length - 1] ?? '') && !er.includes(r[0] ?? '')) continue;
        // "Gubernur NTT" is not "Kepala Dinas Peternakan Provinsi NTT": a role written out in full that the person's
        // role lacks names another office, though the place is the same (a short form, "Kapolres …", may still match).
        if (r.length > 1 && !er.includes(r[0] ?? '') && this.fullRoleHeads.has(r[0] ?? '')) continue;
        const score = r.filter((x) => er.includes(x)).length;
        // "kata Kadisdag" (Kepala Dinas Perdagangan) is not "Kepala Satpol PP": two roles of several words sharing only
        // their head word are two offices.
        if (score === 1 && r.length > 1 && er.length > 1 && r[0] === er[0]) continue;
        if (er.length === r.length && score === r.length) exact.push(e);
        if (score > bestScore) {
          best = e;
          bestScore = score;
          tied = false;
        } else if (score === bestScore) tied = true;
      }
      // Two persons hold the role equally well ("pelatih" of either team): the role alone names neither,
      // unless one holds exactly that role ("Menteri Keuangan" beside "Wakil Menteri Keuangan").
      if (best && !tied) return { name: best.name, by: 'role' };
      if (tied && exact.length === 1 && exact[0]) return { name: exact[0].name, by: 'role' };
    }
    return null;
  }

  private mentionIndex: { at: number; name: string }[] | null = null;

  /** The person mentioned last before an offset (binary search over all mentions, built once). */
  /** The person whose mention comes first in [from, to), or null. */
  firstMentionBetween(from: number, to: number): string | null {
    let first: { at: number; name: string } | null = null;
    for (const e of this.entries) for (const s of e.spans) if (s.start >= from && s.start < to && (!first || s.start < first.at)) first = { at: s.start, name: e.name };
    return first?.name ?? null;
  }

  lastMentionBefore(offset: number): string | null {
    this.mentionIndex ??= this.entries.flatMap((e) => e.spans.map((s) => ({ at: s.start, name: e.name }))).sort((a, b) => a.at - b.at);
    const list = this.mentionIndex;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid]?.at ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return list[lo - 1]?.name ?? null;
  }

  people(): Person[] {
    // "X. Zarry Hendrik" beside "Zarry Hendrik": a stray initial (a sentence's last letter) is not part of the name.
    for (const e of this.entries) {
      const rest = e.name.replace(LEADING_INITIAL, '');
      if (rest !== e.name && e.aliases.has(rest)) {
        e.aliases.delete(rest);
        e.aliases.add(e.name);
        e.name = rest;
      }
    }
    return this.entries
      .map((e) => ({ name: e.name, aliases: [...e.aliases], role: e.role, mentions: e.spans.length, spans: [...e.spans].sort((a, b) => a.start - b.start) }))
      .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  }
}
