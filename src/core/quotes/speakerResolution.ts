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
import type { Token } from '../people/nameTokens';
import type { NameRun } from '../people/nameRuns';
import type { PersonRegistry } from '../people/personRegistry';
import { isAcronym, isCapitalized } from '../people/nameTokens';
import { attributionLexicon, nameLexicon, type AttributionLexicon, type NameLexicon } from './quoteData';
import { isPrefixedVerb } from './quoteAttribution';
import { isReportingVerb } from './quoteSpans';
import type { QuoteCandidate } from './quotes';

interface SpeakingEvent {
  readonly at: number;
  readonly name: string;
}

/** A person's age as the text writes it after the name ("(60)"): one to three digits. */
const AGE = /^\d{1,3}$/u;

/**
 * Token k stands between a name and its verb without being a word of the sentence: an age in
 * brackets ("Sutrisno (60), berharap") or an academic degree ("Rahmawati Tahir, S.Pi., M.Si.,
 * menyampaikan"), with a name run, or more such tokens, before it.
 */
const MAX_TOKENS_AFTER_NAME = 4;

function standsAfterName(body: BodyText, k: number, runByLast: readonly (NameRun | undefined)[]): boolean {
  const t = body.tokens[k];
  if (!t || !ageOrDegree(t.text, body.lexicon.degrees)) return false;
  // A name carries a few such tokens at most ("S.Pi., M.Si."): the search back is bounded, so a run of thousands stays linear.
  for (let j = k - 1; j >= Math.max(0, k - MAX_TOKENS_AFTER_NAME); j--) {
    const skippable = ageOrDegree(body.tokens[j]?.text ?? '', body.lexicon.degrees);
    if (runByLast[j] !== undefined && !skippable) return true;
    if (!skippable) return false;
  }
  return false;
}

/** AGE.test(word), or a degree with or without its dot. Asked of every token: the first character settles most. */
function ageOrDegree(word: string, degrees: ReadonlySet<string>): boolean {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return AGE.test(word);
  if (c >= 97 && c <= 122) return false;
  return degrees.has(word) || (word.endsWith('.') && degrees.has(word.slice(0, -1)));
}

type Resolved = { name: string; by: NonNullable<Quote['resolution']> };

/** Persons the body shows speaking: a name before a speech verb, or after a reporting verb. */
function speakingEvents(body: BodyText, registry: PersonRegistry, a: AttributionLexicon): SpeakingEvent[] {
  const events: SpeakingEvent[] = [];
  // Token index -> run ending / starting there (arrays: the keys are small dense integers).
  const runByLast: (NameRun | undefined)[] = new Array<NameRun | undefined>(body.tokens.length).fill(undefined);
  const runByFirst: (NameRun | undefined)[] = new Array<NameRun | undefined>(body.tokens.length + 1).fill(undefined);
  for (const r of body.runs) {
    runByLast[r.last] = r;
    runByFirst[r.first] = r;
  }
  const tokens = body.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Most tokens have no run right before them (past adverbs) and none right after: then no
    // verb test can give an event, and the two word lookups are skipped.
    // The run right after the token, or the rest of the run the token opens ("Menurut Rahmawati, …" is one capitalised run).
    const opened = runByFirst[i];
    const runAfter = t.endsClause ? undefined : (runByFirst[i + 1] ?? (opened !== undefined && opened.tokens.length > 1 ? opened : undefined));
    let k = i - 1;
    const previous = tokens[k];
    const runBeforePossible = previous !== undefined && (runByLast[k] !== undefined || body.lexicon.subjectAdverbs.has(body.lower[k] ?? '') || standsAfterName(body, k, runByLast));
    if (!runAfter && !runBeforePossible) continue;
    let run = null;
    if (isPrefixedVerb(t.text, a)) {
      while (k >= 0 && (body.lexicon.subjectAdverbs.has(body.lower[k] ?? '') || standsAfterName(body, k, runByLast))) k--;
      run = (k >= 0 ? runByLast[k] : undefined) ?? null;
    }
    // "Menurut Rahmawati, …": a cue that is also a prefixed word, with no name before it, names the one after it.
    if (!run && runAfter && isReportingVerb(t.text, a)) run = runAfter;
    if (!run) continue;
    const seg = run.segments[run.segments.length - 1];
    const who = seg ? registry.resolve(seg.words, []) : registry.resolve([], run.tokens.map((x) => x.text));
    if (who) events.push({ at: t.start, name: who.name });
  }
  return events;
}

/** The name an alias phrase gives in the clause right after a cue, or null. */
function calledBy(text: string, from: number, names: NameLexicon): string | null {
  if (!names.aliasPhraseAnywhere || from >= text.length) return null;
  const clause = text.slice(from, from + ALIAS_WINDOW).split(/[.!?\n]/u)[0] ?? '';
  return names.aliasPhraseAnywhere.exec(clause)?.[1] ?? null;
}

function resolveText(text: string, registry: PersonRegistry, names: NameLexicon, a: AttributionLexicon): Resolved | null {
  const words = text.split(/\s+/u).filter((w) => w.length > 0 && !a.fillers.has(w.toLowerCase()));
  if (words.length === 0) return null;
  const nameWords = words.filter((w) => isCapitalized(w) && !names.honorifics.has(w) && !names.ranks.has(w) && !names.nonNameWords.has(w.toLowerCase()) && !names.roleHeads.has(w) && !w.startsWith('('));
  // Only a speaker text holding a role word ("tutur Pj Walikota") may name a person by role; an
  // institution ("tulis Polda Metro Jaya") is not the person whose role mentions it.
  const holdsRole = words.some((w) => names.roleHeadsLower.has(w.toLowerCase()));
  // "kata Menkeu" names the person whose role is written out ("Menteri Keuangan").
  const roleWords = holdsRole ? words.flatMap((w) => names.roleAbbreviations.get(w.toLowerCase()) ?? [w]) : [];
  const person = registry.resolve(nameWords, roleWords);
  if (person) return person;
  // A role nobody in the text holds by name ("tutur Pj Walikota"): leave it to the context.
  if (nameWords.length === 0 && words.some((w) => names.roleHeadsLower.has(w.toLowerCase()))) return null;
  if (words.length === 1 && (isAcronym(words[0] ?? '') || words[0]?.startsWith('@'))) return { name: words[0] ?? '', by: 'name' };
  return { name: words.join(' '), by: 'name' };
}

/** How far after a cue an alias phrase may stand ("ujar ulama yang akrab disapa UAS itu"). */
const ALIAS_WINDOW = 80;

export function resolveSpeakers(candidates: readonly QuoteCandidate[], registry: PersonRegistry, body: BodyText, lang: LanguageData, text = ''): Omit<Quote, 'text'>[] {
  const a = attributionLexicon(lang);
  const names = nameLexicon(lang);
  const events = speakingEvents(body, registry, a);
  let last: SpeakingEvent | null = null;
  // Quotes and events are both in text order: one pointer walks the events.
  let nextEvent = 0;
  let event: SpeakingEvent | null = null;
  return candidates.map((c) => {
    while (nextEvent < events.length && (events[nextEvent]?.at ?? Infinity) < c.start) event = events[nextEvent++] ?? event;
    let resolved: Resolved | null = null;
    const cue = c.cue;
    // A cue before the quote names the sentence's subject among its capitalised runs: the first that is a known person.
    for (const subject of cue?.subjects ?? []) {
      const person = registry.resolve(subject.split(' '), []);
      if (person) {
        resolved = person;
        break;
      }
    }
    // A guessed subject that is no known person speaks only if it looks like an organisation's name (two words, an acronym, an account).
    const guessOk = (text: string): boolean => text.includes(' ') || isAcronym(text) || text.startsWith('@');
    if (!resolved && cue?.speakerText && (!cue.subjectGuess || guessOk(cue.speakerText))) resolved = resolveText(cue.speakerText, registry, names, a);
    // "ujar ulama yang akrab disapa UAS itu": a common noun for the speaker, and the name they go by.
    const calledAlias = cue !== null && cue.speakerText === null && !cue.pronoun ? calledBy(text, cue.span.end, names) : null;
    const unnamed = cue !== null && cue.speakerText === null && !cue.pronoun && calledAlias === null;
    if (!resolved && calledAlias) {
      const known = registry.resolve([calledAlias], []);
      if (known) resolved = known;
    }
    if (!resolved && !unnamed) {
      const latest = event && (!last || event.at > last.at) ? event : last;
      const name = latest?.name ?? registry.lastMentionBefore(c.start);
      if (name) resolved = { name, by: cue?.pronoun ? 'pronoun' : cue?.speakerText ? 'role' : 'context' };
      if (name && calledAlias) registry.addAlias(name, calledAlias);
    }
    if (resolved) last = { at: c.end, name: resolved.name };
    const outCue: Cue | null = cue ? { verb: cue.verb, span: cue.span, speakerText: cue.speakerText, speakerSpan: cue.speakerSpan, position: cue.position } : null;
    return { span: { start: c.start, end: c.end }, speaker: resolved?.name ?? null, cue: outCue, resolution: resolved?.by ?? null, closed: c.closed };
  });
}
