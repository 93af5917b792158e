import { NewsError } from './errors.js';
import { fetchJson, type FetchOptions } from './fetch-json.js';
import type { AdapterContext, FormatAdapter } from './formats/adapter.js';
import { ghost } from './formats/ghost.js';
import { jsonFeed } from './formats/json-feed.js';
import { jsonLd } from './formats/json-ld.js';
import { guessItemsPath, parseMapped, type FieldMapping } from './formats/mapping.js';
import { newsApi } from './formats/newsapi.js';
import { wordpress } from './formats/wordpress.js';
import type { NewsPage } from './model.js';

/** The formats read by name; `auto` picks one from the response's shape. */
export const FORMATS = {
  wordpress,
  ghost,
  'json-feed': jsonFeed,
  newsapi: newsApi,
  'json-ld': jsonLd,
} satisfies Record<string, FormatAdapter>;

export type FormatName = keyof typeof FORMATS;

export interface SourceOptions {
  /** A format name, or `auto` (default) to detect it. */
  format?: FormatName | 'auto' | '';
  /** Dot path to the array of records in any JSON (`.` for a root array). Implies a mapped read. */
  items?: string;
  /** Where each field is, for JSON of no known format. Overrides the format. */
  mapping?: FieldMapping;
}

export function isFormatName(value: unknown): value is FormatName {
  return typeof value === 'string' && Object.hasOwn(FORMATS, value);
}

/** Names the known format a response has, if any. */
export function detectFormat(json: unknown): FormatName | undefined {
  return (Object.keys(FORMATS) as FormatName[]).find((name) => FORMATS[name].detect(json));
}

/**
 * Reads JSON already in hand (a `.data` property, inline JSON, a response) into a page of articles.
 * Throws `NewsError('unsupported-shape')` when it can tell nothing about the shape.
 */
export function readArticles(json: unknown, options: SourceOptions = {}, context: AdapterContext = {}): NewsPage {
  const { format, items, mapping } = options;
  if (mapping || items) {
    const path = items ?? guessItemsPath(json);
    if (path === undefined) throw unsupported(context.url, 'no list of items was found; set `items` to its path');
    return parseMapped(json, path, mapping ?? {}, context);
  }
  if (format && format !== 'auto') {
    if (!isFormatName(format)) throw unsupported(context.url, `"${String(format)}" is not a known format`);
    return FORMATS[format].parse(json, context);
  }
  const detected = detectFormat(json);
  if (detected) return FORMATS[detected].parse(json, context);
  const path = guessItemsPath(json);
  if (path !== undefined) return parseMapped(json, path, {}, context);
  throw unsupported(context.url, 'it is not a known news format; set `items` and `mapping` to describe it');
}

function unsupported(url: string | undefined, why: string): NewsError {
  return new NewsError('unsupported-shape', `Could not read articles from ${url ?? 'the data'}: ${why}`, url === undefined ? {} : { url });
}

/** Fetches a URL and reads its articles: the one path every widget's data takes. */
export async function loadArticles(url: string, options: SourceOptions & FetchOptions = {}): Promise<NewsPage> {
  const response = await fetchJson(url, options);
  return readArticles(response.data, options, { url: response.url, headers: response.headers });
}
