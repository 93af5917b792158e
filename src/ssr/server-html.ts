import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * On a server (`renderPage`), a sanitized fragment (of the server's DOM) written out as the HTML it is, for
 * Lit's server renderer, which writes strings, not nodes. Browser code reaches this only behind `isServer`,
 * so no browser build carries it.
 */
export function serverHtml(fragment: DocumentFragment): unknown {
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment.cloneNode(true));
  return unsafeHTML(holder.innerHTML);
}
