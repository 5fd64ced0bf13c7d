/** The core's public surface, for the CLI and the extension. */
export * from './model';
export * from './article/article';
export * from './text/decode';
export * from './analyze';
export * from './output/record';
export { getLanguage, LANGUAGES, type LanguageData } from './lang/language';
