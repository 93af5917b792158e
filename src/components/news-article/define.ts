import { defineElement } from '../base/define.js';
import { NewsArticleElement } from './news-article.js';

defineElement('news-article', NewsArticleElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
