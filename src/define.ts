/** Registers every news-widgets element (a tag already taken is left as it is). */
export * from './index.js';
