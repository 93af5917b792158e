/**
 * news-widgets, without side effects: the element classes, their types and the data API. Importing this
 * module registers nothing; import `news-widgets/define` (all elements) or `news-widgets/<tag>` for that.
 */
export { configure, getDefaults, type NewsDefaults } from './config.js';
export { NewsError, type NewsErrorCode } from './data/errors.js';
export { clearResponseCache, fetchJson, parseJsonText, type FetchOptions, type JsonResponse } from './data/fetch-json.js';
export type { FieldGetter, FieldMapping } from './data/formats/mapping.js';
export { FORMATS, detectFormat, loadArticles, readArticles, type FormatName, type SourceOptions } from './data/load.js';
export type { NewsArticle, NewsComment, NewsImage, NewsPage, NewsPerson, NewsTerm } from './data/model.js';
export { getSanitizer, hasNativeSanitizer, type Sanitize, type SanitizeOptions, type SanitizerEngine } from './data/sanitize.js';
export { registerMessages } from './i18n/localize.js';
export type { Message, MessageKey, MessageOverrides, NewsMessages } from './i18n/messages.js';
