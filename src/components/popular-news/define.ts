import { defineElement } from '../base/define.js';
import { PopularNewsElement } from './popular-news.js';

export { PopularNewsElement };

defineElement('popular-news', PopularNewsElement);
