/**
 * A magazine's pull quote that pullQuote.ts does not read: a sentence from the middle of a quotation repeated alone
 * ("Bambu kami potong sendiri, paku kami beli patungan." from “Semua laki-laki turun. Bambu kami potong sendiri, paku
 * kami beli patungan. …”), or the repeat kept in its quote marks with the speaker under it ('"Kalau kami menunggu
 * gedung baru, anak-anak sudah keburu besar."' over "— Hasnawati, guru …"). The repeat and its attribution line are
 * page furniture; the quotation in the body stays. Only quote marks and sentence marks are read, no words.
 */
import type { Article } from '../article/article';
import type { LineModel } from './structure';
import { plainText } from './plainText';

const MIN_WORDS = 4;
const MAX_WORDS = 40;
/** A repeat shorter than this may be a common phrase met twice by chance. */
const MIN_CHARS = 24;
const QUOTE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/gu;
const WHOLE_QUOTED = /^["\u201C\u201D\u201E\u00AB](.+)["\u201C\u201D\u00BB]$/u;
const FINAL_MARKS = /[.!?…,]+$/u;
/** What may follow the repeated words inside the quotation: a clause or sentence mark, or a closing quote mark. */
const CLOSING = /^[.,!?…;:"\u201C\u201D\u2019]$/u;
/** "— Hasnawati, guru SD …": a dash, then a name. */
const ATTRIBUTION = /^[—–-]\s*\p{Lu}/u;
const MAX_ATTRIBUTION_WORDS = 12;

/** Spacing that may differ between two copies of the same words (as pullQuote.ts reads it). */
const UNEVEN_SPACING = /[\u200B-\u200D\u2060\uFEFF\u00A0]| {2}|\t/u;

export function markPullQuoteRepeats(model: LineModel, article: Article): void {
  if (!/["\u201C\u201D\u201E\u00AB]/u.test(article.text)) return;
  // Words are compared with their spacing made plain on a page of uneven spacing (zero-width or no-break spaces).
  const uneven = UNEVEN_SPACING.test(article.text);
  const plain = (t: string): string => (uneven ? plainText(t) : t);
  let lines: string[] | null = null;
  for (const f of model.features) {
    if (f.blank || f.words < MIN_WORDS || f.words > MAX_WORDS || f.index === model.titleLine || model.marks.has(f.index) || model.protectedLines.has(f.index)) continue;
    const trimmed = plain(f.text).trim();
    const quoted = WHOLE_QUOTED.exec(trimmed);
    if (!quoted && (f.startsWithQuote || !f.endsSentence || hasQuoteMark(trimmed))) continue;
    const words = (quoted ? (quoted[1] as string) : trimmed).trim().replace(FINAL_MARKS, '');
    if (words.length < MIN_CHARS || hasQuoteMark(words)) continue;
    lines ??= article.lines.map((l) => plain(l.text));
    if (!repeatedInsideQuotation(lines, f.index, words)) continue;
    model.marks.mark(f.index, 'other', 'pull-quote-repeat', "a pull quote: words of a quotation of the article repeated on a line of their own");
    const next = model.features[f.index + 1];
    if (quoted && next && !next.blank && next.words <= MAX_ATTRIBUTION_WORDS && ATTRIBUTION.test(next.text.trim()) && !model.protectedLines.has(next.index)) {
      model.marks.mark(next.index, 'other', 'pull-quote-repeat', "the speaker's name under a pull quote");
    }
  }
}

/** The words stand on another line inside a quotation: an odd number of quote marks before them on that line. */
function repeatedInsideQuotation(lines: readonly string[], own: number, words: string): boolean {
  for (let j = 0; j < lines.length; j++) {
    if (j === own) continue;
    const line = lines[j] as string;
    for (let at = line.indexOf(words); at >= 0; at = line.indexOf(words, at + 1)) {
      if (!CLOSING.test(line.charAt(at + words.length))) continue;
      if ((line.slice(0, at).match(QUOTE_MARK)?.length ?? 0) % 2 === 1) return true;
    }
  }
  return false;
}

function hasQuoteMark(text: string): boolean {
  return /["\u201C\u201D\u201E\u00AB\u00BB]/u.test(text);
}
