/**
 * An article reads the same whatever its line ends and odd spaces (src/core/analyze.ts, readingText):
 * scrapes of one page by different tools differ in CRLF or lone CR line ends, no-break spaces left by
 * &nbsp;, and zero-width spaces between words. Over every article we wrote (sample corpus and held-out
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

suite('hardening: line ends and odd spaces do not change the reading', () => {
  test(`${files.length} articles we wrote, in each variant`, function () {
    this.timeout(60000);
    assert.ok(files.length > 200, 'the fixtures are there');
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const base = reading(analyzeText(text).analysis);
      for (const [name, vary] of Object.entries(VARIANTS)) {
        const varied = vary(text);
        // Offsets move only where a variant changes lengths (CRLF adds one per line; the zero-width space one per use).
        const got = analyzeText(varied).analysis;
        const same = name === 'crlf' || name === 'zero-width spaces' ? { ...(reading(got) as object), quotes: got.quotes.map((q) => [varied.slice(0, q.span.start).replace(/\r\n/g, '\n').replace(/\u200b/g, '').length, varied.slice(0, q.span.end).replace(/\r\n/g, '\n').replace(/\u200b/g, '').length, (reading(got) as { quotes: unknown[][] }).quotes[got.quotes.indexOf(q)]?.[2]]) } : reading(got);
        assert.deepEqual(same, base, `${path.basename(file)}, ${name}`);
      }
    }
  });
});
