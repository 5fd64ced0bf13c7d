/**
 * Logical paragraphs. Some scrapers break a sentence wherever the page had a link or an inline
 * tag ("Sebuah pohon … tumbang di" / "Jalan Ciater Raya" / ", Rawa Mekar Jaya, …"); such fragments
 * are one paragraph and must be judged (and their dateline read) together. A line continues on
 * the next when the next starts in lower case or with punctuation, when it ends in a word that
 * cannot end a sentence, or when it is a short fragment without sentence punctuation.
 */
import type { LineFeatures } from './lineFeatures';

export interface Block {
  /** 0-based indices of the block's lines, consecutive and non-blank. */
  readonly lines: readonly number[];
}

const CONTINUES_NEXT_START = /^[\p{Ll},.;:)\]%]|^[-–—]$/u;
const CONTINUES_PREV_END = /[,(:\-–—]$/u;

export function continuesOn(a: LineFeatures, b: LineFeatures, continuationWords: ReadonlySet<string>, aIsCue: boolean): boolean {
  if (a.blank || b.blank || b.index !== a.index + 1) return false;
  if (CONTINUES_NEXT_START.test(b.text)) return true;
  if (a.endsSentence) return false;
  if (CONTINUES_PREV_END.test(a.text)) return true;
  const last = a.text.slice(-40).split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (continuationWords.has(last)) return true;
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
