import { defineElement } from '../base/define-element.js';
import { CommentFormElement } from './comment-form.js';

export { CommentFormElement };

defineElement(CommentFormElement);
