import { NewsError } from './errors.js';
import { fetchJson, type FetchOptions } from './fetch-json.js';
import type { AdapterContext, AnyFormatAdapter } from './formats/adapter.js';
import type { FieldMapping } from './formats/mapping.js';
import { isFormatName, type FormatName } from './formats/names.js';
import { isWordPress } from './formats/wordpress-shape.js';
import type { NewsPage } from './model.js';
import { inSlices } from './slices.js';

export { isFormatName, type FormatName } from './formats/names.js';

/**
 * The other formats' shape tests and the guess at where a list of records is (`formats/detect.ts`): a
 * WordPress answer, which most widgets read, needs none of it, so it is loaded only for the others, beside
 * their request (`needsDetection`).
 */
const detection = () => import('./formats/detect.js');

/**
 * Each format's reading code, fetched the first time a response turns out to be in it, so a page pays
 * only for the formats its data is in.
 */
const PARSERS: Record<FormatName, () => Promise<AnyFormatAdapter>> = {
  wordpress: () => import('./formats/wordpress.js').then((module) => module.wordpress),
  ghost: () => import('./formats/ghost.js').then((module) => module.ghost),
  'json-feed': () => import('./formats/json-feed.js').then((module) => module.jsonFeed),
  newsapi: () => import('./formats/newsapi.js').then((module) => module.newsApi),
  'json-ld': () => import('./formats/json-ld.js').then((module) => module.jsonLd),
  // One reader for the three feed formats: the document decides.
  rss: () => import('./formats/feed.js').then((module) => module.rss),
  rdf: () => import('./formats/feed.js').then((module) => module.rdf),
  atom: () => import('./formats/feed.js').then((module) => module.atom),
};

/** The reading code of a format, loaded once. */
export function loadFormat(name: FormatName): Promise<AnyFormatAdapter> {
  return PARSERS[name]();
}

export interface SourceOptions {
  /** A format name, or `auto` (default) to detect it. */
  format?: FormatName | 'auto' | '';
  /** Dot path to the array of records in any JSON (`.` for a root array). Implies a mapped read. */
  items?: string;
  /** Where each field is, for JSON of no known format. Overrides the format. */
  mapping?: FieldMapping;
  /**
   * Real comment counts are wanted (an article's byline, a box ranked by comments). Where one response
   * cannot tell them (WordPress embeds at most 10 comments per post), a few further requests are made.
   */
  commentCounts?: boolean;
}

/**
 * Reads JSON already in hand (a `.data` property, inline JSON, a response) into a page of articles.
 * Rejects with `NewsError('unsupported-shape')` when it can tell nothing about the shape. Asynchronous
 * because the reading code of the format found is loaded on first use.
 */
export async function readArticles(json: unknown, options: SourceOptions = {}, context: AdapterContext = {}): Promise<NewsPage> {
  return (await read(json, options, context)).page;
}

/** Reads JSON, and says which format's adapter read it (none for a mapped read). */
async function read(json: unknown, options: SourceOptions, context: AdapterContext): Promise<{ page: NewsPage; adapter?: AnyFormatAdapter }> {
  const { format, items, mapping } = options;
  const mapped = async (path: string) => {
    const { parseMapped } = await import('./formats/mapping.js');
    return { page: await inSlices(() => parseMapped(json, path, mapping ?? {}, context)) };
  };
  if (mapping || items) {
    const path = items ?? (await detection()).guessItemsPath(json);
    if (path === undefined) throw unsupported(context.url, 'no list of items was found; set `items` to its path');
    return mapped(path);
  }
  if (format && format !== 'auto' && !isFormatName(format)) throw unsupported(context.url, `"${String(format)}" is not a known format`);
  // XML text or bytes (which fetchJson gives for a feed) go to the feed reader, which tells the feed formats
  // apart itself: the code that does is in its file, not with every widget.
  const xml = typeof json === 'string' || json instanceof Uint8Array || json instanceof ArrayBuffer;
  const name = format && format !== 'auto' ? format : xml ? 'rss' : isWordPress(json) ? 'wordpress' : (await detection()).detectJsonFormat(json);
  if (name) {
    const adapter = await loadFormat(name);
    return { page: await inSlices(() => adapter.parse(json, context)), adapter };
  }
  const path = (await detection()).guessItemsPath(json);
  if (path !== undefined) return mapped(path);
  throw unsupported(context.url, 'it is not a known news format; set `items` and `mapping` to describe it');
}

function unsupported(url: string | undefined, why: string): NewsError {
  return new NewsError('unsupported-shape', `Could not read articles from ${url ?? 'the data'}: ${why}`, url === undefined ? {} : { url });
}

/**
 * The format an endpoint will most likely answer in, told from its URL alone (`/wp-json/` is WordPress's
 * REST API, `/ghost/api/` Ghost's), so that format's reading code loads while the request is under way
 * rather than after it. Only a head start: the response's shape still decides.
 */
function likelyFormat(url: string, options: SourceOptions): FormatName | undefined {
  if (options.mapping || options.items) return undefined;
  if (isFormatName(options.format)) return options.format;
  // The script-tag core (src/cdn.ts) tells a WordPress address by the same pattern: keep the two in step (a
  // constant both import cost a page with only a list 17 bytes of its budget).
  if (/\/wp-json\/|[?&]rest_route=/.test(url)) return 'wordpress';
  if (/\/ghost\/api\//.test(url)) return 'ghost';
  // `/feed/` (WordPress), `feed.xml`, `index.rss`, `atom.xml`: the feed reader, which reads all three.
  return /\/feed\/?(?:$|[?#])|\.(?:rss|atom|xml)(?:$|[?#])/.test(url) ? 'rss' : undefined;
}

/**
 * Refusals that mean "there is no such page" when paging on past the end: WordPress answers a page
 * number past the last with `400 rest_post_invalid_page_number` (which a list reaches when a proxy hides
 * the pagination headers and it had to guess). Read as an empty last page, not as a failure.
 */
const PAST_THE_END = new Set(['rest_post_invalid_page_number']);

/** Fetches a URL and reads its articles: the one path every widget's data takes. */
export async function loadArticles(url: string, options: SourceOptions & FetchOptions = {}): Promise<NewsPage> {
  const likely = likelyFormat(url, options);
  // A failed head start is not this request's failure: the read loads the code again if it needs it.
  if (likely) loadFormat(likely).catch(() => undefined);
  // The other formats' tests too, when reading the answer will most likely take them: not for a named
  // format, records at a given path, or a WordPress REST API's or a feed's URL (WordPress's own test tells
  // its answers; a feed's XML goes to the feed reader as it is).
  if (!options.items && (options.mapping || (likely !== 'wordpress' && likely !== 'rss' && !isFormatName(options.format)))) detection().catch(() => undefined);
  let response;
  try {
    response = await fetchJson(url, options);
  } catch (error) {
    if (error instanceof NewsError && error.status === 400 && PAST_THE_END.has(error.serverCode ?? '')) return { articles: [] };
    throw error;
  }
  const context: AdapterContext = { url: response.url, headers: response.headers };
  const { page, adapter } = await read(response.data, options, context);
  if (!adapter?.complete) return page;
  const requested = absolute(url);
  return adapter.complete(page, response.data, {
    ...context,
    ...(requested ? { requested } : {}),
    commentCounts: options.commentCounts ?? false,
    get: (next) => fetchJson(next, options),
  });
}

/** A URL as `fetch` reads it: relative ones against the page's address. */
function absolute(url: string): string | undefined {
  try {
    return new URL(url, (globalThis as { location?: { href: string } }).location?.href).href;
  } catch {
    return undefined;
  }
}
