/**
 * Reading a parsed feed through the DOM API the browser's `DOMParser` and xmldom both have
 * (`childNodes`, `namespaceURI`, `localName`, `getAttribute`, `getAttributeNS`, `textContent`), elements
 * always named by namespace URI, never by prefix: a feed may bind any prefix to a namespace.
 */
import { htmlText, plainText } from '../values.js';
import { resolveHtmlUrls, resolveSrcset, resolveUrl } from './feed-html.js';
import { escapeHtml, textToHtml } from './text-to-html.js';

export const NS = {
  none: '',
  atom: 'http://www.w3.org/2005/Atom',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  /** RSS 0.90, the first RDF-based RSS: read as RSS 1.0. */
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  /** `slash:comments`, the comment count WordPress's RSS gives each item. */
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  /** Atom threading (RFC 4685): `thr:total`, the comment count WordPress's Atom gives. */
  thread: 'http://purl.org/syndication/thread/1.0',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** Namespaces written differently by some generators, read as the one they mean. */
const SAME_AS: Record<string, string> = {
  'http://search.yahoo.com/mrss': NS.media,
  'http://purl.org/dc/terms': NS.dcterms,
};

/** An element's namespace URI, '' for none. */
export function namespaceOf(node: Element): string {
  const uri = node.namespaceURI ?? '';
  return SAME_AS[uri] ?? uri;
}

/** The element children of a node (xmldom has no `children`). */
export function elements(node: Node): Element[] {
  const out: Element[] = [];
  const list = node.childNodes;
  for (let i = 0; i < list.length; i += 1) {
    const child = list.item(i);
    if (child?.nodeType === 1) out.push(child as Element);
  }
  return out;
}

/** The element children named `name` in namespace `ns`. */
export function all(node: Node, ns: string, name: string): Element[] {
  return elements(node).filter((child) => child.localName === name && namespaceOf(child) === ns);
}

/** The first element child named `name` in namespace `ns`. */
export function first(node: Node, ns: string, name: string): Element | undefined {
  return elements(node).find((child) => child.localName === name && namespaceOf(child) === ns);
}

/** An element's text, CDATA included, as written (not trimmed). */
export function rawText(node: Element | undefined): string {
  return node?.textContent ?? '';
}

/** An element's text as one line, trimmed; '' without the element. */
export function textOf(node: Element | undefined): string {
  return plainText(rawText(node));
}

/** An attribute with no namespace, '' when missing (xmldom answers '' where browsers answer null). */
export function attr(node: Element | undefined, name: string): string {
  return node?.getAttribute(name) ?? '';
}

/**
 * The base URL in effect at an element: every `xml:base` from the root down to it, each resolved
 * against the one above, starting from `start` (the channel's link or the feed's own URL).
 */
export function baseOf(node: Element, start: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let current: Node | null = node; current?.nodeType === 1; current = current.parentNode) {
    const base = (current as Element).getAttributeNS(NS.xml, 'base');
    if (base) chain.push(base);
  }
  return chain.reduceRight<string | undefined>((base, value) => resolveUrl(value, base), start);
}

/** Elements with no end tag in HTML. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/**
 * XHTML content (Atom `type="xhtml"`) as HTML: elements by local name, attributes of no namespace
 * (namespace declarations and `xml:base` go), text escaped, and each URL attribute resolved against the
 * base in effect at its own element (`start`, then every `xml:base` above it).
 */
function xhtmlToHtml(node: Node, start: string | undefined): string {
  let out = '';
  const list = node.childNodes;
  for (let i = 0; i < list.length; i += 1) {
    const child = list.item(i);
    if (child?.nodeType === 3 || child?.nodeType === 4) out += escapeHtml(child.nodeValue ?? '');
    if (child?.nodeType !== 1) continue;
    const element = child as Element;
    const own = baseOf(element, start);
    const name = element.localName.toLowerCase();
    let attributes = '';
    for (let j = 0; j < element.attributes.length; j += 1) {
      const attribute = element.attributes.item(j);
      if (!attribute || attribute.namespaceURI || attribute.name.includes(':') || attribute.name === 'xmlns') continue;
      const key = attribute.name.toLowerCase();
      const value = key === 'srcset' ? resolveSrcset(attribute.value, own) : /^(?:href|src|poster)$/.test(key) ? resolveUrl(attribute.value, own) : attribute.value;
      attributes += ` ${key}="${escapeHtml(value)}"`;
    }
    out += VOID.has(name) ? `<${name}${attributes}>` : `<${name}${attributes}>${xhtmlToHtml(element, start)}</${name}>`;
  }
  return out;
}

/** A text construct read: as HTML for bodies, as plain text for titles and excerpts. */
export interface FeedText {
  html: string;
  text: string;
}

/** Text with markup in it (a tag or a character reference): RSS leaves it to readers to tell. */
const LOOKS_HTML = /<\/?[a-zA-Z][^<>]*>|&(?:#\d+|#x[\da-fA-F]+|[a-zA-Z]\w*);/;

/** HTML or plain text, as it looks (RSS `description`, `content:encoded`, `title`). */
export function sniffedText(node: Element | undefined, base: string | undefined): FeedText {
  const raw = rawText(node);
  if (!LOOKS_HTML.test(raw)) return { html: textToHtml(raw), text: plainText(raw) };
  return { html: resolveHtmlUrls(raw, base), text: htmlText(raw) };
}

/**
 * An Atom text construct by its `type`: `text` (the default), `html`, `xhtml`; `content` may give a media
 * type instead, read by what it names (`application/xhtml+xml`, `text/html`, other text).
 */
export function atomText(node: Element | undefined, start: string | undefined): FeedText {
  if (!node) return { html: '', text: '' };
  const type = attr(node, 'type').toLowerCase();
  if (type.includes('xhtml')) {
    const div = elements(node).find((child) => child.localName === 'div');
    const html = xhtmlToHtml(div ?? node, start).trim();
    return { html, text: htmlText(html) };
  }
  if (type.includes('html')) {
    const raw = rawText(node);
    return { html: resolveHtmlUrls(raw, baseOf(node, start)), text: htmlText(raw) };
  }
  return { html: textToHtml(rawText(node)), text: textOf(node) };
}
