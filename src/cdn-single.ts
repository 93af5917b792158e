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
import { setUp, useSiblings } from './cdn-setup.js';
import { registerMessages } from './i18n/localize.js';

// Loaded by the core: the data API joins its `window.NewsWidgets` (whose `configure` and `load` stay).
const existing = (globalThis as { NewsWidgets?: Record<string, unknown> }).NewsWidgets;
if (existing) {
  for (const [name, value] of Object.entries(api)) if (name !== 'configure') existing[name] = value;
} else {
  (globalThis as { NewsWidgets?: typeof api }).NewsWidgets = api;
}

// Loaded by the core: set up as each of its files is (its loader, the messages registered early). Alone: its own loader.
if ((globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.load-sibling')]) {
  setUp();
} else {
  (globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.register-messages')] ??= registerMessages;
  useSiblings(siblingLoader(runningScriptUrl()));
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
