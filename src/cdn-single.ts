/**
 * Every element and the whole data API in one classic script, `news-widgets.all.js` beside the core: what
 * the core (src/cdn.ts) loads instead of the element files when those, served from another origin, cannot
 * be imported as modules (a host that sends no `Access-Control-Allow-Origin`). It is also the former
 * single-file bundle, the baseline `npm run bench` measures the core against.
 */
import * as api from './index.js';
import { defineElement } from './components/base/define-element.js';
import { nextTask } from './components/base/next-task.js';
import { ELEMENTS } from './elements.js';
import { runningScriptUrl, siblingLoader } from './cdn-siblings.js';
import { adoptExports } from './cdn-classes.js';
import { setUp, useSiblings } from './cdn-setup.js';
import { registerMessages } from './i18n/localize.js';

// Loaded by the core: set up as each of its files is (its loader, the messages registered on the page, its
// classes one with the core's), and the data API joins its `window.NewsWidgets`, replacing the stand-ins.
// Alone: its own loader.
const existing = (globalThis as { NewsWidgets?: Record<string, unknown> }).NewsWidgets;
if ((globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.load-sibling')]) {
  // The core loads this file only when it cannot import the element files: it says how to have those.
  console.warn(
    `news-widgets: loading news-widgets.all.js. To load only the elements a page shows, send Access-Control-Allow-Origin with the files of ${new URL('.', runningScriptUrl()).href} and add crossorigin to the <script> of news-widgets.js.`,
  );
  setUp();
  // Its classes (its own NewsError among them) join the core's records, for `instanceof`.
  adoptExports(existing ?? {}, api);
} else {
  if (existing) Object.assign(existing, api);
  else (globalThis as { NewsWidgets?: typeof api }).NewsWidgets = api;
  (globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.register-messages')] ??= registerMessages;
  // Its own loader of the files beside it, where the sanitizer finds it (DOMPurify's file), and for its languages.
  const loadSibling = siblingLoader(runningScriptUrl());
  (globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.load-sibling')] = loadSibling;
  useSiblings(loadSibling);
}

/**
 * Each element is defined in a task of its own: upgrading and first drawing every widget on a page in
 * the same task as the script's start-up would block the main thread for too long on slow devices.
 * Until then, widgets are plain unknown elements (reserve their space with `:not(:defined)`).
 */
async function defineAll(): Promise<void> {
  for (const element of ELEMENTS) {
    await nextTask();
    defineElement(element);
  }
}
void defineAll();
