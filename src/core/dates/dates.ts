/**
 * Dates: the article's own date and every date read. BASELINE: finds nothing; the engine issue
 * replaces it.
 */
import type { Article } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { DateValue, RelativeStamp } from '../model';
import type { StructureResult } from '../structure/structure';

export interface DatesResult {
  readonly date: DateValue | null;
  readonly dates: readonly DateValue[];
  readonly relativeStamps: readonly RelativeStamp[];
}

export function readDates(_article: Article, _lang: LanguageData, _structure: StructureResult): DatesResult {
  return { date: null, dates: [], relativeStamps: [] };
}
