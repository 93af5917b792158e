import { defineElement } from '../base/define-element.js';
import { NewsArticleElement } from './news-article.js';

export { NewsArticleElement };

defineElement(NewsArticleElement);
