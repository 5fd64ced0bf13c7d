/**
 * A magazine's pull quote: a line that repeats, without its marks, words printed as a quotation elsewhere in the
 * article ("Wayang itu tuntunan." standing alone under a paragraph that holds “Wayang itu tuntunan.”). The repeat is
 * page furniture; the quotation itself stays in the body. No words of any language are read here: only quote marks.
 */
import type { Article } from '../article/article';
import type { LineModel } from './structure';
import { plainText } from './plainText';

/** Marks that open a quotation right before the repeated words. */
const OPENING_MARKS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB']);
/** A pull quote is a sentence or two: shorter lines are labels, longer ones paragraphs. */
const MIN_WORDS = 4;
const MAX_WORDS = 40;
/** What may follow the repeated words inside the quotation: a sentence or clause mark, or a closing quote mark. */
const CLOSING = /^[.,!?…;:"\u201C\u201D\u2019]$/u;
/** The sentence marks that close the line. */
const FINAL_MARKS = /[.!?…]+$/u;

export function markPullQuotes(model: LineModel, article: Article): void {
  // Without a quote mark in the article there is no quotation to repeat: skip the search.
  if (!hasQuoteMark(article.text)) return;
  // Words are compared with their spacing made plain: a scraper may space the repeat and the quotation differently.
  let text: string | null = null;
  for (const f of model.features) {
    if (f.blank || f.startsWithQuote || f.words < MIN_WORDS || f.words > MAX_WORDS || !f.endsSentence) continue;
    if (f.index === model.titleLine || model.marks.has(f.index) || model.protectedLines.has(f.index)) continue;
    text ??= plainText(article.text);
    // The quotation may close its words with a comma before the cue ("… ikut marah,” kata Rupa"): the repeat's last mark is left out.
    const words = plainText(f.text).replace(FINAL_MARKS, '');
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      // The whole quotation (or its first sentences) is repeated: the words end where a mark closes a clause or the quotation.
      if (OPENING_MARKS.has(text.charAt(at - 1)) && CLOSING.test(text.charAt(at + words.length))) {
        model.marks.mark(f.index, 'other', 'pull-quote', 'a pull quote: a quotation of the article repeated on a line of its own');
        break;
      }
    }
  }
}

function hasQuoteMark(text: string): boolean {
  for (const mark of OPENING_MARKS) if (text.includes(mark)) return true;
  return false;
}
