/**
 * What the words around a run of capitalised words say about it, for the people finder's rules:
 * a role cut by a bracketed short form, a numbered unit or institution, an alias phrase after a
 * common noun, a relation noun beside the run, a list of origins cut by semicolons. Each answers
 * one question about one run; `findPeople` (peopleFinder.ts) decides what the answers make.
 */
import type { NameLexicon } from '../quotes/quoteData';
import type { BodyText } from './bodyText';
import type { NameRun, NameSegment } from './nameRuns';
import { isCommaGap, isSpaceGap, type Token } from './nameTokens';

/** Every word is in the set (words.every(set.has), as a loop: asked for every segment). */
export function allIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (!set.has(w)) return false;
  return true;
}

/** Some word is in the set. */
export function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}


/**
 * "Universitas Jenderal Soedirman": the word before the segment's title names an institution called after a person.
 * The title may be several honorifics ("RSUD dr. H. Soemarno Sosroatmodjo"): the namesake word stands before them all.
 */
export function afterNamesake(run: NameRun, seg: NameSegment, lex: NameLexicon): boolean {
  const at = run.tokens.findIndex((t) => t.start === seg.start);
  let before = at - 2;
  while (before >= 0 && lex.honorifics.has(run.tokens[before]?.text ?? '')) before--;
  return before >= 0 && lex.namesakeNouns.has((run.tokens[before]?.text ?? '').toLowerCase());
}

/**
 * "pengamat energi Universitas Andalas Dr. Irwansyah Putra Nasution": an academic title after an institution's own name
 * (a name word closing it) opens its member's name; "RSUD Dr. Soetomo", "Universitas Muhammadiyah Prof. Dr. Hamka" name
 * the institution after its namesake, the title right after the institution's words.
 */
export function titledAfterInstitutionName(run: NameRun, seg: NameSegment, lex: NameLexicon): boolean {
  let at = run.tokens.findIndex((t) => t.start === seg.start) - 1;
  if (at < 0 || !lex.academicTitles.has(run.tokens[at]?.text ?? '')) return false;
  while (at >= 0 && lex.honorifics.has(run.tokens[at]?.text ?? '')) at--;
  return at >= 1 && run.kinds[at] === 'name' && run.kinds[0] === 'nonname';
}

const BRACKET_GAP = /^\s*\([^()]{1,20}\)\s*$/u;

/** A short form in brackets between a run holding a role and run `at` ("Ketua Asosiasi … (AEKI) Lampung"). */
export function roleBeforeBracket(runs: readonly NameRun[], at: number, text: string): boolean {
  const start = runs[at]?.tokens[0]?.start ?? 0;
  // The bracket's own word ("AEKI") may be a run of its own: look two runs back.
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const run = runs[k] as NameRun;
    const last = run.tokens[run.tokens.length - 1];
    if (last === undefined || start - last.end > 24) return false;
    if (run.kinds.includes('role') && BRACKET_GAP.test(text.slice(last.end, start))) return true;
  }
  return false;
}

/**
 * "SMA Negeri 1 Palu, Nadia Putri …": the run before the comma closes a numbered institution's name
 * (a capitalised word, a number, the town), so it is no place list and the apposition is a person.
 */
export function closesNumberedName(body: BodyText, run: NameRun): boolean {
  const number = body.tokens[run.first - 1];
  const name = body.tokens[run.first - 2];
  return number !== undefined && name !== undefined && /^\d{1,4}$/u.test(number.text) && !name.endsClause && /^\p{Lu}/u.test(name.text);
}

/** A school's or office's short form in capitals ("SD", "SMAN", "SDN"). */
const SHORT_FORM = /^\p{Lu}{2,6}$/u;

/**
 * "Daop 5 Purwokerto memastikan …", "SMA Negeri 1 Palu meraih …", "guru di SD Inpres 5 Tondo, mengaku …": one word
 * closing a numbered unit's or school's name, no title: the unit's town, whatever verb follows. A comma after it may
 * set off the unit's holder ("Manajer Humas KAI Daop 5 Purwokerto, Krisbiyantoro": a role running to the comma), so
 * there it is the town only when a short form in capitals names the unit ("SD", "SMAN", "SD Inpres") and a lower-case
 * word follows ("SD Inpres 5 Tondo, mengaku"). A date ("November 2025 Ahmad") has no short form before its month.
 */
export function townOfNumberedName(body: BodyText, run: NameRun, text: string): boolean {
  const town = run.tokens.length === 1 ? run.tokens[0] : undefined;
  const number = body.tokens[run.first - 1];
  if (town === undefined || number === undefined || !closesNumberedName(body, run) || !isSpaceGap(text, number.end, town.start)) return false;
  if (!run.segments.every((seg) => seg.honorific === null)) return false;
  return text[town.end] !== ',' || (LOWER_AFTER_COMMA.test(text.slice(town.end, town.end + 40)) && shortFormNamesUnit(body, run, text));
}

/** A comma, then a word in lower case: the clause goes on with a verb, not the unit's holder. */
const LOWER_AFTER_COMMA = /^,\s*\p{Ll}/u;

/** A short form in capitals, perhaps with a word the data lists as no name after it, before the unit's number. */
function shortFormNamesUnit(body: BodyText, run: NameRun, text: string): boolean {
  const number = body.tokens[run.first - 1];
  const word = body.tokens[run.first - 2];
  if (number === undefined || word === undefined || !/^\d{1,3}$/u.test(number.text) || number.endsClause || !isSpaceGap(text, word.end, number.start)) return false;
  if (SHORT_FORM.test(word.text)) return true;
  const shortForm = body.tokens[run.first - 3];
  return body.words[run.first - 2]?.wordClass === 'nonname' && shortForm !== undefined && SHORT_FORM.test(shortForm.text) && isSpaceGap(text, shortForm.end, word.start);
}

/** How many words may join two runs of one list: a number closing the first, a coordinator. */
const MAX_LIST_GAP = 2;

/**
 * `run` follows `previous` past at most a number and a coordinator, no clause ending and no comma between ("Inpari 32
 * HDB dan Cakrabuana"; "varietas Inpari, Budi Santoso mengatakan" starts another clause).
 */
export function listedAfter(body: BodyText, previous: NameRun | undefined, run: NameRun, text: string): boolean {
  if (previous === undefined || run.first - previous.last - 1 > MAX_LIST_GAP || body.tokens[previous.last]?.endsClause) return false;
  if (text.slice(previous.tokens[previous.tokens.length - 1]?.end ?? 0, run.tokens[0]?.start ?? 0).includes(',')) return false;
  const gap = body.tokens.slice(previous.last + 1, run.first);
  return gap.every((t) => !t.endsClause && (/^\p{N}{1,4}$/u.test(t.text) || body.lexicon.coordinators.has(t.text.toLowerCase())));
}

/** How many words before a run an animal and the word naming it may stand ("Gajah sumatra betina bernama Ramadani"). */
const MAX_ANIMAL_LOOKBACK = 6;
/** How many lower-case words may join an animal's name to the next run ("Mina dan anaknya Jackie"). */
const MAX_ANIMAL_LIST_GAP = 2;

/**
 * "Gajah sumatra betina bernama Ramadani", "harimau yang dinamai warga Datuk Belang": a word giving a name stands
 * before the run, and an animal before that word, in the same clause: the name is the animal's. `previousAnimal` is
 * the run before, when it named an animal: "Mina dan anaknya Jackie" lists the next one.
 */
export function namesAnimal(body: BodyText, run: NameRun, previousAnimal: NameRun | undefined): boolean {
  const lex = body.lexicon;
  if (lex.animalNouns.size === 0) return false;
  if (previousAnimal !== undefined && run.first - previousAnimal.last - 1 <= MAX_ANIMAL_LIST_GAP) {
    const gap = body.tokens.slice(previousAnimal.last + 1, run.first);
    if (gap.some((t) => lex.coordinators.has(t.text.toLowerCase())) && !body.tokens[previousAnimal.last]?.endsClause && !gap.some((t) => t.endsClause)) return true;
  }
  let naming = false;
  for (let i = run.first - 1; i >= 0 && i >= run.first - MAX_ANIMAL_LOOKBACK; i--) {
    const t = body.tokens[i] as Token;
    if (t.endsClause) return false;
    const word = t.text.toLowerCase();
    if (lex.givenNameWords.has(word)) naming = true;
    else if (naming && lex.animalNouns.has(word)) return true;
  }
  return false;
}

/**
 * The run opening at token `first` is glued by a slash to a number that follows a capitalised word
 * ("Kodim 1403/Sawerigading", "Yonif 725/Woroagi"): the unit's own name, not a person.
 */
export function namesNumberedUnit(body: BodyText, first: number, text: string): boolean {
  const start = body.tokens[first]?.start ?? 0;
  if (text.charCodeAt(start - 1) !== 47) return false;
  const number = body.tokens[first - 1];
  const unit = body.tokens[first - 2];
  if (number === undefined || unit === undefined || number.end !== start - 1 || number.endsClause) return false;
  for (let i = number.start; i < number.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  // "Komando Resor Militer (Korem) 162/Wira Bhakti": the unit's short form may close a bracket.
  const unitEnd = text.charCodeAt(unit.end) === 41 ? unit.end + 1 : unit.end;
  return body.words[first - 2]?.capitalized === true && isSpaceGap(text, unitEnd, number.start);
}

/** Up to how many words ("yang akrab") stand between the common noun and the alias verb. */
const MAX_ALIAS_PHRASE_WORDS = 3;

/**
 * The run is the name in "<common noun> yang akrab disapa <Name> itu": an alias phrase (with a verb
 * said of persons only, and a word before that verb) opens after a lower-case word, and a word
 * pointing back ("itu", "tersebut") follows the name. Returns that name, else null. The noun is
 * someone already named ("perempuan … itu": that woman); without the pointing word ("seorang nenek
 * yang akrab disapa Mbah Sarni") the name may be a new person's, and stays one.
 */
export function aliasAfterCommonNoun(body: BodyText, run: NameRun, text: string, referringWords: ReadonlySet<string>, cueVerbs: ReadonlySet<string>): { alias: string; afterCue: boolean } | null {
  const phrase = body.lexicon.aliasPhrase;
  const lastTok = run.tokens[run.tokens.length - 1];
  const first = run.tokens[0];
  const after = body.words[run.last + 1];
  if (phrase === null || first === undefined || lastTok === undefined || lastTok.endsClause || after === undefined || !referringWords.has(after.bare)) return null;
  if (!isSpaceGap(text, lastTok.end, body.tokens[run.last + 1]?.start ?? 0)) return null;
  // The phrase holds two words or more ("akrab disapa"): a bare "dipanggil" is also "summoned".
  for (let back = 3; back <= MAX_ALIAS_PHRASE_WORDS + 1; back++) {
    const noun = body.tokens[run.first - back];
    if (noun === undefined || noun.endsClause || body.words[run.first - back]?.startsLower !== true) continue;
    const m = phrase.exec(text.slice(noun.end, lastTok.end));
    if (m === null || m.index !== 0 || m[0].length !== lastTok.end - noun.end) continue;
    // "…," tegas politikus yang akrab disapa Abu Wan itu: after a cue the noun is the quotation's speaker, whom the
    // quotes' alias rule names (speakerResolution.ts), not the person named last; a one-word alias keeps the old reading.
    // Such an alias is still returned, marked: it is the person's named last only if it shares a word of their name.
    const alias = m[1] ?? null;
    if (alias === null) return null;
    return { alias, afterCue: alias.includes(' ') && cueAfterQuotation(body, run.first - back, text, cueVerbs) };
  }
  return null;
}


const CLOSING_MARK_BEFORE = /["\u201d\u2019]\s*$/u;

/**
 * A quotation closes right before a cue verb among the two words before word `at` ("…," tegas politikus yang …: the
 * phrase may open at "politikus" or "yang"). "Menurut lelaki yang …" opens a sentence with no quotation: not this.
 */
function cueAfterQuotation(body: BodyText, at: number, text: string, cueVerbs: ReadonlySet<string>): boolean {
  for (const i of [at - 1, at - 2]) {
    const tok = body.tokens[i];
    if (tok !== undefined && cueVerbs.has(body.words[i]?.bare ?? '') && CLOSING_MARK_BEFORE.test(text.slice(Math.max(0, tok.start - 4), tok.start))) return true;
  }
  return false;
}

/** "Moh. Hasanuddin", "Muh. Ali": a run opened by a dotted short form the data lists among connectors (not a name word itself). */
export function opensWithShortForm(run: NameRun): boolean {
  return run.kinds[0] === 'connector' && (run.tokens[0]?.text ?? '').endsWith('.');
}

const ORIGIN_BEFORE = /\bdari\s+$/u;

/** The place run opens after "dari" and the sentence around it is a list cut by semicolons. */
export function originThenPerson(text: string, placeStart: number, nameEnd: number): boolean {
  if (!ORIGIN_BEFORE.test(text.slice(Math.max(0, placeStart - 8), placeStart))) return false;
  const sentenceStart = text.lastIndexOf('. ', placeStart);
  const sentenceEnd = text.indexOf('. ', nameEnd);
  return text.slice(sentenceStart < 0 ? 0 : sentenceStart, sentenceEnd < 0 ? text.length : sentenceEnd).includes(';');
}

/** "Ayahnya, Jafar, seorang nelayan", "bersama Paidi, rekannya dari Lamongan": a relation noun (with or without -nya) across a comma from the run. */
export function relationBeside(run: NameRun, before: Token | undefined, body: BodyText, text: string, lex: NameLexicon): boolean {
  // Written in lower case or with -nya: a capitalised "Putri" or "Bapak" beside the run is a name or a title, not a relation.
  const isRelation = (t: Token | undefined): boolean => {
    if (t === undefined) return false;
    const lower = t.text.toLowerCase();
    return (t.text === lower || lower.endsWith('nya')) && lex.relationNouns.has(lower.replace(/nya$/u, ''));
  };
  const first = run.tokens[0];
  const last = run.tokens[run.tokens.length - 1];
  const after = body.tokens[run.last + 1];
  if (!first || !last) return false;
  return (isRelation(before) && before !== undefined && isCommaGap(text, before.end, first.start)) || (isRelation(after) && after !== undefined && isCommaGap(text, last.end, after.start));
}

/** The run ends its sentence ("… Hasrullah.") or stands before a coordinator ("… Suardi dan …"). */
export function closesItem(run: NameRun, body: BodyText, text: string): boolean {
  const last = run.tokens[run.tokens.length - 1];
  const next = body.tokens[run.last + 1];
  if (!last) return false;
  const gap = text.slice(last.end, next?.start ?? text.length).trim();
  // Not a comma: "Dekan Fakultas Teknik Untad, Prof. …" sets the institution's short name off before the holder.
  return gap.startsWith('.') || body.words[run.last + 1]?.coordinator === true;
}

/**
 * "JPU Kejari Konawe, Andi Muh. Ridwan, S.H., menyatakan": a degree set off by a comma right after the run. Only a person
 * holds a degree, so the run is a person's name whatever stands before it (here an institution and its place, which
 * would otherwise make the name read as the next item of a list of places).
 */
export function degreeAfter(body: BodyText, run: NameRun, text: string): boolean {
  const last = run.tokens[run.tokens.length - 1];
  const next = body.tokens[run.last + 1];
  if (!last || !next || !isCommaGap(text, last.end, next.start)) return false;
  const word = next.text.endsWith('.') ? next.text.slice(0, -1) : next.text;
  return body.lexicon.degrees.has(word);
}

/** "terdakwa I dihukum", "tahap II": a lone letter or Roman numeral is a numbered item's number, never a name on its own. */
const LONE_NUMBER_WORD = /^(?:\p{L}|[IVX]{1,4})\.?$/u;

export function isLoneNumberWord(words: readonly string[]): boolean {
  return words.length === 1 && LONE_NUMBER_WORD.test(words[0] ?? '');
}

/** The text before a run on its line is a list bullet alone ("- ", "• ", "3. "). */
const BULLET_ONLY = /^[ \t]*(?:[-–•*·]|\d{1,3}[.)])[ \t]+$/u;
/** ", pedagang kue dari Kecamatan Kalukku;": a lower-case apposition, ended by the item's punctuation or line. */
const ITEM_APPOSITION = /^,[ \t]+\p{Ll}[^.,;:"“”\n]{2,120}(?:[;,.]|\r?\n|$)/u;
/** How far after the run the apposition is read (characters). */
const APPOSITION_WINDOW = 160;

/**
 * "- Hasnawati, pedagang kue dari Kecamatan Kalukku;": a list item opened by one name and who the person is, in lower
 * case (a list of recipients, victims, winners). A single capitalised word opening a sentence is otherwise too weak to
 * be a name (it may be a common word), but an item of a list naming a person by what they do is one.
 */
export function namesListedPerson(run: NameRun, text: string): boolean {
  const first = run.tokens[0];
  const last = run.tokens[run.tokens.length - 1];
  if (!first || !last) return false;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  return BULLET_ONLY.test(text.slice(lineStart, first.start)) && ITEM_APPOSITION.test(text.slice(last.end, last.end + APPOSITION_WINDOW));
}

/** How far a bracketed credit reaches on each side of its slash. */
const CREDIT_SIDE = 60;

/**
 * "… nasi jinggo (IDN Times/Ni Ketut Wira Sanjiwani) Berikut …": a name right beside the slash of a short bracketed
 * pair, the bracket opening before it and closing after it on the same line, is a photo credit glued into the body
 * (outlet and photographer, either way round): the page's staff, no person of the story.
 */
export function inBracketedCredit(run: NameRun, text: string): boolean {
  const first = run.tokens[0];
  const last = run.tokens[run.tokens.length - 1];
  if (first === undefined || last === undefined) return false;
  const before = text.slice(Math.max(0, first.start - CREDIT_SIDE), first.start);
  const after = text.slice(last.end, last.end + CREDIT_SIDE);
  // The slash next to the name (spaces allowed), then the bracket's other end with no bracket or line end between.
  if (/\/\s*$/u.test(before)) return /\([^()\n/]*\/\s*$/u.test(before) && /^\s*\)/u.test(after);
  if (/^\s*\//u.test(after)) return /^\s*\/[^()\n/]*\)/u.test(after) && /\([^()\n/]*$/u.test(before);
  return false;
}
