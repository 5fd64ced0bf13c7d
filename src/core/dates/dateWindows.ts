/**
 * Where on a line a date can be: around runs of digits that have a date separator ("/", "-", ".")
 * and another digit after them, or a month name beside them. Every written date has a digit, and
 * scanning for digits is an order of magnitude faster than the date expressions, which then run
 * on these short windows only (see dateForms.ts).
 */
import type { CompiledDateData } from './dateData';

/** How far before / after a run of digits a date can reach ("Rabu dini hari, tanggal 11 …", "… 5 September 2024)"). */
const REACH_BEFORE = 64;
const REACH_AFTER = 48;
const DIGIT = /\d/g;
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
export const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface DateWindow {
  from: number;
  to: number;
  numeric: boolean;
  monthName: boolean;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';
const LETTER = /\p{L}/u;
/** A letter: ASCII by char code (the common case, no regex), anything else by Unicode property. */
function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(text[i]!);
}
function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  return (code >= 48 && code <= 57) || isLetterAt(text, i) || (code >= 128 && WORD_CHAR.test(text[i]!));
}

/** The word (letters and apostrophes) that starts at `at`, and where it ends. */
function wordAt(text: string, at: number): [string, number] {
  let end = at;
  while (end < text.length && (isLetterAt(text, end) || text[end] === "'" || text[end] === '\u2019')) end++;
  return [text.slice(at, end), end];
}

/** The word that ends at `at` (letters only). */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && isLetterAt(text, start - 1)) start--;
  return text.slice(start, at);
}

/**
 * The stretches of a line that can hold a date, and which kinds of form to try there: a run of
 * digits followed by "/", "-" or "." and a digit (numeric), or next to a month name. Most digit
 * runs in news text are neither ("Rp 20 ribu", "15 tahun"), so the date expressions run on a small
 * part of the text only.
 */
export function dateWindows(c: CompiledDateData, text: string, firstDigit = nextDigit(text, 0)): DateWindow[] {
  const windows: DateWindow[] = [];
  const ordinals = c.ordinalSet;
  // The runs of ASCII digits (what /\d+/g finds): the first digit by test() (which, unlike exec(),
  // builds no match object: one per run cost more than everything else done with the run), the
  // rest of the run by char code. The caller may know the line's first digit already (`firstDigit`).
  let runEnd = 0;
  for (let runStart = firstDigit; runStart >= 0; runStart = nextDigit(text, runEnd)) {
    runEnd = runStart + 1;
    while (runEnd < text.length && isDigitCode(text.charCodeAt(runEnd))) runEnd++;
    const next = skipSpaces(text, runEnd, 1);
    const prev = skipSpaces(text, runStart, -1);
    // Most digit runs have neither a separator nor a letter next to them ("Rp 20.000", "(25)", "2024.").
    const nextCode = text.charCodeAt(next);
    const prevChar = text[prev - 1];
    const nextIsSep = nextCode === 47 || nextCode === 45 || nextCode === 46;
    if (!nextIsSep && !isLetterAt(text, next) && !isLetterAt(text, prev - 1) && prevChar !== '.') continue;
    const afterSep = nextIsSep ? text.charCodeAt(skipSpaces(text, next + 1, 1)) : NaN;
    const numeric = afterSep >= 48 && afterSep <= 57;
    let monthName = false;
    if (!numeric) {
      // "9 Juni", "9th June": the word after the digits, past an ordinal suffix (a language without them looks up no suffix).
      const [after, afterEnd] = wordAt(text, next);
      const word = ordinals.size > 0 && ordinals.has(after.toLowerCase()) ? wordAt(text, skipSpaces(text, afterEnd, 1))[0] : after;
      monthName = word.length > 0 && c.month(word) !== undefined;
      if (!monthName) {
        // "June 9", "Jun. 9": the word before the digits.
        let k = skipSpaces(text, runStart, -1);
        if (text[k - 1] === '.') k--;
        const before = wordBefore(text, k);
        monthName = before.length > 0 && c.month(before) !== undefined;
      }
    }
    if (!numeric && !monthName) continue;
    let from = Math.max(0, runStart - REACH_BEFORE);
    // Start on a word boundary so that the expressions' own boundary checks see whole words.
    while (from > 0 && isWordCharAt(text, from - 1)) from--;
    const to = Math.min(text.length, runEnd + REACH_AFTER);
    const last = windows[windows.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.numeric ||= numeric;
      last.monthName ||= monthName;
    } else windows.push({ from, to, numeric, monthName });
  }
  return windows;
}

/** Where the first ASCII digit at or after `from` is, or -1. */
function nextDigit(text: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
}

/** Moves from `at` over at most three spaces or tabs, forwards (step 1, returns the first non-space) or backwards (step -1, returns the index after the last non-space). */
function skipSpaces(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let n = 0; n < 3 && isSpace(step === 1 ? text[i] : text[i - 1]); n++) i += step;
  return i;
}
