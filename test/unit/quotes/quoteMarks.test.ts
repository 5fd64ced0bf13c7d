/**
 * findQuoteMarks searches the whole text once; each mark must come out exactly as a search of its
 * own line alone gives it (the line's neighbours never seen across a line break), and the marks of
 * lines that are not body lines must not come out at all.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle, type Article } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import type { LineRole } from '../../../src/core/model';
import { attributionLexicon } from '../../../src/core/quotes/quoteData';
import { findQuoteMarks, type QuoteMark } from '../../../src/core/quotes/quoteMarks';
import { articleText } from '../fuzz/articleArbitrary';

const marks = attributionLexicon(getLanguage('id')).marks;

/** The marks of one line searched as an article of its own, moved to the line's place. */
function marksOfLineAlone(article: Article, index: number): QuoteMark[] {
  const line = article.lines[index]!;
  const alone: Article = { text: line.text, lines: [{ index: 0, start: 0, end: line.text.length, text: line.text }] };
  return findQuoteMarks(alone, ['body'], marks).map((m) => ({ ...m, pos: m.pos + line.start, line: index }));
}

suite('quotes: quotation marks found in one search of the text', () => {
  test('the marks are those of each body line searched alone', () => {
    const roleOf = fc.constantFrom<LineRole>('body', 'body', 'boilerplate', 'headline', 'blank');
    fc.assert(
      fc.property(articleText, fc.array(roleOf, { minLength: 1, maxLength: 64 }), (text, pattern) => {
        const article = parseArticle(text);
        const roles = article.lines.map((_, i) => pattern[i % pattern.length]!);
        const expected = article.lines.flatMap((l) => (roles[l.index] === 'body' ? marksOfLineAlone(article, l.index) : []));
        assert.deepEqual(findQuoteMarks(article, roles, marks), expected);
      }),
      { numRuns: 1000 },
    );
  });

  test('a mark at a line start has no neighbour before it, even after a line break', () => {
    const article = parseArticle('Judul\n“Kami siap,” kata Budi.');
    const found = findQuoteMarks(article, ['headline', 'body'], marks);
    assert.equal(found.length, 2);
    assert.deepEqual({ pos: found[0]!.pos, line: found[0]!.line, atLineStart: found[0]!.atLineStart, canOpen: found[0]!.canOpen }, { pos: 6, line: 1, atLineStart: true, canOpen: true });
  });
});
