/**
 * An article reads the same whatever its line ends and odd spaces (src/core/analyze.ts, readingText):
 * scrapes of one page by different tools differ in CRLF or lone CR line ends, no-break spaces left by
 * &nbsp;, zero-width spaces between words, and paragraphs with or without blank lines between them. Over every article we wrote (sample corpus and held-out
 * fixtures), each variant gives the same title, date, dateline, outlet, quotes (spans and speakers),
 * people and boilerplate lines as the plain text. bench/format-invariance.mjs runs the same check on
 * the real corpus in ../shared, with more variants.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../../src/core/analyze';
import type { ArticleAnalysis } from '../../../src/core/model';

const root = path.resolve(__dirname, '../../../..');
const files = ['sample-corpus', 'test/fixtures/heldout'].flatMap((d) =>
  fs.readdirSync(path.join(root, d)).filter((n) => n.endsWith('.txt')).map((n) => path.join(root, d, n)),
);

const VARIANTS: Record<string, (t: string) => string> = {
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  'lone CR': (t) => t.replace(/\r?\n/g, '\r'),
  'no-break spaces': (t) => {
    let n = 0;
    return t.replace(/ /g, () => (++n % 3 === 0 ? '\u00a0' : ' '));
  },
  'no blank lines': (t) => t.replace(/\n(?:[ \t]*\n)+/g, '\n'),
  'zero-width spaces': (t) => {
    let n = 0;
    return t.replace(/ /g, () => (++n % 5 === 0 ? '\u200b ' : ' '));
  },
};

/** What the eval scores, with words compared space-insensitively (a no-break space reads as a space). */
function reading(a: ArticleAnalysis): unknown {
  const plain = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u200b]+/gu, ' ').trim();
  return {
    title: plain(a.title?.text),
    date: a.date?.iso ?? null,
    dateline: plain(a.dateline?.place),
    outlet: plain(a.outlet),
    quotes: a.quotes.map((q) => [q.span.start, q.span.end, plain(q.speaker)]),
    people: a.people.map((p) => plain(p.name)).sort(),
    boilerplate: a.boilerplate.map((b) => b.line),
  };
}

/**
 * Offsets and line numbers move where a variant changes lengths or lines (CRLF adds a character per line,
 * a zero-width space one per use, dropping blank lines renumbers lines): quotes are compared by the text
 * before them with those changes undone, and boilerplate by line only where lines stay as they were.
 */
function comparable(r: unknown, got: ArticleAnalysis | null, text: string, variant: string): unknown {
  const lineEnds = (s: string): string => s.replace(/\r\n?/g, '\n').replace(/\u200b/g, '');
  const undo = variant === 'no blank lines' ? (s: string): string => lineEnds(s).replace(/\n(?:[ \t]*\n)+/g, '\n') : lineEnds;
  const reading = r as { quotes: unknown[][]; boilerplate: number[] };
  const quotes = got ? got.quotes.map((q, i) => [undo(text.slice(0, q.span.start)).length, undo(text.slice(0, q.span.end)).length, reading.quotes[i]?.[2]]) : reading.quotes.map((q) => {
    const [start, end, speaker] = q as [number, number, string];
    return [undo(text.slice(0, start)).length, undo(text.slice(0, end)).length, speaker];
  });
  return { ...reading, quotes, boilerplate: variant === 'no blank lines' ? reading.boilerplate.length : reading.boilerplate };
}

suite('hardening: line ends and odd spaces do not change the reading', () => {
  test(`${files.length} articles we wrote, in each variant`, function () {
    this.timeout(60000);
    assert.ok(files.length > 200, 'the fixtures are there');
    for (const file of files) {
      // The file as the extension and the CLI read it (src/core/text/decode.ts): a leading BOM dropped, as the article
      // model's offsets count from the text without it (src/core/article/article.ts).
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
      const base = reading(analyzeText(text).analysis);
      for (const [name, vary] of Object.entries(VARIANTS)) {
        const varied = vary(text);
        const got = analyzeText(varied).analysis;
        assert.deepEqual(comparable(reading(got), got, varied, name), comparable(base, null, text, name), `${path.basename(file)}, ${name}`);
      }
    }
  });
});
