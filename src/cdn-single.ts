/**
 * Today's single-file script-tag bundle, kept as the baseline `npm run bench` measures the per-element
 * core against (`vite build --mode cdn-single`): every element and the whole data API in one file. It is
 * not part of dist/cdn; pages include `news-widgets.js`, the core (src/cdn.ts).
 */
import * as api from './index.js';
import { defineElement } from './components/base/define-element.js';
import { nextTask } from './components/base/next-task.js';
import { ELEMENTS } from './elements.js';
import { setFallbackLoader } from './data/sanitize.js';
import { registerMessages, setCatalogLoader } from './i18n/localize.js';

export * from './index.js';

(globalThis as { NewsWidgets?: typeof api }).NewsWidgets ??= api;

/** This script's own URL, read while it runs (a module-type load has no currentScript, so look it up). */
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="news-widgets"]')?.src ||
  document.baseURI;

const SIBLING = /\/news-widgets\.[\w-]+\.js$/;
let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | null | undefined;

/** Loads `news-widgets.<name>.js` from this script's folder. */
function loadSibling(name: string): Promise<void> {
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
