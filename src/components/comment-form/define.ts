import { defineElement } from '../base/define.js';
import { CommentFormElement } from './comment-form.js';

export { CommentFormElement };

defineElement('comment-form', CommentFormElement);
