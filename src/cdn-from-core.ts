/**
 * In the files the script-tag core loads (each element's, the data API's), what the core already holds:
 * the page-wide defaults, the requests it started early (and what they are: the `Accept` header, the key),
 * and the `NewsError` class. The build (vite.config.ts) puts this module in place of `src/defaults.ts`,
 * `src/cdn-early.ts` and `src/data/news-error.ts` there, so those files neither carry a second copy nor
 * need one made to agree with the core's (one class, so `instanceof` holds whichever file made the error).
 */
import type * as Early from './cdn-early.js';
import type { configure as Configure, getDefaults as GetDefaults } from './defaults.js';
import type { NewsError as NewsErrorClass } from './data/news-error.js';

type Core = Omit<typeof Early, 'startEarly'> & {
  configure: typeof Configure;
  getDefaults: typeof GetDefaults;
  NewsError: typeof NewsErrorClass;
};

const core = (globalThis as Record<symbol, Core | undefined>)[Symbol.for('news-widgets.core')];
if (!core) throw new Error('news-widgets: this file is loaded by news-widgets.js; include that script instead.');

export const { configure, getDefaults, ACCEPT, requestKey, takeEarly, NewsError } = core;
