/** Builds articles and hand-made structures for the date tests, so they do not depend on the structure engine. */
import { parseArticle, type Article } from '../../../src/core/article/article';
import { readDates, type DatesResult } from '../../../src/core/dates/dates';
import { getLanguage } from '../../../src/core/lang/language';
import type { BoilerplateKind, LineRole } from '../../../src/core/model';
import type { StructureResult } from '../../../src/core/structure/structure';

export interface Layout {
  /** 0-based index of the headline (default: the first line). */
  readonly headline?: number;
  /** Boilerplate lines and their kinds. */
  readonly boilerplate?: Readonly<Record<number, BoilerplateKind>>;
}

export function structureFor(article: Article, layout: Layout = {}): StructureResult {
  const headline = layout.headline ?? 0;
  const bp = layout.boilerplate ?? {};
  const lineRoles: LineRole[] = article.lines.map((l) =>
    l.text.trim() === '' ? 'blank' : l.index === headline ? 'headline' : bp[l.index] !== undefined ? 'boilerplate' : 'body',
  );
  const boilerplate = Object.entries(bp).map(([line, kind]) => ({ line: Number(line), kind, rule: 'test', reason: 'test' }));
  const title = article.lines[headline] ? { text: article.lines[headline].text, line: headline } : null;
  return { title, lineRoles, boilerplate, dateline: null, outlet: null, authors: [], signoffs: [] };
}

/** Reads the dates of a text whose lines are given one per array item. */
export function datesOf(lines: readonly string[], layout: Layout = {}, language = 'id'): DatesResult & { article: Article } {
  const article = parseArticle(lines.join('\n'));
  return { article, ...readDates(article, getLanguage(language), structureFor(article, layout)) };
}

export const HEADLINE = 'Judul Berita Percobaan untuk Pengujian Tanggal';
