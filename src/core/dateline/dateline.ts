/**
 * The dateline that opens an Indonesian news body and the outlet it names:
 *   "CIPUTAT - …", "Palangka Raya, InfoPublik – …", "TRIBUN-BALI.COM, DENPASAR – …",
 *   "JAKARTA, KOMPAS.com - …", "Bantenraya.co.id – …" (outlet, no place),
 *   "jpnn.com - TOCHIGI - …", "Liputan6.com, JakartaPasca…" (the place glued to the lead).
 * A part is an outlet when it has a web-address ending or is built from generic newspaper-name
 * parts (language data: "pos", "tribun", "harian", "info", …); a place is a few capitalised
 * words. Nothing here names an outlet.
 */
import type { DatelineData } from '../structure/structureData';
import { literalPrecheck } from '../boilerplate/regexShape';
import { isWhiteSpaceUnit } from '../text/charTables';
import { plainText } from '../structure/plainText';
import { SITE_ADDRESS } from '../structure/pageTitle';

export interface DatelineMatch {
  readonly place: string | null;
  readonly outlet: string | null;
  /** Length of the dateline in the text read, separator included. */
  readonly length: number;
}

/**
 * A word in a brand's case: lower-case letters, then a capital ("detikJateng", "kumparanTECH", "iNews", "tvOne"). No
 * person's or place's name is written so; a brand's is.
 */
const BRAND_CASE = /^\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u;
/**
 * Two capitalised words joined ("RuangWarga", "KabarDemak"): a site's name written as its address is, never a person's
 * (a Scottish or Irish "McArthur", "MacLeod" excepted: its first part is too short or is "Mac").
 */
const JOINED_WORDS = /^(?!Mac\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;

/** How far into the lead a dateline may reach. */
const MAX_DATELINE_CHARS = 90;

export class DatelineReader {
  private readonly domainPattern: RegExp;
  /** What every web address the domain pattern accepts holds (a "." for ".com|.co.id|…"), or null when unknown. */
  private readonly domainNeeds: RegExp | null;
  private readonly morphemes: readonly string[];
  private readonly morphemeSet: ReadonlySet<string>;
  /** The morphemes' distinct lengths, longest first. */
  private readonly morphemeLengths: readonly number[];
  /**
   * Answers of isOutlet by part. Datelines repeat across a corpus ("JAKARTA", "KOMPAS.com"): a part is
   * read once, not once per article. Bounded: cleared when full (the answers never change).
   */
  private readonly outletAnswers = new Map<string, boolean>();
  /** The gazetteer's names in lower case (empty for a language without one). */
  private readonly placeNames: ReadonlySet<string>;
  /** Apps and platforms in lower case ("whatsapp", "youtube"): brand-shaped, never a publisher. */
  private readonly platformNames: ReadonlySet<string>;
  /** The publishers' names in lower case (publishers.json): names that are outlets by what they are, not by their shape. */
  private readonly publisherNames: ReadonlySet<string>;
  /** The weekday names in lower case: "Minggu, 9 November 2025 –" opens a stamp, not a dateline. */
  private readonly weekdayNames: ReadonlySet<string>;
  /** The gazetteer's names and the data's region names, in lower case: after the place, one of them is no outlet. */
  private readonly regionNames: ReadonlySet<string>;

  constructor(private readonly data: DatelineData) {
    this.domainPattern = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*${data.domainSuffix}$`, 'iu');
    this.domainNeeds = literalPrecheck(data.domainSuffix, 'iu');
    this.morphemes = [...data.outletMorphemes].map((m) => m.toLowerCase()).sort((a, b) => b.length - a.length);
    this.morphemeSet = new Set(this.morphemes);
    this.morphemeLengths = [...new Set(this.morphemes.map((m) => m.length))];
    this.placeNames = new Set((data.placeNames ?? []).map((name) => name.toLowerCase()));
    this.weekdayNames = new Set((data.weekdayNames ?? []).map((name) => name.toLowerCase()));
    this.platformNames = new Set((data.platformNames ?? []).map((name) => name.toLowerCase()));
    this.publisherNames = new Set((data.publisherNames ?? []).map((name) => name.toLowerCase()));
    this.regionNames = new Set([...(data.placeNames ?? []), ...(data.regionNames ?? [])].map((name) => name.toLowerCase()));
  }

  /** A web address ("Bantenraya.co.id"); most words hold no literal a suffix needs, and are refused without the pattern. */
  private isDomain(text: string): boolean {
    return (this.domainNeeds === null || this.domainNeeds.test(text)) && this.domainPattern.test(text);
  }

  /** Reads a dateline at the start of `text` (a lead paragraph, its fragments joined by spaces). */
  read(text: string): DatelineMatch | null {
    const head = text.slice(0, MAX_DATELINE_CHARS + 20);
    const first = this.readSeparated(head, text);
    if (first) {
      if (first.outlet && !first.place) {
        const second = this.readSeparated(head.slice(first.length), text);
        if (second && second.place && !second.outlet) return { place: second.place, outlet: first.outlet, length: first.length + second.length };
        // "KONTAN.CO.ID - JAKARTA. Saham …": the place after the outlet may close with a full stop (capitals only, so no sentence).
        const dotted = PLACE_THEN_FULL_STOP.exec(head.slice(first.length));
        if (dotted?.[1] && this.isPlace(dotted[1])) return { place: dotted[1], outlet: first.outlet, length: first.length + dotted[0].length };
      }
      // "BANDA ACEH - Serambinews.com - …": the outlet after the place, each closed by its own dash.
      if (first.place && !first.outlet) {
        const second = this.readSeparated(head.slice(first.length), text);
        if (second && second.outlet && !second.place) return { place: first.place, outlet: second.outlet, length: first.length + second.length };
      }
      return first;
    }
    return this.readGlued(head);
  }

  /** "PLACE -", "OUTLET -", "PLACE, OUTLET -", "OUTLET, PLACE -" (dash, double dash or colon). */
  private readSeparated(head: string, lead: string): DatelineMatch | null {
    const sep = findSeparator(head);
    if (!sep) return null;
    // "Bima, Radar Bima.- …": a full stop typed before the dash closes the dateline; it is no part of the name.
    const parts = head.slice(0, sep.start).replace(FULL_STOP_BEFORE_SEPARATOR, '').split(',').map((p) => p.trim());
    // "BANJARBARU, — …": the site's template left the outlet after the comma empty; the place alone is the dateline.
    if (parts.length === 2 && parts[1] === '') parts.pop();
    if (parts.length > 3 || parts.some((p) => !p)) return null;
    // "Jakarta, Senin (10/6/2025) -": a date in the dateline is the dates reader's, not a name.
    // "Ambon (20/11) -": so is a bracketed day and month right after the place.
    // "Bandarlampung, 3/12 (ANTARA) -": a day and month before the agency's bracket; the bracket is the outlet.
    const names = parts.map((p, i) => (i > 0 ? p.replace(DAY_MONTH_BEFORE_BRACKET, '') : p.replace(BRACKETED_DAY_MONTH, ''))).filter((p, i) => i === 0 || !/\d/u.test(p) || this.isDomain(p) || BRAND_WITH_DIGITS.test(p.trim()));
    if (names.length > 2) return null;
    // "KBRN, Cianjur:": an acronym in capitals the gazetteer does not know, then a town it knows: the newsroom's
    // name, then the place (read in order, the acronym would be taken for the place and the town for the outlet).
    const [firstName, secondName] = names;
    if (names.length === 2 && firstName && secondName && ACRONYM.test(firstName) && !this.placeNames.has(firstName.toLowerCase()) && this.placeNames.has(secondName.toLowerCase())) {
      return { place: secondName, outlet: firstName, length: sep.end };
    }
    let place: string | null = null;
    let outlet: string | null = null;
    for (const part of names) {
      // The pattern ends in a closing parenthesis: a part without one is not read by it.
      const agency = part.endsWith(')') ? /^(.+?)\s*\(([^()]{2,40})\)$/u.exec(part) : null;
      if (!place && !outlet && agency?.[1] && agency[2] && this.isPlace(agency[1]) && this.isName(agency[2])) {
        place = agency[1];
        outlet = agency[2].trim();
      }
      // "Makassar, Sulsel (Sindo) -": the province after the town, then the agency's bracket; the town is the place.
      else if (place && !outlet && agency?.[1] && agency[2] && this.isPlace(agency[1]) && this.isName(agency[2])) outlet = agency[2].trim();
      // "Laporan dari Sorong: …": a reporter's opening words before the place.
      else if (!place && !outlet && names.length === 1 && this.afterPlacePrefix(part) !== null) place = this.afterPlacePrefix(part);
      // "RMOLJatim.Sidoarjo -": a name with capitals inside it glued by a full stop to the place: the outlet, then the place.
      else if (!place && !outlet && names.length === 1 && OUTLET_DOT_PLACE.test(part) && this.isPlace(part.slice(part.indexOf('.') + 1))) {
        outlet = part.slice(0, part.indexOf('.'));
        place = part.slice(part.indexOf('.') + 1);
      }
      else if (!outlet && this.isOutlet(part)) outlet = part;
      // "Gorontalo, (Gorontalo Post) -": after a place and a comma, a name in brackets is the outlet.
      else if (place && !outlet && BRACKETED.test(part) && this.isName(part.slice(1, -1))) outlet = part.slice(1, -1).trim();
      else if (!place && this.isPlace(part) && !this.isWeekday(part)) place = part;
      // "palembang - Siti …": a dateline typed in lower case is a place when the lead writes the same words capitalised.
      // "medan , sumutpos.id - …": so, in a text a dataset's tooling lower-cased, before an outlet the next part names.
      else if (!place && !outlet && (names.length === 1 || (part === names[0] && this.isOutlet(names[1] ?? ''))) && this.isLowerCasePlaceOf(part, lead)) place = part;
      // "Kupang, Nusa Tenggara Timur –", "PALU, Central Sulawesi —": after the place, a province or region is no outlet
      // (compared as plain words: a zero-width space a scraper left between them changes nothing).
      else if (place && !outlet && this.regionNames.has(plainText(part).toLowerCase())) continue;
      // "Jakarta, CNN Indonesia -": after a place and a comma stands the outlet, whatever its name.
      else if (place && !outlet && this.isName(part)) outlet = part;
      // "JAKARTA, teknoria —": a site that writes its name in lower case; one word, no place the gazetteer knows.
      else if (place && !outlet && LOWER_SITE_NAME.test(part) && !this.placeNames.has(part)) outlet = part;
      else return null;
    }
    // "Makassar, 10 November 2026 /RilisNusa/ --": a wire names itself between slashes after the date.
    if (place && !outlet) outlet = parts.slice(1).map((p) => WIRE_BETWEEN_SLASHES.exec(p)?.[1]).find((name) => name !== undefined) ?? null;
    return { place, outlet, length: sep.end };
  }

  /** "Liputan6.com, JakartaVidio kembali …": an outlet, a comma, and a place glued to the next word. */
  private readGlued(head: string): DatelineMatch | null {
    const comma = head.indexOf(',');
    if (comma <= 0) return null;
    const outlet = head.slice(0, comma).trim();
    if (!this.isOutlet(outlet)) return null;
    const rest = head.slice(comma + 1);
    const m = /^\s*((?:\p{Lu}\p{Ll}+\s)*\p{Lu}\p{Ll}+)(?=\p{Lu}\p{Ll})/u.exec(rest);
    if (!m?.[1] || !this.isPlace(m[1])) return null;
    return { place: m[1], outlet, length: comma + 1 + m[0].length };
  }

  /** The place after a reporter's opening words ("Laporan dari Sorong" gives "Sorong"), or null. */
  private afterPlacePrefix(part: string): string | null {
    const lower = part.toLowerCase();
    const prefix = (this.data.placePrefixes ?? []).find((p) => lower.startsWith(`${p} `));
    const rest = prefix ? part.slice(prefix.length).trim() : '';
    return rest && this.isPlace(rest) ? rest : null;
  }

  /** One or two lower-case words that name a regency or city ("mataram") or that the lead also writes capitalised ("palembang" … "PN Palembang"). */
  private isLowerCasePlaceOf(part: string, lead: string): boolean {
    if (!LOWER_WORDS.test(part)) return false;
    if (this.placeNames.has(part)) return true;
    const capitalised = part.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
    const at = lead.indexOf(capitalised, part.length);
    return at > 0 && !/\p{L}/u.test(lead.charAt(at - 1)) && !/\p{L}/u.test(lead.charAt(at + capitalised.length));
  }

  /** A weekday's name or its short form of three letters or more ("Sen, 23-11-2026 | 20.15 WITA", "Sun."): a stamp's opening. */
  private isWeekday(part: string): boolean {
    const lower = part.toLowerCase().replace(/\.$/u, '');
    if (this.weekdayNames.has(lower)) return true;
    if (lower.length < 3 || lower.includes(' ')) return false;
    for (const name of this.weekdayNames) if (name.startsWith(lower)) return true;
    return false;
  }

  isPlace(part: string): boolean {
    const words = part.split(/\s+/u);
    if (words.length > this.data.maxPlaceWords) return false;
    // "WANGI-WANGI", "Bau-Bau": a reduplicated or hyphenated place name, each half capitalised letters.
    return words.every((w) => /^\p{Lu}[\p{L}.'’]*$/u.test(w) || HYPHENATED_PLACE_WORD.test(w)) && !this.isOutlet(part);
  }

  /** A few capitalised words or a web address: the shape of a proper name. */
  isName(part: string): boolean {
    const words = part.trim().split(/\s+/u);
    const first = words[0] ?? '';
    return words.length <= 4 && (/^\p{Lu}/u.test(first) || this.isDomain(first)) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || this.isDomain(w));
  }

  isOutlet(part: string): boolean {
    let answer = this.outletAnswers.get(part);
    if (answer === undefined) {
      if (this.outletAnswers.size >= MAX_REMEMBERED_PARTS) this.outletAnswers.clear();
      answer = this.readOutlet(part);
      this.outletAnswers.set(part, answer);
    }
    return answer;
  }

  private readOutlet(part: string): boolean {
    if (part.length > 60) return false;
    const words = WHITE_SPACE.test(part) ? part.split(/\s+/u) : [part];
    if (words.length === 1 && (this.isDomain(part) || this.isGluedDomain(part) || ((BRAND_CASE.test(part) || JOINED_WORDS.test(part)) && !this.platformNames.has(part.toLowerCase())))) return true;
    // A publisher known by name, alone or heading a desk's name ("TVRI Jawa Barat", "VOA Indonesia").
    if (this.publisherNames.has(part.toLowerCase()) || (words.length >= 2 && this.publisherNames.has((words[0] ?? '').toLowerCase()) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)))) return true;
    if (words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w) || this.isDomain(w))) return false;
    const lower = words.map((w) => w.toLowerCase());
    if (words.length >= 2 && lower.some((w) => this.morphemes.includes(w))) return true;
    return words.some((w) => this.isCompoundOutletWord(w));
  }

  /** "INILAHCOM": a word in capitals whose last letters are a web address's ending with its dot dropped. */
  private isGluedDomain(word: string): boolean {
    if (!/^\p{Lu}{3,}$/u.test(word)) return false;
    const lower = word.toLowerCase();
    return (this.data.gluedDomainEndings ?? []).some((ending) => lower.length >= ending.length + 3 && lower.endsWith(ending));
  }

  /** "POSMETRO", "InfoPublik", "BANTENNEWS": a generic newspaper-name part joined to another word. */
  private isCompoundOutletWord(word: string): boolean {
    // A word of ASCII letters has no other characters to drop (the usual case: skip the replace).
    const letters = ASCII_LETTERS.test(word) ? word : word.replace(/[^\p{L}]/gu, '');
    const lower = letters.toLowerCase();
    let allCaps: boolean | undefined;
    // A morpheme that starts or ends the word is the word's head or tail of that length (looked up, not searched for).
    for (const length of this.morphemeLengths) {
      if (lower.length < length + 3) continue;
      const head = lower.slice(0, length);
      if (this.morphemeSet.has(head)) {
        const rest = lower.slice(length);
        const camel = /\p{Ll}/u.test(letters.charAt(length - 1)) && /\p{Lu}/u.test(letters.charAt(length));
        allCaps ??= letters === letters.toUpperCase();
        if (camel || allCaps || this.morphemes.some((m2) => rest.startsWith(m2))) return true;
      }
      // A two-letter tail counts too: a station's name glued to "TV" ("SULSELTV", "JabarTV") as to "NEWS".
      if (length >= 2 && this.morphemeSet.has(lower.slice(lower.length - length))) {
        const cut = lower.length - length;
        const camel = /\p{Ll}/u.test(letters.charAt(cut - 1)) && /\p{Lu}/u.test(letters.charAt(cut));
        allCaps ??= letters === letters.toUpperCase();
        // "SIGAPnews", "SINDOnews": a name in capitals, then the word part in lower case (the reverse of "BantenNews").
        const capitalsThenLower = cut >= 3 && CAPITALS.test(letters.slice(0, cut)) && LOWER.test(letters.slice(cut));
        if (camel || allCaps || capitalsThenLower) return true;
      }
    }
    return false;
  }
}

const ASCII_LETTERS = /^[A-Za-z]*$/;
const CAPITALS = /^\p{Lu}+$/u;
const LOWER = /^\p{Ll}+$/u;
/** "NUNUKAN, BORNEO24 -": one word of letters closed by a number is a site's name, not a date left after the place. */
const BRAND_WITH_DIGITS = /^\p{L}{3,}\d{1,3}$/u;
/** "Ambon (20/11) -": the day and month in brackets after the place, the dates reader's, no part of the place. */
const BRACKETED_DAY_MONTH = /\s*\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)$/u;
/** A day and month ("3/12", or a wire's "Nov 23" in "PONTIANAK, Nov 23 (Archipelago Wire) -") before a bracketed agency name in a dateline part. */
const DAY_MONTH_BEFORE_BRACKET = /^(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)\s*(?=\([^()]+\)$)/u;
/** "RMOLJatim.Sidoarjo": four letters or more with two capitals or more, a full stop, then capitalised words. */
const OUTLET_DOT_PLACE = /^(?=\p{L}*\p{Lu}\p{L}*\p{Lu})\p{L}{4,}\.\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*$/u;
/** A wire service's name between slashes at the end of a dateline part ("/RilisNusa/"). */
const WIRE_BETWEEN_SLASHES = /(?:^|\s)\/(\p{L}[\p{L}\p{N}.-]{1,30})\/$/u;
/** A full stop closing a word of three letters or more at the end of a dateline ("Radar Bima."; "PT." is no such word). */
const FULL_STOP_BEFORE_SEPARATOR = /(?<=\p{Ll}{3})\.$/u;
const BRACKETED = /^\([^()]{2,40}\)$/u;
/** A place word joined by hyphens, every half capitalised letters ("WANGI-WANGI", "Bau-Bau"; no dot, so no web address). */
const HYPHENATED_PLACE_WORD = /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+$/u;
/** One word of lower-case letters, four or more, after a place and a comma: the site's name as it writes it. */
const LOWER_SITE_NAME = /^\p{Ll}{4,}$/u;
/** "KBRN", "LKBN": two to six capitals, a newsroom's short name. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** One or two words of lower-case letters (a place typed without capitals). */
const LOWER_WORDS = /^\p{Ll}{3,}(?:\s\p{Ll}{3,})?$/u;
/** A place in capitals (words of three letters or more, not an abbreviation like "PT.") closed by a full stop before the lead. */
const PLACE_THEN_FULL_STOP = /^(\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2})\.\s+(?=\p{Lu})/u;
/** How many parts' answers a reader keeps (a corpus's datelines name far fewer places and outlets). */
const MAX_REMEMBERED_PARTS = 4096;
const WHITE_SPACE = /\s/u;

/** A place in capitals before a bar ("LHOKSUKON ", "BANDA ACEH "). */
const CAPITALS_PLACE = /^\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2}\s+$/u;
/** A lead runs on for at least this many characters after the bar. */
const MIN_LEAD_AFTER_BAR = 60;

/**
 * The first dateline separator: an en or em dash, a colon, a double hyphen, a bar between spaces, or a hyphen with a
 * space on one side ("TRIBUN-MEDAN.com" keeps its hyphen; "Jakarta -Gempa" and "Jakarta- Kepala" split).
 */
function findSeparator(head: string): { start: number; end: number } | null {
  const limit = Math.min(head.length, MAX_DATELINE_CHARS);
  for (let i = 0; i < limit; i++) {
    const c = head.charAt(i);
    let isSep = c === '–' || c === '—';
    if (c === ':') isSep = head.charAt(i + 1) !== '/';
    // "LHOKSUKON | Harga gabah …": a bar between spaces after a place in capitals, a sentence after it, as some sites print
    // their datelines (a stamp's or a byline's bar, "Gatra.com | 13 Nov 2025", "Senin, 8 Desember 2025 | 15:45", is none).
    // "Lentera24.com | ACEH TAMIANG - …": so is a bar after the site's address, the place and its dash after it.
    if (c === '|') isSep = (CAPITALS_PLACE.test(head.slice(0, i)) || addressThenSpace(head.slice(0, i))) && head.length - i > MIN_LEAD_AFTER_BAR && isWhiteSpaceUnit(head.charCodeAt(i + 1));
    if (c === '-') isSep = i === 0 || isWhiteSpaceUnit(head.charCodeAt(i - 1)) || isWhiteSpaceUnit(head.charCodeAt(i + 1)) || head.charAt(i + 1) === '-' || i + 1 >= head.length || placeGluedToLead(head, i);
    if (!isSep || reduplicatedAround(head, i)) continue;
    let start = i;
    while (start > 0 && isWhiteSpaceUnit(head.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < head.length && isSeparatorTail(head.charCodeAt(end))) end++;
    return { start, end };
  }
  return null;
}

/** A place in capitals closing at a hyphen with no space either side. */
const CAPITALS_PLACE_WHOLE = /^\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2}$/u;
/**
 * A site's address (pageTitle.ts's SITE_ADDRESS) and white space closing the text before a bar ("Lentera24.com | ACEH
 * TAMIANG - …"). A text opening with a hyphen never gets here: findSeparator takes that hyphen first.
 */
function addressThenSpace(before: string): boolean {
  return TRAILING_SPACE.test(before) && SITE_ADDRESS.test(before.trimEnd());
}
const TRAILING_SPACE = /\s$/u;

/** The word that closes the text before a separator, and the word that opens the text after it. */
const LAST_WORD = /(\p{L}+)\s*$/u;
const FIRST_WORD = /^[\s\-–—]*(\p{L}+)/u;

/**
 * "tiba – tiba", "masing – masing": a reduplicated word typed with a spaced dash between its halves is one word, not a
 * dateline's end ("Lanjut Bupati Jeje, tiba – tiba dirinya …" would read a place and an outlet "tiba").
 */
function reduplicatedAround(head: string, i: number): boolean {
  const before = LAST_WORD.exec(head.slice(Math.max(0, i - 30), i))?.[1];
  const after = FIRST_WORD.exec(head.slice(i + 1, i + 31))?.[1];
  return before !== undefined && after !== undefined && before.toLowerCase() === after.toLowerCase();
}
/** A capitalised word of lower-case letters: the lead's first word. */
const LEAD_WORD_START = /^\p{Lu}\p{Ll}{2}/u;

/**
 * "SELONG-Jalur utama …": a place in capitals (or the site's address, "GENTAONLINE.COM-Bupati …"), a hyphen with no
 * space, then a capitalised lower-case word (a sentence's first): the hyphen is the dateline's. A name joined by a hyphen keeps one case on both sides ("TRIBUN-MEDAN.com").
 */
function placeGluedToLead(head: string, i: number): boolean {
  if (!LEAD_WORD_START.test(head.slice(i + 1, i + 4))) return false;
  const before = head.slice(0, i);
  return CAPITALS_PLACE_WHOLE.test(before) || SITE_ADDRESS.test(before);
}

/** [\s\-–—:]: what runs on after a separator. */
function isSeparatorTail(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 58 || isWhiteSpaceUnit(c);
}
