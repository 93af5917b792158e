import { defineElement } from '../base/define-element.js';
import { CommentFormElement } from './comment-form.js';

export { CommentFormElement };
// The typed events (`addEventListener('news-load', …)`) come with the element, in its declarations.
export type { NewsEventMap } from '../../event-map.js';

defineElement(CommentFormElement);
