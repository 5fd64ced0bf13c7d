/**
 * Relative time stamps ("2 hari yang lalu", "15 jam yang lalu", "3 days ago"): recorded as the
 * text gives them (amount and unit), never turned into a date, since the text does not say when
 * "now" was.
 */
import type { Article, Line } from '../article/article';
import type { RelativeStamp } from '../model';
import { alternation, escapeWord, WORD_END as R, WORD_START as L, type CompiledDateData } from './dateData';

const UNITS = new Set<RelativeStamp['unit']>(['minute', 'hour', 'day', 'week', 'month', 'year']);
export interface StampRegexes {
  /** The suffix alone: a cheap test that skips the lines without one. */
  readonly suffix: RegExp;
  /**
   * The suffix's last word alone ("lalu" of "yang lalu"): part of every match of `suffix`, and
   * several times faster to look for in a whole text than a suffix that opens with a common word.
   */
  readonly lastWord: RegExp;
  readonly stamp: RegExp;
  /** Number words and unit words, lower-cased: built once per language, not per article. */
  readonly words: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, string>;
}

const cache = new WeakMap<CompiledDateData, StampRegexes | null>();

/** Exported for the test that holds the pre-test to the suffix. */
export function stampRegexes(c: CompiledDateData): StampRegexes | null {
  if (cache.has(c)) return cache.get(c) ?? null;
  const { relativeUnits, relativeSuffix, numberWords } = c.data;
  const suffix = `(?:${alternation([relativeSuffix])})${R}`;
  const res = relativeSuffix.trim()
    ? {
        suffix: new RegExp(suffix, 'iu'),
        lastWord: new RegExp(escapeWord(relativeSuffix.split(/ +/).filter((w) => w.length > 0).pop() ?? ''), 'giu'),
        stamp: new RegExp(`${L}(?<n>\\d{1,4}|${alternation(Object.keys(numberWords))})[ \\t]{1,3}(?<u>${alternation(Object.keys(relativeUnits))})[ \\t]{1,3}${suffix}`, 'giu'),
        words: new Map(Object.entries(numberWords).map(([k, v]) => [k.toLowerCase(), v])),
        units: new Map(Object.entries(relativeUnits).map(([k, v]) => [k.toLowerCase(), v])),
      }
    : null;
  cache.set(c, res);
  return res;
}

export function readRelativeStamps(c: CompiledDateData, article: Article): RelativeStamp[] {
  const res = stampRegexes(c);
  if (!res) return [];
  const stamps: RelativeStamp[] = [];
  // One search of the whole text for the suffix's last word ("lalu" of "yang lalu"), and only the
  // lines where it stands are read: the last word is part of every match of the suffix
  // (escapeWord turns the spaces between words into "[ \t]{1,3}"), and no match crosses a line
  // break, so a line without it has no stamp, and a line with it has a match of the search.
  const probe = res.lastWord;
  const lines = article.lines;
  let li = 0;
  // test(), not exec(): the match's last character is at lastIndex - 1 (on the match's line), and no match object is built.
  for (probe.lastIndex = 0; probe.test(article.text); ) {
    const at = probe.lastIndex - 1;
    while (li + 1 < lines.length && (lines[li + 1] as Line).start <= at) li++;
    readLine(res, lines[li] as Line, stamps);
    if (li + 1 >= lines.length) break;
    probe.lastIndex = Math.max(probe.lastIndex, (lines[li + 1] as Line).start);
  }
  return stamps;
}

function readLine(res: StampRegexes, line: Line, stamps: RelativeStamp[]): void {
  if (!res.suffix.test(line.text)) return;
  const re = res.stamp;
  const { words, units } = res;
  re.lastIndex = 0;
  for (const m of line.text.matchAll(re)) {
    const g = m.groups ?? {};
    const n = g.n ?? '';
    const amount = /^\d+$/.test(n) ? Number(n) : words.get(n.toLowerCase().replace(/\s+/g, ' '));
    const unit = units.get((g.u ?? '').toLowerCase()) as RelativeStamp['unit'] | undefined;
    if (amount === undefined || !unit || !UNITS.has(unit)) continue;
    const start = line.start + m.index;
    stamps.push({ raw: m[0], span: { start, end: start + m[0].length }, amount, unit });
  }
}
