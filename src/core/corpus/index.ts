/** Pure grouping, filtering and counting over article summaries, for the tree, status bar and dashboard. */
export * from './types';
export * from './summary';
export * from './grouping';
export * from './filter';
export * from './counts';
export * from './summaryStore';
export * from './rowViews';
