import type { SanitizeOptions } from '../data/sanitize.js';

/**
 * The sanitizer on a server (Node only; no browser code imports it). Node has no DOM, so HTML from an
 * endpoint is sanitized in jsdom's, by DOMPurify and then the very rules the browser applies after either
 * of its engines (`purifierFor` in `src/data/sanitize.ts`): the same allowlist, the same markup rewrite
 * before parsing, the same pass after it. It returns the HTML the browser's fragment serializes to (its
 * `innerHTML` in a `<div>`), byte for byte: a test runs one hostile corpus through the server and both
 * browser engines and compares. One kind of id can differ by nature: an id that names a property of a
 * document or a form is dropped, and which names those are depends on the DOM (Chromium's document has
 * `fonts` and `timeline`, jsdom's has not; Firefox's and Safari's differ again).
 *
 * What the browser reads from its page, the server takes from the options. Links and images resolve
 * against `base` (the endpoint's URL, as in the browser); without it, relative URLs stay relative, as the
 * browser leaves them, and resolve against whatever page the HTML is put in. The page itself is unknown to
 * a server unless `page` names it: that decides which posters and captions are on the page's own origin
 * (kept under the referrer policy; without `page`, none is), where a frame with a relative source and no
 * `base` links to (without either, it gets no link), and which links count as external when there is no
 * `base`.
 */

export interface ServerSanitizeOptions extends SanitizeOptions {
  /** The address of the page the HTML will be shown on, which a browser knows as `document.baseURI`. */
  page?: string;
}

/** Sanitizes untrusted HTML on the server: the markup the browser's sanitizer gives for it, as a string. */
export type ServerSanitize = (html: string, options?: ServerSanitizeOptions) => string;

let loaded: Promise<ServerSanitize> | undefined;

/** Loads what the server sanitizer needs (a DOM implementation and DOMPurify), once. */
export function serverSanitizer(): Promise<ServerSanitize> {
  return (loaded ??= load());
}

async function load(): Promise<ServerSanitize> {
  const [{ JSDOM }, { default: createDOMPurify }, { purifierFor }] = await Promise.all([import('jsdom'), import('dompurify'), import('../data/sanitize.js')]);
  const dom = new JSDOM('');
  const { window } = dom;
  // The rules parse in a document made by `createHTMLDocument`, which has no browsing context, so a browser
  // parses there as with scripting off (a <noscript>'s content is markup, which the rules then remove).
  // jsdom's such documents parse as with scripting on (that content is text, and whatever it hides
  // becomes markup after it); its DOMParser's documents parse as browsers do.
  const parser = new window.DOMParser();
  window.document.implementation.createHTMLDocument = () => parser.parseFromString('', 'text/html');
  // DOMPurify made for jsdom's window checks ids against that window's document, as the rules do.
  const sanitize = purifierFor(createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]), window.document);
  let address = 'about:blank';
  return (html, options = {}) => {
    // The document's address is the page's: what `document.baseURI` is in a browser.
    const page = validUrl(options.page) ?? 'about:blank';
    if (page !== address) dom.reconfigure({ url: (address = page) });
    const holder = window.document.createElement('div');
    holder.append(sanitize(html, options));
    return holder.innerHTML;
  };
}

function validUrl(url: string | undefined): string | undefined {
  try {
    return url === undefined ? undefined : new URL(url).href;
  } catch {
    return undefined;
  }
}
