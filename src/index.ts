/**
 * news-widgets, without side effects: the element classes, their types and the data API. Importing this
 * module registers nothing; import `news-widgets/define` (all elements) or `news-widgets/<tag>` for that.
 */
export { CommentFormElement, type NewsCommentDetail } from './components/comment-form/comment-form.js';
export { clearStoredData } from './components/comment-form/draft-store.js';
export { CommentListElement, type CommentListLoadDetail, type NewsReplyDetail } from './components/comment-list/comment-list.js';
export { NewsArticleElement, type NewsArticleLoadDetail } from './components/news-article/news-article.js';
export {
  NewsListElement,
  type LoadMoreMode,
  type NewsListLayout,
  type NewsListLoadDetail,
  type NewsListSource,
  type NewsSelectDetail,
} from './components/news-list/news-list.js';
export { PopularNewsElement } from './components/popular-news/popular-news.js';
export type { NewsErrorDetail } from './components/base/news-element.js';
export type { NewsEventDetails, NewsEventMap } from './event-map.js';
export { configure, getDefaults, type NewsDefaults } from './config.js';
export { NewsError, type NewsErrorCode } from './data/errors.js';
export { truncateText } from './data/excerpt.js';
export { clearResponseCache, fetchJson, type FetchOptions, type JsonResponse } from './data/fetch-json.js';
export { parseJsonText } from './data/http.js';
export { CommentNotConfirmedError, sendComment, type CommentFormat, type CommentInput, type SendOptions, type SentComment } from './data/send-comment.js';
export type { FieldGetter, FieldMapping } from './data/formats/mapping.js';
export { FORMATS } from './data/formats/all.js';
export { loadArticles, loadFormat, readArticles, type FormatName, type SourceOptions } from './data/load.js';
export { detectFormat } from './data/formats/detect-any.js';
export type { CommentPage, NewsArticle, NewsComment, NewsImage, NewsPage, NewsPerson, NewsTerm } from './data/model.js';
export { loadComments, readComments, threadComments, type CommentMapping, type CommentNode } from './data/comments.js';
export { getSanitizer, hasNativeSanitizer, type Sanitize, type SanitizeOptions, type SanitizerEngine } from './data/sanitize.js';
export { registerMessages } from './i18n/localize.js';
export type { Message, MessageKey, MessageOverrides, NewsMessages } from './i18n/messages.js';
