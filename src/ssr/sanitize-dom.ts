import { AsyncLocalStorage } from 'node:async_hooks';
import { JSDOM } from 'jsdom';
import type { Sanitize } from '../data/sanitize.js';
import { serverSanitizer } from './sanitize.js';

/**
 * The address of the page being drawn, for the sanitizer (what a browser knows as `document.baseURI`: it
 * decides which posters and captions are the page's own): each drawing runs in it, whatever else runs beside.
 */
export const pageAddress = new AsyncLocalStorage<string | undefined>();

/**
 * The server's sanitizer in the shape the widgets use (`Sanitize`): the HTML the server sanitizer gives,
 * as a fragment of an inert document of the server's DOM, which the widgets split (an article's body around
 * its ad) and Lit's server renderer writes out again.
 */
export async function serverSanitize(): Promise<Sanitize> {
  const toHtml = await serverSanitizer();
  const { document } = new JSDOM('').window;
  return (html, options) => {
    const holder = document.createElement('template');
    const page = pageAddress.getStore();
    holder.innerHTML = toHtml(html, page ? { ...options, page } : options);
    return holder.content;
  };
}
