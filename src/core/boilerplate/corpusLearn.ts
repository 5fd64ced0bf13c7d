/**
 * Learning the corpus signal with each article's outlet: a first, cheap pass of the line model
 * (no corpus yet) reads the outlet the article names, so lines can be counted per outlet too.
 */
import { parseArticle } from '../article/article';
import type { LanguageData } from '../lang/language';
import { analyzeStructure } from '../structure/structure';
import { learnCorpusSignals, type CorpusArticle, type CorpusSignals } from './corpusBoilerplate';

export function* withOutlets(texts: Iterable<string>, lang: LanguageData): Generator<CorpusArticle> {
  for (const text of texts) yield { text, outlet: analyzeStructure(parseArticle(text), lang).outlet };
}

export function learnCorpusSignalsWithOutlets(texts: Iterable<string>, lang: LanguageData): CorpusSignals {
  return learnCorpusSignals(withOutlets(texts, lang));
}
