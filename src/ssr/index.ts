/**
 * `news-widgets/ssr` (Node): the widgets of a page drawn on the server. Each widget's data is read as the
 * browser would read it (the same readers, the same finishing step, the same sanitizer rules), and its
 * content written into the page as declarative shadow DOM by Lit's server renderer, with the page it drew
 * beside it as inline JSON: a reader (and a crawler that runs no script) sees the content with the HTML, and
 * in the browser the element wakes up on that page without asking for its data again.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { _$LE } from 'lit-element/private-ssr-support.js';
import type { LitElement, PropertyValues } from 'lit';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { SERVED } from '../components/base/data-element.js';
import { getDefaults, type NewsDefaults } from '../config.js';
import { GENERATED } from '../components/base/generated.js';
import { articleJsonLd, scriptText } from '../data/json-ld-writer.js';
import type { NewsArticle } from '../data/model.js';
import { setServerSanitizer } from '../data/sanitize.js';
import { defineElements, ELEMENTS } from '../elements.js';
import { directionOf } from '../i18n/tree.js';
import { pageAddress, serverSanitize } from './sanitize-dom.js';
import { drawHtmlOnServer } from './server-html.js';

export { serverSanitizer, type ServerSanitize, type ServerSanitizeOptions } from './sanitize.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** How a page or a widget is drawn. */
export interface RenderOptions {
  /** The page's own URL: relative `src` resolve against it (default: none, so a relative `src` is left to the browser). */
  baseUrl?: string;
  /** A `fetch` to read endpoints with (default: the global one). */
  fetch?: typeof fetch;
  /**
   * Told of each widget that could not be drawn (its endpoint failed, its data could not be read): that widget
   * is left as it was written, for the browser to load (and show its error state and retry there).
   */
  onError?: (error: unknown, tag: string) => void;
}

/** Where a widget sits in its page: the language and direction of that place. */
export interface WidgetPlace {
  /** The language in force there (the nearest `lang` up the tree, the widget's own first); default `en`. */
  lang?: string;
  /** The nearest `dir` up the tree, if one comes before a `lang`; default: the language's. */
  dir?: 'ltr' | 'rtl';
}

const TAGS: readonly string[] = ELEMENTS.map((element) => element.tagName);
/** The widgets that read a source; `<comment-form>` has none. */
const DATA_TAGS = new Set(TAGS.filter((tag) => tag !== 'comment-form'));

/** What the renderer asks of an element, beside what Lit's server renderer does (internal members all). */
interface ServerWidget {
  _place?: { lang: string; dir?: 'ltr' | 'rtl' };
  _inline?: { served?: unknown };
  src?: string;
  /** A list's sources beside `src` (its links, as the server read them), and its links as the browser finds them. */
  sources?: SourceLink[];
  _links?: unknown[];
  reportError(error: unknown): void;
  noJsonLd?: boolean;
  requestOptions(): Record<string, unknown>;
  sourceUrl(): string | undefined;
  readJson(json: unknown): unknown;
  loadUrl(url: string, options: Record<string, unknown>): Promise<unknown>;
  prepare(page: unknown, signal: AbortSignal): unknown;
  pageChanged(page: unknown): void;
  willUpdate(changed: PropertyValues): void;
  _bodies?: { ready: Promise<void> };
  _shownArticle?(): NewsArticle | undefined;
  _jsonLdText?(): string | undefined;
}

/** The element each tag's next rendering draws: one the renderer has read the data of already. */
const handed = new Map<string, LitElement>();

/** Lit's renderer for elements, drawing the instance prepared for it (its data read) rather than a new one. */
class PreparedRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    const element = handed.get(tagName);
    handed.delete(tagName);
    if (element) (this as { element: LitElement }).element = element;
  }
}

/** The page-wide defaults of the page being drawn: its config element's, under what `configure()` set here. */
const pageDefaults = new AsyncLocalStorage<NewsDefaults>();

/**
 * Page-wide defaults per page: the widgets read them (`getDefaults()`) from the global object, where this
 * puts, while a page is drawn, that page's own (each drawing runs in its page's, whatever else runs beside).
 */
function scopeDefaults(): void {
  const key = Symbol.for('news-widgets.defaults');
  let configured = getDefaults();
  Object.defineProperty(globalThis, key, {
    configurable: true,
    get: () => pageDefaults.getStore() ?? configured,
    set: (value: NewsDefaults) => (configured = value),
  });
}

let ready: Promise<void> | undefined;

/** Defines the elements (in the server's registry) and gives the widgets the server's sanitizer, once. */
function setUp(): Promise<void> {
  return (ready ??= serverSanitize().then((sanitize) => {
    setServerSanitizer(sanitize);
    drawHtmlOnServer();
    scopeDefaults();
    defineElements();
  }));
}

/** `<`, `&` and `"` escaped for an attribute value in double quotes. */
const attributeValue = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A list's source as one of its links gives it: the link's URL, resolved, and its text. */
interface SourceLink {
  url: string;
  name: string;
}

/** What a widget has inside that it reads: inline JSON (`ld`: JSON-LD), or a list's links to its sources. */
interface WidgetData {
  json?: unknown;
  ld?: boolean;
  /** A list's `<a href>` sources, their URLs resolved against the page's address. */
  links?: SourceLink[];
}

/**
 * One widget drawn: its tag with the attributes given, its content as declarative shadow DOM, the page it
 * drew as inline JSON (read back in the browser), its JSON-LD where it writes some, and `children` (the HTML
 * it had inside, kept after what this adds). Throws when its data cannot be read.
 */
function drawWidget(tag: string, attributes: readonly [string, string][], data: WidgetData, place: WidgetPlace, options: RenderOptions, children = '', startTag?: string): Promise<string> {
  return pageAddress.run(options.baseUrl, () => drawIn(tag, attributes, data, place, options, children, startTag));
}

async function drawIn(tag: string, attributes: readonly [string, string][], data: WidgetData, place: WidgetPlace, options: RenderOptions, children: string, startTag: string | undefined): Promise<string> {
  await setUp();
  const Element = customElements.get(tag) as (new () => LitElement) | undefined;
  if (!Element || !TAGS.includes(tag)) throw new TypeError(`news-widgets/ssr: <${tag}> is not one of ${TAGS.join(', ')}`);
  const lit = new Element();
  const element = lit as unknown as ServerWidget;
  const lang = place.lang || 'en';
  element._place = { lang, dir: place.dir ?? directionOf(lang) };
  for (const [name, value] of attributes) {
    if (!/^[^\s"'>/=]+$/.test(name)) throw new TypeError(`news-widgets/ssr: "${name}" is not an attribute name`);
    lit.setAttribute(name, value);
    _$LE.attributeToProperty(lit, name, value);
  }
  let served = '';
  let jsonLd: string | undefined;
  if (DATA_TAGS.has(tag)) {
    let page: unknown;
    // A `fetch` of the caller's may read what only this page's reader may see: what it reads is not kept for
    // any other page, nor taken from one (maxAge 0); the global fetch's answers are shared for 30 seconds.
    const request = { ...element.requestOptions(), ...(options.fetch ? { fetch: options.fetch, maxAge: 0 } : {}) };
    if (data.json !== undefined) page = await element.readJson(data.json);
    else if (data.links?.length) page = await readSources(element, data.links, options.baseUrl, request);
    else {
      const src = tag === 'news-list' || tag === 'popular-news' ? element.src : element.sourceUrl();
      if (!src) throw new TypeError(`news-widgets/ssr: <${tag}> has no source (src, or inline JSON) to draw`);
      page = await element.loadUrl(new URL(src, options.baseUrl).href, request);
    }
    page = await element.prepare(page, new AbortController().signal);
    element._inline = { served: page };
    element.pageChanged(page);
    served = `<script type="application/json" ${SERVED}>${scriptText(page)}</script>`;
  }
  // The first update as the browser's makes it, without a DOM: what it asks for (an article's body) is awaited.
  element.willUpdate(_$LE.changedProperties(lit) as PropertyValues);
  if (element._bodies) {
    await element._bodies.ready;
    element.willUpdate(new Map());
  }
  if (!element.noJsonLd && !data.ld) {
    if (tag === 'news-article') {
      const article = element._shownArticle?.();
      jsonLd = article && articleJsonLd(article);
    } else jsonLd = element._jsonLdText?.();
  }
  // The host with the attributes as given, drawn by Lit's renderer (styles, declarative shadow root), then
  // what goes in the light DOM: the page drawn, the JSON-LD, and what the widget had inside.
  const tagName = unsafeStatic(tag);
  const written = attributes.map(([name, value]) => ` ${name}="${attributeValue(value)}"`).join('');
  const attrs = unsafeStatic(written);
  handed.set(tag, lit);
  const drawn = collectResultSync(render(staticHtml`<${tagName}${attrs}></${tagName}>`, { elementRenderers: [PreparedRenderer] }));
  handed.delete(tag);
  // The start tag as written (renderPage keeps the page's own text of it); the shadow root with only the
  // standard attribute (browsers dropped the older `shadowroot` one); the light DOM after it.
  const root = drawn.indexOf('<template shadowroot="open" shadowrootmode="open">');
  const close = `</${tag}>`;
  if (root < 0 || !drawn.endsWith(`${close}<!--/lit-part-->`)) throw new Error(`news-widgets/ssr: unexpected rendering of <${tag}>`);
  // A theme is a custom state, which only the element's script sets: until then (and with no script at all)
  // the `theme` attribute says it. This style stays the widget's after it wakes up, so the state works too.
  const shadow = drawn
    .slice(root, -`${close}<!--/lit-part-->`.length)
    .replace(' shadowroot="open"', '')
    .replace(/:state\(theme-(\w+)\)/g, ':is(:state(theme-$1),[theme=$1])');
  // Written by scriptText (json-ld-writer.ts), so it cannot end its script element.
  const ld = jsonLd ? `<script type="application/ld+json" ${GENERATED}>${jsonLd}</script>` : '';
  return (startTag ?? `<${tag}${written}>`) + shadow + served + ld + children + close;
}

/**
 * One widget drawn on its own, for frameworks that render one component at a time: `<news-list src="…">`
 * with its content as declarative shadow DOM and the page it drew inline. `data` is JSON of any shape the
 * widget reads (as its `data` property), drawn with no request; without it the widget's `src` is read.
 * Rejects when the data cannot be read (render the bare tag then, and the browser loads it).
 */
export function renderWidget(tag: string, attributes: Record<string, string> = {}, data?: unknown, options: RenderOptions & WidgetPlace = {}): Promise<string> {
  return drawWidget(tag, Object.entries(attributes), { json: data }, options, options);
}

/** The widgets of a parsed page (ours, outermost, not inside a `<template>` or another of ours), with their place. */
function findWidgets(node: Node, place: Required<Pick<WidgetPlace, 'lang'>> & WidgetPlace, found: { element: Element; place: WidgetPlace }[]): void {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    const lang = child.attrs.find((attr) => attr.name === 'lang')?.value;
    const dir = child.attrs.find((attr) => attr.name === 'dir')?.value.toLowerCase();
    const here = { lang: lang || place.lang, dir: dir === 'ltr' || dir === 'rtl' ? dir : lang ? undefined : place.dir };
    if (TAGS.includes(child.tagName)) found.push({ element: child, place: here });
    else if (child.tagName !== 'template') findWidgets(child, here, found);
  }
}

/**
 * A list's several sources read by the list's own merging code (src/components/news-list/sources.ts), in
 * the browser's order: `src` (resolved as a lone `src` is), then its links, then merged newest first. One
 * source that fails leaves the list to the browser, which shows the others and reports that one.
 */
async function readSources(element: ServerWidget, links: SourceLink[], baseUrl: string | undefined, request: Record<string, unknown>): Promise<unknown> {
  if (element.src) element.src = new URL(element.src, baseUrl).href;
  // The links as entries of `.sources` (what the list reads beside `src`), none to look for in a DOM.
  element._links = [];
  element.sources = links;
  const failures: unknown[] = [];
  element.reportError = (error) => failures.push(error);
  const page = await element.loadUrl(element.sourceUrl()!, request);
  if (failures.length > 0) throw failures[0];
  return page;
}

/**
 * A list's links to its sources (`<a href>` inside it, at any depth, as the list finds them), each URL
 * resolved against `pageUrl` as the browser resolves a link's, and its text. A relative one with no page
 * address to resolve it against cannot be read here.
 */
function linksOf(element: Element, pageUrl: string | undefined): SourceLink[] {
  const text = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '');
  const links: SourceLink[] = [];
  const visit = (node: Node): void => {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (!('tagName' in child)) continue;
      const href = child.tagName === 'a' ? child.attrs.find((attr) => attr.name === 'href')?.value : undefined;
      if (href !== undefined) {
        if (!URL.canParse(href.trim(), pageUrl)) throw new TypeError(`news-widgets/ssr: the list's source "${href}" cannot be resolved: give renderPage the page's address (baseUrl)`);
        links.push({ url: new URL(href.trim(), pageUrl).href, name: text(child) });
      }
      visit(child);
    }
  };
  visit(element);
  return links;
}

/** The widget's inline data, if it has some: its first `<script type="application/json">` (or JSON-LD) child not written by a widget. */
function inlineData(element: Element, html: string): WidgetData {
  for (const child of element.childNodes) {
    if (!('tagName' in child) || child.tagName !== 'script' || child.attrs.some((attr) => attr.name === GENERATED || attr.name === SERVED)) continue;
    const type = child.attrs.find((attr) => attr.name === 'type')?.value.trim().toLowerCase();
    if (type !== 'application/json' && type !== 'application/ld+json') continue;
    const location = child.sourceCodeLocation;
    const text = location?.startTag && location.endTag ? html.slice(location.startTag.endOffset, location.endTag.startOffset) : '';
    return { json: JSON.parse(text) as unknown, ld: type === 'application/ld+json' };
  }
  return {};
}

/** The JSON of the page's config element (`<script type="application/json" id="news-widgets-config">`), if any. */
function pageConfig(node: Node, html: string): Record<string, unknown> {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    if (child.tagName === 'script' && child.attrs.some((attr) => attr.name === 'id' && attr.value === 'news-widgets-config')) {
      const location = child.sourceCodeLocation;
      try {
        const parsed = JSON.parse(location?.startTag && location.endTag ? html.slice(location.startTag.endOffset, location.endTag.startOffset) : '') as unknown;
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
      } catch {
        return {};
      }
    }
    const found = child.tagName === 'template' ? {} : pageConfig(child, html);
    if (Object.keys(found).length > 0) return found;
  }
  return {};
}

/**
 * A page's HTML with each of its widgets drawn (see `renderWidget`); everything else as written. The widgets
 * are read at the same time; one that cannot be drawn is left as it was (see `onError`) and never stops the
 * others. A widget already drawn (it has a declarative shadow root) is left as it is. A list's links (its
 * sources) resolve against `baseUrl`, the page's address.
 */
export async function renderPage(html: string, options: RenderOptions = {}): Promise<string> {
  const document = parse(html, { sourceCodeLocationInfo: true });
  // The page's config element, as the browser reads it: its `baseUrl` for relative sources, its `lang` where
  // no `lang` up the tree (the root's included) says otherwise.
  const config = pageConfig(document, html);
  // Links resolve against the page's own address (as a browser resolves them); `src` against its `baseUrl`.
  const pageUrl = options.baseUrl;
  if (typeof config.baseUrl === 'string') options = { ...options, baseUrl: new URL(config.baseUrl, options.baseUrl).href };
  const found: { element: Element; place: WidgetPlace }[] = [];
  findWidgets(document, { lang: typeof config.lang === 'string' && config.lang ? config.lang : 'en' }, found);
  await setUp();
  // What configure() set on this server wins over the page's config element, as in the browser.
  const defaults: NewsDefaults = { ...(config as NewsDefaults), ...getDefaults() };
  const drawn = await pageDefaults.run(defaults, () =>
    Promise.all(
      found.map(async ({ element, place }) => {
        const location = element.sourceCodeLocation;
        if (!location?.startTag || !location.endTag) return undefined;
        const drawnAlready = element.childNodes.some((child) => 'tagName' in child && child.tagName === 'template' && child.attrs.some((attr) => attr.name === 'shadowrootmode'));
        if (drawnAlready) return undefined;
        try {
          const attributes = element.attrs.map((attr) => [attr.name, attr.value] as [string, string]);
          const children = html.slice(location.startTag.endOffset, location.endTag.startOffset);
          const startTag = html.slice(location.startTag.startOffset, location.startTag.endOffset);
          const data = inlineData(element, html);
          // A list's links are its sources (inline JSON comes first, as in the browser); the popular box is a list.
          if ((element.tagName === 'news-list' || element.tagName === 'popular-news') && data.json === undefined) data.links = linksOf(element, pageUrl);
          const text = await drawWidget(element.tagName, attributes, data, place, options, children, startTag);
          return { start: location.startOffset, end: location.endOffset, text };
        } catch (error) {
          options.onError?.(error, element.tagName);
          return undefined;
        }
      }),
    ),
  );
  let out = '';
  let at = 0;
  for (const piece of drawn) {
    if (!piece) continue;
    out += html.slice(at, piece.start) + piece.text;
    at = piece.end;
  }
  return out + html.slice(at);
}
