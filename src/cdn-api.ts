/**
 * The script-tag bundle's data API (`window.NewsWidgets` once loaded): what `src/index.ts` offers but the
 * element classes, which come with each element's own file. The core loads this file the first time a
 * page calls one of its functions, or `NewsWidgets.load()`.
 */
export { clearStoredData } from './components/comment-form/draft-store.js';
export { configure, getDefaults } from './config.js';
export { NewsError } from './data/errors.js';
export { truncateText } from './data/excerpt.js';
export { clearResponseCache, fetchJson } from './data/fetch-json.js';
export { parseJsonText } from './data/http.js';
export { CommentNotConfirmedError, sendComment } from './data/send-comment.js';
export { loadArticles, loadFormat, readArticles } from './data/load.js';
export { detectFormat } from './data/formats/detect-any.js';
export { loadComments, readComments, threadComments } from './data/comments.js';
export { getSanitizer, hasNativeSanitizer } from './data/sanitize.js';
export { registerMessages } from './i18n/localize.js';
