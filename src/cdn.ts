/**
 * The script-tag bundle: registers every element and exposes the data API and `configure` as
 * `window.NewsWidgets`, for pages with no build step. DOMPurify is a separate file next to this one,
 * loaded only by browsers without the native HTML Sanitizer API.
 */
import { setFallbackLoader } from './data/sanitize.js';

export * from './define.js';

const FALLBACK_FILE = 'news-widgets.purify.js';

/** This script's own URL, read while it runs (a module-type load has no currentScript, so look it up). */
const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="news-widgets"]')?.src ||
  document.baseURI;

type Purify = Parameters<typeof setFallbackLoader>[0] extends () => Promise<infer T> ? T : never;

setFallbackLoader(
  () =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      const url = new URL(FALLBACK_FILE, scriptUrl).href;
      // Under Trusted Types a script URL must come from a policy; this one allows only our own file.
      let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | undefined;
      try {
        policy = window.trustedTypes?.createPolicy('news-widgets', { createScriptURL: (value: string) => (value === url ? value : '') });
      } catch {
        // The name is taken (a second copy of this file on the page): the page's CSP decides what happens next.
        policy = undefined;
      }
      script.src = (policy ? policy.createScriptURL(url) : url) as string;
      script.async = true;
      script.onload = () => {
        const purify = (globalThis as { NewsWidgetsPurify?: Purify }).NewsWidgetsPurify;
        if (purify) resolve(purify);
        else reject(new Error(`${FALLBACK_FILE} loaded but did not define DOMPurify`));
      };
      script.onerror = () => reject(new Error(`Could not load ${url}`));
      document.head.append(script);
    }),
);
