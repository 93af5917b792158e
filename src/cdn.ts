/**
 * The script-tag bundle's core: the one file a page includes (`news-widgets.js`, a classic script that
 * works deferred or as `type="module"`). It holds no element and no Lit. It finds the widgets on the page
 * (and those added later: one MutationObserver for the page) and loads the code of each kind it sees
 * from the files beside it, every file a tag needs requested at once (the build writes the chunk graph
 * into this file), shared code (Lit, the base classes, the data layer) once. Page-wide `configure()`
 * works at once; the data API loads on first use. DOMPurify (browsers without the native HTML Sanitizer
 * API), languages other than English and what a widget whose file failed shows are files of their own
 * too, loaded by a Trusted Types policy that allows only our own files from this script's folder.
 */
import { configure, getDefaults } from './config.js';
import { adoptExports, CLASS_NAME, isInstance, ordinary } from './cdn-classes.js';
import { ACCEPT, requestKey, startEarly, takeEarly } from './cdn-early.js';
import type { MessageHub } from './cdn-setup.js';
import { siblingLoader, runningScript } from './cdn-siblings.js';
import { defineElement, type ElementClass } from './components/base/define-element.js';
import { nextTask } from './components/base/next-task.js';
import { NewsError } from './data/errors.js';
import { ELEMENT_UNAVAILABLE } from './i18n/en-reading.js';

/**
 * Written by the build (vite.config.ts): per element its files (entry first), and the data API's files and
 * exports. A file is named by its middle part (`shared-5hvfbOZR` for `news-widgets.shared-5hvfbOZR.js`).
 */
declare const __NEWS_CDN_MANIFEST__: {
  elements: Record<string, { files: string[] }>;
  api: { files: string[]; exports: string[] };
  /** The files of the code that reads WordPress's answers. */
  wordpress: string[];
  /** Lit's hydration support (src/hydrate.ts), for widgets a server drew. */
  hydrate: { files: string[] };
};

const MANIFEST = __NEWS_CDN_MANIFEST__;
const TAGS = Object.keys(MANIFEST.elements);
const globals = globalThis as Record<symbol, unknown> & { NewsWidgets?: Record<string, unknown> };
const CORE = Symbol.for('news-widgets.core');

type Api = Record<string, unknown> & {
  configure: typeof configure;
  getDefaults: typeof getDefaults;
  registerMessages: (...catalog: MessageHub['registered'][number]) => void;
  load(tags?: string | readonly string[]): Promise<Api>;
};

const script = runningScript();
const scriptUrl = script?.src || document.baseURI;
const folder = new URL('.', scriptUrl).href;
const fileUrl = (file: string): string => new URL(`news-widgets.${file}.js`, folder).href;

/** Loads `news-widgets.<name>.js` (DOMPurify, a language, the single file) from this script's folder. */
const loadSibling = siblingLoader(scriptUrl);

/** Imports every file of a part at once (no waterfall: the entry's imports are requested beside it). */
function importAll(files: readonly string[]): Promise<Record<string, unknown>> {
  // import() of a URL known only at run time: Trusted Types does not cover it, the CSP's script-src does.
  return Promise.all(files.map((file) => import(/* @vite-ignore */ fileUrl(file)) as Promise<Record<string, unknown>>)).then(([entry]) => entry!);
}

/** Every catalog registered on the page (by the page, or a language's file), and the copies of the code that take them. */
const hub: MessageHub = { registered: [], copies: [] };

/**
 * What a widget whose file could not be loaded shows, in place of its content: an alert in its language,
 * and `news-error`. That code is a file of its own (news-widgets.unavailable.js), loaded only then.
 */
function defineFailed(tag: string, file: string, cause: unknown): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  const url = fileUrl(file);
  const error = new NewsError('network', `news-widgets: ${url} could not be loaded, so <${tag}> cannot be shown.`, { url, cause });
  console.error(error.message);
  return loadSibling('unavailable').then(
    () => (globals[Symbol.for('news-widgets.define-unavailable')] as (tag: string, error: NewsError) => void)(tag, error),
    // That file could not be loaded either (offline): the English alert and the event, from the core.
    () => {
      if (!customElements.get(tag))
        customElements.define(
          tag,
          class extends HTMLElement {
            connectedCallback(): void {
              if (this.shadowRoot) return;
              const message = document.createElement('p');
              message.setAttribute('role', 'alert');
              message.setAttribute('part', 'error');
              message.lang = 'en';
              message.textContent = ELEMENT_UNAVAILABLE;
              this.attachShadow({ mode: 'open' }).append(message);
              this.dispatchEvent(new CustomEvent('news-error', { bubbles: true, composed: true, detail: { error } }));
            }
          },
        );
    },
  );
}

function start(): Api {
  const api = {} as Api;
  const parts = new Map<string, Promise<void>>();
  // Module files from another origin need CORS. The core knows that their host sends it only when the core
  // itself came through CORS (`type="module"`, or a classic tag with `crossorigin`): finding out otherwise
  // takes a request that fails on a host without it, and Chromium reports each failed one in red on the
  // console. Without that sign, the page gets the classic all-in-one file (news-widgets.all.js: every
  // element and the data API) at once, loaded once, which warns once; so does one whose imports fail.
  const crossOrigin = new URL(folder).origin !== location.origin;
  const asModules = !crossOrigin || (!!script && (script.type === 'module' || script.crossOrigin !== null));
  let allInOne: Promise<void> | undefined;
  let readers: Promise<unknown> | undefined;
  const failed = (name: string, file: string) => (cause: unknown) => {
    if (name === 'api') throw cause;
    return defineFailed(name, file, cause);
  };
  const fromAllInOne = (name: string, file: string): Promise<void> => {
    // That file says why on the console, and defines each element in a task of its own, after it has run.
    allInOne ??= loadSibling('all');
    return allInOne.then(() => (name === 'api' ? undefined : customElements.whenDefined(name)), failed(name, file)) as Promise<void>;
  };

  /**
   * Where the queue of work that waits for its own task ends. Starting a request holds the main thread
   * (about half a millisecond, four times that on a phone four times slower), and a page of five kinds of
   * widget asks for some thirty files: each part's files are asked for in a task of their own.
   */
  let queue: Promise<unknown> = Promise.resolve();
  const later = <T>(work: () => T | PromiseLike<T>): Promise<T> => (queue = queue.then(nextTask)).then(work);
  /**
   * Settles once the page's first paint is on screen (in a tab opened in the background: once it is first
   * shown); every browser that runs this code (ES2022) reports paints. Not at the next animation frame: that
   * comes before the frame's pixels are, which work started then would hold back.
   */
  const painted = new Promise((resolve) => new PerformanceObserver(resolve).observe({ type: 'paint', buffered: true }));

  /**
   * Loads one part (an element's tag, or `api`) once, in a task of its own, and puts what it exports on
   * `window.NewsWidgets`.
   */
  const loadPart = (name: string): Promise<void> => {
    let loading = parts.get(name);
    if (!loading) {
      const part = name === 'api' ? MANIFEST.api : MANIFEST.elements[name];
      if (!part) return Promise.reject(new Error(`news-widgets has no element <${name}>`));
      const entry = part.files[0]!;
      // A tag already defined (the npm build, another copy) keeps its definition and needs no file.
      if (name !== 'api' && customElements.get(name)) loading = Promise.resolve();
      else if (!asModules) loading = fromAllInOne(name, entry);
      else {
        // A widget a server drew (it has its shadow root before its code) is taken over, not drawn again:
        // Lit's hydration support comes with its element's files, installed before the element is defined.
        // Its content shows already, so its files are asked for once the page's first paint is on screen,
        // which starting them would hold back.
        const drawn = [...document.getElementsByTagName(name)].filter((widget) => widget.shadowRoot);
        // A drawn widget the page hides until it is defined (`:not(:defined)`) shows nothing to wait for, and
        // on a page with nothing else to show no paint would ever come: its files are asked for at once.
        loading = later<unknown>(() => drawn.some((widget) => widget.checkVisibility?.({ visibilityProperty: true }) ?? true) && painted)
          .then(() => importAll(drawn.length ? [...part.files, ...MANIFEST.hydrate.files] : part.files))
          .then(
            async (exports) => {
              adoptExports(api, exports);
              if (name === 'api') return;
              // Defined (its widgets upgraded and first drawn) in a task of its own, not in the one that
              // evaluated its files, nor in another element's: each is a short task, not one long one.
              await nextTask();
              const element = Object.values(exports).find((value) => (value as ElementClass | null)?.tagName === name);
              if (element) defineElement(element as ElementClass);
            },
            (cause: unknown) => (crossOrigin ? fromAllInOne(name, entry) : failed(name, entry)(cause)),
          );
      }
      parts.set(name, loading);
    }
    return loading;
  };

  // Stand-ins until a file has loaded: each function of the data API an async one that loads the API's
  // file; each class, of the API or an element, one whose `instanceof` answers for every copy loaded
  // (false for everything until one has). `new` on an element's makes the element (it upgrades once its
  // file has run, which this asks for); on the API's throws until it has loaded. The core's `NewsError`
  // is a whole class at once and stays, answering for every copy too.
  const standIn = (name: string, make: () => object) =>
    class {
      static [Symbol.hasInstance](value: unknown): boolean {
        return isInstance(name, value);
      }
      constructor() {
        return make() as this;
      }
    };
  for (const name of MANIFEST.api.exports) {
    api[name] = CLASS_NAME.test(name)
      ? standIn(name, () => {
          throw new TypeError(`news-widgets: await NewsWidgets.load() before new ${name}()`);
        })
      : (...args: unknown[]) => loadPart('api').then(() => (api[name] as (...a: unknown[]) => unknown)(...args));
  }
  for (const tag of TAGS) {
    const name = `${tag.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}Element`;
    api[name] = standIn(name, () => {
      void loadPart(tag);
      return document.createElement(tag);
    });
  }
  adoptExports({}, { NewsError });
  Object.defineProperty(NewsError, Symbol.hasInstance, {
    // A subclass inherits this static method: it keeps the ordinary check.
    value(this: unknown, value: unknown): boolean {
      return this === NewsError ? isInstance('NewsError', value) : ordinary.call(this, value);
    },
  });
  api.NewsError = NewsError;
  api.configure = configure;
  api.getDefaults = getDefaults;
  // Language files and the page register catalogs here; each copy of the code loaded takes them all.
  globals[Symbol.for('news-widgets.message-hub')] = hub;
  globals[Symbol.for('news-widgets.register-messages')] = api.registerMessages = (...catalog) => {
    hub.registered.push(catalog);
    for (const copy of hub.copies) copy(...catalog);
  };
  api.load = async (tags) => {
    const names = tags === undefined ? ['api'] : typeof tags === 'string' ? [tags] : [...tags];
    await Promise.all(names.map(loadPart));
    return api;
  };
  // What the element files ask of this one (they have their own copies of the catalog registry and sanitizer).
  globals[Symbol.for('news-widgets.load-sibling')] = loadSibling;

  /**
   * For every widget in `root` (the element itself included): its first data request, at once, and the
   * parts of its tag, in the tasks after.
   */
  const scan = (root: Element | Document): void => {
    for (const widget of [root, ...root.querySelectorAll(TAGS.join())])
      if (widget instanceof Element && TAGS.includes(widget.localName)) {
        // Its answer is read by its format's code, which the element asks for only once its own code has
        // run: for WordPress's REST API (by the URL, with the data layer's pattern in src/data/load.ts), that
        // code comes beside too.
        if (asModules && /\/wp-json\/|[?&]rest_route=/.test(startEarly(widget) ?? '')) readers ??= later(() => importAll(MANIFEST.wordpress)).catch(() => undefined);
        void loadPart(widget.localName);
      }
    // Every kind loaded (or loading): nothing left to watch for.
    if (TAGS.every((tag) => parts.has(tag))) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
  // The first date a widget formats loads the locale data of every Intl service, whatever the language and
  // options: some 30 ms of one task (120 on a phone four times slower). Done here, in a task of its own
  // while the files are on their way, it is no longer part of the task that draws a widget's content; and
  // after the first frame, which it would hold back on a page whose content a server drew. In a task of its
  // own even when that frame is already on screen (this script deferred behind drawn content), not at the
  // end of the task that ran this script.
  void painted
    .then(nextTask)
    .then(() => Intl.DateTimeFormat());
  return api;
}

// Loaded twice, or beside another copy: the first one's loader and `window.NewsWidgets` are kept.
if (!globals[CORE]) {
  const api = start();
  // What the files it loads take from it (src/cdn-from-core.ts).
  globals[CORE] = { configure, getDefaults, ACCEPT, requestKey, takeEarly, NewsError };
  globals.NewsWidgets ??= api;
}
