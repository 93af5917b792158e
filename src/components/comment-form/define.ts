import { defineElement } from '../base/define-element.js';
import { CommentFormElement } from './comment-form.js';

export { CommentFormElement };
export { CommentNotConfirmedError } from './comment-form.js';
// The typed events (`addEventListener('news-load', …)`) come with the element, in its declarations.
export type { NewsEventMap } from '../../event-map.js';

defineElement(CommentFormElement);
