import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCEPT, requestKey, type EarlyRequest } from '../../src/cdn-early.js';
import { NewsError } from '../../src/data/errors.js';
import { clearResponseCache, fetchJson } from '../../src/data/fetch-json.js';
import { configure, getDefaults } from '../../src/defaults.js';

/**
 * The data layer's side of the script-tag core's early requests: `fetchJson` takes a request the core
 * started under its key instead of sending its own, once, and only when it would have sent that very
 * request; whatever happens to it then is what happens to any request.
 */

const URL_ = 'https://news.example/wp-json/wp/v2/posts';
const waiting = (): Map<string, EarlyRequest> => ((globalThis as { [key: symbol]: Map<string, EarlyRequest> })[Symbol.for('news-widgets.early')] ??= new Map());

/**
 * An early request as the core leaves one (its answer, stopped by the signal it is given, as the core's
 * `fetch` is); returns the signals it was given.
 */
function leave(url: string, answer: () => Promise<Response>, credentials: RequestCredentials = 'omit') {
  const given: AbortSignal[] = [];
  waiting().set(requestKey(url, credentials), (signal) => {
    given.push(signal);
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      answer().then(resolve, reject);
    });
  });
  return given;
}

const json = (body: unknown): Response => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

let fetched: string[];

beforeEach(() => {
  clearResponseCache();
  waiting().clear();
  fetched = [];
  vi.stubGlobal('fetch', (input: string) => {
    fetched.push(input);
    return Promise.resolve(json({ from: 'its own request' }));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete getDefaults().proxy;
  delete getDefaults().fetch;
});

describe('fetchJson and the requests started early', () => {
  it('takes the early request for the same URL and credentials instead of sending one, once', async () => {
    leave(URL_, () => Promise.resolve(json({ from: 'early' })));
    expect((await fetchJson(URL_)).data).toEqual({ from: 'early' });
    expect(fetched).toEqual([]);
    expect(waiting().size).toBe(0);
    // Asked again afresh (a retry): its own request.
    expect((await fetchJson(URL_, { fresh: true })).data).toEqual({ from: 'its own request' });
    expect(fetched).toEqual([URL_]);
  });

  it('leaves it for another URL, other credentials, other headers, a page-wide fetch or a fresh request', async () => {
    leave(URL_, () => Promise.resolve(json({ from: 'early' })));
    await fetchJson(`${URL_}?page=2`);
    await fetchJson(URL_, { credentials: 'include' });
    await fetchJson(URL_, { headers: { 'X-Key': '1' } });
    await fetchJson(URL_, { fresh: true });
    configure({ fetch: (input) => globalThis.fetch(input) });
    clearResponseCache();
    await fetchJson(URL_);
    expect(fetched).toHaveLength(5);
    expect(waiting().size).toBe(1);
  });

  it('leaves it when the page-wide proxy reads that URL', async () => {
    vi.stubGlobal('location', { href: 'https://publisher.example/', origin: 'https://publisher.example' });
    configure({ proxy: '/proxy?url={url}' });
    leave(URL_, () => Promise.resolve(json({ from: 'early' })));
    await fetchJson(URL_);
    expect(fetched).toEqual([`/proxy?url=${encodeURIComponent(URL_)}`]);
  });

  it('gives the early request its cancellation: a timeout stops it and fails as a timeout', async () => {
    const given = leave(URL_, () => new Promise<Response>(() => undefined));
    const error = await fetchJson(URL_, { timeout: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsError);
    expect((error as NewsError).code).toBe('timeout');
    expect(given).toHaveLength(1);
    expect(given[0]!.aborted).toBe(true);
  });

  it('reads a failed early request as it reads any failed request', async () => {
    leave(URL_, () => Promise.reject(new TypeError('Failed to fetch')));
    const offline = await fetchJson(URL_).catch((e: unknown) => e);
    expect((offline as NewsError).code).toBe('network');
    leave(`${URL_}/1`, () => Promise.resolve(new Response('{"code":"rest_no_route","message":"No route"}', { status: 404, headers: { 'Content-Type': 'application/json' } })));
    const refused = await fetchJson(`${URL_}/1`).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'http', status: 404 });
  });

  it('is the request its own would have been: the same Accept header', () => {
    expect(ACCEPT.length).toBeLessThanOrEqual(128);
    expect(ACCEPT.startsWith('application/json,')).toBe(true);
  });
});
