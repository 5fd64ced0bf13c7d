/**
 * The publisher named only in the body: "dalam wawancara dengan Katadata.co.id", "saat dihubungi
 * Suara.com", "kata Budi kepada JPNN.com". A reporter speaks to a source for the outlet that
 * publishes the story, so a web address right after such a phrase (language data) names the
 * publisher. Read only when no dateline, promo, credit or byline line names an outlet. An address
 * after a source phrase ("dikutip dari", "dilansir", "tayang di") is another outlet's, and an
 * article that cites one is left without a body outlet: a story taken from that outlet keeps
 * its "kepada <the original outlet>".
 */
import type { BodyOutletData } from './structureData';
import { escapeRegExp, phraseAlternatives } from '../text/escapeRegExp';

export interface BodyOutletReader {
  /** The publisher named in these lines (the body's), or null. `isOutlet` confirms the address. */
  read(bodyLines: readonly string[], allLines: readonly string[], isOutlet: (name: string) => boolean, masthead?: string | null, headline?: string | null): string | null;
}

/** How far before a web address its introducing phrase may start. */
const PHRASE_WINDOW = 48;

export function compileBodyOutlet(data: BodyOutletData | undefined, domainSuffix: string): BodyOutletReader | null {
  if (!data || data.interviewPhrases.length === 0) return null;
  // The web-address ending is looked for first (a "." starts it: most text is passed over at once), then the word it ends.
  const suffix = new RegExp(domainSuffix, 'giu');
  const interview = phraseBefore(data.interviewPhrases);
  const source = phraseBefore(data.sourcePhrases);
  const interviewName = phraseThenName(data.interviewPhrases);
  const replyName = replyThenName(data.replyVerbs ?? []);
  const addressees = new Set([...(data.addresseeWords ?? []), ...(data.sourceAgencies ?? [])].map((w) => w.toLowerCase()));
  const addressAfter = (line: string, phrase: RegExp): string | null => {
    suffix.lastIndex = 0;
    for (let m = suffix.exec(line); m; m = suffix.exec(line)) {
      let start = m.index;
      while (start > 0 && ADDRESS_CHAR.test(line.charAt(start - 1))) start--;
      if (start === m.index) continue;
      if (phrase.test(line.slice(Math.max(0, start - PHRASE_WINDOW), start))) return line.slice(start, m.index + m[0].length);
    }
    return null;
  };
  return {
    read(bodyLines, allLines, isOutlet, masthead = null, headline = null) {
      let found: string | null = null;
      for (const line of bodyLines) {
        const name = addressAfter(line, interview);
        if (name && isOutlet(name)) {
          found = name;
          break;
        }
      }
      if (masthead) found ??= nameHeadingPage(bodyLines, masthead, interviewName);
      found ??= outletNamedAfterPhrase(bodyLines, interviewName, isOutlet);
      if (replyName) found ??= nameSpokenTo(bodyLines, allLines, headline, replyName, addressees);
      if (found && allLines.some((line) => addressAfter(line, source) !== null)) return null;
      return found;
    },
  };
}

const ADDRESS_CHAR = /[\p{L}\p{N}.-]/u;

/** The phrases, each ending right before the address (words apart by any white space), as a test of a text's end. */
function phraseBefore(phrases: readonly string[]): RegExp {
  const alternatives = phraseAlternatives(phrases);
  return new RegExp(`(?:^|[^\\p{L}])(?:${alternatives.join('|') || '(?!)'})\\s+$`, 'iu');
}

/** The phrases, then one capitalised word (a name written without its web address: "kepada SinemaKita"). */
function phraseThenName(phrases: readonly string[]): RegExp {
  const alternatives = phraseAlternatives(phrases);
  return new RegExp(`(?:^|[^\\p{L}])(?:${alternatives.join('|') || '(?!)'})\\s+([\\p{L}][\\p{L}\\p{N}]{3,})(?=[\\s,.;:!?]|$)`, 'giu');
}

/**
 * "kata Fajar kepada SinemaKita" on a page that opens with "SINEMAKITA   Review   Box Office": a name the reporter
 * speaks to the source for, which is also the first word of the page's first line above the headline (its masthead),
 * is the publisher. Without
 * the masthead a capitalised word after "kepada" is as often a person or an office.
 */
function nameHeadingPage(bodyLines: readonly string[], masthead: string, phraseName: RegExp): string | null {
  const mastheadWords = masthead.trim().replace(/^[\p{So}\p{Sm}]+\s*/u, '').split(/\s+/u);
  const head = mastheadWords[0]?.toLowerCase() ?? '';
  if (head.length < 4) return null;
  for (const line of bodyLines) {
    // Most lines never hold the masthead's word: looked for before the phrases are.
    if (!line.toLowerCase().includes(head)) continue;
    phraseName.lastIndex = 0;
    for (let m = phraseName.exec(line); m; m = phraseName.exec(line)) {
      const name = m[1] ?? '';
      if (/^\p{Lu}/u.test(name) && name.toLowerCase() === head) return withMastheadWords(name, line.slice(m.index + m[0].length), mastheadWords);
    }
  }
  return null;
}

/**
 * "kata Rudy kepada kumparan", "saat dihubungi detikJateng": one word after an interview phrase that is an outlet by
 * what it is (a publisher's name the language data lists, a brand's case), not followed by a capitalised word (then it
 * opens a person's name: "kepada Viva Yoga"). Without a web address's ending, the name as written.
 */
function outletNamedAfterPhrase(bodyLines: readonly string[], phraseName: RegExp, isOutlet: (name: string) => boolean): string | null {
  for (const line of bodyLines) {
    phraseName.lastIndex = 0;
    for (let m = phraseName.exec(line); m; m = phraseName.exec(line)) {
      const name = m[1] ?? '';
      if (/^\s+\p{Lu}/u.test(line.slice(m.index + m[0].length))) continue;
      if (isOutlet(name)) return name;
    }
  }
  return null;
}

/** How many of the masthead's words a name in the body may repeat. */
const MAX_MASTHEAD_WORDS = 3;

/**
 * "kepada Maung Mania" under the masthead "MAUNG MANIA": the name runs on over the masthead's next words where the body
 * writes them too (capitalised, in the same order), so the publisher keeps its whole name rather than its first word.
 */
function withMastheadWords(name: string, rest: string, mastheadWords: readonly string[]): string {
  let full = name;
  let tail = rest;
  for (let k = 1; k < Math.min(mastheadWords.length, MAX_MASTHEAD_WORDS); k++) {
    const word = mastheadWords[k] ?? '';
    const m = /^\s+(\p{Lu}[\p{L}\p{N}]*)(?=[\s,.;:!?]|$)/u.exec(tail);
    if (!m || (m[1] ?? '').toLowerCase() !== word.toLowerCase()) break;
    full += ' ' + (m[1] ?? '');
    tail = tail.slice(m[0].length);
  }
  return full;
}

/** How many characters may stand between the reporting verb and "kepada" (the speaker's name or "-nya"). */
const REPLY_GAP = 40;

/**
 * A reporting verb, up to REPLY_GAP characters with no quotation mark or sentence end, "kepada", then one capitalised
 * word (an address's dot allowed: "detik.com") that closes the clause: a mark of punctuation, a lower-case word or the
 * line's end follow it. A name of two capitalised words ("kepada Al Jazeera") is left alone: as often a foreign outlet
 * quoted as a source as the publisher. A brand written in camel case, lower case first ("kepada detikJateng", "kepada
 * iNews"), is taken too: no common word or person's name has a capital inside it after a lower-case start (a plain
 * lower-case word, "kepada wartawan", stays unread).
 */
function replyThenName(verbs: readonly string[]): RegExp | null {
  const alternatives = verbs.map((v) => escapeRegExp(v.trim())).filter((v) => v.length > 0);
  if (alternatives.length === 0) return null;
  return new RegExp(
    `(?:^|[^\\p{L}])(?:${alternatives.join('|')})(?:nya)?[^\\p{L}][^."“”!?]{0,${REPLY_GAP}}?\\bkepada\\s+((?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\p{L}\\p{N}]*(?:\\.[\\p{L}]{2,})?)(?=[,.;:!?]|\\s+\\p{Ll}|\\s*$)`,
    'gu',
  );
}

/**
 * "ucap Bagas kepada Okezone usai pertandingan": a source answers the reporter, so the one-word name after a reporting
 * verb's "kepada" is the publisher; unless it is one of the words naming whom one speaks to in the story (the
 * language's addressee words: "kepada Presiden", "kepada Hakim"), or a wire the page credits (wireCredit). The body
 * names its publisher there only; a word the headline or another sentence also uses ("Review Film …" then "kata Bayu
 * kepada Review") is a common word or a person of the story.
 */
function nameSpokenTo(bodyLines: readonly string[], allLines: readonly string[], headline: string | null, replyName: RegExp, addressees: ReadonlySet<string>): string | null {
  let found: string | null = null;
  for (const line of bodyLines) {
    // Most lines hold no "kepada": looked for before the pattern runs.
    if (!line.includes('kepada')) continue;
    replyName.lastIndex = 0;
    for (let m = replyName.exec(line); m; m = replyName.exec(line)) {
      const name = m[1] ?? '';
      if (name.length < 3 || addressees.has(name.toLowerCase()) || wireCredit(name, allLines) || !namedOnlyThere(name, bodyLines, headline)) continue;
      // Two different names spoken to ("kepada Kantorwire" … "kepada Beritadunia"): a story relayed from several sources.
      if (found !== null && found !== name) return null;
      found = name;
    }
  }
  return found;
}

/**
 * A wire story's source: the name alone on a line (its byline, "Reuters") or before a photographer in a credit
 * ("Foto: Reuters/Anuwar Hazarika"). "katanya kepada Reuters" there is the wire's interview, not the publisher's.
 */
function wireCredit(name: string, allLines: readonly string[]): boolean {
  const credit = `${name}/`;
  return allLines.some((line) => line.trim() === name || line.includes(credit));
}

/** The name, as a whole word, in no headline and in one place only of the body (the "kepada" phrase itself). */
function namedOnlyThere(name: string, bodyLines: readonly string[], headline: string | null): boolean {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  if (headline !== null && headline.match(word) !== null) return false;
  let seen = 0;
  for (const line of bodyLines) {
    if (!line.includes(name)) continue;
    seen += line.match(word)?.length ?? 0;
    if (seen > 1) return false;
  }
  return true;
}
