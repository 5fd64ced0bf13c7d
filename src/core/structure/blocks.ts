/**
 * Logical paragraphs. Some scrapers break a sentence wherever the page had a link or an inline
 * tag ("Sebuah pohon … tumbang di" / "Jalan Ciater Raya" / ", Rawa Mekar Jaya, …"); such fragments
 * are one paragraph and must be judged (and their dateline read) together. A line continues on
 * the next when the next starts in lower case or with punctuation, when it ends in a word that
 * cannot end a sentence, or when it is a short fragment without sentence punctuation.
 */
import type { LineFeatures } from './lineFeatures';
import { charTable, isWhiteSpaceUnit } from '../text/charTables';

export interface Block {
  /** 0-based indices of the block's lines, consecutive and non-blank. */
  readonly lines: readonly number[];
}

const CONTINUES_NEXT_START = /^[\p{Ll},.;:)\]%]|^[-–—]$/u;
/** CONTINUES_NEXT_START's first alternative on one UTF-16 unit (a surrogate is left to the regex: \p{Ll} reaches beyond the BMP). */
let continuesFirst: Uint8Array | null = null;

/** CONTINUES_NEXT_START.test(text), mostly by a table look-up of the first unit. */
export function startsAsContinuation(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return CONTINUES_NEXT_START.test(text);
  continuesFirst ??= charTable(/[\p{Ll},.;:)\]%]/u);
  if (continuesFirst[c] === 1) return true;
  return text.length === 1 && (c === 45 || c === 0x2013 || c === 0x2014);
}
/** How far back from a line's end its last word is looked for. */
const LAST_WORD_WINDOW = 40;

/** Ends in [,(:\-–—]: the sentence goes on. */
function endsInContinuation(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 44 || c === 40 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** The line's last word, lower-cased: what follows the last white space in its last LAST_WORD_WINDOW characters. */
function lastWord(text: string): string {
  const from = Math.max(0, text.length - LAST_WORD_WINDOW);
  let start = text.length;
  while (start > from && !isWhiteSpaceUnit(text.charCodeAt(start - 1))) start--;
  return text.slice(start).toLowerCase();
}

export function continuesOn(a: LineFeatures, b: LineFeatures, continuationWords: ReadonlySet<string>, aIsCue: boolean): boolean {
  if (a.blank || b.blank || b.index !== a.index + 1) return false;
  if (startsAsContinuation(b.text)) return true;
  if (a.endsSentence) return false;
  if (endsInContinuation(a.text)) return true;
  if (continuationWords.has(lastWord(a.text))) return true;
  return !aIsCue && a.words <= 4;
}

/** `standsAlone` lines (the headline) never join a neighbour. */
export function buildBlocks(
  features: readonly LineFeatures[],
  continuationWords: ReadonlySet<string>,
  isCue: (index: number) => boolean,
  standsAlone: (index: number) => boolean = () => false,
): Block[] {
  const blocks: Block[] = [];
  let current: number[] = [];
  for (const f of features) {
    if (f.blank) {
      if (current.length) blocks.push({ lines: current });
      current = [];
      continue;
    }
    const prevIndex = current[current.length - 1];
    const prev = prevIndex === undefined ? undefined : features[prevIndex];
    if (prev && !standsAlone(prev.index) && !standsAlone(f.index) && continuesOn(prev, f, continuationWords, isCue(prev.index))) current.push(f.index);
    else {
      if (current.length) blocks.push({ lines: current });
      current = [f.index];
    }
  }
  if (current.length) blocks.push({ lines: current });
  return blocks;
}
