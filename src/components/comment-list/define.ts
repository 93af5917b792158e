import { defineElement } from '../base/define-element.js';
import { CommentListElement } from './comment-list.js';

export { CommentListElement };
// The typed events (`addEventListener('news-load', …)`) come with the element, in its declarations.
export type { NewsEventMap } from '../../event-map.js';

defineElement(CommentListElement);
