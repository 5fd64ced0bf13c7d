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
import { attributionLexicon } from '../quotes/quoteData';
import { readBody, type BodyText } from './bodyText';
import { segmentWith, type NameRun, type NameSegment } from './nameRuns';
import { isCommaGap, isSpaceGap, spacesCollapsed, wordBeforeSpaces, type Token } from './nameTokens';
import { PersonRegistry } from './personRegistry';
import { fullRoleHeadsOf } from './roleHeads';
import { afterCountry, afterPlaceWord, countryThenApposition, personSetOffAfterPlace, placeSetOff, placeWords } from './placeWords';
import { addressedNames, afterBracketedThing, numberedThingListRuns, thingListRuns, thingNounOpensRun } from './thingLists';
import { gluedRelatedHeadlineRuns, titleCaseRuns } from './titleCaseLines';
import { followedBy, pairAcronymAfter, withoutTitles, type RunFollower } from './runFollowers';
import { MAX_NAME_WORDS, trimLeading, type TrimContext } from './nameTrimming';
import { continuesInitialsList, countedPlaceBefore, introducedAsPerson, introducedByPersonNoun, onlyDegreesAfter, setOffByCommas } from './listAndAppositionClues';
import { afterNamesake, titledAfterInstitutionName, aliasAfterCommonNoun, allIn, anyIn, closesItem, closesNumberedName, degreeAfter, inBracketedCredit, listedAfter, namesAnimal, townOfNumberedName, isLoneNumberWord, namesListedPerson, namesNumberedUnit, opensWithShortForm, originThenPerson, relationBeside, roleBeforeBracket } from './runClues';
export { readBody, type BodyText } from './bodyText';

// Regexes made once (a literal in a function is a new object each time it runs).
/** A word written as a name: a capital, then lower-case letters only (no acronym, no bracket). */
const NAME_WORD_SHAPE = /^\p{Lu}\p{Ll}+$/u;
const INTRODUCER_GAP = /^[\s,:]*$/u;
const SHORT_INITIALS = /^\p{Lu}{2,3}$/u;
/** An alias after initials not in brackets is a name ("AS alias Bedul"); "(ASN) alias di …" is no alias, and bracketed capitals are a short form. */
const CAPITALISED = /^\p{Lu}/u;
// ", petani lada di Desa Belo Laut,": a lower-case apposition (who the person is) closed by a comma.
const LOWER_APPOSITION = /^,\s+\p{Ll}[^.,;:"“”]{0,120},/u;
/** A lower-case apposition set off by commas, then the verb after it ("…, pedagang sayur di los B, mengatakan"): its first word in group 1, the verb in group 2. */
const APPOSITION_THEN_VERB = /^,\s+(\p{Ll}+)[^.,;:"“”]{0,120},\s+(\p{Ll}+)/u;
const SPACE_RUNS = /\s+/gu;
const SPACES = /\s+/u;
/** A passive verb ("dibuka", "ditutup"): what stands before it is acted on, not acting. */
const PASSIVE_VERB = /^di[a-z]{3,}$/u;

export interface PeopleFinding {
  readonly registry: PersonRegistry;
  readonly body: BodyText;
}

/**
 * The persons the body names. `speakers`: the speaker texts of the article's reporting cues (persons
 * by the text's own word). `datelinePlace`: the place the dateline names ("SIDOARJO"): its words are
 * a place wherever the body writes them.
 */
export function findPeople(article: Article, lineRoles: readonly LineRole[], lang: LanguageData, speakers: readonly string[], excluded: readonly Span[] = [], datelinePlace: string | null = null): PeopleFinding {
  const body = readBody(article, lineRoles, lang, datelinePlace);
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
  // The dateline's place is a place wherever the body writes its words.
  for (const w of body.datelinePlaceWords) places.add(w);
  // Short speaker texts ("Dony", "Ben", "Prasetyo Hadi") are names; longer ones hold roles and places too.
  const speakerWords = new Set<string>();
  for (const speaker of speakers) {
    const ws = speaker.split(SPACES);
    if (ws.length <= 2) {
      for (const w of ws) if (!lex.roleHeads.has(w) && !lex.nonNameWords.has(w.toLowerCase())) speakerWords.add(w);
    }
    // "kata Kepala Dinkes Kabupaten Sleman Wartono": a longer one holding a role ends with its holder's one name word
    // when a place of the gazetteer stands right before it (not "… Eko Prasetyo": a name of two words).
    else if (ws.some((w) => lex.roleHeads.has(w)) && NAME_WORD_SHAPE.test(ws[ws.length - 1] ?? '') && lex.placeNames.has((ws[ws.length - 2] ?? '').toLowerCase())) {
      const last = ws[ws.length - 1] ?? '';
      if (!lex.roleHeads.has(last) && !lex.nonNameWords.has(last.toLowerCase()) && !lex.placeNames.has(last.toLowerCase())) speakerWords.add(last);
    }
  }
  // Names written on their own somewhere (after an honorific, or with no role and not opening a sentence),
  // and for each word the names that hold it (name words never hold a space).
  const knownNames = new Set<string>();
  const namesByWord = new Map<string, Set<string>>();
  for (const run of body.runs)
    for (const seg of run.segments) {
      const standalone = seg.honorific !== null || (seg.role === null && !seg.sentenceInitial && !seg.afterNonName && run.segments.length === 1);
      if (!standalone || seg.words.length < 2) continue;
      const name = seg.words.join(' ');
      knownNames.add(name);
      for (const w of seg.words) namesByWord.set(w, (namesByWord.get(w) ?? new Set()).add(name));
    }
  // Counted on first use: trimLeading asks only about some segments, and in many articles about none.
  let counts: Map<string, number> | null = null;
  const frequency = {
    get: (word: string): number | undefined => {
      if (counts === null) {
        counts = new Map<string, number>();
        // Only run words are ever looked up (capitalised words and the connectors between them), so only those are counted.
        for (const i of body.runWordIndices) {
          const text = (body.tokens[i] as Token).text;
          counts.set(text, (counts.get(text) ?? 0) + 1);
        }
      }
      return counts.get(word);
    },
  };
  // What follows each run, read when first asked: about half the runs hold no name and never ask.
  const followers: (RunFollower | undefined)[] = [];
  const followerOf = (i: number): RunFollower => (followers[i] ??= followedBy(body, body.runs[i] as NameRun, article.text));
  const subjectWords = new Set<string>();
  for (let i = 0; i < body.runs.length; i++) {
    const run = body.runs[i] as NameRun;
    const only = run.segments.length === 1 ? run.segments[0] : undefined;
    if (only && only.words.length === 1 && run.tokens.length === 1 && followerOf(i).verb) subjectWords.add(only.words[0] ?? '');
  }
  const listedThings = thingListRuns(body, article.text, places, speakerWords);
  for (const r of numberedThingListRuns(body, article.text)) listedThings.add(r);
  const inTitleCase = titleCaseRuns(article, lineRoles, body);
  gluedRelatedHeadlineRuns(article, lineRoles, body, inTitleCase);
  const trim: TrimContext = { places, subjectWords, speakerWords, knownNames, namesByWord, connectors: lex.connectors, institutionWords: lex.nonNameWords, clubNamePattern: lex.clubNamePattern, namePrefixes: lex.namePrefixes, frequency };
  // `firm`: more than the bare shape of two capitalised words speaks for a person (a title, a role, a verb, a cue …).
  const strong: { seg: NameSegment; honorific: string | null; firm: boolean }[] = [];
  // Names the text also writes as a thing's or an institution's ("perayaan Cap Go Meh"): their bare shape elsewhere proves nothing.
  const thingNames = new Set<string>();
  // Runs that named an animal (namesAnimal): a run listed right after one names another.
  const animalRuns = new Set<number>();
  // Runs read after a thing noun ("varietas Inpari"): a run listed right after one is a thing too.
  const thingRuns = new Set<number>();
  const weak: NameSegment[] = [];
  // Lone capitalised words joined to a run by "dan" ("Herman dan Ariani"): persons if the other side is one.
  const coordinated: { seg: NameSegment; other: NameRun }[] = [];
  // The third member marks a name given after "alias" with no title: the fuller of the two is the person's name.
  const aliasPairs: [NameSegment, string, boolean?][] = [];
  let pendingRole: { role: string; end: number } | null = null;
  // Where the last initials read as a person end (-1: none yet).
  let initialsEnd = -1;
  // "Menurut perempuan yang akrab disapa Tika itu": names a person already named, by a common noun and the name they go by.
  // sharedWordOnly: after a quotation's cue ("ujar pria yang akrab disapa A Khim ini") the noun is the speaker, the person
  // named last only when the alias holds a word of that person's name ("Khim" of "Tjhai Nyit Khim").
  const contextAliases: { alias: string; at: number; sharedWordOnly?: boolean }[] = [];
  const frontAliases: [name: string, alias: string][] = [];
  const referringWords = attributionLexicon(lang).referringWords;
  const contextCues = attributionLexicon(lang).contextCues;
  const cueVerbs = attributionLexicon(lang).verbs;
  const reportingVerbs = attributionLexicon(lang).prefixedVerbs;
  // What each run is (a named function: a profile then names it, where the forEach callback was "(anonymous)").
  const readRun = (run: NameRun, runIndex: number): void => {
    if (isExcluded(run.tokens[0]?.start ?? -1)) return;
    // "(IDN Times/Ni Ketut Wira Sanjiwani)" glued into the body: a photo credit's names are the page's staff.
    if (inBracketedCredit(run, article.text)) return;
    // "Yanto, sapaan Suryanto Wibowo", "Kang DW, sapaan Darmawan Saputra": the run is the nickname of the name after the phrase.
    const runEnd = run.tokens[run.tokens.length - 1]?.end ?? 0;
    const front = lex.nicknameFrontPhrase?.exec(article.text.slice(runEnd, runEnd + NICKNAME_PHRASE_WINDOW));
    if (front?.[1]) frontAliases.push([front[1], spacesCollapsed(article.text, run.tokens[0]?.start ?? runEnd, runEnd)]);
    // "varietas Inpari 32 HDB dan Cakrabuana Agritan": a run listed right after a thing's (past its number or a "dan") is another thing.
    const listedAfterThing = thingRuns.has(runIndex - 1) && listedAfter(body, body.runs[runIndex - 1], run, article.text);
    if (listedAfterThing) thingRuns.add(runIndex);
    const before = body.tokens[run.first - 1];
    // "Kodim 1403/Sawerigading": a name joined by a slash to a unit's number is the unit's name.
    if (before !== undefined && namesNumberedUnit(body, run.first, article.text)) {
      for (const seg of run.segments) if (seg.honorific === null) thingNames.add(seg.words.join(' '));
      // "Dandim 1410/Bantaeng Letkol Inf Syamsul Alam": a ranked name after the unit's is a person, read as usual.
      if (!run.segments.some((seg) => seg.honorific !== null)) return;
    }
    // "Gajah sumatra betina bernama Ramadani": a name given to an animal is no person.
    const previousRunIndex = runIndex - 1;
    if (namesAnimal(body, run, animalRuns.has(previousRunIndex) ? body.runs[previousRunIndex] : undefined)) {
      animalRuns.add(runIndex);
      for (const seg of run.segments) thingNames.add(seg.words.filter((w) => !lex.connectors.has(w)).join(' '));
      return;
    }
    // "Daop 5 Purwokerto memastikan …", "SD Inpres 5 Tondo, mengaku …": one word closing a numbered unit's or school's
    // name is the unit's town, whatever verb follows.
    if (townOfNumberedName(body, run, article.text)) {
      thingNames.add(run.tokens[0]?.text ?? '');
      return;
    }
    // The word before the run: what the language lists say of it comes from the word table.
    const beforeInfo = before !== undefined ? body.words[run.first - 1] : undefined;
    const previousRun = body.runs[runIndex - 1];
    // "di Jalan Ciater Raya, Rawa Mekar Jaya, Serpong": a name listed right after a place is a place.
    const previousLast = previousRun?.tokens[previousRun.tokens.length - 1];
    const inPlaceList =
      previousRun !== undefined && previousLast !== undefined && previousRun.last === run.first - 1 && isCommaGap(article.text, previousLast.end, run.tokens[0]?.start ?? 0) &&
      !previousRun.kinds.includes('role') && (previousRun.kinds.includes('nonname') || previousRun.tokens.every((t) => places.has(t.text))) &&
      // "kiper Persija, Andhika Kurniawan": after a lower-case role and its institution, the apposition is the role's holder.
      body.words[previousRun.first - 1]?.lowerRoleHead !== true &&
      // "Ketua Asosiasi … (AEKI) Lampung, Muhammad Ridwan": the place closes a role cut by its bracketed short form.
      !roleBeforeBracket(body.runs, runIndex - 1, article.text) &&
      !closesNumberedName(body, previousRun) && !countryThenApposition(body, previousRun) &&
      // "dari Fraksi PKB, Mukhlis Hidayat": an institution closed by its acronym, with no place word in it, is no place.
      !(previousRun.kinds[previousRun.kinds.length - 1] === 'acronym' && !previousRun.tokens.some((_, k) => body.words[previousRun.first + k]?.placeMarker === true)) &&
      // "masing-masing dari Pesisir Selatan, Nurhayati Sari; dan dari …": where each came from, then who, in a list cut by semicolons.
      !originThenPerson(article.text, previousRun.tokens[0]?.start ?? 0, run.tokens[run.tokens.length - 1]?.end ?? 0) &&
      // "Penggemar asal Makassar, Andi Nurul Fadhilah, rela …": the person from the place, set off by commas.
      !personSetOffAfterPlace(body, run, article.text);
    const afterPlacePreposition = afterPlaceWord(body, run, article.text);
    // "Fitur Putar Balik dapat …": a thing noun opening the sentence, capitalised there, opens the run the same way.
    const afterThing = listedAfterThing || beforeInfo?.thingNoun === true || thingNounOpensRun(body, run, article.text);
    if (afterThing) thingRuns.add(runIndex);
    // "(BUMDes) Sido Makmur menyetorkan …": a group's bracketed short form names the group whatever verb follows.
    const afterGroupShortForm = afterBracketedThing(body, run, article.text);
    // "yakni, MU (38)": an introducer may stand before a comma.
    const introducer = beforeInfo?.introducer === true ? before : undefined;
    const introduced = introducer !== undefined && INTRODUCER_GAP.test(article.text.slice(introducer.end, run.tokens[0]?.start ?? 0));
    const aliasOf = beforeInfo?.aliasMarker === true;
    // The run is still read as before (its mention counts for the context of later quotes).
    const calledNoun = beforeInfo?.personAliasVerb === true ? aliasAfterCommonNoun(body, run, article.text, referringWords, cueVerbs) : null;
    if (calledNoun !== null) contextAliases.push({ alias: calledNoun.alias, at: run.tokens[0]?.start ?? 0, sharedWordOnly: calledNoun.afterCue });
    // "pelatih Bali United Stefano Cugurra": a role word written in lower case stands right before the run.
    // Not before a group noun ("anggota Kelompok Nelayan Tunas Bahari": the name after it is the group's).
    const lowerRoleBefore = before !== undefined && beforeInfo?.lowerRoleHead === true && !lex.thingNouns.has((run.tokens[0]?.text ?? '').toLowerCase()) && isSpaceGap(article.text, before.end, run.tokens[0]?.start ?? 0) ? before : undefined;
    // Segments of place words only are places, unless a speaker's word is among them (a loop: half the runs have none).
    const segs: NameSegment[] = [];
    for (const s of run.segments) {
      const trimmed = trimLeading(s, trim);
      if (!allIn(trimmed.words, places) || anyIn(trimmed.words, speakerWords)) segs.push(trimmed);
    }
    // Initials of a suspect or victim ("yakni, MU (38), Ad (37)", "pelaku lainnya yakni SU"): a short acronym with an age or an introducer.
    const lone = run.tokens.length === 1 ? run.tokens[0] : undefined;
    // Further initials in the same list ("berinisial JS dan TM", "MR (27), AS alias Bedul (31), dan HD (24)") are persons too.
    const follower = lone && run.kinds[0] === 'acronym' && SHORT_INITIALS.test(lone.text) ? followerOf(runIndex) : undefined;
    if (lone && follower && (follower.age || (CAPITALISED.test(follower.alias?.text ?? '') && article.text[lone.start - 1] !== '(') || introduced || continuesInitialsList(article.text, initialsEnd, lone.start, lex))) {
      initialsEnd = lone.end;
      const initials: NameSegment = { words: [lone.text], start: lone.start, end: lone.end, honorific: null, role: null, lastInRun: true, afterNonName: false, beforeHonorific: false, sentenceInitial: false };
      strong.push({ seg: initials, honorific: null, firm: true });
      // "AR alias Ucok": the suspect's nickname is another name of the initials' person, not a second person.
      const nickname = follower.alias?.text;
      if (nickname !== undefined && CAPITALISED.test(nickname) && article.text[lone.start - 1] !== '(') {
        aliasPairs.push([initials, nickname]);
        const bare = withoutTitles(nickname, lex);
        if (bare !== nickname) aliasPairs.push([initials, bare]);
      }
      return;
    }
    // "Kepala Dinas Kominfo Sukamaju, Agus Salim,": after a role, the words before a comma and a full name are the role's.
    // With an institution word in the role ("Ketua Kelompok Tani Sri Mulya, Warsidi,") a one-word name after the comma is enough.
    // "Ketua Kelompok Tani Ngudi Makmur, Padukuhan Karangmloko, Suharjo,": a place set off by commas may stand between.
    const lastTok = run.tokens[run.tokens.length - 1];
    const setOff = placeSetOff(body, runIndex, article.text);
    const nextRun = setOff ?? body.runs[runIndex + 1];
    const nextSeg = nextRun?.segments[0];
    // "Kepala Unit Penyelenggara Bandar Udara (UPBU) Kelas I Frans Seda, Yohanes …": a long institution may split the
    // run into several segments, none of them titled; the words before the comma are still the role's.
    const roleThenName =
      run.kinds[0] === 'role' && segs.length >= 1 && segs.every((s) => s.honorific === null) && lastTok !== undefined && nextRun !== undefined && nextSeg !== undefined &&
      (nextRun.kinds[0] === 'name' || nextRun.kinds[0] === 'honorific' || opensWithShortForm(nextRun)) && (nextSeg.words.length >= 2 || nextSeg.honorific !== null || run.kinds.includes('nonname') || opensWithShortForm(nextRun) || setOffByCommas(nextRun, article.text)) && (setOff !== undefined || isCommaGap(article.text, lastTok.end, nextRun.tokens[0]?.start ?? 0));
    // "Manajer Humas KAI Daop 5 Purwokerto, Krisbiyantoro": a unit's number cut the role; the words after it, up to the
    // comma before a name, still belong to the role.
    const roleAcrossNumber =
      previousRun !== undefined && previousRun.kinds.includes('role') && previousRun.last === run.first - 2 && closesNumberedName(body, run) && previousLast !== undefined &&
      isSpaceGap(article.text, previousLast.end, body.tokens[run.first - 1]?.start ?? 0) && lastTok !== undefined && nextRun !== undefined &&
      (nextRun.kinds[0] === 'name' || nextRun.kinds[0] === 'honorific') && isCommaGap(article.text, lastTok.end, nextRun.tokens[0]?.start ?? 0);
    if (roleAcrossNumber) {
      const first = previousRun.tokens[0];
      if (first) pendingRole = { role: spacesCollapsed(article.text, first.start, lastTok.end), end: lastTok.end };
      return;
    }
    if ((segs.length === 0 || roleThenName) && run.kinds.includes('role')) {
      const first = run.tokens[0];
      const last = run.tokens[run.tokens.length - 1];
      if (first && last) pendingRole = { role: spacesCollapsed(article.text, first.start, last.end), end: last.end };
      return;
    }
    // "Ketua DPC Partai Karya Bangsa Medan, Hasyim SE,": the role and its institution are the next run's role.
    let roleForNext: { role: string; end: number } | null = null;
    for (const seg of segs) {
      const after = followerOf(runIndex);
      const nameWords = seg.words.filter((w) => !lex.connectors.has(w));
      const apposition = pendingRole !== null && isCommaGap(article.text, pendingRole.end, run.tokens[0]?.start ?? 0);
      // Only across an institution ("pelatih Bali United Stefano Cugurra"): right before a name a lower-case role may be
      // another's ("sebagai cawapres Prabowo Subianto" is Prabowo's running mate).
      const lowerRole = lowerRoleBefore && seg.role === null && seg.lastInRun && seg.end === lastTok?.end && nameWords.length >= 2 && seg.start > (run.tokens[0]?.start ?? 0) ? article.text.slice(lowerRoleBefore.start, seg.start).trim().replace(SPACE_RUNS, ' ') : null;
      const role = seg.role ?? (apposition && pendingRole ? pendingRole.role : null) ?? lowerRole;
      const seg2 = role !== seg.role ? segmentWith(seg, seg.words, seg.start, role, seg.sentenceInitial, seg.afterPlace) : seg;
      // "… tutur Pak Darto, sapaan akrabnya": the name the run ends with is what the person named last before it goes by.
      if (seg.lastInRun && seg.end === lastTok?.end && lex.nicknameBackPhrase?.test(article.text.slice(seg.end, seg.end + NICKNAME_PHRASE_WINDOW)) === true) {
        contextAliases.push({ alias: nameWords.join(' '), at: seg.start });
      }
      if (aliasOf && seg === segs[0]) {
        weak.push(seg2);
        continue;
      }
      const spoken = anyIn(nameWords, speakerWords);
      // A run followed by an acronym in brackets ("Data Terpadu Kesejahteraan Sosial (DTKS)") names an organisation or a term.
      // "Bandara Raja Haji Abdullah": a name after an institution word is the institution's, whatever title it carries (a rank excepted).
      const ranked = seg.honorific !== null && lex.ranks.has(seg.honorific);
      // "Ketua DPC Partai Karya Bangsa Medan, Hasyim SE": a role ending in an institution word ("Partai", "Universitas") is
      // followed by that institution's name, not by its holder's.
      // "pelatih PS Mahakam Ulu": a lower-case role running into an institution word names the institution after it too.
      const ownRole = seg.role ?? lowerRole;
      const institutionAfterRole = ownRole !== null && !spoken && lex.namesakeNouns.has(ownRole.slice(ownRole.lastIndexOf(' ') + 1).toLowerCase());
      const roleStart = run.tokens[run.kinds.indexOf('role')]?.start;
      if (institutionAfterRole && roleStart !== undefined && seg.end === lastTok?.end) roleForNext = { role: spacesCollapsed(article.text, roleStart, lastTok.end), end: lastTok.end };
      const organisation = (seg.afterNonName && !ranked && !spoken && lowerRole === null && !afterCountry(run, seg, lex.placeNames) && !titledAfterInstitutionName(run, seg, lex)) || (seg.honorific !== null && !spoken && afterNamesake(run, seg, lex)) || seg.beforeHonorific || (after.paren && !after.nickname && !seg.honorific && role === null && !spoken && !(seg.end === lastTok?.end && pairAcronymAfter(article.text, seg.start, seg.end, seg.words[0] ?? ''))) || institutionAfterRole;
      const single = nameWords.length === 1;
      // The segment is the whole run: nothing capitalised stands around it to own the verb after it.
      const wholeRun = run.tokens.length === seg.words.length;
      // "Endang Sulistyowati SPd mengirim …": degrees closing the run after the name leave the name at its end.
      const endsRun = seg.end === lastTok?.end || onlyDegreesAfter(run, seg.end, body.lexicon.degrees);
      // "yakni Budi Santoso": an introducer; in a list of clubs ("yaitu Bayern Munich, Inter Milan, …") it introduces things.
      const byIntroducer = introduced && seg === segs[0] && (nameWords.length >= 2 || after.age || beforeInfo?.nameIntroducer === true);
      const strongBesidesIntroducer =
        seg.honorific !== null ||
        (single && wholeRun && relationBeside(run, before, body, article.text, lex)) ||
        (role !== null && !single && (endsRun || apposition)) ||
        // "Lurah Bugih, Moh. Hasanuddin,": a role's holder set off by commas, opened by a short form the data lists among connectors.
        (role !== null && single && apposition && endsRun && wholeRun === false && opensWithShortForm(run)) ||
        // "Ketua Bawaslu Deli, Rahmadi SE, mengatakan": a role's holder set off by a comma, one name word and a degree after it.
        (role !== null && single && apposition && onlyDegreesAfter(run, seg.end, body.lexicon.degrees)) ||
        // "Kepala Desa Lainungan, Baharuddin, yang diperiksa …": one word set off by commas after a role, the sentence going on in lower case.
        (role !== null && single && apposition && wholeRun && setOffByCommas(run, article.text)) ||
        // "Koordinator pedagang, Suwarno, yang akrab disapa Gendhon": one word set off by a comma, with the name the person goes by.
        (single && wholeRun && after.calledAsPerson && before !== undefined && isCommaGap(article.text, before.end, run.tokens[0]?.start ?? 0)) ||
        // "Sumarni, guru honorer yang akrab disapa Bu Rini, sudah …": one word opening its sentence, with the name the person goes by.
        // ("Bintang yang akrab disapa MJ itu": no comma, a common noun for the person the text names elsewhere.)
        (single && wholeRun && seg.sentenceInitial && article.text.charCodeAt(seg.end) === 44 && after.calledAsPerson) ||
        // "Wali Kota Batu Nurochman menegaskan": a role, its place, and one name word that acts; or that closes
        // the sentence or a list item ("serta Camat Tompobulu Hasrullah.", "Kapolsek Tompobulu Suardi dan …").
        (role !== null && single && seg.afterPlace === true && endsRun && (after.verb || closesItem(run, body, article.text))) ||
        // "Bupati Jeje juga menegaskan": one word right after a place's head that acts, when neither the gazetteer nor the
        // text makes it a place ("Bupati Kukar menegaskan" with "Pemkab Kukar" or "di Kukar" elsewhere is the regency).
        // After a body's head the word is the body's ("Ketua Saniri terpilih"): only the data's placeHeadRoles.
        (role !== null && single && seg.afterPlace !== true && endsRun && after.verb && lex.placeHeadRoles.has(role.toLowerCase()) && !places.has(nameWords[0] ?? '') && !lex.placeNames.has((nameWords[0] ?? '').toLowerCase())) ||
        // "di Jalan Kembang Jepun, Surabaya, dibuka …": one word listed after a place, then a passive verb, is the place's town.
        // "Sudarso atau Kang Darso,": another name behind an honorific speaks for a person as an alias does.
        // "Ahmad Riduan atau Acong,": a full name with another one-word name after "atau" is a person's as well.
        (seg.lastInRun && endsRun && (after.age || after.alias !== null || after.softAliasTitled || (after.softAlias !== null && !single) || (after.verb && (!single || (wholeRun && !seg.sentenceInitial && !(inPlaceList && PASSIVE_VERB.test(body.tokens[run.last + 1]?.text ?? ''))))))) ||
        (seg.lastInRun && endsRun && degreeAfter(body, run, article.text)) ||
        (single && wholeRun && namesListedPerson(run, article.text)) ||
        // "Menurut Harun, petani lada di Desa Belo Laut, …": one word after "according to", then who they are set off by commas.
        // The word before is read within 24 characters of the name, whether or not the name's run holds it ("Menurut"
        // opening a sentence is capitalised, so inside the run).
        (single && endsRun && contextCues.has(wordBeforeSpaces(article.text, Math.max(0, seg.start - 24), seg.start)?.toLowerCase() ?? '') && LOWER_APPOSITION.test(article.text.slice(seg.end, seg.end + 160))) ||
        // "Yanti, pedagang sayur di los B, mengatakan …": one word opening its sentence, who they are set off by commas, then
        // a reporting verb: the way a story introduces a person it names by one word only.
        // Not when the apposition says it is a thing ("Pertamina, perusahaan energi milik negara, mengatakan").
        (single && wholeRun && seg.sentenceInitial && introducedAsPerson(APPOSITION_THEN_VERB.exec(article.text.slice(seg.end, seg.end + 160)), reportingVerbs, lex.thingNouns)) ||
        (single && wholeRun && seg.sentenceInitial && introducedByPersonNoun(article.text.slice(seg.end, seg.end + 240), lex.personNouns, reportingVerbs)) ||
        spoken;
      const isStrong = strongBesidesIntroducer || byIntroducer;
      // Two name words with nothing else for them must at least end their run ("Dishub Jawa Barat" does not).
      // Not in a line written in title case (titleCaseLines.ts), where every word is capitalised.
      const multi = nameWords.length >= 2 && endsRun && !inTitleCase.has(runIndex);
      if (nameWords.length > MAX_NAME_WORDS || isLoneNumberWord(nameWords)) continue;
      // A province's, regency's or city's name (the gazetteer) is a place unless something personal speaks for a person
      // (a title, a role, a cue, an introducer, an age, an alias); a verb after it does not ("Parigi Moutong mencatat …").
      const ownEvidence = seg.honorific !== null || role !== null || spoken || (after.age && !countedPlaceBefore(body, previousRun, run, places, lex.placeNames)) || after.alias !== null || after.softAliasTitled;
      const personal = ownEvidence || introduced;
      const place = (single && places.has(nameWords[0] ?? '')) || (!personal && lex.placeNames.has(nameWords.join(' ').toLowerCase()));
      // An unmarked item of a list of things (thingLists.ts) is one, whatever its shape or a plain introducer ("yaitu") says.
      const listedThing = listedThings.has(runIndex) && !ownEvidence && !strongBesidesIntroducer && beforeInfo?.nameIntroducer !== true;
      const thing = ((afterThing || inPlaceList) && !isStrong) || listedThing || (afterGroupShortForm && seg.honorific === null && role === null && !spoken);
      // "Penyanyi asal Inggris Tom Ashby": the preposition governs the country only; the name after it is its citizen's.
      const placeBefore = afterPlacePreposition && !afterCountry(run, seg, lex.placeNames);
      if ((isStrong || multi) && !placeBefore && !organisation && !place && !thing) strong.push({ seg: seg2, honorific: seg.honorific, firm: isStrong });
      else if (thing || organisation) thingNames.add(nameWords.join(' '));
      else {
        weak.push(seg2);
        const next = body.tokens[run.last + 1];
        if (single && wholeRun && !afterPlacePreposition && !place) {
          if (before && beforeInfo?.coordinator === true && previousRun?.last === run.first - 2) coordinated.push({ seg: seg2, other: previousRun });
          const following = body.runs[runIndex + 1];
          if (next && body.words[run.last + 1]?.coordinator === true && following?.first === run.last + 2) coordinated.push({ seg: seg2, other: following });
        }
      }
      if (after.alias && seg.lastInRun) {
        // "Sarnubi alias Pak Nubi": the titled nickname as written and the name its own run reads ("Nubi");
        // "Bang Ucok alias Syahrul Nasution": an untitled name after "alias" may be the fuller one.
        const bare = withoutTitles(after.alias.text, lex);
        aliasPairs.push([seg2, after.alias.text, bare === after.alias.text]);
        if (bare !== after.alias.text) aliasPairs.push([seg2, bare]);
      }
      if (after.nickname && seg.lastInRun && nameWords.length >= 2) aliasPairs.push([seg2, after.nickname]);
      if (after.softAlias && seg.lastInRun) aliasPairs.push([seg2, after.softAlias]);
      if (after.calledAlias && seg.lastInRun) {
        aliasPairs.push([seg2, after.calledAlias]);
        // The titled alias as written ("Pak Acid") and the name its own run reads ("Acid"; "Tuan Guru Bajang": "Bajang").
        const bare = withoutTitles(after.calledAlias, lex);
        if (bare !== after.calledAlias) aliasPairs.push([seg2, bare]);
      }
      // `Oliver "Ollie" Brandt`: the nickname taken out of the name is an alias, and so is a one-word nickname with the
      // surname ("Ollie Brandt"), the way the text may write the person later.
      for (const nick of body.quotedNicknames) {
        if (nick.at <= seg2.start || nick.at >= seg2.end) continue;
        aliasPairs.push([seg2, nick.text]);
        const surname = nameWords[nameWords.length - 1];
        if (!nick.text.includes(' ') && nameWords.length >= 2 && surname) aliasPairs.push([seg2, `${nick.text} ${surname}`]);
      }
    }
    pendingRole = roleForNext;
  };
  for (let i = 0; i < body.runs.length; i++) readRun(body.runs[i] as NameRun, i);
  const registry = new PersonRegistry(lex.finalLetterVariants, lex.nameWordLongForms, fullRoleHeadsOf(lex), lex.spellingVariants, lex.ranks);
  // Longest names first, so that a short form finds the full name it belongs to.
  strong.sort((a, b) => b.seg.words.length - a.seg.words.length || a.seg.start - b.seg.start);
  // "MUTIARAHITAM.ID": a name the text also writes as a site's address is the site's or the brand's, no person's.
  const addressed = addressedNames(article.text);
  for (const { seg, honorific, firm } of strong) {
    if (!firm && thingNames.has(seg.words.filter((w) => !lex.connectors.has(w)).join(' '))) continue;
    if (seg.honorific === null && seg.words.length >= 2 && addressed.has(seg.words.join('').toLowerCase())) continue;
    registry.add(seg, honorific, true);
  }
  for (const { seg, other } of coordinated) {
    const otherSeg = other.segments[other.segments.length - 1];
    if (otherSeg && registry.find(otherSeg.words) && !registry.find(seg.words)) registry.add(seg, null, true);
  }
  for (const seg of weak) registry.add(seg, null, false);
  for (const [seg, alias, mayName] of aliasPairs) registry.addAlias(seg.words.join(' '), alias, mayName === true);
  for (const [name, alias] of frontAliases) registry.addAlias(name, alias);
  // The common noun points back to the person named last before it (a person the alias names too is folded in);
  // an alias some person already goes by stays theirs. An alias of two words ("ulama yang akrab disapa Abu Rahman itu")
  // is recorded word by word as well (personRegistry.addAlias), so the text writing it again still finds the person.
  for (const { alias, at, sharedWordOnly } of contextAliases) {
    if (registry.hasAlias(alias)) continue;
    const name = registry.lastMentionBefore(at);
    if (sharedWordOnly === true && (name === null || !sharesWord(name, alias))) continue;
    if (name !== null && name !== alias) registry.addAlias(name, alias);
  }
  return { registry, body };
}

/**
 * Two names share a word of three letters or more (case aside), or a word of the second of four letters or more opens
 * a word of the first: a nickname cut from the given name ("Ra Fadhil" for "Moh. Fadhilah Ridwan").
 */
function sharesWord(a: string, b: string): boolean {
  const words = a.toLowerCase().split(' ').filter((w) => w.length >= 3);
  return b.toLowerCase().split(' ').some((w) => words.includes(w) || (w.length >= 4 && words.some((x) => x.startsWith(w))));
}

/** How much text after a name the phrase naming it a nickname is read in (", sapaan akrabnya,"). */
const NICKNAME_PHRASE_WINDOW = 40;

