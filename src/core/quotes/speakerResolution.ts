/**
 * Who said each quote. A cue that names the speaker resolves through the people of the article:
 * a full or short name to the fullest form, a role ("Camat Tanjung Morawa", "Pj Walikota") to the
 * person who holds it there; a name the people finder does not know (an organisation such as
 * BMKG, an account such as @infoBMKG) stays as written. A -nya or pronoun cue, or no cue at all,
 * resolves to the last one named as speaking before the quote: the speaker of the previous quote
 * or a person the text shows speaking ("Benyamin menegaskan …", "kata Benyamin"), whichever is
 * later.
 */
import type { LanguageData } from '../lang/language';
import type { Cue, Quote } from '../model';
import type { BodyText } from '../people/peopleFinder';
import type { PersonRegistry } from '../people/personRegistry';
import { isAcronym, isCapitalized } from '../people/nameTokens';
import { firstGluedSentenceDot, isAbbreviation } from '../people/gluedSentenceEnd';
import { attributionLexicon, nameLexicon, type AttributionLexicon, type NameLexicon } from './quoteData';
import { SpeakingEvents, type SpeakingEvent } from './speakingEvents';
import type { QuoteCandidate } from './quotes';

type Resolved = { name: string; by: NonNullable<Quote['resolution']> };

/** The name an alias phrase gives in the clause right after a cue, or null. */
function calledBy(text: string, from: number, names: NameLexicon): string | null {
  if (!names.aliasPhraseAnywhere || from >= text.length) return null;
  const clause = text.slice(from, from + ALIAS_WINDOW).split(/[.!?\n]/u)[0] ?? '';
  return names.aliasPhraseAnywhere.exec(clause)?.[1] ?? null;
}

/** How many words a holder's name after a bracketed acronym may have. */
const MAX_HOLDER_WORDS = 3;

/**
 * "kata Plt Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kusmayadi": a role written out with its body's acronym in
 * brackets, then one to three capitalised words that are no institution's: those words are the holder's name, not the
 * whole text (the person finder may not know the name when the role ran over the line's other words). Null otherwise.
 */
function holderAfterBracket(words: readonly string[], names: NameLexicon): string | null {
  let close = -1;
  for (let i = words.length - 1; i >= 0 && close < 0; i--) if ((words[i] ?? '').endsWith(')')) close = i;
  const tail = words.slice(close + 1);
  if (close < 1 || tail.length === 0 || tail.length > MAX_HOLDER_WORDS) return null;
  return tail.every((w) => isCapitalized(w) && !names.nonNameWords.has(w.toLowerCase()) && !names.roleHeads.has(w)) ? tail.join(' ') : null;
}

function resolveText(text: string, registry: PersonRegistry, names: NameLexicon, a: AttributionLexicon, at: number): Resolved | null {
  // Each word lower-cased once, beside it (four lists below are looked up by the lower-case form).
  const words: string[] = [];
  const lowers: string[] = [];
  for (const w of text.split(/\s+/u)) {
    if (w.length === 0) continue;
    const lower = w.toLowerCase();
    if (a.fillers.has(lower)) continue;
    words.push(w);
    lowers.push(lower);
  }
  if (words.length === 0) return null;
  const nameWords: string[] = [];
  words.forEach((w, i) => {
    if (isCapitalized(w) && !names.honorifics.has(w) && !names.ranks.has(w) && !names.nonNameWords.has(lowers[i] ?? '') && !names.roleHeads.has(w) && !w.startsWith('(')) nameWords.push(w);
  });
  // Only a speaker text holding a role word ("tutur Pj Walikota") may name a person by role; an
  // institution ("tulis Polda Metro Jaya") is not the person whose role mentions it.
  const holdsRole = lowers.some((lower) => names.roleHeadsLower.has(lower));
  // "kata Menkeu" names the person whose role is written out ("Menteri Keuangan").
  const roleWords = holdsRole ? words.flatMap((w, i) => names.roleAbbreviations.get(lowers[i] ?? '') ?? [w]) : [];
  const person = registry.resolveBefore(nameWords, roleWords, at);
  // "kata Bu Jumadi": a titled name one person goes by as written names them, though the bare name is another's.
  const titled = words.length >= 2 && names.honorifics.has(words[0] ?? '') ? registry.ownerOfAlias(words.join(' ')) : null;
  if (titled && person && titled !== person.name) return { name: titled, by: 'alias' };
  if (person) return person;
  // A role nobody in the text holds by name ("tutur Pj Walikota"), or a title alone ("ujar Sultan", "kata Romo"): leave
  // it to the context.
  if (nameWords.length === 0 && (holdsRole || words.every((w) => names.honorifics.has(w)))) return null;
  if (words.length === 1 && (isAcronym(words[0] ?? '') || words[0]?.startsWith('@'))) return { name: words[0] ?? '', by: 'name' };
  const holder = holdsRole ? holderAfterBracket(words, names) : null;
  if (holder !== null) return { name: holder, by: 'name' };
  return { name: words.join(' '), by: 'name' };
}

/**
 * The cue names a role written as a common noun ("kata kuasa hukum terdakwa": lower case, no name)
 * that resolveText found no person of the text holding, and nothing in the cue's clause points
 * back to someone named ("kata pelatih asal Brasil tersebut"): a person the text never names, so
 * the context's last speaker is not them. A capitalised role ("tutur Bupati") is an office whose
 * holder the text named before, and stays with the context.
 */
function namesAbsentRole(speakerText: string, clauseFrom: number, text: string, names: NameLexicon, a: AttributionLexicon): boolean {
  if (a.referringWords.size === 0) return false;
  const first = speakerText.split(/\s+/u, 1)[0] ?? '';
  if (first.length === 0 || first !== first.toLowerCase() || !names.roleHeadsLower.has(first)) return false;
  const clause = text.slice(clauseFrom, clauseFrom + ALIAS_WINDOW).split(/[.!?\n"\u201C\u201D]/u)[0] ?? '';
  return !clause.split(/[\s,;:()]+/u).some((w) => a.referringWords.has(w.toLowerCase()));
}

/** How far back (characters) the handle an account noun points to may stand: the paragraph above at most, roughly. */
const ACCOUNT_BACK_WINDOW = 600;
const LAST_TWO_WORDS = /(\p{L}+)\s+(\p{L}+)\s*,?\s*$/u;
const HANDLE_IN_TEXT = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/gu;

/**
 * "akun tersebut menulis, "…"": the two words before a cue are an account noun and a referring word; the account is the
 * handle written last before it (within ACCOUNT_BACK_WINDOW), or null.
 */
function accountPointedBack(text: string, at: number, a: AttributionLexicon): string | null {
  if (a.accountNouns.size === 0 || a.referringWords.size === 0) return null;
  const m = LAST_TWO_WORDS.exec(text.slice(Math.max(0, at - 40), at));
  if (!m || !a.accountNouns.has((m[1] ?? '').toLowerCase()) || !a.referringWords.has((m[2] ?? '').toLowerCase())) return null;
  let last: string | null = null;
  for (const h of text.slice(Math.max(0, at - ACCOUNT_BACK_WINDOW), at).matchAll(HANDLE_IN_TEXT)) last = h[0];
  return last;
}

/** A speaker's description closed by a referring word is short: "pria kelahiran Medan itu", "kakek tujuh cucu itu". */
const DESCRIPTION_MAX_WORDS = 6;

/**
 * "ujar lulusan Universitas Ciputra itu", "kata pria asal Bandung tersebut": a common noun for the
 * speaker, qualified by a proper noun and closed by a referring word, points back to someone named
 * before (unlike "kata seorang warga", a person the text never names).
 */
function pointsBack(text: string, from: number, a: AttributionLexicon): boolean {
  if (a.referringWords.size === 0 || from >= text.length) return false;
  if (titledNounPointsBack(text, from, a)) return true;
  const clause = text.slice(from, from + ALIAS_WINDOW).split(/[.!?,;\n"\u201C\u201D]/u)[0] ?? '';
  const clauseWords = clause.trim().split(/\s+/u);
  // The description may run on past its referring word ("kata pria kelahiran Medan itu sambil tertawa", "ujar kakek
  // tujuh cucu itu ketika …"): it ends at the first referring word among its first few words.
  const referringAt = clauseWords.findIndex((w, i) => i >= 2 && i <= DESCRIPTION_MAX_WORDS && a.referringWords.has(w.toLowerCase()));
  const words = referringAt < 0 ? clauseWords : clauseWords.slice(0, referringAt + 1);
  // A proper noun must qualify the common noun ("lulusan Universitas Ciputra"): "tanya perekam video itu" may
  // point to someone the text never names.
  return words.length >= 3 && a.referringWords.has((words[words.length - 1] ?? '').toLowerCase()) && words.some((w) => isCapitalized(w) || a.referringQualifiers.has(w.toLowerCase()));
}

/**
 * "Salah satu akun menulis, "…"": the subject guessed before the verb is one capitalised word (the sentence's first)
 * opening a phrase of lower-case words, and no person the text knows: a common noun phrase that names nobody.
 */
function commonNounSubject(cue: QuoteCandidate['cue'] & object, text: string, names: NameLexicon): boolean {
  const speaker = cue.speakerText;
  if (cue.subjectGuess !== true || cue.position !== 'before' || !cue.speakerSpan || !speaker || speaker.includes(' ')) return false;
  if (names.roleHeads.has(speaker) || isAcronym(speaker) || speaker.startsWith('@')) return false;
  const between = text.slice(cue.speakerSpan.end, cue.span.end).trim().split(/\s+/u);
  between.pop();
  return between.length >= 1 && between.every((w) => /^\p{Ll}+$/u.test(w));
}

/** A common noun, a work's title in double quotation marks, and a referring word: "ucap pelantun "Paper Boats" itu". */
const TITLED_NOUN = /^\s*\p{Ll}+\s+["\u201C][^"\u201C\u201D\n]{1,60}["\u201D]\s+(\p{Ll}+)/u;

/** "ucap pelantun "Paper Boats" itu dari atas panggung": the singer of that song, a person the text has named. */
function titledNounPointsBack(text: string, from: number, a: AttributionLexicon): boolean {
  const m = TITLED_NOUN.exec(text.slice(from, from + ALIAS_WINDOW));
  return m !== null && a.referringWords.has(m[1] ?? '');
}

/** "ujar mahasiswa itu": a single common noun closed by a referring word. */
function bareNounPointsBack(text: string, from: number, a: AttributionLexicon): boolean {
  if (a.referringWords.size === 0 || from >= text.length) return false;
  const words = (text.slice(from, from + ALIAS_WINDOW).split(/[.!?,;\n"\u201C\u201D]/u)[0] ?? '').trim().split(/\s+/u);
  return words.length === 2 && /^\p{Ll}+$/u.test(words[0] ?? '') && a.referringWords.has((words[1] ?? '').toLowerCase());
}

/**
 * A quotation without a cue, or with one naming nobody ("kata seorang guru"), whose next paragraph
 * opens by naming its speaker ("Hal itu disampaikan Ketua …, Muhammad Ridwan.", "Guru itu adalah
 * Maria …"): the first person that paragraph's first sentence mentions.
 */
function namedInNextParagraph(text: string, quoteEnd: number, registry: PersonRegistry, a: AttributionLexicon, names: NameLexicon): string | null {
  if (!a.laterSpeakerOpening) return null;
  const lineEnd = text.indexOf('\n', quoteEnd);
  // A scraper that dropped the paragraph break glued the next paragraph to the cue's sentence ("… kata seorang guru.Guru itu adalah …").
  const glued = firstGluedSentenceDot(text, quoteEnd, lineEnd < 0 ? text.length : lineEnd, names);
  if (glued >= 0) return openingNamed(glued + 1, /^[^\r\n]+/u.exec(text.slice(glued + 1, glued + 400))?.[0] ?? '', registry, a, names);
  if (lineEnd < 0) return null;
  const next = NEXT_PARAGRAPH.exec(text.slice(lineEnd, lineEnd + 400));
  if (!next?.[1]) return null;
  return openingNamed(lineEnd + next.index + next[0].length - next[1].length, next[1], registry, a, names);
}

/** The first person the first sentence of `paragraph` (its first line, at `from`) names, when it opens as naming a speaker. */
function openingNamed(from: number, paragraph: string, registry: PersonRegistry, a: AttributionLexicon, names: NameLexicon): string | null {
  if (!a.laterSpeakerOpening?.test(paragraph)) return null;
  return registry.firstMentionBetween(from, from + firstSentenceLength(paragraph, names));
}

/**
 * The length of the paragraph's first sentence: up to its first sentence mark before a space, passing over the dot of a
 * title or an initial ("Hal itu disampaikan Kepala Bappeda, Dr. Ir. Melkias Werinussa, M.Si, saat …").
 */
function firstSentenceLength(paragraph: string, names: NameLexicon): number {
  for (const m of paragraph.matchAll(/[.!?](?=\s|$)/gu)) {
    const word = /\S+$/u.exec(paragraph.slice(0, m.index + 1))?.[0] ?? '';
    if (m[0] === '.' && (isAbbreviation(word, names) || /^\p{Lu}\.$/u.test(word))) continue;
    return m.index + 1;
  }
  return paragraph.length;
}

/** The first person named in the sentence that runs on the quote's line up to the quote's opening mark, if any. */
function namedInOwnSentence(text: string, quoteStart: number, registry: PersonRegistry): string | null {
  const lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  const before = text.slice(lineStart, quoteStart);
  if (!/\p{L}/u.test(before)) return null;
  // The sentence opens after the last sentence mark followed by a space (an initial's dot, "H. Ridwan", starts none: it has a capital after it too, but a sentence mark before a quote mark of its own is rare).
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('” '), before.lastIndexOf('" '));
  return registry.firstMentionBetween(lineStart + (end < 0 ? 0 : end + 2), quoteStart);
}

/** The first non-blank line after a line break (a CRLF's or a lone CR's carriage return is part of the break). */
const NEXT_PARAGRAPH = /^\n(?:[ \t\r]*\n)*[ \t\r]*([^\r\n]+)/u;

/** How far after a cue an alias phrase may stand ("ujar ulama yang akrab disapa UAS itu"). */
const ALIAS_WINDOW = 80;

export function resolveSpeakers(candidates: readonly QuoteCandidate[], registry: PersonRegistry, body: BodyText, lang: LanguageData, text = ''): Omit<Quote, 'text'>[] {
  const a = attributionLexicon(lang);
  const names = nameLexicon(lang);
  const speaking = new SpeakingEvents(body, registry, a, text);
  // An alias recorded for one quote changes what the registry resolves for the events after it.
  // Only then are all events read first, while the registry is as the people finder left it;
  // otherwise only the latest event before a quote that needs one is read (speakingEvents.ts).
  const aliases = candidates.map((c) => (c.cue !== null && c.cue.speakerText === null && !c.cue.pronoun ? calledBy(text, c.cue.span.end, names) : null));
  const events = aliases.some((x) => x !== null) ? speaking.all() : null;
  let last: SpeakingEvent | null = null;
  // Quotes and events are both in text order: one pointer walks the events (or the lazy reader
  // is asked with the running maximum of the quotes' starts, which is what the pointer reached).
  let nextEvent = 0;
  let reached = -Infinity;
  const latestEvent = (): SpeakingEvent | null => {
    if (!events) return speaking.latestBefore(reached);
    let event: SpeakingEvent | null = nextEvent > 0 ? (events[nextEvent - 1] ?? null) : null;
    while (nextEvent < events.length && (events[nextEvent]?.at ?? Infinity) < reached) event = events[nextEvent++] ?? event;
    return event;
  };
  return candidates.map((c, index) => {
    reached = Math.max(reached, c.start);
    let resolved: Resolved | null = null;
    const cue = c.cue;
    // A cue before the quote names the sentence's subject among its capitalised runs: the first that is a known person.
    for (const [i, subject] of (cue?.subjects ?? []).entries()) {
      const person = registry.resolve(subject.split(' '), []);
      if (person) {
        // "Pelatih Zohri asal Amerika Serikat, Harry Marra, … menulis:": the role's holder set off after it speaks.
        const holder = i === 0 && cue?.speakerSpan ? speaking.holderSetOffAfter(cue.speakerSpan.start) : null;
        resolved = holder !== null && holder !== person.name ? { name: holder, by: 'name' } : person;
        break;
      }
    }
    // No known person among them, but an account's handle set off by commas ("Akun lain, @x, menulis,"): the account speaks.
    if (!resolved && cue?.subjectGuess) {
      const handle = (cue.subjects ?? []).find((s) => s.startsWith('@'));
      if (handle) resolved = { name: handle, by: 'name' };
    }
    // "Dalam keterangan unggahannya, akun tersebut menulis, "…"": an account pointed back to speaks as the handle named last.
    if (!resolved && cue?.position === 'before') {
      const handle = accountPointedBack(text, cue.span.start, a);
      if (handle) resolved = { name: handle, by: 'name' };
    }
    // A guessed subject that is no known person speaks only if it looks like an organisation's name (two words, an acronym, an account).
    const guessOk = (text: string): boolean => text.includes(' ') || isAcronym(text) || text.startsWith('@');
    if (!resolved && cue?.speakerText && (!cue.subjectGuess || guessOk(cue.speakerText))) resolved = resolveText(cue.speakerText, registry, names, a, cue.span.start);
    // "ujar ulama yang akrab disapa UAS itu": a common noun for the speaker, and the name they go by.
    const calledAlias = aliases[index] ?? null;
    const unnamed =
      cue !== null && cue.speakerText === null && !cue.pronoun && calledAlias === null && !pointsBack(text, cue.span.end, a) &&
      // "Seorang calon penumpang, Fikri Ramadhan, mengaku …" then "…," ujar mahasiswa itu: a bare noun with "itu" points
      // back to the person the paragraph above introduces ("tanya perekam video itu" under a quotation names nobody).
      !(bareNounPointsBack(text, cue.span.end, a) && speaking.paragraphSubjectBefore(c.start) !== null) ||
      (!resolved && cue !== null && commonNounSubject(cue, text, names));
    // 'Abah Ridwan menutup dengan kalimat dalam bahasa Jawa, "…"': no cue, the quotation closes a sentence that names a person
    // before it on the same line: that person says it.
    if (!resolved && cue === null) {
      const own = namedInOwnSentence(text, c.start, registry);
      if (own) resolved = { name: own, by: 'context' };
    }
    // "…," ucap perempuan dalam video itu. then "Belakangan diketahui, perempuan tersebut adalah Sri Lestari": a cue naming
    // the speaker by a common noun only, and the next paragraph opens by naming them.
    const nounOnly = cue !== null && cue.speakerText === null && !cue.pronoun;
    if (!resolved && (cue === null || unnamed || nounOnly)) {
      const later = namedInNextParagraph(text, c.end, registry, a, names);
      if (later) resolved = { name: later, by: 'context' };
    }
    if (!resolved && calledAlias) {
      const known = registry.resolve([calledAlias], []);
      if (known) resolved = known;
    }
    if (!resolved && !unnamed && !(cue?.speakerText && namesAbsentRole(cue.speakerText, cue.span.start, text, names, a))) {
      const event = latestEvent();
      let latest = event && (!last || event.at > last.at) ? event : last;
      // Nobody spoke in the paragraph right above a quote that opens its own: that paragraph's subject did.
      const above = speaking.paragraphSubjectBefore(c.start);
      if (above && (!latest || latest.at < above.at)) latest = above;
      // Nobody spoke in the quote's own paragraph, which opens by introducing a person: they speak.
      const introduced = speaking.paragraphOpeningBefore(c.start);
      if (introduced && (!latest || latest.at < introduced.at)) latest = introduced;
      // Nobody spoke in the sentence right before the quote, which closes on a person set off by a comma: they speak.
      const closing = speaking.appositionClosingBefore(c.start);
      if (closing && (!latest || latest.at < closing.at)) latest = closing;
      // Nobody spoke in the sentence right before the quote, which opens on a person set off by commas: they speak.
      const opening = closing ? null : speaking.subjectOpeningSentenceBefore(c.start);
      if (opening && (!latest || latest.at < opening.at)) latest = opening;
      const name = latest?.name ?? registry.lastMentionBefore(c.start);
      if (name) resolved = { name, by: cue?.pronoun ? 'pronoun' : cue?.speakerText ? 'role' : 'context' };
      if (name && calledAlias) registry.addAlias(name, calledAlias);
    }
    if (resolved) last = { at: c.end, name: resolved.name };
    const outCue: Cue | null = cue ? { verb: cue.verb, span: cue.span, speakerText: cue.speakerText, speakerSpan: cue.speakerSpan, position: cue.position } : null;
    return { span: { start: c.start, end: c.end }, speaker: resolved?.name ?? null, cue: outCue, resolution: resolved?.by ?? null, closed: c.closed };
  });
}
