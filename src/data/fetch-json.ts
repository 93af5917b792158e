import { NewsError } from './errors.js';
import { asRecord, getPath, htmlText } from './values.js';

export interface FetchOptions {
  /** Milliseconds before the request is given up (default 10 000). */
  timeout?: number;
  /** Cancels this caller's interest; the shared request stops when no caller is left. */
  signal?: AbortSignal;
  /** Cookies are not sent to third-party endpoints unless asked (default `'omit'`). */
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
  /** Reuse a successful response this many milliseconds old or younger (default 30 000, 0 = never). */
  maxAge?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

export interface JsonResponse {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  data: unknown;
}

export const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_MAX_AGE = 30_000;
const RECENT_LIMIT = 50;

interface SharedRequest {
  promise: Promise<JsonResponse>;
  controller: AbortController;
  callers: number;
  settled: boolean;
}

const inFlight = new Map<string, SharedRequest>();
const recent = new Map<string, { at: number; response: JsonResponse }>();

/** Forgets responses kept for reuse (e.g. before a retry the reader asked for). */
export function clearResponseCache(url?: string): void {
  if (url === undefined) recent.clear();
  else for (const key of recent.keys()) if (key.startsWith(`${url}\n`)) recent.delete(key);
}

/**
 * Fetches JSON for a widget. Every widget on the page goes through here, so one URL is requested once
 * while it is in flight (and reused for `maxAge`), whoever asks. Failures are `NewsError`s.
 */
export function fetchJson(url: string, options: FetchOptions = {}): Promise<JsonResponse> {
  if (options.signal?.aborted) return Promise.reject(new NewsError('aborted', `Request for ${url} was cancelled`, { url }));
  const credentials = options.credentials ?? 'omit';
  const key = `${url}\n${credentials}\n${JSON.stringify(options.headers ?? {})}`;
  const maxAge = options.maxAge ?? DEFAULT_MAX_AGE;
  const kept = recent.get(key);
  if (kept && maxAge > 0 && Date.now() - kept.at <= maxAge) return Promise.resolve(kept.response);

  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const request: SharedRequest = { controller, callers: 0, settled: false, promise: Promise.resolve() as never };
    request.promise = send(url, credentials, options, controller).then(
      (response) => {
        request.settled = true;
        if (inFlight.get(key) === request) inFlight.delete(key);
        recent.delete(key);
        recent.set(key, { at: Date.now(), response });
        if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
        return response;
      },
      (error: unknown) => {
        request.settled = true;
        if (inFlight.get(key) === request) inFlight.delete(key);
        throw error;
      },
    );
    inFlight.set(key, request);
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
      shared.callers -= 1;
      if (shared.callers === 0 && !shared.settled) {
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

async function send(
  url: string,
  credentials: RequestCredentials,
  options: FetchOptions,
  controller: AbortController,
): Promise<JsonResponse> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        credentials,
        headers: { Accept: 'application/json', ...options.headers },
        signal: controller.signal,
      });
    } catch (error) {
      throw failure(error, url, timeout, timedOut);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failure(error, url, timeout, timedOut);
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const finalUrl = response.url || url;
    if (!response.ok) throw httpError(response.status, response.statusText, text, finalUrl);
    const data = parseJsonText(text, finalUrl, headers['content-type']);
    return { url: finalUrl, status: response.status, headers, data };
  } finally {
    clearTimeout(timer);
  }
}

function failure(error: unknown, url: string, timeout: number, timedOut: boolean): NewsError {
  if (error instanceof NewsError) return error;
  if (timedOut) return new NewsError('timeout', `No answer from ${url} within ${Math.round(timeout / 1000)} s`, { url, cause: error });
  if ((error as { name?: unknown } | null)?.name === 'AbortError') {
    return new NewsError('aborted', `Request for ${url} was cancelled`, { url, cause: error });
  }
  return new NewsError('network', `Could not reach ${url} (offline, blocked, or not allowed by CORS)`, { url, cause: error });
}

function httpError(status: number, statusText: string, text: string, url: string): NewsError {
  let serverMessage = '';
  let serverCode = '';
  const body = asRecord(tryParse(text.replace(/^\uFEFF/, '')));
  if (body) {
    // WordPress: {code, message}; NewsAPI: {status:'error', code, message}; others: {error: '...'} or {error: {message}}.
    serverMessage = htmlText(body.message) || htmlText(body.error) || htmlText(getPath(body, 'error.message'));
    serverCode = htmlText(body.code) || htmlText(getPath(body, 'error.code'));
  }
  const summary = `HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${url}`;
  return new NewsError('http', serverMessage ? `${summary}: ${serverMessage.slice(0, 300)}` : summary, {
    url,
    status,
    serverMessage: serverMessage.slice(0, 300),
    serverCode,
  });
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
