/** Registers every news-widgets element (a tag already taken is left as it is) and re-exports the API. */
import { defineElements } from './elements.js';

export * from './index.js';

defineElements();
