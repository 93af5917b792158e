import { defineElement } from '../base/define-element.js';
import { NewsListElement } from './news-list.js';

export { NewsListElement };
// The typed events (`addEventListener('news-load', …)`) come with the element, in its declarations.
export type { NewsEventMap } from '../../event-map.js';

defineElement(NewsListElement);
