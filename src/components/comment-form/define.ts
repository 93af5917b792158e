import { defineElement } from '../base/define.js';
import { CommentFormElement } from './comment-form.js';

defineElement('comment-form', CommentFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'comment-form': CommentFormElement;
  }
}
