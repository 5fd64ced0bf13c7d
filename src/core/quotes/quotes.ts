/**
 * Direct quotes, their speakers, and the people of the article. BASELINE: finds nothing; the
 * engine issue replaces it.
 */
import type { Article } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { Person, Quote } from '../model';
import type { StructureResult } from '../structure/structure';

export interface QuotesResult {
  readonly quotes: readonly Quote[];
  readonly people: readonly Person[];
}

export function findQuotesAndPeople(_article: Article, _lang: LanguageData, _structure: StructureResult): QuotesResult {
  return { quotes: [], people: [] };
}
