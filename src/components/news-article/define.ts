import { defineElement } from '../base/define-element.js';
import { NewsArticleElement } from './news-article.js';

export { NewsArticleElement };
// The typed events (`addEventListener('news-load', …)`) come with the element, in its declarations.
export type { NewsEventMap } from '../../event-map.js';

defineElement(NewsArticleElement);
