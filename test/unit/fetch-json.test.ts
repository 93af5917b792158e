import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewsError } from '../../src/data/errors.js';
import { configure } from '../../src/defaults.js';
import { clearResponseCache, fetchJson } from '../../src/data/fetch-json.js';
import { parseJsonText, request } from '../../src/data/http.js';

/** A real local server: each path answers as its name says, and counts its hits. */
let server: Server;
let origin = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const json = (status: number, body: string, type = 'application/json'): void => {
      res.writeHead(status, { 'Content-Type': type, 'X-WP-TotalPages': '3' });
      res.end(body);
    };
    switch (path) {
      case '/bom':
        return json(200, '\uFEFF{"ok":true}');
      case '/php-notice':
        return json(200, '<br />\n<b>Notice</b>:  Undefined index: [foo] in <b>/var/www/wp.php</b> on line <b>12</b><br />\n[{"id":1}]');
      case '/html-page':
        return json(200, '<!DOCTYPE html><html><body><h1>Site maintenance</h1></body></html>', 'text/html');
      case '/broken':
        return json(200, '{"id": 1,');
      case '/empty':
        return json(200, '');
      case '/wp-404':
        return json(404, '{"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}}');
      case '/html-500':
        return json(500, '<html><body>Internal Server Error</body></html>', 'text/html');
      case '/slow':
        setTimeout(() => json(200, '{"slow":true}'), 300);
        return;
      default:
        return json(200, JSON.stringify({ path }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  hits.clear();
  clearResponseCache();
});

async function failure(promise: Promise<unknown>): Promise<NewsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NewsError);
  return error as NewsError;
}

describe('fetchJson', () => {
  it('returns the data, the final URL and lower-case headers', async () => {
    const response = await fetchJson(`${origin}/plain`);
    expect(response.data).toEqual({ path: '/plain' });
    expect(response.url).toBe(`${origin}/plain`);
    expect(response.headers['x-wp-totalpages']).toBe('3');
  });

  it('reads JSON behind a byte-order mark', async () => {
    expect((await fetchJson(`${origin}/bom`)).data).toEqual({ ok: true });
  });

  it('reads JSON behind a PHP notice printed before it', async () => {
    expect((await fetchJson(`${origin}/php-notice`)).data).toEqual([{ id: 1 }]);
  });

  it('says an HTML page came back instead of JSON', async () => {
    const error = await failure(fetchJson(`${origin}/html-page`));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/HTML page/);
  });

  it('reports invalid and empty bodies as not JSON', async () => {
    expect((await failure(fetchJson(`${origin}/broken`))).code).toBe('not-json');
    expect((await failure(fetchJson(`${origin}/empty`))).message).toMatch(/empty/);
  });

  it('carries the status and the server message of an HTTP error', async () => {
    const error = await failure(fetchJson(`${origin}/wp-404`));
    expect(error.code).toBe('http');
    expect(error.status).toBe(404);
    expect(error.serverMessage).toBe('Invalid post ID.');
    expect(error.serverCode).toBe('rest_post_invalid_id');
    expect(error.message).toContain('Invalid post ID.');
    expect(error.retryable).toBe(false);
  });

  it('treats a 5xx as retryable, even with an HTML body', async () => {
    const error = await failure(fetchJson(`${origin}/html-500`));
    expect(error.status).toBe(500);
    expect(error.retryable).toBe(true);
  });

  it('gives up after the timeout', async () => {
    const error = await failure(fetchJson(`${origin}/slow`, { timeout: 50 }));
    expect(error.code).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('reports an unreachable host as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(fetchJson(`http://127.0.0.1:${port}/gone`));
    expect(error.code).toBe('network');
  });

  it('omits credentials unless asked, and sends extra headers', async () => {
    const seen: RequestInit[] = [];
    const spy: typeof fetch = (_input, init) => {
      seen.push(init ?? {});
      return Promise.resolve(new Response('{}', { status: 200 }));
    };
    await fetchJson(`${origin}/a`, { fetch: spy });
    await fetchJson(`${origin}/b`, { fetch: spy, credentials: 'include', headers: { 'X-WP-Nonce': 'n' } });
    expect(seen[0]?.credentials).toBe('omit');
    expect(seen[1]?.credentials).toBe('include');
    expect((seen[1]?.headers as Record<string, string>)['X-WP-Nonce']).toBe('n');
  });

  it('makes one request for callers asking for the same URL at once', async () => {
    const results = await Promise.all([fetchJson(`${origin}/slow`), fetchJson(`${origin}/slow`), fetchJson(`${origin}/slow`)]);
    expect(results.map((r) => r.data)).toEqual([{ slow: true }, { slow: true }, { slow: true }]);
    expect(hits.get('/slow')).toBe(1);
  });

  it('reuses a fresh response, and fetches again when maxAge is 0', async () => {
    await fetchJson(`${origin}/again`);
    await fetchJson(`${origin}/again`);
    expect(hits.get('/again')).toBe(1);
    await fetchJson(`${origin}/again`, { maxAge: 0 });
    expect(hits.get('/again')).toBe(2);
  });

  it('keeps a request with maxAge 0 to its caller: it joins none under way, none joins it, and nobody reuses its answer', async () => {
    await Promise.all([fetchJson(`${origin}/slow`), fetchJson(`${origin}/slow`, { maxAge: 0 })]);
    expect(hits.get('/slow'), 'joined one under way').toBe(2);
    hits.clear();
    clearResponseCache();
    await Promise.all([fetchJson(`${origin}/slow`, { maxAge: 0 }), fetchJson(`${origin}/slow`)]);
    expect(hits.get('/slow'), 'joined by another').toBe(2);
    await fetchJson(`${origin}/own`, { maxAge: 0 });
    await fetchJson(`${origin}/own`);
    expect(hits.get('/own'), 'its answer reused').toBe(2);
  });

  it('asks the server again when fresh, revalidating the browser cache, and keeps that answer for the next callers', async () => {
    const seen: Array<RequestCache | undefined> = [];
    let version = 0;
    const counting: typeof fetch = (_input, init) => {
      seen.push(init?.cache);
      version += 1;
      return Promise.resolve(new Response(JSON.stringify({ version }), { status: 200 }));
    };
    expect((await fetchJson(`${origin}/v`, { fetch: counting })).data).toEqual({ version: 1 });
    expect((await fetchJson(`${origin}/v`, { fetch: counting })).data, 'reused while young').toEqual({ version: 1 });
    expect((await fetchJson(`${origin}/v`, { fetch: counting, fresh: true })).data).toEqual({ version: 2 });
    expect((await fetchJson(`${origin}/v`, { fetch: counting })).data, 'the fresh answer replaced the kept one').toEqual({ version: 2 });
    expect(seen).toEqual([undefined, 'no-cache']);
  });

  it('does not join a request already in flight when fresh', async () => {
    const slow = fetchJson(`${origin}/slow`);
    const fresh = fetchJson(`${origin}/slow`, { fresh: true });
    await Promise.all([slow, fresh]);
    expect(hits.get('/slow')).toBe(2);
  });

  it('lets one caller cancel without cancelling the others', async () => {
    const controller = new AbortController();
    const cancelled = fetchJson(`${origin}/slow`, { signal: controller.signal });
    const kept = fetchJson(`${origin}/slow`, { signal: new AbortController().signal });
    controller.abort();
    expect((await failure(cancelled)).code).toBe('aborted');
    expect((await kept).data).toEqual({ slow: true });
    expect(hits.get('/slow')).toBe(1);
  });

  it('stops the request when every caller has cancelled, and a later caller starts afresh', async () => {
    const controller = new AbortController();
    const first = fetchJson(`${origin}/slow`, { signal: controller.signal });
    controller.abort();
    expect((await failure(first)).code).toBe('aborted');
    expect((await fetchJson(`${origin}/slow`)).data).toEqual({ slow: true });
  });

  it('rejects at once for an already cancelled signal', async () => {
    expect((await failure(fetchJson(`${origin}/x`, { signal: AbortSignal.abort() }))).code).toBe('aborted');
  });
});

/** A fake `fetch` answering each request with `answer(url, init)`, and the requests it was given. */
function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>): typeof fetch & { calls: Array<{ url: string; init: RequestInit }> } {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const spy = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push({ url: String(input), init });
    return Promise.resolve().then(() => answer(String(input), init));
  };
  return Object.assign(spy, { calls });
}

const body = (content: BodyInit, type: string): Response => new Response(content, { status: 200, headers: { 'Content-Type': type } });

/** "Новости" (news) in windows-1251: not UTF-8, so only the bytes keep it. */
const NEWS_1251 = [0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8];
const rss1251 = new Uint8Array([
  ...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0"><channel><title>'),
  ...NEWS_1251,
  ...new TextEncoder().encode('</title></channel></rss>'),
]);

describe('fetchJson: feeds', () => {
  it('hands a feed over as its bytes, untouched, with the Content-Type that names its charset', async () => {
    const spy = fakeFetch(() => body(rss1251, 'application/rss+xml; charset=windows-1251'));
    const response = await fetchJson(`${origin}/feed/`, { fetch: spy });
    expect(response.data).toBeInstanceOf(Uint8Array);
    expect([...(response.data as Uint8Array)]).toEqual([...rss1251]);
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=windows-1251');
  });

  it('hands over XML by its Content-Type (Atom, text/xml, any +xml), and a feed served under another type by its root element', async () => {
    const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title></feed>';
    for (const [type, text] of [
      ['application/atom+xml', atom],
      ['text/xml; charset=ISO-8859-1', '<rss version="0.91"><channel/></rss>'],
      ['application/xml', '<?xml version="1.0"?><urlset/>'],
      ['application/vnd.example+xml', '<list/>'],
      ['text/plain', atom],
      ['application/octet-stream', '\uFEFF<!-- generated --><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'],
    ] as const) {
      clearResponseCache();
      const response = await fetchJson(`${origin}/feed`, { fetch: fakeFetch(() => body(text, type)) });
      expect(response.data, type).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(response.data as Uint8Array), type).toBe(text.replace(/^\uFEFF/, ''));
    }
  });

  it('still reads JSON as JSON, whatever its type says', async () => {
    const response = await fetchJson(`${origin}/posts`, { fetch: fakeFetch(() => body('[{"id":1}]', 'text/plain')) });
    expect(response.data).toEqual([{ id: 1 }]);
  });

  it('still refuses an HTML page, XHTML included, as not JSON', async () => {
    for (const [type, text] of [
      ['text/html; charset=utf-8', '<!DOCTYPE html><html><body><p>Log in</p></body></html>'],
      ['application/xhtml+xml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'],
    ] as const) {
      clearResponseCache();
      const error = await failure(fetchJson(`${origin}/page`, { fetch: fakeFetch(() => body(text, type)) }));
      expect(error.code, type).toBe('not-json');
    }
  });

  it('asks for JSON first, then the feed types, in an Accept header that needs no CORS preflight', async () => {
    const spy = fakeFetch(() => body('{}', 'application/json'));
    await fetchJson(`${origin}/a`, { fetch: spy });
    const accept = (spy.calls[0]?.init.headers as Record<string, string>).Accept ?? '';
    const types = accept.split(',').map((part) => part.split(';')[0]);
    expect(types[0]).toBe('application/json');
    expect(types).toEqual(expect.arrayContaining(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']));
    // The Fetch standard's safelist: at most 128 bytes, none of the bytes it calls CORS-unsafe.
    expect(accept.length).toBeLessThanOrEqual(128);
    expect([...accept].every((char) => char >= ' ' && char < '\x7f' && !'"():<>?@[\\]{}'.includes(char))).toBe(true);
  });
});

/** A page on `https://page.example`, for the code that compares origins. */
const PAGE = { href: 'https://page.example/news/', origin: 'https://page.example' };
/** What fetch answers a `no-cors` request with when the server answered: a response the page may not read. */
const opaque = (): Response => Object.defineProperty(new Response(null), 'type', { value: 'opaque' });
const refused = (): never => {
  throw new TypeError('Failed to fetch');
};

describe('fetchJson: sources that do not allow CORS', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.stubGlobal('location', PAGE);
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    warn.mockRestore();
  });

  it('says cors, not retryable, when the server answers a no-cors request, and tells the site owner once which header to send', async () => {
    const spy = fakeFetch((_url, init) => (init.mode === 'no-cors' ? opaque() : refused()));
    const error = await failure(fetchJson('https://feeds.example/feed/', { fetch: spy }));
    expect(error.code).toBe('cors');
    expect(error.retryable).toBe(false);
    expect(error.url).toBe('https://feeds.example/feed/');
    const probe = spy.calls[1];
    expect(probe?.url).toBe('https://feeds.example/feed/');
    expect(probe?.init).toMatchObject({ mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/Access-Control-Allow-Origin: https:\/\/page\.example/);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/README/);
    // Another address on the same server: the same refusal, told once already.
    expect((await failure(fetchJson('https://feeds.example/feed/atom/', { fetch: spy }))).code).toBe('cors');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('says network when the no-cors request fails too (offline, server down)', async () => {
    const spy = fakeFetch(refused);
    const error = await failure(fetchJson('https://down.example/feed/', { fetch: spy }));
    expect(error.code).toBe('network');
    expect(error.retryable).toBe(true);
    expect(spy.calls).toHaveLength(2);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does not ask again for a failure on the page\'s own origin', async () => {
    const spy = fakeFetch(refused);
    expect((await failure(fetchJson('/wp-json/wp/v2/posts', { fetch: spy }))).code).toBe('network');
    expect((await failure(fetchJson('https://page.example/feed/', { fetch: spy }))).code).toBe('network');
    expect(spy.calls).toHaveLength(2);
  });

  it('does not take an answer the page can read for a refusal', async () => {
    const spy = fakeFetch((_url, init) => (init.mode === 'no-cors' ? body('{}', 'application/json') : refused()));
    expect((await failure(fetchJson('https://flaky.example/feed/', { fetch: spy }))).code).toBe('network');
  });
});

describe('request', () => {
  beforeEach(() => vi.stubGlobal('location', PAGE));
  afterEach(() => vi.unstubAllGlobals());

  it('gives the body as bytes, and as UTF-8 text', async () => {
    const utf8 = new TextEncoder().encode('{"title":"Café ☕"}');
    const response = await request('https://feeds.example/a', {}, { timeout: 1000, fetch: fakeFetch(() => body(utf8, 'application/json')) });
    expect([...response.bytes]).toEqual([...utf8]);
    expect(response.text).toBe('{"title":"Café ☕"}');
    const latin = await request('https://feeds.example/b', {}, { timeout: 1000, fetch: fakeFetch(() => body(rss1251, 'text/xml')) });
    expect([...latin.bytes]).toEqual([...rss1251]);
  });

  it('says network, without asking again, when the body breaks off after the server answered (CORS let it through)', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start: (controller) => controller.error(new TypeError('network error')),
    });
    const spy = fakeFetch(() => new Response(broken, { status: 200 }));
    expect((await failure(request('https://feeds.example/c', {}, { timeout: 1000, fetch: spy }))).code).toBe('network');
    expect(spy.calls).toHaveLength(1);
  });

  /** A fetch that refuses the first request and leaves the no-cors one unanswered until its signal aborts. */
  const hanging = () =>
    fakeFetch((_url, init) => {
      if (init.mode !== 'no-cors') refused();
      return new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });

  it('is cancelled with the request: aborted', async () => {
    const spy = hanging();
    const controller = new AbortController();
    const pending = failure(request('https://feeds.example/feed/', {}, { timeout: 60_000, signal: controller.signal, fetch: spy }));
    await vi.waitFor(() => expect(spy.calls).toHaveLength(2));
    controller.abort();
    expect((await pending).code).toBe('aborted');
  });

  it('runs under the request\'s timeout: timeout', async () => {
    const spy = hanging();
    const error = await failure(request('https://feeds.example/feed/', {}, { timeout: 50, fetch: spy }));
    expect(error.code).toBe('timeout');
    expect(spy.calls[1]?.init.mode).toBe('no-cors');
  });

  it('is not asked for a request that sends (a POST): network', async () => {
    const spy = fakeFetch(refused);
    const error = await failure(request('https://comments.example/wp-json/wp/v2/comments', { method: 'POST', body: '{}' }, { timeout: 1000, fetch: spy }));
    expect(error.code).toBe('network');
    expect(spy.calls).toHaveLength(1);
  });
});

describe('fetchJson: the page\'s proxy and fetch', () => {
  beforeEach(() => vi.stubGlobal('location', PAGE));
  afterEach(() => {
    vi.unstubAllGlobals();
    configure({ proxy: undefined, fetch: undefined });
  });

  it('reads other origins through the proxy template, keeps the answer under the source\'s address, and reads its own origin directly', async () => {
    configure({ proxy: '/proxy?url={url}' });
    const spy = fakeFetch((url) => body(JSON.stringify({ asked: url }), 'application/json'));
    const source = 'https://feeds.example/posts?page=2&lang=fr';
    const response = await fetchJson(source, { fetch: spy });
    expect(spy.calls[0]?.url).toBe(`/proxy?url=${encodeURIComponent(source)}`);
    expect(response.url, 'links in the answer resolve against the source').toBe(source);
    await fetchJson(source, { fetch: spy });
    expect(spy.calls, 'reused under the source\'s address').toHaveLength(1);
    await fetchJson('/wp-json/wp/v2/posts', { fetch: spy });
    expect(spy.calls[1]?.url).toBe('/wp-json/wp/v2/posts');
  });

  it('uses the page\'s fetch for every request, unless a caller gives its own', async () => {
    const pageFetch = fakeFetch(() => body('{"from":"page"}', 'application/json'));
    configure({ fetch: pageFetch });
    expect((await fetchJson('https://feeds.example/a')).data).toEqual({ from: 'page' });
    const own = fakeFetch(() => body('{"from":"caller"}', 'application/json'));
    expect((await fetchJson('https://feeds.example/b', { fetch: own })).data).toEqual({ from: 'caller' });
    expect(pageFetch.calls.map((call) => call.url)).toEqual(['https://feeds.example/a']);
  });
});

describe('parseJsonText', () => {
  it('parses plain JSON and JSON after junk, and refuses text with no JSON', () => {
    expect(parseJsonText('[1,2]')).toEqual([1, 2]);
    expect(parseJsonText('Warning: x [not json] {"a":1}')).toEqual({ a: 1 });
    expect(() => parseJsonText('just words')).toThrow(NewsError);
  });
});
