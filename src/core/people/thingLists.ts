/**
 * Lists of things: "Real Madrid, PSG, Chelsea, Manchester City, Bayern Munich" or "Persib, Arema FC, Dewa United,
 * dan Borneo". When most items of a list are shown to be clubs, companies, agencies or places (an institution word,
 * a bare acronym, a club's shape, a place), the items with nothing of their own ("Chelsea", "Bayern Munich") are the
 * same kind of thing, not persons. A list with a title, a role or an age in it is a list of people and is left alone.
 */
import type { BodyText } from './bodyText';
import type { NameRun } from './nameRuns';

/** A bracketed short form right after an item ("Paris Saint-Germain (PSG)") belongs to it. */
const OPEN_BRACKET = /^\s*\($/u;
const AGE_AFTER = /^\s*\(\d{1,3}\)/u;
/** Between two items: a comma, a coordinator, or both; a closing bracket may end the first item. */
const ITEM_GAP = /^\)?\s*(,)?\s*(\p{Ll}+\s+)?$/u;
/** Items needed before the list speaks for its unmarked ones; more than half of them must be shown to be things. */
const MIN_ITEMS = 3;
const MIN_THINGS = 2;

interface Item {
  runs: number[];
  /** A bracketed acronym annotates the item ("(PSG)"): a club's, a firm's or an agency's short form. */
  bracketedAcronym: boolean;
}

/** Longer gaps between two runs hold words of their own: no list goes on over them. */
const MAX_GAP = 12;

/**
 * The indices of runs in lists of things (all of their runs: "Paris Saint-Germain (PSG)" is three, and only the last
 * one says it is a club). `places`: words the text uses as places;
 * `speakerWords`: words of the article's speakers (a person's, whatever list holds them).
 */
export function thingListRuns(body: BodyText, text: string, places: ReadonlySet<string>, speakerWords: ReadonlySet<string>): Set<number> {
  const found = new Set<number>();
  let list: Item[] = [];
  let closed = false;
  // What each item is, asked only of lists long enough to count (most runs stand alone).
  const flush = (): void => {
    if (list.length >= MIN_ITEMS) {
      let things = 0;
      let person = false;
      for (const item of list) {
        if (item.bracketedAcronym || item.runs.some((r) => isThing(body, body.runs[r] as NameRun, text, places))) things++;
        person ||= item.runs.some((r) => personal(body.runs[r] as NameRun, text, speakerWords));
      }
      if (things >= MIN_THINGS && 2 * things > list.length && !person) for (const item of list) for (const r of item.runs) found.add(r);
    }
    list = [];
    closed = false;
  };
  for (let i = 0; i < body.runs.length; i++) {
    const run = body.runs[i] as NameRun;
    const previous = body.runs[i - 1];
    const item = list[list.length - 1];
    const from = previous?.tokens[previous.tokens.length - 1]?.end ?? 0;
    const to = run.tokens[0]?.start ?? 0;
    const gap = previous && item && to - from <= MAX_GAP ? text.slice(from, to) : null;
    // "Saint-Germain": a hyphen joins two runs into one item; "(PSG)" annotates the item before it.
    if (item && gap !== null && (gap === '-' || (OPEN_BRACKET.test(gap) && text[run.tokens[run.tokens.length - 1]?.end ?? 0] === ')'))) {
      item.runs.push(i);
      if (gap !== '-' && isAcronym(run)) item.bracketedAcronym = true;
      continue;
    }
    const m = gap === null || closed ? null : ITEM_GAP.exec(gap);
    const coordinator = m?.[2] !== undefined && body.lexicon.coordinators.has((m[2] ?? '').trim());
    if (!m || (m[1] === undefined && !coordinator) || (m[2] !== undefined && !coordinator)) flush();
    // After "dan X" the list is over: a comma after its last item sets off what follows ("…, dan Surabaya, Budi …").
    if (coordinator) closed = true;
    list.push({ runs: [i], bracketedAcronym: false });
  }
  flush();
  return found;
}

function isAcronym(run: NameRun): boolean {
  return run.kinds.every((k) => k === 'acronym');
}

/** An institution word, a bare acronym (not initials with an age), a club's shape, or place words only. */
function isThing(body: BodyText, run: NameRun, text: string, places: ReadonlySet<string>): boolean {
  if (run.kinds.includes('nonname')) return true;
  const end = run.tokens[run.tokens.length - 1]?.end ?? 0;
  if (isAcronym(run)) return !AGE_AFTER.test(text.slice(end, end + 8));
  const names = run.tokens.filter((_, k) => run.kinds[k] === 'name');
  if (names.length === 0) return false;
  if (body.lexicon.clubNamePattern?.test(names[0]?.text ?? '') === true) return true;
  return names.every((t) => places.has(t.text)) || body.lexicon.placeNames.has(names.map((t) => t.text).join(' ').toLowerCase());
}

/** A title, a role, an age after it, or a speaker's word: a person's item. */
function personal(run: NameRun, text: string, speakerWords: ReadonlySet<string>): boolean {
  if (run.kinds.includes('honorific') || run.kinds.includes('role')) return true;
  const end = run.tokens[run.tokens.length - 1]?.end ?? 0;
  return AGE_AFTER.test(text.slice(end, end + 8)) || run.tokens.some((t) => speakerWords.has(t.text));
}

/** A numbered list item on its own line ("4. Manuk Dadali (bersama PSM ITB)"), and a line introducing a list ("…:"). */
const NUMBERED_ITEM = /^[ \t]*\d{1,2}[.)][ \t]+\S/u;
const INTRO_LINE = /:\s*$/u;
const ANY_NUMBERED_ITEM = /:[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*\d{1,2}[.)][ \t]+\S/u;
const INTRO_WORD = /\p{L}+/gu;

/**
 * The runs on the lines of a numbered list whose introducing line names a thing ("Berikut daftar lagu yang dibawakan
 * malam itu:" over "1. Paper Boats", "2. Northern Line"): song, film or product titles, not persons. A list
 * introduced without a thing noun ("daftar pemenang:") is left to the other rules.
 */
export function numberedThingListRuns(body: BodyText, text: string): Set<number> {
  const found = new Set<number>();
  // Most articles hold no numbered item on a line of its own and no line ending in a colon: one scan says so.
  if (body.runs.length === 0 || !ANY_NUMBERED_ITEM.test(text)) return found;
  // Each line's [start, end) when it is an item of a list introduced by a thing noun.
  const itemLines: [number, number][] = [];
  let introOk = false;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (NUMBERED_ITEM.test(line)) {
      if (introOk) itemLines.push([start, end]);
    } else if (line.trim().length > 0) {
      introOk = INTRO_LINE.test(line) && (line.match(INTRO_WORD) ?? []).some((w) => body.lexicon.thingNouns.has(w.toLowerCase()));
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (itemLines.length === 0) return found;
  body.runs.forEach((run, i) => {
    const at = run.tokens[0]?.start ?? -1;
    if (itemLines.some(([s, e]) => at >= s && at < e)) found.add(i);
  });
  return found;
}

/** What stands before a sentence's first word: the text's or a line's start, a sentence end (a bracket or quote may close it), or the dateline's dash. */
const SENTENCE_OPENING = /(?:^|[.!?]["'\u201D\u2019)]*[ \t]+|\n[ \t]*|[-\u2013\u2014][ \t]+)$/u;

/** "Fitur Putar Balik dapat …": a thing noun opening a sentence, capitalised there, opens the run of a thing's name. */
export function thingNounOpensRun(body: BodyText, run: NameRun, text: string): boolean {
  const first = run.tokens[0];
  if (run.tokens.length < 2 || first === undefined || !body.lexicon.thingNouns.has(first.text.toLowerCase())) return false;
  return SENTENCE_OPENING.test(text.slice(Math.max(0, first.start - 6), first.start));
}

/**
 * "Kelompok Wanita Tani (KWT) Melati", "Badan Usaha Milik Desa (BUMDes) Sido Makmur": a group's short form in brackets,
 * then its name (the short form stands just before the run, or opens it). An institution's short form ("Rumah Sakit Umum
 * Daerah (RSUD) Batin Tikal", a namesake noun) hides its institution word the same way.
 */
export function afterBracketedThing(body: BodyText, run: NameRun, text: string): boolean {
  const bracketedThing = (token: { start: number; end: number; text: string } | undefined, next: { start: number } | undefined): boolean =>
    token !== undefined && next !== undefined && (body.lexicon.thingNouns.has(token.text.toLowerCase()) || body.lexicon.namesakeNouns.has(token.text.toLowerCase())) && text[token.start - 1] === '(' && /^\)[ \t]+$/u.test(text.slice(token.end, next.start));
  return bracketedThing(body.tokens[run.first - 1], run.tokens[0]) || (run.tokens.length >= 2 && bracketedThing(run.tokens[0], run.tokens[1]));
}

/** A letter, digit or hyphen: a character of a web address's label. */
const LABEL_CHAR = /[\p{L}\p{N}-]/u;
const LETTER = /\p{L}/u;
/** A site's name in an address has at least this many letters ("mutiarahitam"); shorter labels are not compared. */
const MIN_LABEL = 6;
/** A top-level domain's letters ("id", "com", "online"). */
const MIN_TLD = 2;
const MAX_TLD = 6;

/**
 * The letters of every site's name the text writes as an address ("mutiarahitam" of "MUTIARAHITAM.ID", "kabarlembah" of
 * "www.kabar-lembah.com"), lower-case: the label before a dot and a top-level domain. Found from each dot (a scan with one
 * pattern over the whole text cost more than the rest of the people finder's word reading).
 */
export function addressedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let end = dot + 1;
    while (end < text.length && end - dot <= MAX_TLD + 1 && LETTER.test(text[end] ?? '')) end++;
    const tld = end - dot - 1;
    if (tld < MIN_TLD || tld > MAX_TLD || LABEL_CHAR.test(text[end] ?? '')) continue;
    let start = dot;
    while (start > 0 && LABEL_CHAR.test(text[start - 1] ?? '')) start--;
    if (dot - start < MIN_LABEL || text[start - 1] === '@') continue;
    names.add(text.slice(start, dot).replace(/-/gu, '').toLowerCase());
  }
  return names;
}
