/**
 * A magazine's pull quote: a line that repeats, without its marks, words printed as a quotation elsewhere in the
 * article ("Wayang itu tuntunan." standing alone under a paragraph that holds “Wayang itu tuntunan.”). The repeat is
 * page furniture; the quotation itself stays in the body. No words of any language are read here: only quote marks.
 */
import type { Article } from '../article/article';
import type { LineModel } from './structure';
import { plainText } from './plainText';
import { isWhiteSpaceUnit } from '../text/charTables';

/** Marks that open a quotation right before the repeated words. */
const OPENING_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB']);
/** A pull quote is a sentence or two: shorter lines are labels, longer ones paragraphs. */
const MIN_WORDS = 4;
const MAX_WORDS = 40;
/** What may follow the repeated words inside the quotation: a sentence or clause mark, or a closing quote mark. */
const CLOSING = /^[.,!?…;:"\u201C\u201D\u2019]$/u;
/** Spacing that may differ between two copies of the same words. */
const UNEVEN_SPACING = /[\u200B-\u200D\u2060\uFEFF\u00A0]| {2}|\t/u;
/** The sentence marks that close the line. */
const FINAL_MARKS = /[.!?…]+$/u;

export function markPullQuotes(model: LineModel, article: Article): void {
  // Without a quote mark in the article there is no quotation to repeat: skip the search.
  if (!hasQuoteMark(article.text)) return;
  // Words are compared with their spacing made plain when the page has uneven spacing (zero-width or no-break spaces,
  // double spaces): a scraper may space the repeat and the quotation differently. Otherwise the text is read as it is.
  const uneven = UNEVEN_SPACING.test(article.text);
  // The first characters after each opening mark: a line that starts with none of them repeats no quotation.
  let openings: Set<string> | null = null;
  let text: string | null = null;
  for (const f of model.features) {
    if (f.blank || f.startsWithQuote || f.words < MIN_WORDS || f.words > MAX_WORDS || !f.endsSentence) continue;
    if (f.index === model.titleLine || model.marks.has(f.index) || model.protectedLines.has(f.index)) continue;
    openings ??= quotationOpenings(article.text, uneven);
    if (!openings.has(headOf(f.text, uneven))) continue;
    text ??= uneven ? plainText(article.text) : article.text;
    // The quotation may close its words with a comma before the cue ("… ikut marah,” kata Rupa"): the repeat's last mark is left out.
    const words = (uneven ? plainText(f.text) : f.text.trim()).replace(FINAL_MARKS, '');
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      // The whole quotation (or its first sentences) is repeated: the words end where a mark closes a clause or the quotation.
      if (OPENING_MARKS.has(text.charAt(at - 1)) && CLOSING.test(text.charAt(at + words.length))) {
        model.marks.mark(f.index, 'other', 'pull-quote', 'a pull quote: a quotation of the article repeated on a line of its own');
        break;
      }
    }
  }
}

/** How many characters of a line, and after an opening mark, are compared before the line is searched for in full. */
const OPENING_CHARS = 12;
/** Any opening mark (the same marks as OPENING_MARKS), found by one native search. */
const OPENING_MARK = /["\u201C\u201D\u201E\u00AB]/gu;

/** A text's first OPENING_CHARS characters as compared: on an unevenly spaced page, as plainText would give them. */
function headOf(text: string, uneven: boolean): string {
  if (!uneven) return text.trimStart().slice(0, OPENING_CHARS);
  let head = '';
  let space = false;
  for (let i = 0; i < text.length && head.length < OPENING_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (isZeroWidth(c)) continue;
    if (isWhiteSpaceUnit(c)) {
      space = head.length > 0;
      continue;
    }
    if (space) {
      head += ' ';
      space = false;
      if (head.length >= OPENING_CHARS) break;
    }
    head += text.charAt(i);
  }
  return head;
}

/** The zero-width characters plainText drops. */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function quotationOpenings(text: string, uneven: boolean): Set<string> {
  const openings = new Set<string>();
  OPENING_MARK.lastIndex = 0;
  for (let m = OPENING_MARK.exec(text); m !== null; m = OPENING_MARK.exec(text)) openings.add(headOf(text.slice(m.index + 1, m.index + 1 + 3 * OPENING_CHARS), uneven));
  return openings;
}

function hasQuoteMark(text: string): boolean {
  for (const mark of OPENING_MARKS) if (text.includes(mark)) return true;
  return false;
}
