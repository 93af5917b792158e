import { defineElement } from '../base/define.js';
import { NewsArticleElement } from './news-article.js';

export { NewsArticleElement };

defineElement('news-article', NewsArticleElement);
