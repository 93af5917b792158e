import { ATTRIBUTES, HTML_ELEMENTS, HTML_NAMESPACE, SVG_ELEMENTS, SVG_NAMESPACE, TEXT_ATTRIBUTES, URL_ATTRIBUTES } from './sanitize-rules.js';
import { embedLink, type EmbedSource } from './sanitize-embeds.js';
import type DOMPurifyModule from 'dompurify';
import { quietMarkup } from './quiet-markup.js';
import { safeUrl } from './values.js';

export type { EmbedSource } from './sanitize-embeds.js';
export { quietMarkup } from './quiet-markup.js';

/**
 * The one door through which HTML from an endpoint enters the page. The browser's HTML Sanitizer API
 * (`setHTML`) is used where it exists; DOMPurify, loaded only then, everywhere else. Both are configured
 * from the same allowlist (`sanitize-rules.ts`) and followed by the same pass that applies it again with
 * our own rules: only http(s)/relative/mailto links, no inline styles or forms (a widget must not restyle
 * or phish on the host page), lazy images, safe `rel` on external links. The two paths give the same tree.
 *
 * Untrusted markup is parsed, for both engines alike, in an element of an inert document (nothing loads or
 * runs there) that is never connected, after one rewrite of the markup: quiet (`quiet-markup.ts`: no
 * attribute the page's Content-Security-Policy would report) and with a link in place of each embedded
 * frame (`sanitize-embeds.ts`).
 *
 * What the rules need to know of the page the content is for (the names of its document, which an id must
 * not shadow, and its address) they read from a `page` document: the browser's own `document`, or on a
 * server the DOM implementation's document that `src/ssr/sanitize.ts` gives them.
 */

export type SanitizerEngine = 'native' | 'dompurify';

export interface SanitizeOptions {
  /** Resolve relative links and images against this URL (the endpoint's). */
  base?: string;
  /** `target` for links to other sites; none by default. */
  linkTarget?: string;
  /** The text of the link that replaces an embedded frame; English by default (`embedLabelEnglish`). */
  embedLabel?: (embed: EmbedSource) => string;
  /**
   * `referrerpolicy` of every image: `no-referrer` by default; `''` leaves it to the page's policy. Media
   * elements cannot carry a policy, so under one a video or audio loads nothing until the reader plays it,
   * and a poster or default captions from another origin than the page's are left out.
   */
  referrerPolicy?: ReferrerPolicy;
  /**
   * Put before every id in the content (`id="x"` becomes `id="content-x"`), and before the ids that
   * `href="#x"`, `aria-labelledby`, `aria-describedby` and `headers` name, so that content never takes an
   * id of the widget's own (`comment-5`, `author-2`). Letters, digits, `-` and `_`; `content-` by default.
   */
  idPrefix?: string;
}

/**
 * Turns untrusted HTML into a safe fragment. The fragment belongs to an inert document, so nothing in it
 * loads until it is inserted into the page (which adopts it); a copy made with `cloneNode` stays inert too.
 */
export type Sanitize = (html: string, options?: SanitizeOptions) => DocumentFragment;

const KEPT_HTML = new Set(HTML_ELEMENTS);
const KEPT_SVG = new Set(SVG_ELEMENTS);
const KEPT_ATTRIBUTES = new Set(ATTRIBUTES);
const FREE_TEXT = new Set(TEXT_ATTRIBUTES);

type SetHtml = (html: string, options?: { sanitizer?: Sanitizer | SanitizerConfig }) => void;

export function hasNativeSanitizer(): boolean {
  return typeof Element !== 'undefined' && typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';
}

/** An element of a fresh inert document: it has no browsing context, so nothing in it loads or runs. */
function inertHolder(page: Document): HTMLElement {
  return page.implementation.createHTMLDocument('').createElement('div');
}

let nativeConfig: Sanitizer | SanitizerConfig | undefined;

/** The allowlist in the shape of the Sanitizer API, built once (a `Sanitizer` need not be re-validated per call). */
function nativeSanitizer(): Sanitizer | SanitizerConfig {
  if (!nativeConfig) {
    // `processingInstructions` (none allowed) is newer than TypeScript's DOM types; Chromium 156 keeps them by default.
    const config: SanitizerConfig & { processingInstructions: string[] } = {
      elements: [
        ...HTML_ELEMENTS.map((name) => ({ name, namespace: HTML_NAMESPACE })),
        ...SVG_ELEMENTS.map((name) => ({ name, namespace: SVG_NAMESPACE })),
      ],
      attributes: ATTRIBUTES.map((name) => ({ name, namespace: null })),
      comments: false,
      dataAttributes: false,
      processingInstructions: [],
    };
    nativeConfig = typeof Sanitizer === 'function' ? new Sanitizer(config) : config;
  }
  return nativeConfig;
}

function nativeSanitize(html: string, options: SanitizeOptions = {}): DocumentFragment {
  const holder = inertHolder(document);
  (holder as unknown as { setHTML: SetHtml }).setHTML(preparedMarkup(html, options, document), { sanitizer: nativeSanitizer() });
  return finish(holder, options, document);
}

/**
 * The allowlist in DOMPurify's terms. Elements not allowed go with their content, as with the native
 * Sanitizer. `ALLOW_ARIA_ATTR` only spares `aria-*` values DOMPurify's URL-like check (an `aria-label`
 * may read "Warning: ..."); `finish` still drops every `aria-*` not on the allowlist.
 */
const PURIFY_CONFIG = {
  ALLOWED_TAGS: [...HTML_ELEMENTS, ...SVG_ELEMENTS, '#text'],
  ALLOWED_ATTR: [...ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  KEEP_CONTENT: false,
  IN_PLACE: true,
};

type DOMPurifyApi = typeof DOMPurifyModule;

/** True in the script-tag bundle, which ships DOMPurify as a separate file (set by the build). */
declare const __NEWS_CDN__: boolean | undefined;

/**
 * The script-tag bundle's DOMPurify: its file beside the core (`news-widgets.purify.js`, which puts it on
 * the global object), loaded by the loader the core (or the single file, loaded alone) leaves there.
 */
async function purifyFile(): Promise<DOMPurifyApi> {
  const globals = globalThis as Record<symbol, unknown>;
  const loadSibling = globals[Symbol.for('news-widgets.load-sibling')] as ((name: string) => Promise<void>) | undefined;
  if (!loadSibling) throw new Error('No DOMPurify loader set');
  await loadSibling('purify');
  const purify = globals[Symbol.for('news-widgets.purify')];
  if (!purify) throw new Error('news-widgets.purify.js loaded but did not define DOMPurify');
  return purify as DOMPurifyApi;
}

async function loadPurifier(): Promise<Sanitize> {
  // Only browsers without the native API get here, so DOMPurify stays out of everyone else's download.
  const DOMPurify = typeof __NEWS_CDN__ !== 'undefined' && __NEWS_CDN__ ? await purifyFile() : (await import('dompurify')).default;
  return purifierFor(DOMPurify, document);
}

/**
 * @internal The DOMPurify engine: DOMPurify, as made for the window of `page` (the browser's; on a server,
 * the DOM implementation's), then the shared rules, for content shown on `page`.
 */
export function purifierFor(DOMPurify: DOMPurifyApi, page: Document): Sanitize {
  return (html, options = {}) => {
    // Parsed here, as the native path parses, rather than by DOMPurify: its own parser puts the markup in
    // a connected body, where a <style> element is checked against the page's policy (and reported).
    const holder = inertHolder(page);
    holder.innerHTML = preparedMarkup(html, options, page);
    // Comments go first: both engines drop them, but DOMPurify would also drop a whole element that
    // holds a comment next to text with a literal "<".
    removeAll(holder, SHOW_COMMENT);
    DOMPurify.sanitize(holder, PURIFY_CONFIG);
    return finish(holder, options, page);
  };
}

// `NodeFilter`'s masks, as numbers: a server's DOM has no `NodeFilter` global.
const SHOW_PROCESSING_INSTRUCTION = 0x40;
const SHOW_COMMENT = 0x80;

/** Removes every node of a kind (a `NodeFilter.SHOW_*` mask) below a root. */
function removeAll(root: Element, what: number): void {
  const walker = root.ownerDocument.createTreeWalker(root, what);
  const found: Node[] = [];
  while (walker.nextNode()) found.push(walker.currentNode);
  for (const node of found) node.parentNode?.removeChild(node);
}

function isKept(element: Element): boolean {
  return element.namespaceURI === HTML_NAMESPACE ? KEPT_HTML.has(element.localName) : element.namespaceURI === SVG_NAMESPACE && KEPT_SVG.has(element.localName);
}

/** A value that closes a comment or a raw-text element when markup is written out again. */
const BREAKOUT = /--!?>|]>|<\/(?:style|script|title|xmp|textarea|noscript|iframe|noembed|noframes|plaintext)/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is taken out
const URL_SKIPPED = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

/**
 * The scheme a value starts with, read as DOMPurify reads it: with white space and control characters
 * taken out first (a browser skips some of them in a URL, other code may skip the rest).
 */
function schemeOf(value: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(value.replace(URL_SKIPPED, ''))?.[1]?.toLowerCase();
}

/** Whether an `id` would shadow a property of the page's document or of a form, if its element were in the page's tree. */
function clobbers(id: string, page: Document): boolean {
  return id in page || id in page.createElement('form');
}

/**
 * Whether a kept attribute may keep this value. Free text may say anything ("Note: ..."); a URL may
 * start with http(s) (or `mailto:` on a link) and no other scheme; any other attribute with a value that
 * starts like a URL scheme goes, since none needs one and an element that reads it as a URL would dodge
 * the URL rules.
 */
function keepValue(element: Element, name: string, value: string, page: Document): boolean {
  if (BREAKOUT.test(value)) return false;
  if (name === 'id' && clobbers(value, page)) return false;
  if (FREE_TEXT.has(name) || name.startsWith('aria-') || !value.includes(':')) return true;
  const scheme = schemeOf(value);
  if (scheme === undefined) return true;
  if (!URL_ATTRIBUTES.includes(name) && name !== 'srcset') return false;
  return scheme === 'http' || scheme === 'https' || (scheme === 'mailto' && name === 'href' && element.localName === 'a');
}

/** Attributes (of those kept) that name elements by id: a list of ids separated by white space. */
const ID_REFERENCES = new Set(['aria-labelledby', 'aria-describedby', 'headers']);
const DEFAULT_ID_PREFIX = 'content-';

/**
 * Whether a URL is on the page's own origin, which learns nothing from a referrer it does not know already.
 * A page without an address (`about:blank`, a server's document with none given) has no such origin.
 */
function onPageOrigin(url: string, page: Document): boolean {
  try {
    return new URL(url, page.baseURI).origin === new URL(page.baseURI).origin;
  } catch {
    return false;
  }
}

/**
 * Media under a referrer policy. A video or audio element cannot carry one (only images, links and frames
 * can), so it loads nothing until the reader plays it; a poster or default captions that would load at
 * once from another origin go.
 */
function quietMedia(element: Element, page: Document): void {
  if (element.localName === 'video' || element.localName === 'audio') {
    element.setAttribute('preload', 'none');
    const poster = element.getAttribute('poster');
    if (poster !== null && !onPageOrigin(poster, page)) element.removeAttribute('poster');
  } else if (element.localName === 'track' && !onPageOrigin(element.getAttribute('src') ?? '', page)) {
    element.removeAttribute('default');
  }
}

/**
 * Our own rules, the same for both engines, on a tree either engine has cleaned: the allowlist once more
 * (so the trees cannot differ by what one engine lets through), then ids, URLs, images, media and links.
 */
function finish(holder: Element, options: SanitizeOptions, page: Document): DocumentFragment {
  const base = options.base;
  const idPrefix = options.idPrefix && /^[\w-]+$/.test(options.idPrefix) ? options.idPrefix : DEFAULT_ID_PREFIX;
  const referrerPolicy = options.referrerPolicy ?? 'no-referrer';
  let hostOrigin: string | undefined;
  try {
    hostOrigin = new URL(base ?? page.baseURI).origin;
  } catch {
    hostOrigin = undefined;
  }
  removeAll(holder, SHOW_COMMENT | SHOW_PROCESSING_INSTRUCTION);
  // Removing an element takes its subtree; later entries from inside it are then removed from a detached tree.
  for (const element of holder.querySelectorAll('*')) if (!isKept(element)) element.remove();
  for (const element of holder.querySelectorAll('*')) {
    for (const attr of [...element.attributes]) {
      const name = attr.localName;
      const value = attr.value.trim();
      if (attr.namespaceURI !== null || /^on/i.test(name) || !KEPT_ATTRIBUTES.has(name) || !keepValue(element, name, value, page)) {
        element.removeAttributeNode(attr);
      } else if (name === 'id' || ID_REFERENCES.has(name)) {
        // The content's ids share the widget's shadow root: prefixed, they can never be the widget's own.
        const ids = name === 'id' ? [value] : value.split(/\s+/);
        if (value === '') element.removeAttributeNode(attr);
        else attr.value = ids.map((id) => idPrefix + id).join(' ');
      } else if (name === 'href' && /^#[\w:.-]+$/.test(value)) {
        // A link within the article (footnotes): it stays one, to the prefixed id, rather than pointing at the endpoint's URL.
        attr.value = `#${idPrefix}${value.slice(1)}`;
      } else if (URL_ATTRIBUTES.includes(name)) {
        const safe = safeUrl(value, { base, mailto: name === 'href' && element.localName === 'a' });
        if (safe) element.setAttribute(name, safe);
        else element.removeAttributeNode(attr);
      } else if (value !== attr.value) {
        attr.value = value;
      }
    }
    if (element.hasAttribute('srcset')) {
      // One unsafe candidate condemns the whole list: what is left of it would not be what the source meant.
      const candidates = (element.getAttribute('srcset') ?? '').split(/,\s+/).map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        const scheme = schemeOf(url);
        const safe = scheme === undefined || scheme === 'http' || scheme === 'https' ? safeUrl(url, { base }) : undefined;
        return safe ? [safe, ...descriptor].join(' ') : '';
      });
      if (candidates.every(Boolean)) element.setAttribute('srcset', candidates.join(', '));
      else element.removeAttribute('srcset');
    }
    if (element.localName === 'img') {
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
      if (referrerPolicy) element.setAttribute('referrerpolicy', referrerPolicy);
    } else if (referrerPolicy) {
      quietMedia(element, page);
    }
    if (element.localName === 'a') {
      // The source's own `target` is not on the allowlist: where links open is the embedding page's choice.
      if (isExternal(element.getAttribute('href') ?? '', hostOrigin)) {
        element.setAttribute('rel', 'noopener noreferrer');
        if (options.linkTarget) element.setAttribute('target', options.linkTarget);
      }
    }
  }
  dropCustomizedBuiltIns(holder);
  // The fragment stays in the inert document: adopted into the page's, images, posters and media would
  // start loading (and be checked against the page's policy) before anyone inserts them.
  const fragment = holder.ownerDocument.createDocumentFragment();
  // Spread first: the child list is live.
  fragment.append(...holder.childNodes);
  return fragment;
}

/**
 * An element parsed with an `is` attribute keeps its "is" value after the attribute is removed, and would
 * become an instance of the page's customized built-in of that name once in the page. `quietMarkup`
 * renames `is` before parsing; this is the check behind it. The value shows only when the element is
 * serialized (no attribute `is` is left by now), so one serialization of the whole tree tells whether to look.
 */
function dropCustomizedBuiltIns(holder: Element): void {
  // The serializer writes an "is" value right after the tag name; a "<" before a letter can only open a tag.
  if (!/<[a-z][^\s/>]*\sis="/i.test(holder.innerHTML)) return;
  for (const element of holder.querySelectorAll('*')) {
    if (/^<[^\s/>]+\sis="/.test((element.cloneNode(false) as Element).outerHTML)) element.remove();
  }
}

function isExternal(href: string, hostOrigin: string | undefined): boolean {
  try {
    return /^https?:/i.test(href) && new URL(href).origin !== hostOrigin;
  } catch {
    return false;
  }
}

/** The markup both engines parse: quiet, with a link in place of each frame that showed something from the web. */
function preparedMarkup(html: string, options: SanitizeOptions, page: Document): string {
  return quietMarkup(html, (attributes) => embedLink(attributes, options, page.baseURI));
}

let purifier: Promise<Sanitize> | undefined;

let serverSanitize: Sanitize | undefined;

/** @internal On a server (`news-widgets/ssr`): the sanitizer every widget uses there, in the server's DOM. */
export function setServerSanitizer(sanitize: Sanitize): void {
  serverSanitize = sanitize;
}

/**
 * The sanitizer for this browser. Resolves at once where the native API exists; elsewhere it first
 * loads DOMPurify (once per page). `engine` forces one, for tests and comparisons.
 */
export async function getSanitizer(engine: SanitizerEngine = hasNativeSanitizer() ? 'native' : 'dompurify'): Promise<Sanitize> {
  if (serverSanitize) return serverSanitize;
  if (engine === 'native') return nativeSanitize;
  // A file that failed to load (offline, blocked) is tried again on the next call: a retry can help.
  purifier ??= loadPurifier().catch((error: unknown) => {
    purifier = undefined;
    throw error;
  });
  return purifier;
}
