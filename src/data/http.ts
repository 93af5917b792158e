import type { EarlyRequest } from '../cdn-early.js';
import { getDefaults } from '../defaults.js';
import { NewsError } from './errors.js';

/**
 * The one HTTP core under reading feeds (`fetch-json.ts`) and sending comments (`send-comment.ts`): a
 * timeout, cancellation, failures as `NewsError`s, error bodies read for the server's own code and
 * message, and JSON parsed with the tolerance real servers need (a byte-order mark, PHP notices).
 */

/** Milliseconds before a request is given up, unless said otherwise. */
export const DEFAULT_TIMEOUT = 10_000;

export interface HttpOptions {
  /** Milliseconds before the request is given up. */
  timeout: number;
  /** Cancels the request. */
  signal?: AbortSignal;
  /** A `fetch` to use instead of the page's (`configure({ fetch })`) or the global one. */
  fetch?: typeof fetch;
  /**
   * The same request, started earlier (by the script-tag core): its answer, given this request's
   * cancellation (timeout included), in place of a `fetch` of its own. The rest is as for any request.
   */
  early?: EarlyRequest;
}

export interface HttpResponse {
  /** The URL after redirects. */
  url: string;
  status: number;
  statusText: string;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** The body as it came: feeds name their own encoding (HTTP `charset`, the XML declaration). */
  bytes: Uint8Array;
  /** The body read as UTF-8, as JSON always is. */
  text: string;
}

/**
 * The page's location, and a URL on another origin than it, read as `fetch` reads it (relative to the
 * page's address); undefined outside a page (no origin, no CORS) and for a same-origin or invalid URL.
 */
export function crossOrigin(url: string): URL | undefined {
  const page = (globalThis as { location?: Location }).location;
  try {
    const target = new URL(url, page?.href);
    return page && target.origin !== page.origin ? target : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes a request and reads its whole body; rejects only with a `NewsError`: `network`, `timeout`,
 * `aborted`, or `cors` for a GET to another origin that failed before any answer while the server is up
 * (it does not let the page read it).
 */
export async function request(url: string, init: RequestInit, options: HttpOptions): Promise<HttpResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const doFetch = options.fetch ?? getDefaults().fetch ?? globalThis.fetch.bind(globalThis);
  let answered = false;
  try {
    if (options.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    const response = await (options.early?.(controller.signal) ?? doFetch(url, { ...init, signal: controller.signal }));
    answered = true;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return { url: response.url || url, status: response.status, statusText: response.statusText, headers, bytes, text: new TextDecoder().decode(bytes) };
  } catch (error) {
    // fetch rejects with a bare TypeError both offline and when CORS forbids reading the answer. The code
    // that tells them apart loads only then (and, offline, fails to load: a network failure it is). Only
    // for a GET (no method given): asking it again changes nothing on the server.
    if (!init.method && !answered && error instanceof TypeError && crossOrigin(url)) {
      const refusal = await import('./cors.js')
        .then((cors) => cors.corsRefusal(url, doFetch, controller.signal))
        .catch(() => undefined);
      if (refusal) throw refusal;
    }
    if (timedOut) throw new NewsError('timeout', `No answer from ${url} within ${Math.round(options.timeout / 1000)} s`, { url, cause: error });
    if (options.signal?.aborted || (error as { name?: unknown } | null)?.name === 'AbortError') {
      throw new NewsError('aborted', `Request for ${url} was cancelled`, { url, cause: error });
    }
    throw new NewsError('network', `Could not reach ${url} (offline, blocked, or not allowed by CORS)`, { url, cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const MAX_PREAMBLE_TRIES = 64;

/**
 * Parses a response body as JSON. Tolerates a byte-order mark and text printed ahead of the JSON (PHP
 * notices before a WordPress response happen in the wild): it tries from each `{` or `[` in turn.
 */
export function parseJsonText(text: string, url = '', contentType = ''): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new NewsError('not-json', `The response from ${url} was empty, not JSON`, { url });
  const whole = tryParse(body);
  if (whole !== undefined) return whole;
  let tries = 0;
  for (let i = body.search(/[[{]/); i !== -1 && tries < MAX_PREAMBLE_TRIES; tries += 1) {
    const value = tryParse(body.slice(i));
    if (value !== undefined && typeof value === 'object') return value;
    const nextAt = body.slice(i + 1).search(/[[{]/);
    i = nextAt === -1 ? -1 : i + 1 + nextAt;
  }
  const looksHtml = /^\s*</.test(body) || contentType.includes('html');
  throw new NewsError(
    'not-json',
    looksHtml ? `${url || 'The endpoint'} returned an HTML page, not JSON` : `The response from ${url} is not valid JSON`,
    { url },
  );
}
