import type { JsonResponse } from '../fetch-json.js';
import type { NewsPage } from '../model.js';
import { asPositiveInt, asRecord, safeUrl } from '../values.js';

/** What an adapter knows about the response it reads. */
export interface AdapterContext {
  /** The URL the JSON came from: relative links resolve against it, next pages are built from it. */
  url?: string;
  /** Response headers, lower-case names (e.g. `x-wp-totalpages`). */
  headers?: Record<string, string>;
}

/** What an adapter may use to complete a page with further requests. */
export interface CompleteContext extends AdapterContext {
  /**
   * The absolute URL the page asked for, before any redirect: further requests go to the site it names
   * (its origin and path), never to addresses the payload gives.
   */
  requested?: string;
  /** Real comment counts are wanted (the element shows or ranks by them). */
  commentCounts: boolean;
  /** Fetches JSON with the same options (credentials, timeout, cancellation) as the page itself. */
  get(url: string): Promise<JsonResponse>;
}

/**
 * Reads one known format into the normalized model. `detect` accepts any value and never throws; `parse`
 * throws (or rejects with) nothing but a `NewsError`. The JSON formats read parsed JSON at once; the feed
 * formats read XML text or a response's bytes and answer with a Promise (`Page`; Node loads its XML parser
 * on first use).
 */
export interface FormatAdapter<Page extends NewsPage | Promise<NewsPage> = NewsPage> {
  readonly name: string;
  /** True when the value has this format's shape. */
  detect(json: unknown): boolean;
  parse(json: unknown, context: AdapterContext): Page;
  /**
   * Completes a page read from an endpoint with what one response cannot say (WordPress: real comment
   * counts), in a bounded number of further requests. Never rejects: a failed extra request leaves the page as it was.
   */
  complete?(page: NewsPage, json: unknown, context: CompleteContext): Promise<NewsPage>;
}

/** Any format's adapter: a JSON one (read at once) or a feed's (read asynchronously). */
export type AnyFormatAdapter = FormatAdapter<NewsPage | Promise<NewsPage>>;

/** Lower-case header lookup. */
export function header(context: AdapterContext, name: string): string | undefined {
  return context.headers?.[name.toLowerCase()];
}

/** An absolute http(s) URL, parsed; undefined for anything else. */
export function parseAbsolute(url: string | undefined): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `url` with its `page` query parameter set, other parameters kept (how page-numbered APIs go on). */
export function withPage(url: string | undefined, page: number): string | undefined {
  const parsed = parseAbsolute(url);
  if (!parsed) return undefined;
  parsed.searchParams.set('page', String(page));
  return parsed.href;
}

/** WordPress's `avatar_urls` (of authors and commenters) is keyed by pixel size (`'24'`, `'48'`, `'96'`); the largest looks sharp everywhere. */
export function largestAvatar(value: unknown, base: string | undefined): string | undefined {
  const urls = asRecord(value);
  if (!urls) return undefined;
  let best: { size: number; url: string } | undefined;
  for (const [key, raw] of Object.entries(urls)) {
    const size = asPositiveInt(key);
    const url = safeUrl(raw, { base });
    if (size !== undefined && url && (!best || size > best.size)) best = { size, url };
  }
  return best?.url;
}
