/**
 * Where in a window the date forms are tried. A form is skipped where the window lacks what its
 * expression cannot match without (WindowFacts). The weekday forms ("Senin (9/6/2025)", "Kamis,
 * 5 September 2024") are tried only where a weekday name stands, instead of scanning the whole
 * window: each scan tried the ten weekday names, case-insensitively, at every word of the window,
 * and those scans were the date reader's largest cost.
 *
 * Why this gives exactly the global scan's matches: a global exec from lastIndex k returns the
 * match at the smallest offset p ≥ k where the expression matches, and that match is the one a
 * sticky exec at p returns (the look-behind sees the same text either way). So trying, in order,
 * every offset where a match CAN start and resuming after each match finds the same matches. A
 * weekday form's match starts where its weekday alternation, then a word end, matches: exactly
 * where the weekday probe (the same alternation and word end, same flags) matches.
 */

/**
 * Every offset of `text` where `probe` (global) matches, overlapping matches included: the scan
 * resumes one past each match's start, not at its end.
 */
export function matchOffsets(probe: RegExp, text: string): number[] {
  const offsets: number[] = [];
  let next = 0;
  while (next <= text.length) {
    probe.lastIndex = next;
    const m = probe.exec(text);
    if (!m) break;
    // With the u flag a lastIndex inside a surrogate pair steps back to the pair's start: move past it.
    if (m.index < next) {
      next++;
      continue;
    }
    offsets.push(m.index);
    next = m.index + 1;
  }
  return offsets;
}

const DIGIT = /\d/g;

/**
 * Where a day-first form can start: a digit (\d is ASCII 0-9 even under the u flag) that no ASCII
 * letter or digit precedes (the forms' look-behind refuses those; it decides the other cases), or
 * where a day prefix matches. Ascending, a digit run counted once (only its first digit can start).
 */
export function dayOffsets(dayPrefixProbe: RegExp, text: string): number[] {
  const digits: number[] = [];
  for (DIGIT.lastIndex = 0; DIGIT.test(text); ) {
    const at = DIGIT.lastIndex - 1;
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    if (!((before >= 48 && before <= 57) || ((before | 32) >= 97 && (before | 32) <= 122))) digits.push(at);
  }
  const prefixes = matchOffsets(dayPrefixProbe, text);
  return prefixes.length === 0 ? digits : [...digits, ...prefixes].sort((a, b) => a - b);
}

/**
 * Every match of a sticky expression tried at `starts` (ascending), each search resuming after the
 * previous match: the matches of a global exec loop over the whole text, when `starts` holds every
 * offset where a match can begin.
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let resume = 0;
  for (const at of starts) {
    if (at < resume) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    resume = m.index + m[0].length;
    matches.push(m);
  }
  return matches;
}

/**
 * Cheap facts about a window's text that some forms cannot match without. A four-digit year
 * (YEAR4 and the iso/numeric years: "\d{4}" with no digit on either side) is a run of exactly four
 * ASCII digits; "/", "-" and "–" are literal characters of some forms (no case variants under i).
 */
export interface WindowFacts {
  readonly year4: boolean;
  readonly slash: boolean;
  readonly hyphen: boolean;
  readonly enDash: boolean;
}

/** Four digits in a row: the native search that settles most windows (no year) before the exact run check. */
const FOUR_DIGITS = /\d{4}/;

export function windowFacts(text: string): WindowFacts {
  return { year4: FOUR_DIGITS.test(text) && hasRunOfFour(text), slash: text.includes('/'), hyphen: text.includes('-'), enDash: text.includes('\u2013') };
}

/** A run of exactly four ASCII digits. */
function hasRunOfFour(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) run++;
    else {
      if (run === 4) return true;
      run = 0;
    }
  }
  return run === 4;
}
