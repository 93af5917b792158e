/** Registers every news-widgets element (a tag already taken is left as it is) and re-exports the API. */
import './components/news-article/define.js';
import './components/news-list/define.js';
import './components/popular-news/define.js';
import './components/comment-form/define.js';

export * from './index.js';
