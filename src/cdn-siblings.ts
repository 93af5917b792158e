/**
 * Files beside the script-tag build (`news-widgets.<name>.js`: DOMPurify, a language, the single-file
 * build), loaded as classic scripts from the folder of the script that runs this. Under Trusted Types a
 * script URL must come from a policy: ours, `news-widgets`, allows only those files from that folder.
 */

const SIBLING = /\/news-widgets\.[\w-]+\.js$/;

/** The `<script>` running now (a module-type load has no `currentScript`, so it is looked up). Call it at the top level. */
export function runningScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  return current?.src ? current : document.querySelector<HTMLScriptElement>('script[src*="news-widgets"]');
}

/** The URL of the script running now. Call it at the top level. */
export function runningScriptUrl(): string {
  return runningScript()?.src || document.baseURI;
}

/**
 * A loader of the files beside `scriptUrl`. Each name is loaded once however many copies of the code ask
 * for it (a language wanted by the core and by the elements: one request); one that failed is tried again
 * when asked again.
 */
export function siblingLoader(scriptUrl: string): (name: string) => Promise<void> {
  const folder = new URL('.', scriptUrl).href;
  const loads = new Map<string, Promise<void>>();
  let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | null | undefined;
  const load = (name: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const url = new URL(`news-widgets.${name}.js`, folder).href;
      if (policy === undefined && window.trustedTypes) {
        try {
          policy = window.trustedTypes.createPolicy('news-widgets', {
            createScriptURL: (value: string) => (value.startsWith(folder) && SIBLING.test(value) ? value : ''),
          });
        } catch {
          // The name is taken (another copy of the library made it): the page's CSP decides what happens.
          policy = null;
        }
      }
      // Inserted by script, it runs as soon as it arrives (async), without holding up the page's own scripts.
      const script = document.createElement('script');
      script.src = (policy ? policy.createScriptURL(url) : url) as string;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`Could not load ${url}`));
      document.head.append(script);
    });
  return (name) => {
    let loading = loads.get(name);
    if (!loading) {
      loading = load(name);
      loads.set(name, loading);
      loading.catch(() => loads.delete(name));
    }
    return loading;
  };
}

/** Loads a language's file (its messages register themselves); without it, English stays, with a warning. */
export function loadLanguage(loadSibling: (name: string) => Promise<void>, lang: string): void {
  loadSibling(lang).catch((error: unknown) => console.warn(`news-widgets: no ${lang} messages, English is used.`, error));
}
