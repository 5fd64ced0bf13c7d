/**
 * The tokenizer's two rare passes over a line's tokens: glued words cut apart, name pairs joined by
 * a hyphen cut in two; and the checks on each word that tell when neither pass can cut anything
 * (most lines), so that the passes do not run there.
 */
import type { Token } from './nameTokens';
import { isAcronym, isCapitalized } from './wordShapes';

const HYPHEN_CAPITAL = /-\p{Lu}/u;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * False when GLUE cannot match the word: for ASCII words this is GLUE itself, read by char code (a
 * capital and two lower-case letters after six letters, the last five lower-case, or after three
 * letters and a dot). A word with any other character may match.
 */
export function mayBeGlued(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return true;
  for (let i = 4; i + 2 < word.length; i++) {
    if (!isUpper(word.charCodeAt(i)) || !isLower(word.charCodeAt(i + 1)) || !isLower(word.charCodeAt(i + 2))) continue;
    if (i >= 6 && isLetter(word.charCodeAt(i - 6)) && lowerRun(word, i - 5, i)) return true;
    if (word.charCodeAt(i - 1) === 46 && isLetter(word.charCodeAt(i - 4)) && isLetter(word.charCodeAt(i - 3)) && isLetter(word.charCodeAt(i - 2))) return true;
  }
  return false;
}

const isLetter = (c: number): boolean => isUpper(c) || isLower(c);

/** word[from, to) is all ASCII lower-case letters. */
function lowerRun(word: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isLower(word.charCodeAt(i))) return false;
  return true;
}

/**
 * False when splitNamePairs cuts no word of these characters: it cuts only a capitalised word, at a
 * hyphen three characters in or more before a capital. Decided for ASCII.
 */
export function mayBePair(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128 && !isUpper(first)) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return true;
    if (i > 2 && c === 45 && isUpper(word.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * Scraped text glues words ("tersangkapembunuhanSatria", "JakartaVidio"): a capital and two
 * lower-case letters right after six letters start a new word. Brand names are written the same
 * way and are not glued words ("TaniHub", "WhatsApp", "LinkedIn"): a glued word has a whole word
 * (six letters or more) before the capital and three letters or more after it.
 */
// Or a glued sentence end ("MotoGP.Poin").
export const GLUE = /\p{L}\p{Ll}{5}(?=\p{Lu}\p{Ll}{2})|\p{L}{3}\.(?=\p{Lu}\p{Ll}{2})/gu;
const INNER_CAPITAL = /.\p{Lu}/u;

/** INNER_CAPITAL.test, with an ASCII fast path (most words): a capital A-Z after the first character. */
export function hasInnerCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return INNER_CAPITAL.test(word);
    if (i > 0 && code >= 65 && code <= 90) return true;
  }
  return false;
}

/**
 * `isAbbreviation` says which words keep their dot ("Kab.", "Drs."): one glued to a name
 * ("Kab.Bogor", "Drs.Budi") is not a sentence end and stays whole, nor is a web address's dot.
 */
export function splitGlued(tokens: Token[], isAbbreviation: (wordWithDot: string) => boolean = () => false): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.text.startsWith('@') || !hasInnerCapital(t.text)) {
      out.push(t);
      continue;
    }
    let from = 0;
    // A glued sentence end ("MotoGP.Poin") cuts after the dot and ends a clause.
    GLUE.lastIndex = 0;
    for (let m = GLUE.exec(t.text); m; m = GLUE.exec(t.text)) {
      const dot = m[0].endsWith('.');
      const cut = m.index + m[0].length;
      if (dot && (isAbbreviation(t.text.slice(lettersBefore(t.text, cut - 1), cut)) || ADDRESS_AFTER_DOT.test(t.text.slice(cut)))) continue;
      out.push({ text: t.text.slice(from, dot ? cut - 1 : cut), start: t.start + from, end: t.start + (dot ? cut - 1 : cut), endsClause: dot });
      from = cut;
    }
    out.push(from === 0 ? t : { text: t.text.slice(from), start: t.start + from, end: t.end, endsClause: t.endsClause });
  }
  return out;
}

/** Where the letters that end at `to` in `word` start (GLUE's dot match shows three of them). */
function lettersBefore(word: string, to: number): number {
  let start = to;
  while (start > 0 && LETTER.test(word.charAt(start - 1))) start--;
  return start;
}

const LETTER = /\p{L}/u;
/** The word after a dot runs into another dot and a letter: a web address ("kabar.Banten.com"), not a sentence. */
const ADDRESS_AFTER_DOT = /^\p{L}+\.\p{L}/u;

/**
 * "Ganjar Pranowo-Mahfud MD": a hyphen between two capitalised words, with capitalised words on
 * both sides, joins two names; it is cut into two tokens. "Paris Saint-Germain" (nothing
 * capitalised after) and "Undang-Undang" (nothing before) stay whole, and so does an acronym
 * before the hyphen ("Dinas PUPR-Pera Kaltim"): an institution's name, not a person's.
 */
export function splitNamePairs(tokens: Token[], commaAfter: (t: Token) => boolean = () => false): Token[] {
  // Most texts have no such token: the list is returned as it is then, without a copy.
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // indexOf first: the Unicode search runs only on hyphenated words.
    const hyphen = t.text.indexOf('-') < 0 ? -1 : t.text.search(HYPHEN_CAPITAL);
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Two letters before the hyphen are an article ("An-Nur", "Al-Azhar"), not a name of their own.
    if (hyphen > 2 && isCapitalized(t.text) && !t.text.startsWith('@') && !isAcronym(t.text.slice(0, hyphen)) && prev && isCapitalized(prev.text) && next && isCapitalized(next.text) && !t.endsClause && next.start > t.end && t.start > prev.end && !(commaAfter(t) && DEGREE_SHAPE.test(next.text))) {
      out ??= tokens.slice(0, i);
      out.push({ text: t.text.slice(0, hyphen), start: t.start, end: t.start + hyphen, endsClause: false });
      out.push({ text: t.text.slice(hyphen + 1), start: t.start + hyphen + 1, end: t.end, endsClause: t.endsClause });
    } else out?.push(t);
  }
  return out ?? tokens;
}

/**
 * "Pdt. Ny. Els Pattiasina-Tomasoa, M.Th.": an abbreviated degree after a comma ends the name, so the capital after
 * the hyphenated word names no second person: the hyphen joins a married woman's two family names. A degree has a
 * dot inside it ("M.Th.", "S.Sos", "Sp.PD"), unlike the next name of a pair ("Ganjar Pranowo-Mahfud MD").
 */
const DEGREE_SHAPE = /^\p{Lu}\p{L}{0,2}\.\p{L}{1,5}(?:\.\p{L}{0,4})*\.?$/u;
