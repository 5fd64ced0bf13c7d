/**
 * Every command id the extension registers, in one place. The contract test holds this module
 * against package.json's `contributes.commands` in both directions (STYLE.md §9).
 */
export const Commands = {
  openCorpusFolder: 'corpusReview.openCorpusFolder',
  refresh: 'corpusReview.refresh',
  extractCurrent: 'corpusReview.extractCurrent',
  extractSelection: 'corpusReview.extractSelection',
  extractCorpus: 'corpusReview.extractCorpus',
  openSidecar: 'corpusReview.openSidecar',
  openArticleAt: 'corpusReview.openArticleAt',
  revealInTree: 'corpusReview.revealInTree',
  accept: 'corpusReview.accept',
  reject: 'corpusReview.reject',
  flag: 'corpusReview.flag',
  nextUnreviewed: 'corpusReview.nextUnreviewed',
  previousUnreviewed: 'corpusReview.previousUnreviewed',
  undoDecision: 'corpusReview.undoDecision',
  showCleaned: 'corpusReview.showCleaned',
  exportCorpus: 'corpusReview.exportCorpus',
  showDashboard: 'corpusReview.showDashboard',
  groupBy: 'corpusReview.groupBy',
  filter: 'corpusReview.filter',
  clearFilter: 'corpusReview.clearFilter',
  setNewsArticleLanguage: 'corpusReview.setNewsArticleLanguage',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

export const Views = {
  container: 'corpusReview',
  articles: 'corpusReview.articles',
} as const;

export const LANGUAGE_ID = 'news-article';
