import { defineElement } from '../base/define-element.js';
import { NewsListElement } from './news-list.js';

export { NewsListElement };

defineElement(NewsListElement);
