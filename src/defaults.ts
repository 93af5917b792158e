/**
 * Page-wide defaults, set once for every widget on the page: from JavaScript with
 * `configure({ lang: 'fr', baseUrl: 'https://news.example/wp-json/wp/v2/' })`, or with no script at all
 * through a `<script type="application/json" id="news-widgets-config">` element. An element's own
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
  /**
   * How `<comment-list>` shows commenters: `show` (default) their avatar images, `initials` letters drawn
   * by the widget (no request: WordPress's avatars come from Gravatar, a third party), `none` nothing.
   */
  avatars?: AvatarMode;
  /**
   * The referrer policy of every image the widgets show (thumbnails, heroes, avatars, images in stories
   * and comments): `no-referrer` by default, so image hosts do not learn which page a reader is on. `''`
   * leaves it to the page's own policy.
   */
  referrerPolicy?: ReferrerPolicy;
  /**
   * Reads news from other sites through the page's own server, for sources that send no CORS header
   * (most RSS and Atom feeds): a URL template in which `{url}` is the source's address, encoded, e.g.
   * `'/proxy?url={url}'`. Only reading goes through it (stories, comments shown, further pages), and only
   * for addresses on another origin than the page's; sending a comment and opening a password-protected
   * story do not, so what a reader types never passes through it. Answers are kept and shared under the
   * source's address, and relative links in them resolve against it. Works from the config element too.
   */
  proxy?: string;
  /**
   * A `fetch` the widgets use for every request they make, reading and sending alike (it sees the method
   * and the body): to route, sign or log requests the page's own way. Set from JavaScript only.
   */
  fetch?: typeof fetch;
}

export type AvatarMode = 'show' | 'initials' | 'none';

const GLOBAL_KEY = Symbol.for('news-widgets.defaults');
type Holder = { [GLOBAL_KEY]?: NewsDefaults };

/** The id of a `<script type="application/json">` holding page-wide defaults (no JavaScript, so strict CSPs allow it). */
const CONFIG_ELEMENT_ID = 'news-widgets-config';

/**
 * The defaults the page's config element holds: `undefined` while there is none, or (`loading`) while it is
 * still arriving, that is, its text is not yet a whole JSON object; a JSON error is reported otherwise.
 */
function fromPage(loading = false): NewsDefaults | undefined {
  const script = typeof document === 'undefined' ? null : document.getElementById(CONFIG_ELEMENT_ID);
  if (!script) return undefined;
  try {
    const parsed = JSON.parse(script.textContent ?? '') as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as NewsDefaults) : {};
  } catch {
    if (loading) return undefined;
    console.warn(`news-widgets: #${CONFIG_ELEMENT_ID} is not valid JSON; page-wide defaults ignored.`);
    return {};
  }
}

/**
 * Widgets can start before the parser reaches a config element placed after them. One that was not there
 * (or not whole) when the defaults were first read is looked for as the page arrives, until it has been
 * parsed, and applied once it is whole: under what `configure()` set, to the widgets already shown too,
 * as `configure()` is.
 */
function readLater(defaults: NewsDefaults): void {
  const read = (): void => {
    const loading = document.readyState === 'loading';
    const found = fromPage(loading);
    if (loading && !found) return;
    observer.disconnect();
    document.removeEventListener('readystatechange', read);
    for (const [key, value] of Object.entries(found ?? {})) (defaults as Record<string, unknown>)[key] ??= value;
    configure({});
  };
  const observer = new MutationObserver(read);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', read);
}

/**
 * The page-wide defaults: what `configure()` set, over what the page's
 * `<script type="application/json" id="news-widgets-config">` says. Shared through the global object,
 * so a script-tag copy and an npm copy on one page agree.
 */
export function getDefaults(): NewsDefaults {
  const holder = globalThis as Holder;
  let defaults = holder[GLOBAL_KEY];
  if (!defaults) {
    const loading = typeof document !== 'undefined' && document.readyState === 'loading';
    const found = fromPage(loading);
    defaults = holder[GLOBAL_KEY] = { ...found };
    if (loading && !found) readLater(defaults);
  }
  return defaults;
}

/** Sets page-wide defaults; widgets already on the page pick them up on their next update. */
export function configure(defaults: NewsDefaults): void {
  Object.assign(getDefaults(), defaults);
  globalThis.dispatchEvent?.(new CustomEvent('news-configure'));
}
