import type { NewsPage } from '../model.js';

/** What an adapter knows about the response it reads. */
export interface AdapterContext {
  /** The URL the JSON came from: relative links resolve against it, next pages are built from it. */
  url?: string;
  /** Response headers, lower-case names (e.g. `x-wp-totalpages`). */
  headers?: Record<string, string>;
}

/** Reads one known format into the normalized model. Both methods accept any value and never throw. */
export interface FormatAdapter {
  readonly name: string;
  /** True when the value has this format's shape. */
  detect(json: unknown): boolean;
  parse(json: unknown, context: AdapterContext): NewsPage;
}

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
