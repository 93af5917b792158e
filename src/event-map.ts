/**
 * The events of the elements as the DOM types know them: `el.addEventListener('news-select', (e) =>
 * e.detail.article)` type-checks on any element, the document and the window (the events bubble and cross
 * shadow roots). Types only; it is part of what `news-widgets` exports.
 */
import type { NewsErrorDetail } from './components/base/data-element.js';
import type { NewsEventName } from './components/base/events.js';
import type { NewsCommentDetail } from './components/comment-form/comment-form.js';
import type { CommentListLoadDetail, NewsReplyDetail } from './components/comment-list/comment-list.js';
import type { NewsArticleLoadDetail } from './components/news-article/news-article.js';
import type { NewsListLoadDetail, NewsSelectDetail } from './components/news-list/news-list.js';

/** The detail each event carries. `news-load` differs by element: check for `articles`, `article` or `comments`. */
export interface NewsEventDetails {
  'news-load': NewsListLoadDetail | NewsArticleLoadDetail | CommentListLoadDetail;
  'news-error': NewsErrorDetail;
  'news-select': NewsSelectDetail;
  'news-reply': NewsReplyDetail;
  'news-comment': NewsCommentDetail;
}

/** Every event the elements fire, as listeners receive it (an event without a detail type here does not compile). */
export type NewsEventMap = { [Name in NewsEventName]: CustomEvent<NewsEventDetails[Name]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's own map
  interface GlobalEventHandlersEventMap extends NewsEventMap {}
}
