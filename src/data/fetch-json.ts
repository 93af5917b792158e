import { getDefaults } from '../defaults.js';
import { NewsError } from './errors.js';
import { ACCEPT, takeEarly, requestKey } from '../cdn-early.js';
import { DEFAULT_TIMEOUT, crossOrigin, parseJsonText, request, type HttpResponse } from './http.js';

export interface FetchOptions {
  /** Milliseconds before the request is given up (default 10 000). */
  timeout?: number;
  /** Cancels this caller's interest; the shared request stops when no caller is left. */
  signal?: AbortSignal;
  /** Cookies are not sent to third-party endpoints unless asked (default `'omit'`). */
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
  /**
   * Reuse a successful response this many milliseconds old or younger (default 30 000). 0: the request is
   * its caller's alone, neither reusing nor joining another nor kept for another (a server drawing each
   * reader's page with a `fetch` of that reader's).
   */
  maxAge?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /**
   * Ask the server again (a retry the reader asked for): no kept or in-flight response is reused, the
   * browser's HTTP cache is revalidated, and the answer replaces the one kept for reuse.
   */
  fresh?: boolean;
}

export interface JsonResponse {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /**
   * The parsed JSON; or, for a feed (RSS, RSS 1.0, Atom, by its root element or an XML Content-Type),
   * its body's bytes as a `Uint8Array`, which the feed reader decodes with the charset it names.
   */
  data: unknown;
}

export { DEFAULT_TIMEOUT } from './http.js';
/** XML media types (`application/rss+xml`, `text/xml`, any `+xml`), but not XHTML, which is a page; parameters aside. */
const XML_TYPE = /^(?![^;]*html)[^;]*\bxml\b/i;
/** A feed's root element: `<rss`, `<rdf:RDF`, `<feed`, `<entry`, with any prefix. */
const FEED_HINT = /<(?:[\w.-]+:)?(?:rss|RDF|feed|entry)[\s/>]/;
const DEFAULT_MAX_AGE = 30_000;
const RECENT_LIMIT = 50;

interface SharedRequest {
  promise: Promise<JsonResponse>;
  /** When it was sent: an older request's answer never replaces a newer one's. */
  sent: number;
  controller: AbortController;
  callers: number;
  settled: boolean;
}

const inFlight = new Map<string, SharedRequest>();
const recent = new Map<string, { at: number; sent: number; response: JsonResponse }>();
let sentCount = 0;

/** Forgets responses kept for reuse (e.g. before a retry the reader asked for). */
export function clearResponseCache(url?: string): void {
  if (url === undefined) recent.clear();
  else for (const key of recent.keys()) if (key.startsWith(`${url}\n`)) recent.delete(key);
}

/**
 * Fetches JSON (or a feed's bytes) for a widget. Every widget on the page goes through here, so one URL
 * is requested once while it is in flight (and reused for `maxAge`), whoever asks, unless `fresh` asks
 * the server again. A page-wide `proxy` (see `configure`) is applied here. Failures are `NewsError`s.
 */
export function fetchJson(url: string, options: FetchOptions = {}): Promise<JsonResponse> {
  if (options.signal?.aborted) return Promise.reject(new NewsError('aborted', `Request for ${url} was cancelled`, { url }));
  const credentials = options.credentials ?? 'omit';
  const key = requestKey(url, credentials, options.headers);
  const maxAge = options.maxAge ?? DEFAULT_MAX_AGE;
  const alone = maxAge <= 0;
  const kept = recent.get(key);
  if (!options.fresh && kept && !alone && Date.now() - kept.at <= maxAge) return Promise.resolve(kept.response);

  let shared = options.fresh || alone ? undefined : inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const request: SharedRequest = { controller, callers: 0, settled: false, sent: (sentCount += 1), promise: Promise.resolve() as never };
    request.promise = send(url, credentials, options, controller, key).then(
      (response) => {
        request.settled = true;
        if (inFlight.get(key) === request) inFlight.delete(key);
        const newer = recent.get(key);
        if (alone || (newer && newer.sent > request.sent)) return response;
        recent.delete(key);
        recent.set(key, { at: Date.now(), sent: request.sent, response });
        if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
        return response;
      },
      (error: unknown) => {
        request.settled = true;
        if (inFlight.get(key) === request) inFlight.delete(key);
        throw error;
      },
    );
    if (!alone) inFlight.set(key, request);
    shared = request;
  }
  return follow(shared, key, url, options.signal);
}

/** Gives one caller the shared result, or an abort of its own without cancelling the others. */
function follow(shared: SharedRequest, key: string, url: string, signal?: AbortSignal): Promise<JsonResponse> {
  shared.callers += 1;
  if (!signal) return shared.promise;
  return new Promise<JsonResponse>((resolve, reject) => {
    const onAbort = (): void => {
      if (--shared.callers === 0 && !shared.settled) {
        // Nobody wants it any more: stop it, and let a later caller start afresh.
        inFlight.delete(key);
        shared.controller.abort();
      }
      reject(new NewsError('aborted', `Request for ${url} was cancelled`, { url }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

async function send(url: string, credentials: RequestCredentials, options: FetchOptions, controller: AbortController, key: string): Promise<JsonResponse> {
  // The page's proxy reads sources on other origins for it.
  const { proxy, fetch: pageFetch } = getDefaults();
  const source = proxy ? crossOrigin(url) : undefined;
  const via = source && proxy?.replace('{url}', encodeURIComponent(source.href));
  // The same request started early by the script-tag core is this one, unless this one is made otherwise:
  // through the proxy, with a `fetch` of the page's or the caller's, or asking afresh (taken only then).
  const early = via || pageFetch || options.fetch || options.fresh ? undefined : takeEarly(key);
  const response = await request(
    via ?? url,
    // A member left undefined is one not given (fetch's options, and `request`'s).
    { credentials, headers: { Accept: ACCEPT, ...options.headers }, cache: options.fresh ? 'no-cache' : undefined },
    { timeout: options.timeout ?? DEFAULT_TIMEOUT, signal: controller.signal, fetch: options.fetch, early },
  );
  if (response.status < 200 || response.status > 299) throw await refusal(response);
  // Through a proxy, the answer is the source's: links in it resolve against the source's address.
  const answered = source?.href ?? response.url;
  const type = response.headers['content-type'] ?? '';
  let data: unknown = response.bytes;
  if (!XML_TYPE.test(type)) {
    try {
      data = parseJsonText(response.text, answered, type);
    } catch (error) {
      // Not JSON but naming a feed's root near its start: a feed served as text/html or text/plain, for
      // the feed reader (which tells a feed from an HTML page). Anything else stays not-json.
      if (!FEED_HINT.test(response.text.slice(0, 4096))) throw error;
    }
  }
  return { url: answered, status: response.status, headers: response.headers, data };
}

/**
 * The error for a refusal. What reads the server's own code and message (http-error.ts) loads only then;
 * should it not load, the status alone says what happened.
 */
function refusal(response: HttpResponse): Promise<NewsError> {
  const { status, url } = response;
  return import('./http-error.js').then(
    ({ httpError }) => httpError(response),
    () => new NewsError('http', `HTTP ${status} from ${url}`, { url, status }),
  );
}
