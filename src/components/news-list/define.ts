import { defineElement } from '../base/define.js';
import { NewsListElement } from './news-list.js';

export { NewsListElement };

defineElement('news-list', NewsListElement);
