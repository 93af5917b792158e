import { defineElement } from '../base/define-element.js';
import { CommentListElement } from './comment-list.js';

export { CommentListElement };

defineElement(CommentListElement);
