import { defineElement } from '../base/define-element.js';
import { PopularNewsElement } from './popular-news.js';

export { PopularNewsElement };
// The typed events (`addEventListener('news-load', …)`) come with the element, in its declarations.
export type { NewsEventMap } from '../../event-map.js';

defineElement(PopularNewsElement);
