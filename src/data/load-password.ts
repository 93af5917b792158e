import { NewsError } from './errors.js';
import type { FetchOptions } from './fetch-json.js';
import { httpError } from './http-error.js';
import { DEFAULT_TIMEOUT, parseJsonText, request } from './http.js';
import { readArticles, type SourceOptions } from './load.js';
import type { NewsPage } from './model.js';

/*
 * Password-protected stories, a module of its own: only `<news-article>` opens them, so the pages of the
 * other widgets do not download this.
 */

/**
 * Reads a password-protected story with the reader's password, as WordPress's REST API takes it (the
 * `password` query parameter). The request is the caller's alone: it bypasses the responses shared between
 * widgets and the browser's HTTP cache, so nothing the password opened is given to anyone else or kept,
 * and errors name the endpoint without the password. A refused password rejects with an error for which
 * `isPasswordRefusal` is true.
 */
export async function loadWithPassword(url: string, password: string, options: SourceOptions & FetchOptions = {}): Promise<NewsPage> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new NewsError('unsupported-shape', 'A password can only be sent to an absolute URL');
  }
  target.searchParams.set('password', password);
  const response = await request(
    target.href,
    { credentials: options.credentials ?? 'omit', headers: { Accept: 'application/json', ...options.headers }, cache: 'no-store' },
    { timeout: options.timeout ?? DEFAULT_TIMEOUT, ...(options.signal ? { signal: options.signal } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) },
  ).catch((error: unknown) => {
    throw error instanceof NewsError ? new NewsError(error.code, `Request for ${url} failed`, { url }) : error;
  });
  if (response.status < 200 || response.status > 299) throw httpError({ ...response, url });
  return readArticles(parseJsonText(response.text, url, response.headers['content-type']), options, { url, headers: response.headers });
}

/** Whether a failure is the source refusing a password: WordPress's `403 rest_post_incorrect_password`, or a 401/403 from other sites. */
export function isPasswordRefusal(error: unknown): boolean {
  return error instanceof NewsError && (error.serverCode === 'rest_post_incorrect_password' || (error.code === 'http' && (error.status === 401 || error.status === 403)));
}
