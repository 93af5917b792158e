import { ATTRIBUTES, HTML_ELEMENTS, HTML_NAMESPACE, SVG_ELEMENTS, SVG_NAMESPACE, TEXT_ATTRIBUTES, URL_ATTRIBUTES } from './sanitize-rules.js';
import { fallbackLoader } from './purify-source.js';
import { decodeEntities, safeUrl } from './values.js';

/**
 * The one door through which HTML from an endpoint enters the page. The browser's HTML Sanitizer API
 * (`setHTML`) is used where it exists; DOMPurify, loaded only then, everywhere else. Both are configured
 * from the same allowlist (`sanitize-rules.ts`) and followed by the same pass that applies it again with
 * our own rules: only http(s)/relative/mailto links, no inline styles or forms (a widget must not restyle
 * or phish on the host page), lazy images, safe `rel` on external links. The two paths give the same tree.
 *
 * Untrusted markup is parsed, for both engines alike, in an element of an inert document (nothing loads or
 * runs there) that is never connected. Every parser a page can use (this one, DOMParser, `parseHTMLUnsafe`,
 * `parseHTML`, `<template>`, `setHTML` itself) still checks the page's Content-Security-Policy as it
 * creates `style` and event-handler attributes, so under a policy without `'unsafe-inline'` each of them
 * would be reported as a violation although none is ever applied. `quietMarkup` renames those attributes
 * in the markup before it is parsed, so the page's reports stay quiet on both paths.
 *
 * Embedded frames (a video, a social post, another site's widget) are never kept: no frame of an article
 * loads anything on the host page. The same rewrite of the markup puts a plain link to what the frame
 * showed in its place (`embedLink`), which both engines and the shared pass then treat as any other link.
 */

export type SanitizerEngine = 'native' | 'dompurify';

export interface SanitizeOptions {
  /** Resolve relative links and images against this URL (the endpoint's). */
  base?: string;
  /** `target` for links to other sites; none by default. */
  linkTarget?: string;
  /** The text of the link that replaces an embedded frame; English by default (`embedLabelEnglish`). */
  embedLabel?: (embed: EmbedSource) => string;
  /** `referrerpolicy` of every image: `no-referrer` by default; `''` leaves it to the page's policy. */
  referrerPolicy?: ReferrerPolicy;
}

/** What an embedded frame showed, for the link that takes its place. */
export interface EmbedSource {
  /** A provider whose player URL is known, so the link goes to its own page for the video. */
  provider?: 'youtube' | 'vimeo';
  /** Host name the link leads to, without a leading `www.`. */
  host: string;
  /** Absolute http(s) URL of the link. */
  url: string;
}

/** The default texts of the link that replaces an embedded frame. */
export function embedLabelEnglish(embed: EmbedSource): string {
  if (embed.provider === 'youtube') return 'Watch on YouTube';
  if (embed.provider === 'vimeo') return 'Watch on Vimeo';
  return `View the embedded content on ${embed.host}`;
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
function inertHolder(): HTMLElement {
  return document.implementation.createHTMLDocument('').createElement('div');
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
  const holder = inertHolder();
  (holder as unknown as { setHTML: SetHtml }).setHTML(preparedMarkup(html, options), { sanitizer: nativeSanitizer() });
  return finish(holder, options);
}

type Purifier = (html: string, options?: SanitizeOptions) => DocumentFragment;

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

/** True in the script-tag bundle, which ships DOMPurify as a separate file (set by the build). */
declare const __NEWS_CDN__: boolean | undefined;

async function loadPurifier(): Promise<Purifier> {
  // Only browsers without the native API get here, so DOMPurify stays out of everyone else's download.
  const DOMPurify =
    typeof __NEWS_CDN__ !== 'undefined' && __NEWS_CDN__
      ? await (fallbackLoader() ?? (() => Promise.reject(new Error('No DOMPurify loader set'))))()
      : (await import('dompurify')).default;
  return (html, options) => {
    // Parsed here, as the native path parses, rather than by DOMPurify: its own parser puts the markup in
    // a connected body, where a <style> element is checked against the page's policy (and reported).
    const holder = inertHolder();
    holder.innerHTML = preparedMarkup(html, options ?? {});
    // Comments go first: both engines drop them, but DOMPurify would also drop a whole element that
    // holds a comment next to text with a literal "<".
    removeAll(holder, NodeFilter.SHOW_COMMENT);
    DOMPurify.sanitize(holder, PURIFY_CONFIG);
    return finish(holder, options);
  };
}

/** Removes every node of a kind (a `NodeFilter.SHOW_*` mask) below a root. */
function removeAll(root: Node, what: number): void {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, what);
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

let probeForm: HTMLFormElement | undefined;

/** Whether an `id` would shadow a property of `document` or of a form, if its element were in the page's tree. */
function clobbers(id: string): boolean {
  probeForm ??= document.createElement('form');
  return id in document || id in probeForm;
}

/**
 * Whether a kept attribute may keep this value. Free text may say anything ("Note: ..."); a URL may
 * start with http(s) (or `mailto:` on a link) and no other scheme; any other attribute with a value that
 * starts like a URL scheme goes, since none needs one and an element that reads it as a URL would dodge
 * the URL rules.
 */
function keepValue(element: Element, name: string, value: string): boolean {
  if (BREAKOUT.test(value)) return false;
  if (name === 'id' && clobbers(value)) return false;
  if (FREE_TEXT.has(name) || name.startsWith('aria-') || !value.includes(':')) return true;
  const scheme = schemeOf(value);
  if (scheme === undefined) return true;
  if (!URL_ATTRIBUTES.includes(name) && name !== 'srcset') return false;
  return scheme === 'http' || scheme === 'https' || (scheme === 'mailto' && name === 'href' && element.localName === 'a');
}

/**
 * Our own rules, the same for both engines, on a tree either engine has cleaned: the allowlist once more
 * (so the trees cannot differ by what one engine lets through), then URLs, images and links.
 */
function finish(holder: Element, options: SanitizeOptions = {}): DocumentFragment {
  const base = options.base;
  let hostOrigin: string | undefined;
  try {
    hostOrigin = new URL(base ?? document.baseURI).origin;
  } catch {
    hostOrigin = undefined;
  }
  removeAll(holder, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  // Removing an element takes its subtree; later entries from inside it are then removed from a detached tree.
  for (const element of holder.querySelectorAll('*')) if (!isKept(element)) element.remove();
  for (const element of holder.querySelectorAll('*')) {
    for (const attr of [...element.attributes]) {
      const name = attr.localName;
      const value = attr.value.trim();
      if (attr.namespaceURI !== null || /^on/i.test(name) || !KEPT_ATTRIBUTES.has(name) || !keepValue(element, name, value)) {
        element.removeAttributeNode(attr);
      } else if (name === 'href' && /^#[\w:.-]+$/.test(value)) {
        // A link within the article (footnotes): it stays one, rather than pointing at the endpoint's URL.
        attr.value = value;
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
      const referrerPolicy = options.referrerPolicy ?? 'no-referrer';
      if (referrerPolicy) element.setAttribute('referrerpolicy', referrerPolicy);
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

// ---- Embedded frames ---------------------------------------------------------------------------------

/** The markup both engines parse: quiet, with a link in place of each frame that showed something from the web. */
function preparedMarkup(html: string, options: SanitizeOptions): string {
  return quietMarkup(html, (attributes) => embedLink(attributes, options));
}

const YOUTUBE_HOST = /^(?:www\.|m\.)?youtube(?:-nocookie)?\.com$/;
const YOUTUBE_ID = /^\/embed\/([\w-]{1,64})\/?$/;
const VIMEO_ID = /^\/video\/(\d{1,20})\/?$/;

/**
 * Where an embedded frame's `src` leads a reader: the provider's own page for a YouTube or Vimeo player,
 * else the frame's address itself. Only an http(s) address (after resolving against `base`) gives a link:
 * a frame with a `javascript:` or `data:` source, or only a `srcdoc`, has nothing to link to.
 */
function embedSource(src: string | undefined, base?: string): EmbedSource | undefined {
  const safe = safeUrl(src, { base });
  if (!safe) return undefined;
  let url: URL;
  try {
    url = new URL(safe, base ?? document.baseURI);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/^www\./, '');
  if (YOUTUBE_HOST.test(url.hostname)) {
    const id = YOUTUBE_ID.exec(url.pathname)?.[1];
    const list = url.searchParams.get('list');
    if (id === 'videoseries' && list && /^[\w-]{1,100}$/.test(list)) {
      return { provider: 'youtube', host: 'youtube.com', url: `https://www.youtube.com/playlist?list=${list}` };
    }
    if (id && id !== 'videoseries') {
      const start = url.searchParams.get('start');
      const at = start && /^\d{1,6}$/.test(start) && start !== '0' ? `&t=${start}s` : '';
      return { provider: 'youtube', host: 'youtube.com', url: `https://www.youtube.com/watch?v=${id}${at}` };
    }
  }
  if (url.hostname === 'player.vimeo.com') {
    const id = VIMEO_ID.exec(url.pathname)?.[1];
    // An unlisted video's player URL carries the hash its page needs.
    const hash = url.searchParams.get('h');
    if (id) return { provider: 'vimeo', host: 'vimeo.com', url: `https://vimeo.com/${id}${hash && /^[\da-f]{1,40}$/i.test(hash) ? `/${hash}` : ''}` };
  }
  // The fragment of an oEmbed frame (`#?secret=...`) is a handshake with the host page, not a place.
  if (url.hash.startsWith('#?secret=')) url.hash = '';
  return { host, url: url.href };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The markup that replaces one frame, from its start tag's attributes: a link to what it showed, or
 * `undefined` to leave the frame to the engines, which remove it. A WordPress post embed gets none: the
 * blockquote WordPress writes before its frame already holds a link to the post.
 */
function embedLink(attributes: ReadonlyMap<string, string>, options: SanitizeOptions): string | undefined {
  if (/(?:^|\s)wp-embedded-content(?:\s|$)/.test(attributes.get('class') ?? '')) return undefined;
  const source = embedSource(attributes.get('src'), options.base);
  if (!source) return undefined;
  const label = String((options.embedLabel ?? embedLabelEnglish)(source)).trim() || embedLabelEnglish(source);
  return `<a href="${escapeHtml(source.url)}" class="embed-link">${escapeHtml(label)}</a>`;
}

/** An attribute value as the parser reads it, near enough for a URL: character references ending in `;` decoded. */
function attributeValue(raw: string): string {
  return raw.replace(/&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/g, (reference) => decodeEntities(reference));
}

// ---- Quiet parsing ---------------------------------------------------------------------------------

/** Attributes the parser would check against the page's policy (`style`, `on*`) or turn into state (`is`). */
const LOUD_ATTRIBUTE = /^(?:style|is|on.*)$/s;
/** Elements whose content the tokenizer reads as text up to their end tag, in HTML content. */
const RAW_TEXT = new Map(
  ['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title'].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')]),
);
/** Start tags that end SVG or MathML content and return to HTML. */
const LEAVES_FOREIGN = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(' '),
);
/** SVG and MathML elements inside which HTML rules apply again. */
const INTEGRATION_POINTS = new Set(['foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml']);

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
const isAsciiAlpha = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

/**
 * The markup with every `style`, `is` and `on*` attribute renamed (`x-style`, ...), so that parsing it
 * creates none of them. It follows the HTML tokenizer (tags, attributes and their quoting, comments,
 * raw-text elements, CDATA in SVG/MathML) closely enough for any markup a CMS writes. Where hostile markup
 * makes it misjudge, the cost is a violation report or a changed attribute name in content the sanitizer
 * removes: everything it returns is still parsed and sanitized as before, so it is not a safety boundary.
 *
 * With `frames`, each `<iframe>` in HTML content (not in raw text, comments or SVG) is offered to it with
 * its start tag's attributes (lower-case names, values decoded); markup it returns replaces the whole
 * element, start tag to end tag. It returns undefined to keep the element as it is.
 * @internal
 */
export function quietMarkup(html: string, frames?: (attributes: ReadonlyMap<string, string>) => string | undefined): string {
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  const n = html.length;
  /** Open SVG/MathML elements and integration points, innermost last: [name, whether foreign rules apply]. */
  const open: Array<[string, boolean]> = [];
  const inForeign = (): boolean => open.length > 0 && open[open.length - 1]![1];
  /** Whether the next `</iframe>` ends a frame that was replaced. */
  let dropping = false;
  const skipPast = (text: string, from: number): number => {
    const at = html.indexOf(text, from);
    return at < 0 ? n : at + text.length;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    i = lt + 1;
    const next = html.charCodeAt(i);
    if (next === 33 /* ! */) {
      if (html.startsWith('--', i + 1)) {
        // A comment ends at the first "-->" (which may share the opening dashes: "<!-->") or "--!>".
        const dashes = i + 1;
        const plain = html.indexOf('-->', dashes);
        const bang = html.indexOf('--!>', dashes + 2);
        i = plain < 0 && bang < 0 ? n : bang < 0 || (plain >= 0 && plain < bang) ? plain + 3 : bang + 4;
      } else if (inForeign() && html.startsWith('[CDATA[', i + 1)) {
        i = skipPast(']]>', i + 8);
      } else {
        i = skipPast('>', i); // doctype or bogus comment
      }
      continue;
    }
    if (next === 63 /* ? */) {
      i = skipPast('>', i);
      continue;
    }
    const isEnd = next === 47; /* / */
    if (isEnd) i += 1;
    // Where this tag starts in the output, so that a replaced frame can take back what was copied for it.
    const outMark = out.length;
    const copiedMark = copied;
    if (!isAsciiAlpha(html.charCodeAt(i))) {
      // "</>" is dropped, "</" + anything else is a bogus comment, "<" + anything else is text.
      if (isEnd) i = html.charCodeAt(i) === 62 ? i + 1 : skipPast('>', i);
      continue;
    }
    const nameStart = i;
    while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i += 1;
    const tag = html.slice(nameStart, i).toLowerCase();
    const attributes = frames && !isEnd && tag === 'iframe' && !inForeign() ? new Map<string, string>() : undefined;
    let closed = false;
    let selfClosing = false;
    while (i < n) {
      const code = html.charCodeAt(i);
      if (isSpace(code)) {
        i += 1;
      } else if (code === 47 /* / */) {
        i += 1;
        selfClosing = html[i] === '>';
      } else if (code === 62 /* > */) {
        i += 1;
        closed = true;
        break;
      } else {
        // An attribute name runs to white space, "/", ">" or "=" (an "=" may be its first character).
        const attrStart = i;
        i += 1;
        while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i += 1;
        const name = html.slice(attrStart, i).toLowerCase();
        if (LOUD_ATTRIBUTE.test(name)) {
          out.push(html.slice(copied, attrStart), 'x-');
          copied = attrStart;
        }
        while (i < n && isSpace(html.charCodeAt(i))) i += 1;
        if (html[i] !== '=') {
          if (attributes && !attributes.has(name)) attributes.set(name, '');
          continue;
        }
        i += 1;
        while (i < n && isSpace(html.charCodeAt(i))) i += 1;
        const quote = html[i];
        let value: string;
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, i + 1);
          value = html.slice(i + 1, close < 0 ? n : close);
          i = close < 0 ? n : close + 1;
        } else {
          const valueStart = i;
          while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i += 1;
          value = html.slice(valueStart, i);
        }
        // Of two attributes of one name, the parser keeps the first.
        if (attributes && !attributes.has(name)) attributes.set(name, attributeValue(value));
      }
    }
    if (!closed) break; // a tag cut off by the end of the input is dropped by the parser
    if (isEnd && dropping && tag === 'iframe') {
      // The end of a replaced frame: its end tag goes too.
      out.length = outMark;
      copied = i;
      dropping = false;
      continue;
    }
    if (isEnd) {
      if (inForeign() && (tag === 'p' || tag === 'br')) {
        while (inForeign()) open.pop();
      } else {
        const at = open.findLastIndex(([name]) => name === tag);
        if (at >= 0) open.length = at;
      }
      continue;
    }
    if (inForeign()) {
      if (!LEAVES_FOREIGN.has(tag)) {
        // Inside SVG/MathML no element's content is raw text; integration points switch back to HTML rules.
        if (!selfClosing && (INTEGRATION_POINTS.has(tag) || tag === 'svg' || tag === 'math')) open.push([tag, !INTEGRATION_POINTS.has(tag)]);
        continue;
      }
      while (inForeign()) open.pop();
    }
    if (tag === 'svg' || tag === 'math') {
      if (!selfClosing) open.push([tag, true]);
    } else if (tag === 'plaintext') {
      break; // everything after it is text
    } else {
      const end = RAW_TEXT.get(tag);
      if (end) {
        end.lastIndex = i;
        i = end.exec(html)?.index ?? n;
      }
      const replacement = attributes ? frames?.(attributes) : undefined;
      if (replacement !== undefined) {
        // The frame's start tag and its content (raw text) give way to the replacement; its end tag follows.
        out.length = outMark;
        out.push(html.slice(copiedMark, lt), replacement);
        copied = i;
        dropping = true;
      }
    }
  }
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}

let purifier: Promise<Purifier> | undefined;

/**
 * The sanitizer for this browser. Resolves at once where the native API exists; elsewhere it first
 * loads DOMPurify (once per page). `engine` forces one, for tests and comparisons.
 */
export async function getSanitizer(engine: SanitizerEngine = hasNativeSanitizer() ? 'native' : 'dompurify'): Promise<Sanitize> {
  if (engine === 'native') return nativeSanitize;
  // A file that failed to load (offline, blocked) is tried again on the next call: a retry can help.
  purifier ??= loadPurifier().catch((error: unknown) => {
    purifier = undefined;
    throw error;
  });
  return purifier;
}
