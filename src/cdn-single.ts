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
import { setFallbackLoader } from './data/sanitize.js';
import { registerMessages, setCatalogLoader } from './i18n/localize.js';

// Loaded by the core: the data API joins its `window.NewsWidgets` (whose `configure` and `load` stay).
const existing = (globalThis as { NewsWidgets?: Record<string, unknown> }).NewsWidgets;
if (existing) {
  for (const [name, value] of Object.entries(api)) if (name !== 'configure') existing[name] = value;
} else {
  (globalThis as { NewsWidgets?: typeof api }).NewsWidgets = api;
}

/** This script's own URL, read while it runs (a module-type load has no currentScript, so look it up). */
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="news-widgets"]')?.src ||
  document.baseURI;

const SIBLING = /\/news-widgets\.[\w-]+\.js$/;
let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | null | undefined;

/** Loads `news-widgets.<name>.js` from this script's folder (through the core's policy when the core loaded this file). */
const coreLoader = (globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.load-sibling')] as ((name: string) => Promise<void>) | undefined;
function loadSibling(name: string): Promise<void> {
  if (coreLoader) return coreLoader(name);
  return new Promise((resolve, reject) => {
    const url = new URL(`news-widgets.${name}.js`, scriptUrl).href;
    // Under Trusted Types a script URL must come from a policy; this one allows only our own files.
    if (policy === undefined && window.trustedTypes) {
      try {
        policy = window.trustedTypes.createPolicy('news-widgets', {
          createScriptURL: (value: string) => (value.startsWith(new URL('.', scriptUrl).href) && SIBLING.test(value) ? value : ''),
        });
      } catch {
        // The name is taken (a second copy of this file on the page): the page's CSP decides what happens.
        policy = null;
      }
    }
    const script = document.createElement('script');
    script.src = (policy ? policy.createScriptURL(url) : url) as string;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${url}`));
    document.head.append(script);
  });
}

const globals = globalThis as Record<symbol, unknown>;
globals[Symbol.for('news-widgets.register-messages')] ??= registerMessages;

setFallbackLoader(async () => {
  await loadSibling('purify');
  const purify = globals[Symbol.for('news-widgets.purify')];
  if (!purify) throw new Error('news-widgets.purify.js loaded but did not define DOMPurify');
  return purify as Parameters<typeof setFallbackLoader>[0] extends () => Promise<infer T> ? T : never;
});

setCatalogLoader((lang) => {
  loadSibling(lang).catch((error: unknown) => console.warn(`news-widgets: no ${lang} messages, English is used.`, error));
});

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
