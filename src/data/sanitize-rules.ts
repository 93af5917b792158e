/**
 * What an article body may keep, as data: the single allowlist that configures both the native HTML
 * Sanitizer and DOMPurify, and that the shared pass after either enforces once more. Anything not named
 * here is removed, with its content: scripts, styles, forms and their controls, frames, objects and
 * embeds, `link`/`meta`/`base`/`template`, MathML, custom elements, and every attribute not listed
 * (`style`, event handlers, `data-*`, `target`, `srcdoc`, `formaction`, `ping`, ...). An `<iframe>` with
 * an http(s) source is replaced by a plain link to it before either engine runs (`sanitize.ts`), so a
 * reader can still reach an embedded video or post; the frame itself never is kept.
 *
 * SVG: a small drawing subset stays, because WordPress blocks (social icons, some embeds) put inline icons
 * in content and DOMPurify keeps these too. It has no HTML integration point (`foreignObject`, `desc`,
 * `title`), nothing that links, loads or animates (`a`, `use`, `image`, `animate`, `set`), no `style`,
 * no filters, so namespace confusion has nowhere to start. MathML has text integration points and is
 * rare in news, so it goes entirely.
 */

export const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** HTML elements kept: text, structure, media, tables, disclosure. */
export const HTML_ELEMENTS: readonly string[] = [
  // structure
  'div', 'span', 'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'aside',
  'header', 'footer', 'address', 'blockquote', 'figure', 'figcaption', 'pre', 'details', 'summary',
  // lists
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  // text
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  // old markup still found in archives, kept as plain containers (none of their attributes are)
  'big', 'center', 'font', 'strike', 'tt', 'acronym',
  // tables
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // media: nothing plays by itself (`autoplay` is not kept), sources go through the URL rules
  'img', 'picture', 'source', 'video', 'audio', 'track',
];

/** SVG elements kept (see above for why so few). */
export const SVG_ELEMENTS: readonly string[] = ['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect'];

/**
 * Attributes kept, on any kept element, with no namespace. Names are as the DOM spells them (SVG's
 * `viewBox`); DOMPurify compares them lowercased. URLs among them (`href`, `src`, `srcset`, `poster`,
 * `cite`) are then held to the URL rules of `sanitize.ts`.
 */
export const ATTRIBUTES: readonly string[] = [
  // global
  'class', 'id', 'lang', 'dir', 'title', 'translate', 'role',
  'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'aria-level',
  // links and quotes
  'href', 'rel', 'hreflang', 'cite', 'datetime', 'value',
  // lists
  'start', 'reversed', 'type',
  // tables
  'colspan', 'rowspan', 'headers', 'scope', 'span', 'abbr', 'summary',
  // images and media
  'src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding', 'media', 'poster', 'controls',
  'muted', 'loop', 'playsinline', 'kind', 'srclang', 'label', 'default',
  // disclosure
  'open',
  // SVG drawing
  'viewBox', 'preserveAspectRatio', 'focusable', 'd', 'points', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
  'transform', 'fill', 'fill-rule', 'fill-opacity', 'clip-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-opacity', 'opacity',
];

/** Attributes that hold a URL (all of them in `ATTRIBUTES`); `srcset` holds several and is read apart. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'poster', 'cite'];

/**
 * Attributes whose value is free text, which may read like a URL ("Note: ..."). Any other kept attribute
 * whose value starts like a URL scheme (`x:`) is dropped: no such attribute needs one, and an element
 * that treats it as a URL would skip the URL rules. DOMPurify applies the same rule.
 */
export const TEXT_ATTRIBUTES: readonly string[] = ['alt', 'class', 'id', 'label', 'role', 'summary', 'title', 'value'];
