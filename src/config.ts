/**
 * Page-wide defaults, set once for every widget on the page (e.g. from a publisher's template):
 * `configure({ lang: 'fr', baseUrl: 'https://news.example/wp-json/wp/v2/' })`. An element's own
 * attributes always win.
 */
export interface NewsDefaults {
  /** Relative `src`/`action` values resolve against this URL (default: the page's own URL). */
  baseUrl?: string;
  /** Language when neither the element nor an ancestor has `lang`. */
  lang?: string;
  /** `light`, `dark` or `auto`, for widgets with no `theme` attribute. */
  theme?: string;
  /** Request timeout in milliseconds. */
  timeout?: number;
}

const GLOBAL_KEY = Symbol.for('news-widgets.defaults');
type Holder = { [GLOBAL_KEY]?: NewsDefaults };

/** Shared through the global object, so a script-tag copy and an npm copy on one page agree. */
export function getDefaults(): NewsDefaults {
  const holder = globalThis as Holder;
  return (holder[GLOBAL_KEY] ??= {});
}

/** Sets page-wide defaults; widgets already on the page pick them up on their next update. */
export function configure(defaults: NewsDefaults): void {
  Object.assign(getDefaults(), defaults);
  globalThis.dispatchEvent?.(new CustomEvent('news-configure'));
}

/** Resolves a possibly relative URL against the page-wide base URL. */
export function resolveUrl(url: string): string {
  const base = getDefaults().baseUrl;
  try {
    return new URL(url, base ? new URL(base, document.baseURI) : document.baseURI).href;
  } catch {
    return url;
  }
}
