import { defineElement } from '../base/define-element.js';
import { PopularNewsElement } from './popular-news.js';

export { PopularNewsElement };

defineElement(PopularNewsElement);
