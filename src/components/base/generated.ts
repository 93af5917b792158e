/**
 * The mark of a script a widget wrote (JSON-LD for search engines), not data given to it: a copy of the
 * widget's HTML (a prerenderer, a page-cache snapshot, `cloneNode`) carries such a script along, and no
 * widget may take it for inline data. A module of its own, so that every widget can tell without carrying
 * the JSON-LD writer that only some of them use.
 */

/** The attribute that marks a script as written by a widget, not data given to it. */
export const GENERATED = 'data-news-generated';

/** Whether a script is one a widget wrote (here, or in the page the HTML was copied from). */
export function isGenerated(script: Element): boolean {
  return script.hasAttribute(GENERATED);
}
