/**
 * Test helpers for the quote and people engines: fixtures are short articles we wrote
 * (test/fixtures/quotes), and the structure they are read with is built here from the same
 * language data (first non-blank line the headline, cue-matched lines boilerplate), so that these
 * tests do not move when the structure engine changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isBlank, parseArticle, type Article } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import type { BoilerplateLine, LineRole, Quote } from '../../../src/core/model';
import { findQuotesAndPeople, type QuotesResult } from '../../../src/core/quotes/quotes';
import type { StructureResult } from '../../../src/core/structure/structure';

/** test/fixtures/quotes: found from the compiled test upwards (out/test/unit/quotes → repo root), else from the working directory. */
function fixturesDir(): string {
  for (let dir = __dirname, k = 0; k < 8; k++, dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'fixtures', 'quotes');
    if (existsSync(candidate)) return candidate;
  }
  return resolve('test', 'fixtures', 'quotes');
}

const FIXTURES = fixturesDir();

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function simpleStructure(article: Article, languageCode = 'id'): StructureResult {
  const lang = getLanguage(languageCode);
  const cues = lang.boilerplate.cues.map((c) => ({ cue: c, re: new RegExp(c.pattern, 'iu') }));
  const roles: LineRole[] = [];
  const boilerplate: BoilerplateLine[] = [];
  let title: StructureResult['title'] = null;
  for (const line of article.lines) {
    if (isBlank(line.text)) roles.push('blank');
    else if (!title) {
      title = { text: line.text.trim(), line: line.index };
      roles.push('headline');
    } else {
      const hit = cues.find((c) => c.re.test(line.text.trim()));
      roles.push(hit ? 'boilerplate' : 'body');
      if (hit) boilerplate.push({ line: line.index, kind: hit.cue.kind, rule: hit.cue.id, reason: hit.cue.reason });
    }
  }
  return { title, lineRoles: roles, boilerplate, dateline: null, outlet: null, authors: [], signoffs: [] };
}

export interface Analysed extends QuotesResult {
  readonly article: Article;
}

export function analyse(text: string, languageCode = 'id'): Analysed {
  const article = parseArticle(text);
  return { article, ...findQuotesAndPeople(article, getLanguage(languageCode), simpleStructure(article, languageCode)) };
}

export function analyseFixture(name: string, languageCode = 'id'): Analysed {
  return analyse(fixtureText(name), languageCode);
}

/** The quote whose text starts with these words (after the opening mark). */
export function quoteStarting(result: Analysed, words: string): Quote | undefined {
  return result.quotes.find((q) => q.text.slice(1).startsWith(words));
}
