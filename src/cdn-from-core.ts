/**
 * In the files the script-tag core loads (each element's, the data API's), what the core already holds:
 * the page-wide defaults and the `NewsError` class. The build (vite.config.ts) puts this module in place of
 * `src/defaults.ts` and `src/data/news-error.ts` there, so those files neither carry a second copy nor need
 * one made to agree with the core's (one class, so `instanceof` holds whichever file made the error).
 */
import type { configure as Configure, getDefaults as GetDefaults } from './defaults.js';
import type { NewsError as NewsErrorClass } from './data/news-error.js';

interface Core {
  configure: typeof Configure;
  getDefaults: typeof GetDefaults;
  NewsError: typeof NewsErrorClass;
}

const core = (globalThis as Record<symbol, Core | undefined>)[Symbol.for('news-widgets.core')];
if (!core) throw new Error('news-widgets: this file is loaded by news-widgets.js; include that script instead.');

// Taken as they are now: the data API's file puts its exports on the core's object, these among them.
export const { configure, getDefaults, NewsError } = core;
