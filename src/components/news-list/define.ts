import { defineElement } from '../base/define.js';
import { NewsListElement } from './news-list.js';

defineElement('news-list', NewsListElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsListElement;
  }
}
