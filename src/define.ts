/** Registers every news-widgets element (a tag already taken is left as it is) and re-exports the API. */
import { defineElement } from './components/base/define-element.js';
import { ELEMENTS } from './elements.js';

export * from './index.js';

for (const element of ELEMENTS) defineElement(element);
