/**
 * The people of an article: the persons its body mentions, each with the names the text uses
 * and the role it gives them. Candidates come from runs of capitalised words (nameRuns.ts) and
 * are kept when the text shows they are persons: an honorific or rank, a role phrase before the
 * name, a reporting cue naming them, a verb after them, an age in brackets, an introducer
 * ("bernama"), or simply two or more name words not standing after a place preposition.
 * Shorter forms ("Benyamin"), honorific forms ("H. Hani …") and near-misspellings
 * ("Heran Nugrahayu") join the person whose full name they belong to.
 */
import type { Article } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { LineRole, Span } from '../model';
import { attributionLexicon, nameLexicon, type NameLexicon } from '../quotes/quoteData';
import { findRuns, type NameRun, type NameSegment } from './nameRuns';
import { isCapitalized, isCommaGap, isSpaceGap, tokenize, type Token } from './nameTokens';
import { PersonRegistry } from './personRegistry';

export interface BodyText {
  readonly tokens: readonly Token[];
  /** Each token's text lower-cased (computed once: several readers look words up in lower-case sets). */
  readonly lower: readonly string[];
  readonly runs: readonly NameRun[];
  readonly lexicon: NameLexicon;
}

/** Tokens and name runs of the article's body lines (headline and boilerplate lines left out). */
export function readBody(article: Article, lineRoles: readonly LineRole[], lang: LanguageData): BodyText {
  const lexicon = nameLexicon(lang);
  const tokens: Token[] = [];
  for (const line of article.lines) if (lineRoles[line.index] === 'body') for (const t of tokenize(line.text, line.start, lexicon)) tokens.push(t);
  const lowerSeen = new Set<string>();
  const lower: string[] = [];
  for (const t of tokens) {
    const l = t.text.toLowerCase();
    lower.push(l);
    if (startsLower(t.text)) lowerSeen.add(l);
  }
  const definedAcronyms = new Set<string>();
  for (const m of article.text.matchAll(DEFINED_ACRONYM)) if (m[1]) definedAcronyms.add(m[1]);
  const runs = findRuns(tokens, article.text, { lexicon, lowerSeen, extraCommon: attributionLexicon(lang).pronouns, definedAcronyms });
  return { tokens, lower, runs, lexicon };
}

/** An acronym defined in brackets after the name it stands for ("(BRI)", "(KPU)"). */
const DEFINED_ACRONYM = /\((\p{Lu}{2,6})\)/gu;

/** Words that follow a place marker, a place preposition or an institution word ("Kecamatan Tanjung Morawa", "di Sekayu", "Pemkab Siak"). */
function placeWords(body: BodyText, text: string): Set<string> {
  const places = new Set<string>();
  let previousWasPlace = false;
  let previousRun: NameRun | undefined;
  for (const run of body.runs) {
    const before = body.tokens[run.first - 1];
    // "di Jawa, Bali, dan Nusa Tenggara": a run listed right after a place (a comma, a coordinator) is a place too.
    const listedAfterPlace: boolean = previousWasPlace && previousRun !== undefined && listGap(body, previousRun, run, text) && !run.kinds.includes('role') && !run.kinds.includes('honorific');
    const afterPreposition = (before !== undefined && afterPlaceWord(body, before, run, text)) || listedAfterPlace;
    const hasRole = run.kinds.includes('role');
    const sizeBefore = places.size;
    for (let k = 0; k < run.tokens.length; k++) {
      const prev = run.tokens[k - 1];
      // "Kota" inside a role ("Wali Kota Sukamaju Rahmat …") marks no place.
      const markerBefore = prev !== undefined && run.kinds[k - 1] !== 'role' && (body.lexicon.placeMarkers.has(prev.text) || (!hasRole && k === 1 && run.kinds[0] === 'nonname'));
      if ((markerBefore || (afterPreposition && k === 0)) && run.kinds[k] === 'name') {
        // In a role run ("Kepala Dinas … Kota Makassar Andi Rahmat") the name follows the place: take one word only.
        const limit = hasRole ? k + 1 : run.tokens.length;
        for (let m = k; m < limit && run.kinds[m] === 'name'; m++) places.add(run.tokens[m]?.text ?? '');
      }
    }
    previousWasPlace = places.size > sizeBefore || (listedAfterPlace && run.tokens.every((t) => places.has(t.text)));
    previousRun = run;
  }
  return places;
}

/**
 * The second run continues a list: a coordinator ("dan", "serta") stands between the two, or a
 * comma does and a coordinator follows the second ("Jawa, Bali, dan …"). A comma alone is an
 * apposition as often ("Kota Tangsel, Dian Wiryawan, mengatakan"): not enough.
 */
function listGap(body: BodyText, a: NameRun, b: NameRun, text: string): boolean {
  const last = a.tokens[a.tokens.length - 1];
  const first = b.tokens[0];
  const end = b.tokens[b.tokens.length - 1];
  if (!last || !first || !end || last.endsClause) return false;
  const gap = text.slice(last.end, first.start);
  if (gap.length > 8) return false;
  const words = gap.split(/[\s,]+/u).filter((w) => w.length > 0);
  if (words.length > 1 || !words.every((w) => body.lexicon.coordinators.has(w.toLowerCase()))) return false;
  if (words.length === 1) return true;
  const next = /^\s*,?\s*(\p{L}+)/u.exec(text.slice(end.end, end.end + 12))?.[1];
  return !end.endsClause && next !== undefined && body.lexicon.coordinators.has(next.toLowerCase());
}

/** "warga Sukamaju", "di Sekayu": a place preposition right before the run; after a comma ("seorang warga, Sumarni") the run is an apposition, not the place. */
function afterPlaceWord(body: BodyText, before: Token, run: NameRun, text: string): boolean {
  return body.lexicon.placePrepositions.has(before.text) && isSpaceGap(text, before.end, run.tokens[0]?.start ?? before.end);
}

/** "Universitas Jenderal Soedirman": the word before the segment's title names an institution called after a person. */
function afterNamesake(run: NameRun, seg: NameSegment, lex: NameLexicon): boolean {
  const at = run.tokens.findIndex((t) => t.start === seg.start);
  return at >= 2 && lex.namesakeNouns.has((run.tokens[at - 2]?.text ?? '').toLowerCase());
}

const STARTS_LOWER = /^\p{Ll}/u;
/** STARTS_LOWER.test, ASCII first letters decided by char code (the common case, no regex). */
function startsLower(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return STARTS_LOWER.test(word);
}
const PAREN_CAPITAL = /^\s*\(\s*\p{Lu}/u;
const SOFT_ALIAS = /^\s+(\p{L}+)\s+(\p{Lu}\p{Ll}+)(?=\s+\p{Ll})/u;
const PAREN_NICKNAME = /^\s*\(\s*(\p{Lu}\p{Ll}[\p{L}'-]*)\s*\)/u;

function followedBy(body: BodyText, run: NameRun, text: string): { verb: boolean; age: boolean; paren: boolean; alias: Token | null; nickname: string | null; softAlias: string | null; calledAlias: string | null } {
  const lex = body.lexicon;
  const last = run.tokens[run.tokens.length - 1];
  const rest = last ? text.slice(last.end, last.end + 60) : '';
  const age = lex.ageParenthesis !== null && lex.ageParenthesis.test(rest);
  const paren = !age && PAREN_CAPITAL.test(rest);
  // "Siska Oktavia Rusdi atau Cika berusia …": "or" and one capitalised word before lower-case text is another name.
  const soft = rest.match(SOFT_ALIAS);
  const softAlias = soft && lex.softAliasMarkers.has((soft[1] ?? '').toLowerCase()) ? (soft[2] ?? null) : null;
  // "Joko Widodo (Jokowi)": one capitalised word in brackets after a name is another name for it.
  const nickname = rest.match(PAREN_NICKNAME)?.[1] ?? null;
  // "Zulkifli yang akrab disapa Zulhas": a name the text says the person goes by.
  const calledAlias = lex.aliasPhrase ? (rest.match(lex.aliasPhrase)?.[1] ?? null) : null;
  let k = run.last + 1;
  let verb = false;
  let alias: Token | null = null;
  const next = body.tokens[k];
  if (next && last && !last.endsClause && lex.aliasMarkers.has(body.lower[k] ?? '')) alias = body.tokens[k + 1] ?? null;
  while (body.tokens[k] && lex.subjectAdverbs.has(body.lower[k] ?? '')) k++;
  const verbTok = body.tokens[k];
  if (verbTok && last && !last.endsClause && lex.subjectVerb && lex.subjectVerb.test(verbTok.text)) verb = true;
  return { verb, age, paren, alias, nickname, softAlias, calledAlias };
}

/**
 * Drops leading words that are not part of the name: places ("Banyuasin Hani …"), and words
 * standing before a name known on its own ("Kedatangan Sherly Tjoanda", "Danantara Indonesia Dony
 * Oskaria") when they are sentence openers or occur elsewhere in the article without the name.
 */
function trimLeading(seg: NameSegment, ctx: TrimContext): NameSegment {
  const words = seg.words;
  if (words.length > MAX_NAME_WORDS) return seg;
  let k = 0;
  while (k < words.length - 1 && ctx.places.has(words[k] ?? '')) k++;
  const placesDropped = k;
  if (!ctx.speakerWords.has(words[k] ?? '')) {
    // Words of the names written on their own elsewhere (this segment's own text left out).
    const self = words.join(' ');
    const inOtherName = (w: string): boolean => [...(ctx.namesByWord.get(w) ?? [])].some((n) => n !== self);
    // First a name the text gives on its own (a speaker, a full name), then any word of another known name.
    const tests = [(i: number): boolean => ctx.knownNames.has(words.slice(i).join(' ')) || ctx.speakerWords.has(words[i] ?? ''), (i: number): boolean => inOtherName(words[i] ?? '')];
    for (const known of tests) {
      const i = words.findIndex((w, n) => n > k && !ctx.connectors.has(w) && known(n));
      if (i < 0) continue;
      const dropped = words.slice(k, i);
      const speakerStarts = ctx.speakerWords.has(words[i] ?? '');
      // A name opener ("Lalu", "Andi") is never a role's or a place's word.
      if (dropped.some((w) => ctx.speakerWords.has(w) || ctx.namePrefixes.has(w) || (!speakerStarts && inOtherName(w)))) break;
      const fullName = ctx.knownNames.has(words.slice(i).join(' '));
      // Written elsewhere, and not as a word of another person's name ("Abdul" of "Abdul Somad" before "Abdul Wahid");
      // an initial ("X.") tells no name apart.
      const seenElsewhere = (w: string): boolean => (ctx.frequency.get(w) ?? 0) > 1 && (INITIAL_WORD.test(w) || !inOtherName(w));
      const elsewhere = dropped.every(seenElsewhere);
      // A sentence's first word may be a title the text writes once ("Partner East Ventures Melisa Irene"): the rest must be written elsewhere.
      const openerThenElsewhere = seg.sentenceInitial && k === 0 && dropped.slice(1).every(seenElsewhere);
      // After a role, the words before a name the text also writes on its own ("Tjok Bagus") are the role's institution and place ("Kepala Dinas Pariwisata Bali Tjok Bagus Pemayun").
      const rest = words.slice(i).join(' ');
      // The same for a first name the text shows speaking on its own ("Menko Bidang Pangan Zulkifli Hasan" … "kata Zulkifli"), when a surname follows it.
      // One word only: "Kepala Kantor SAR Makassar Muhammad Arif Anwar" … "ujar Arif" keeps "Muhammad".
      // And a one-word name the text shows speaking, after a role that ends in an institution word and the
      // institution's field and place ("Kepala Stasiun Geofisika Kepahiang Litman" … "kata Litman").
      const roleLast = seg.role?.split(' ').pop()?.toLowerCase() ?? '';
      const oneWordAfterInstitution = i === words.length - 1 && i - k >= 2 && ctx.institutionWords.has(roleLast) && ctx.speakerWords.has(words[i] ?? '');
      const opensKnownName =
        seg.role !== null && ([...ctx.knownNames].some((n) => rest.startsWith(`${n} `)) || (ctx.speakerWords.has(words[i] ?? '') && words.length - i >= 2 && i - k === 1) || oneWordAfterInstitution);
      if (fullName || elsewhere || opensKnownName || openerThenElsewhere) k = i;
      break;
    }
  }
  // "Kepala BPS Sukamaju Siti Rohani": after a role and an institution's acronym, three name words start with the branch's place.
  if (k === 0 && seg.role !== null && seg.afterAcronym === true && seg.honorific === null && words.length >= 3 && !ctx.connectors.has(words[1] ?? '') && !ctx.speakerWords.has(words[0] ?? '') && !ctx.namePrefixes.has(words[0] ?? '')) k = 1;
  // "Presiden Prancis Emmanuel Macron": after a role, a first word the article uses more often than the next one is a place
  // (not when the text shows that word speaking on its own: "Juru Bicara KPK Tessa Mahardhika Sugiarto" … "kata Tessa").
  if (k === 0 && seg.role !== null && seg.honorific === null && words.length >= 3 && !ctx.connectors.has(words[1] ?? '') && !ctx.subjectWords.has(words[0] ?? '') && !ctx.speakerWords.has(words[0] ?? '') && !ctx.namePrefixes.has(words[0] ?? '') && (ctx.frequency.get(words[0] ?? '') ?? 0) > (ctx.frequency.get(words[1] ?? '') ?? 0)) k = 1;
  while (k < words.length - 1 && ctx.connectors.has(words[k] ?? '')) k++;
  if (k === 0) return seg;
  const droppedWords = words.slice(0, k).join(' ');
  // Words dropped after a role belong to it ("Wali Kota" + "Sukamaju").
  const role = seg.role !== null ? `${seg.role} ${droppedWords}` : null;
  return { ...seg, words: words.slice(k), start: seg.start + droppedWords.length + 1, sentenceInitial: false, role, afterPlace: placesDropped > 0 && placesDropped === k };
}

const INITIAL_WORD = /^\p{Lu}\.$/u;

/** No person's name runs longer than this; a longer run of capitals is a title or a shouted line. */
const MAX_NAME_WORDS = 6;

interface TrimContext {
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
  /** Words that open a name ("Lalu", "Andi"): never a place or a role's word. */
  readonly namePrefixes: ReadonlySet<string>;
  /** How often each capitalised word occurs in the body. */
  readonly frequency: ReadonlyMap<string, number>;
}

export interface PeopleFinding {
  readonly registry: PersonRegistry;
  readonly body: BodyText;
}

/** `speakers`: the speaker texts of the article's reporting cues (persons by the text's own word). */
/** `datelinePlace`: the place the dateline names ("SIDOARJO"): its words are a place wherever the body writes them. */
export function findPeople(article: Article, lineRoles: readonly LineRole[], lang: LanguageData, speakers: readonly string[], excluded: readonly Span[] = [], datelinePlace: string | null = null): PeopleFinding {
  const body = readBody(article, lineRoles, lang);
  // Words between scare quotes (a title, a programme, a nickname) name no person.
  // Runs and spans both come in text order: one pointer walks the spans.
  let spanIndex = 0;
  const isExcluded = (at: number): boolean => {
    while (spanIndex < excluded.length && (excluded[spanIndex]?.end ?? 0) <= at) spanIndex++;
    const x = excluded[spanIndex];
    return x !== undefined && at >= x.start && at < x.end;
  };
  const lex = body.lexicon;
  const places = placeWords(body, article.text);
  if (datelinePlace) {
    const placeWordsLower = new Set(datelinePlace.toLowerCase().split(/[\s,]+/u));
    body.tokens.forEach((t, i) => {
      if (placeWordsLower.has(body.lower[i] ?? '')) places.add(t.text);
    });
  }
  // Short speaker texts ("Dony", "Ben", "Prasetyo Hadi") are names; longer ones hold roles and places too.
  const speakerWords = new Set(
    speakers
      .map((s) => s.split(/\s+/u))
      .filter((ws) => ws.length <= 2)
      .flat()
      .filter((w) => !lex.roleHeads.has(w) && !lex.nonNameWords.has(w.toLowerCase())),
  );
  // Names written on their own somewhere (after an honorific, or with no role and not opening a sentence).
  const knownNames = new Set<string>();
  for (const run of body.runs)
    for (const seg of run.segments) {
      const standalone = seg.honorific !== null || (seg.role === null && !seg.sentenceInitial && !seg.afterNonName && run.segments.length === 1);
      if (standalone && seg.words.length >= 2) knownNames.add(seg.words.join(' '));
    }
  const frequency = new Map<string, number>();
  // Only run words are ever looked up (capitalised words and the connectors between them), so only those are counted.
  for (const t of body.tokens) if (isCapitalized(t.text) || lex.connectors.has(t.text)) frequency.set(t.text, (frequency.get(t.text) ?? 0) + 1);
  const followers = body.runs.map((run) => followedBy(body, run, article.text));
  const subjectWords = new Set<string>();
  body.runs.forEach((run, i) => {
    const only = run.segments.length === 1 ? run.segments[0] : undefined;
    if (only && only.words.length === 1 && run.tokens.length === 1 && followers[i]?.verb) subjectWords.add(only.words[0] ?? '');
  });
  const namesByWord = new Map<string, Set<string>>();
  for (const name of knownNames) for (const w of name.split(' ')) namesByWord.set(w, (namesByWord.get(w) ?? new Set()).add(name));
  const trim: TrimContext = { places, subjectWords, speakerWords, knownNames, namesByWord, connectors: lex.connectors, institutionWords: lex.nonNameWords, namePrefixes: lex.namePrefixes, frequency };
  // `firm`: more than the bare shape of two capitalised words speaks for a person (a title, a role, a verb, a cue …).
  const strong: { seg: NameSegment; honorific: string | null; firm: boolean }[] = [];
  // Names the text also writes as a thing's or an institution's ("perayaan Cap Go Meh"): their bare shape elsewhere proves nothing.
  const thingNames = new Set<string>();
  const weak: NameSegment[] = [];
  // Lone capitalised words joined to a run by "dan" ("Herman dan Ariani"): persons if the other side is one.
  const coordinated: { seg: NameSegment; other: NameRun }[] = [];
  const aliasPairs: [NameSegment, string][] = [];
  let pendingRole: { role: string; end: number } | null = null;
  body.runs.forEach((run, runIndex) => {
    if (isExcluded(run.tokens[0]?.start ?? -1)) return;
    const before = body.tokens[run.first - 1];
    const beforeWord = before !== undefined ? (body.lower[run.first - 1] ?? '') : '';
    const previousRun = body.runs[runIndex - 1];
    // "di Jalan Ciater Raya, Rawa Mekar Jaya, Serpong": a name listed right after a place is a place.
    const previousLast = previousRun?.tokens[previousRun.tokens.length - 1];
    const inPlaceList =
      previousRun !== undefined && previousLast !== undefined && previousRun.last === run.first - 1 && isCommaGap(article.text, previousLast.end, run.tokens[0]?.start ?? 0) &&
      !previousRun.kinds.includes('role') && (previousRun.kinds.includes('nonname') || previousRun.tokens.every((t) => places.has(t.text)));
    const afterPlacePreposition = before !== undefined && afterPlaceWord(body, before, run, article.text);
    const afterThing = lex.thingNouns.has(before?.text ?? '');
    // "yakni, MU (38)": an introducer may stand before a comma.
    const introducer = lex.introducers.has(beforeWord) ? before : undefined;
    const introduced = introducer !== undefined && /^[\s,:]*$/u.test(article.text.slice(introducer.end, run.tokens[0]?.start ?? 0));
    const aliasOf = lex.aliasMarkers.has(beforeWord);
    // "pelatih Bali United Stefano Cugurra": a role word written in lower case stands right before the run.
    const lowerRoleBefore = before !== undefined && before.text === beforeWord && lex.roleHeadsLower.has(beforeWord) && isSpaceGap(article.text, before.end, run.tokens[0]?.start ?? 0) ? before : undefined;
    const after = followers[runIndex] ?? followedBy(body, run, article.text);
    const segs = run.segments
      .map((s) => trimLeading(s, trim))
      .filter((s) => !s.words.every((w) => places.has(w)) || s.words.some((w) => speakerWords.has(w)));
    // Initials of a suspect or victim ("yakni, MU (38), Ad (37)", "pelaku lainnya yakni SU"): a short acronym with an age or an introducer.
    const lone = run.tokens.length === 1 ? run.tokens[0] : undefined;
    if (lone && run.kinds[0] === 'acronym' && /^\p{Lu}{2,3}$/u.test(lone.text) && (after.age || introduced)) {
      strong.push({ seg: { words: [lone.text], start: lone.start, end: lone.end, honorific: null, role: null, lastInRun: true, afterNonName: false, beforeHonorific: false, sentenceInitial: false }, honorific: null, firm: true });
      return;
    }
    // "Kepala Dinas Kominfo Sukamaju, Agus Salim,": after a role, the words before a comma and a full name are the role's.
    // With an institution word in the role ("Ketua Kelompok Tani Sri Mulya, Warsidi,") a one-word name after the comma is enough.
    const nextRun = body.runs[runIndex + 1];
    const lastTok = run.tokens[run.tokens.length - 1];
    const nextSeg = nextRun?.segments[0];
    const roleThenName =
      run.kinds[0] === 'role' && segs.length === 1 && segs[0]?.honorific === null && lastTok !== undefined && nextRun !== undefined && nextSeg !== undefined &&
      (nextRun.kinds[0] === 'name' || nextRun.kinds[0] === 'honorific') && (nextSeg.words.length >= 2 || nextSeg.honorific !== null || run.kinds.includes('nonname')) && isCommaGap(article.text, lastTok.end, nextRun.tokens[0]?.start ?? 0);
    if ((segs.length === 0 || roleThenName) && run.kinds.includes('role')) {
      const first = run.tokens[0];
      const last = run.tokens[run.tokens.length - 1];
      if (first && last) pendingRole = { role: article.text.slice(first.start, last.end).replace(/\s+/gu, ' '), end: last.end };
      return;
    }
    for (const seg of segs) {
      const nameWords = seg.words.filter((w) => !lex.connectors.has(w));
      const apposition = pendingRole !== null && isCommaGap(article.text, pendingRole.end, run.tokens[0]?.start ?? 0);
      // Only across an institution ("pelatih Bali United Stefano Cugurra"): right before a name a lower-case role may be
      // another's ("sebagai cawapres Prabowo Subianto" is Prabowo's running mate).
      const lowerRole = lowerRoleBefore && seg.role === null && seg.lastInRun && seg.end === lastTok?.end && nameWords.length >= 2 && seg.start > (run.tokens[0]?.start ?? 0) ? article.text.slice(lowerRoleBefore.start, seg.start).trim().replace(/\s+/gu, ' ') : null;
      const role = seg.role ?? (apposition && pendingRole ? pendingRole.role : null) ?? lowerRole;
      const seg2 = role !== seg.role ? { ...seg, role } : seg;
      if (aliasOf && seg === segs[0]) {
        weak.push(seg2);
        continue;
      }
      const spoken = nameWords.some((w) => speakerWords.has(w));
      // A run followed by an acronym in brackets ("Data Terpadu Kesejahteraan Sosial (DTKS)") names an organisation or a term.
      // "Bandara Raja Haji Abdullah": a name after an institution word is the institution's, whatever title it carries (a rank excepted).
      const ranked = seg.honorific !== null && lex.ranks.has(seg.honorific);
      const organisation = (seg.afterNonName && !ranked && !spoken && lowerRole === null) || (seg.honorific !== null && !spoken && afterNamesake(run, seg, lex)) || seg.beforeHonorific || (after.paren && !after.nickname && !seg.honorific && role === null && !spoken);
      const single = nameWords.length === 1;
      // The segment is the whole run: nothing capitalised stands around it to own the verb after it.
      const wholeRun = run.tokens.length === seg.words.length;
      const endsRun = seg.end === lastTok?.end;
      const isStrong =
        seg.honorific !== null ||
        (role !== null && !single && (endsRun || apposition)) ||
        // "Wali Kota Batu Nurochman menegaskan": a role, its place, and one name word that acts.
        (role !== null && single && seg.afterPlace === true && endsRun && after.verb) ||
        (seg.lastInRun && endsRun && (after.age || after.alias !== null || (after.verb && (!single || (wholeRun && !seg.sentenceInitial))))) ||
        (introduced && seg === segs[0] && (nameWords.length >= 2 || after.age || lex.nameIntroducers.has(beforeWord))) ||
        nameWords.some((w) => speakerWords.has(w));
      // Two name words with nothing else for them must at least end their run ("Dishub Jawa Barat" does not).
      const multi = nameWords.length >= 2 && endsRun;
      if (nameWords.length > MAX_NAME_WORDS) continue;
      const place = single && places.has(nameWords[0] ?? '');
      const thing = (afterThing || inPlaceList) && !isStrong;
      if ((isStrong || multi) && !afterPlacePreposition && !organisation && !place && !thing) strong.push({ seg: seg2, honorific: seg.honorific, firm: isStrong });
      else if (thing || organisation) thingNames.add(nameWords.join(' '));
      else {
        weak.push(seg2);
        const next = body.tokens[run.last + 1];
        if (single && wholeRun && !afterPlacePreposition && !place) {
          if (before && lex.coordinators.has(before.text) && previousRun?.last === run.first - 2) coordinated.push({ seg: seg2, other: previousRun });
          const following = body.runs[runIndex + 1];
          if (next && lex.coordinators.has(next.text) && following?.first === run.last + 2) coordinated.push({ seg: seg2, other: following });
        }
      }
      if (after.alias && seg.lastInRun) aliasPairs.push([seg2, after.alias.text]);
      if (after.nickname && seg.lastInRun && nameWords.length >= 2) aliasPairs.push([seg2, after.nickname]);
      if (after.softAlias && seg.lastInRun) aliasPairs.push([seg2, after.softAlias]);
      if (after.calledAlias && seg.lastInRun) aliasPairs.push([seg2, after.calledAlias]);
    }
    pendingRole = null;
  });
  const registry = new PersonRegistry();
  // Longest names first, so that a short form finds the full name it belongs to.
  strong.sort((a, b) => b.seg.words.length - a.seg.words.length || a.seg.start - b.seg.start);
  for (const { seg, honorific, firm } of strong) {
    if (!firm && thingNames.has(seg.words.filter((w) => !lex.connectors.has(w)).join(' '))) continue;
    registry.add(seg, honorific, true);
  }
  for (const { seg, other } of coordinated) {
    const otherSeg = other.segments[other.segments.length - 1];
    if (otherSeg && registry.find(otherSeg.words) && !registry.find(seg.words)) registry.add(seg, null, true);
  }
  for (const seg of weak) registry.add(seg, null, false);
  for (const [seg, alias] of aliasPairs) registry.addAlias(seg.words.join(' '), alias);
  return { registry, body };
}
