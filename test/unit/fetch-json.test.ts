import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NewsError } from '../../src/data/errors.js';
import { clearResponseCache, fetchJson } from '../../src/data/fetch-json.js';
import { parseJsonText } from '../../src/data/http.js';

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

describe('parseJsonText', () => {
  it('parses plain JSON and JSON after junk, and refuses text with no JSON', () => {
    expect(parseJsonText('[1,2]')).toEqual([1, 2]);
    expect(parseJsonText('Warning: x [not json] {"a":1}')).toEqual({ a: 1 });
    expect(() => parseJsonText('just words')).toThrow(NewsError);
  });
});
