import { JSDOM } from 'jsdom';
import type { Sanitize } from '../data/sanitize.js';
import { serverSanitizer } from './sanitize.js';

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
    holder.innerHTML = toHtml(html, options);
    return holder.content;
  };
}
