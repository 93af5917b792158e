import type DOMPurifyModule from 'dompurify';
import { safeUrl } from './values.js';

/**
 * The one door through which HTML from an endpoint enters the page. The browser's HTML Sanitizer API
 * (`setHTML`) is used where it exists; DOMPurify, loaded only then, everywhere else. Both are followed by
 * the same pass that applies our own rules: only http(s)/relative/mailto links, no inline styles or
 * forms (a widget must not restyle or phish on the host page), lazy images, safe `rel` on external links.
 */

export type SanitizerEngine = 'native' | 'dompurify';

export interface SanitizeOptions {
  /** Resolve relative links and images against this URL (the endpoint's). */
  base?: string;
  /** `target` for links to other sites; none by default. */
  linkTarget?: string;
}

/** Turns untrusted HTML into a safe fragment owned by the current document. */
export type Sanitize = (html: string, options?: SanitizeOptions) => DocumentFragment;

/** Elements removed with their content, beyond what both engines already drop as unsafe. */
const REMOVED_ELEMENTS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base', 'template'];
const REMOVED_ATTRIBUTES = ['style', 'srcdoc', 'formaction', 'action', 'ping'];
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'poster', 'cite', 'background', 'longdesc', 'action'];

type SetHtml = (html: string, options?: { sanitizer?: SanitizerConfig }) => void;

export function hasNativeSanitizer(): boolean {
  return typeof Element !== 'undefined' && typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function';
}

function nativeSanitize(html: string, options: SanitizeOptions = {}): DocumentFragment {
  // An inert document: nothing in it loads or runs while it is cleaned.
  const inert = document.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  (holder as unknown as { setHTML: SetHtml }).setHTML(html, {
    sanitizer: { removeElements: REMOVED_ELEMENTS, removeAttributes: REMOVED_ATTRIBUTES },
  });
  return finish(holder, options);
}

type Purifier = (html: string, options?: SanitizeOptions) => DocumentFragment;
type DOMPurifyApi = typeof DOMPurifyModule;

/** True in the script-tag bundle, which ships DOMPurify as a separate file (set by the build). */
declare const __NEWS_CDN__: boolean | undefined;

let fallbackLoader: (() => Promise<DOMPurifyApi>) | undefined;

/** @internal The script-tag bundle says where its DOMPurify file is. */
export function setFallbackLoader(loader: () => Promise<DOMPurifyApi>): void {
  fallbackLoader = loader;
}

async function loadPurifier(): Promise<Purifier> {
  // Only browsers without the native API get here, so DOMPurify stays out of everyone else's download.
  const DOMPurify =
    typeof __NEWS_CDN__ !== 'undefined' && __NEWS_CDN__
      ? await (fallbackLoader ?? (() => Promise.reject(new Error('No DOMPurify loader set'))))()
      : (await import('dompurify')).default;
  return (html, options) => {
    const cleaned = DOMPurify.sanitize(html, {
      RETURN_DOM_FRAGMENT: true,
      FORBID_TAGS: REMOVED_ELEMENTS,
      FORBID_ATTR: REMOVED_ATTRIBUTES,
    });
    const holder = document.implementation.createHTMLDocument('').createElement('div');
    holder.append(cleaned);
    return finish(holder, options);
  };
}

/** Our own rules, the same for both engines. */
function finish(holder: Element, options: SanitizeOptions = {}): DocumentFragment {
  const base = options.base;
  let hostOrigin: string | undefined;
  try {
    hostOrigin = new URL(base ?? document.baseURI).origin;
  } catch {
    hostOrigin = undefined;
  }
  for (const element of holder.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const safe = safeUrl(value, { base, mailto: element.localName === 'a' });
      if (safe) element.setAttribute(name, safe);
      else element.removeAttribute(name);
    }
    if (element.hasAttribute('srcset')) {
      const kept = (element.getAttribute('srcset') ?? '')
        .split(/,\s+/)
        .map((candidate) => {
          const [url, ...descriptor] = candidate.trim().split(/\s+/);
          const safe = safeUrl(url, { base });
          return safe ? [safe, ...descriptor].join(' ') : '';
        })
        .filter(Boolean);
      if (kept.length) element.setAttribute('srcset', kept.join(', '));
      else element.removeAttribute('srcset');
    }
    if (element.localName === 'img') {
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
    }
    if (element.localName === 'a') {
      // The source's own targets are dropped: where links open is the embedding page's choice.
      element.removeAttribute('target');
      if (isExternal(element.getAttribute('href') ?? '', hostOrigin)) {
        element.setAttribute('rel', 'noopener noreferrer');
        if (options.linkTarget) element.setAttribute('target', options.linkTarget);
      }
    }
  }
  const fragment = document.createDocumentFragment();
  // Spread first: the child list is live, and appending moves (and adopts) each node out of it.
  fragment.append(...holder.childNodes);
  return fragment;
}

function isExternal(href: string, hostOrigin: string | undefined): boolean {
  try {
    return /^https?:/i.test(href) && new URL(href).origin !== hostOrigin;
  } catch {
    return false;
  }
}

let purifier: Promise<Purifier> | undefined;

/**
 * The sanitizer for this browser. Resolves at once where the native API exists; elsewhere it first
 * loads DOMPurify (once per page). `engine` forces one, for tests and comparisons.
 */
export async function getSanitizer(engine: SanitizerEngine = hasNativeSanitizer() ? 'native' : 'dompurify'): Promise<Sanitize> {
  if (engine === 'native') return nativeSanitize;
  purifier ??= loadPurifier();
  return purifier;
}
