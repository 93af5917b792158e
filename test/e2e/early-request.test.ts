import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApi } from '../../src/demo/api.js';
import { launch } from './site.js';

/**
 * No waterfall: the script-tag core starts each widget's first data request as soon as it sees the tag,
 * beside the element's files rather than after them, and the element takes that request when it asks for
 * the same URL: one request. Widgets whose first request the core cannot be sure of (lazy, inline data,
 * cookies) are left to the element. A failed early request ends as a failed request always has.
 */

const dist = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const POSTS = '/wp-json/wp/v2/posts?_embed&per_page=2';

/**
 * The page-wide proxy setting turns the early request off (the core starts none when a proxy is set: the
 * element might read through it). The demo endpoints are on the page's origin, which a proxy never reads
 * for, so the page otherwise behaves as with no setting: the same page "as before", to compare with.
 */
const WITHOUT_EARLY = '<script type="application/json" id="news-widgets-config">{"proxy": "/unused-proxy?url={url}"}</script>';

const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}<script src="/news-widgets.js" defer></script></head><body>${body}</body></html>`;

interface Arrival {
  path: string;
  cookie: boolean;
}

/**
 * A publisher site: the pages below, the script-tag build (a file can be held back at a gate until the test
 * opens it), an empty script (`/blocking.js`, which the parser waits for), the demo API. `fail=503-NAME` answers 503, `fail=drop-NAME` closes the connection without an
 * answer (a network failure), until `recover(NAME)`; then requests go through.
 */
function startSite(pages: Record<string, string>) {
  const api = createDemoApi({ floodSeconds: 0 });
  const arrivals: Arrival[] = [];
  const listeners = new Set<() => void>();
  const gates = new Map<string, { open: () => void; opened: Promise<void> }>();
  const recovered = new Set<string>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = req.url ?? '/';
      arrivals.push({ path, cookie: !!req.headers.cookie });
      for (const listener of listeners) listener();
      const html = pages[path];
      if (html) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      if (path === '/blocking.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript' }).end('');
        return;
      }
      if (/^\/news-widgets[\w.-]*\.js$/.test(path)) {
        await gates.get(path)?.opened;
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(await readFile(`${dist}${path.slice(1)}`));
        return;
      }
      const url = new URL(path, 'http://site');
      const fail = url.searchParams.get('fail');
      if (fail && !recovered.has(fail)) {
        if (fail.startsWith('drop-')) req.socket.destroy();
        else res.writeHead(503, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 'busy', message: 'Busy, try again', data: { status: 503 } }));
        return;
      }
      if (await api.handle(req, res)) return;
      res.writeHead(404).end();
    })();
  });
  return {
    arrivals,
    /** Holds `file` (e.g. `/news-widgets.news-list.js`) back until `open()`. */
    gate(file: string) {
      let open = (): void => undefined;
      const opened = new Promise<void>((resolve) => (open = resolve));
      gates.set(file, { open, opened });
      return () => {
        gates.delete(file);
        open();
      };
    },
    /** Resolves once a request for a path that `test` accepts has arrived (at once if one has). */
    arrived(test: (path: string) => boolean): Promise<void> {
      return new Promise((resolve) => {
        const check = (): void => {
          if (!arrivals.some((arrival) => test(arrival.path))) return;
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
        check();
      });
    },
    /** Lets requests with `fail=NAME` through from now on. */
    recover: (name: string): unknown => recovered.add(name),
    /** The data requests for `path` (a widget's `src`, exactly) that arrived. */
    requestsFor: (path: string): Arrival[] => arrivals.filter((arrival) => arrival.path === path),
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const held = `${POSTS}&case=held`;
const shared = `${POSTS}&case=shared`;
const lazy = `${POSTS}&case=lazy`;
const inline = `${POSTS}&case=inline`;
const cookies = `${POSTS}&case=cookies`;
const failing = (how: string, name: string): string => `${POSTS}&fail=${how}-${name}`;

const PAGES: Record<string, string> = {
  '/held.html': page(`<news-list src="${held}"></news-list>`),
  '/shared.html': page(`<news-article src="/wp-json/wp/v2/posts/1?_embed&case=shared"></news-article><news-list src="${shared}"></news-list><popular-news src="${shared}" limit="2"></popular-news>`),
  '/lazy.html': page(`<news-list src="${shared}&near"></news-list><div style="height: 3000px"></div><news-list id="lazy" loading="lazy" src="${lazy}"></news-list>`),
  // The core runs first (no `defer`); the parser meets the list, then waits for a script, and only then reaches
  // the config element that says what the list's relative `src` is relative to.
  '/late-base.html': page(
    `<news-list src="wp/v2/posts?_embed&per_page=2&case=late"></news-list><script src="/blocking.js"></script><script type="application/json" id="news-widgets-config">{"baseUrl": "/wp-json/"}</script>`,
  ).replace('<script src="/news-widgets.js" defer>', '<script src="/news-widgets.js">'),
  '/left.html': page(
    `<news-list id="inline" src="${inline}"><script type="application/json">[{"title": "Written into the page", "link": "https://news.example/inline"}]</script></news-list>` +
      `<news-list id="cookies" credentials="include" src="${cookies}"></news-list><news-list id="eager" src="${shared}&left"></news-list>`,
  ),
};
for (const how of ['503', 'drop'])
  for (const [variant, head] of [
    ['early', ''],
    ['before', WITHOUT_EARLY],
  ] as const)
    PAGES[`/fail-${how}-${variant}.html`] = page(`<news-list src="${failing(how, variant)}"></news-list>`, head);

let browser: Browser;
let site: ReturnType<typeof startSite>;
let origin: string;

beforeAll(async () => {
  site = startSite(PAGES);
  origin = await site.listen();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page in a fresh context (800 px tall), once its HTML has arrived: what follows is the page's own doing. */
async function open(path: string, setUp?: (pw: Page) => Promise<unknown>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const pw = await context.newPage();
  await setUp?.(pw);
  await pw.goto(`${origin}${path}`, { waitUntil: 'commit' });
  return pw;
}

/** Waits until the widget matched by `selector` shows a story. */
const showsStories = (pw: Page, selector: string): Promise<unknown> =>
  pw.waitForFunction((selector) => !!document.querySelector(selector)?.shadowRoot?.querySelector('[part~="item"]'), selector);

/** Waits until every widget on the page is defined and has no update pending. */
const settled = (pw: Page): Promise<void> =>
  pw.evaluate(async () => {
    type Widget = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };
    const widgets = [...document.querySelectorAll<Widget>('news-article, news-list, popular-news, comment-list')];
    await Promise.all([...new Set(widgets.map((widget) => widget.localName))].map((tag) => customElements.whenDefined(tag)));
    do await Promise.all(widgets.map((widget) => widget.updateComplete));
    while (widgets.some((widget) => widget.isUpdatePending));
  });

describe('the script-tag core starts each widget’s first data request itself', () => {
  it('sends it while the element’s files are still on their way, and the element takes it: one request', async () => {
    const release = site.gate('/news-widgets.news-list.js');
    const pw = await open('/held.html');
    // The element's entry file is asked for and held: its code has not run, yet the data request comes.
    await site.arrived((path) => path === '/news-widgets.news-list.js');
    await site.arrived((path) => path === held);
    expect(await pw.evaluate(() => customElements.get('news-list'))).toBeUndefined();
    release();
    await showsStories(pw, 'news-list');
    await settled(pw);
    expect(site.requestsFor(held)).toHaveLength(1);
    await pw.context().close();
  });

  it('asks for each URL once, however many widgets read it', async () => {
    const pw = await open('/shared.html');
    await showsStories(pw, 'news-list');
    await showsStories(pw, 'popular-news');
    await pw.waitForFunction(() => !!document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim());
    await settled(pw);
    expect(site.requestsFor(shared)).toHaveLength(1);
    expect(site.requestsFor('/wp-json/wp/v2/posts/1?_embed&case=shared')).toHaveLength(1);
    await pw.context().close();
  });

  it('leaves a lazy widget below the fold alone: nothing is asked until it comes near', async () => {
    const pw = await open('/lazy.html');
    await showsStories(pw, 'news-list');
    await settled(pw);
    expect(site.requestsFor(lazy)).toHaveLength(0);
    await pw.evaluate(() => document.querySelector('#lazy')!.scrollIntoView());
    await showsStories(pw, '#lazy');
    expect(site.requestsFor(lazy)).toHaveLength(1);
    await pw.context().close();
  });

  it('leaves widgets with inline data, or with cookies, to the element', async () => {
    const pw = await open('/left.html', async (pw) => {
      await pw.context().addCookies([{ name: 'session', value: 'reader', url: origin }]);
    });
    await showsStories(pw, '#inline');
    await showsStories(pw, '#cookies');
    await showsStories(pw, '#eager');
    await settled(pw);
    // Inline JSON wins over `src`: nothing is asked for. With cookies: the element's own request alone, cookies and all.
    expect(site.requestsFor(inline)).toEqual([]);
    expect(site.requestsFor(cookies)).toEqual([{ path: cookies, cookie: true }]);
    // The widget beside them was read early, without cookies, and once.
    expect(site.requestsFor(`${shared}&left`)).toEqual([{ path: `${shared}&left`, cookie: false }]);
    await pw.context().close();
  });

  it('leaves a relative src to the element while a config element further down may still set baseUrl', async () => {
    const pw = await open('/late-base.html');
    await showsStories(pw, 'news-list');
    await settled(pw);
    expect(site.requestsFor('/wp-json/wp/v2/posts?_embed&per_page=2&case=late')).toHaveLength(1);
    // Nothing was asked of the address the page's own URL would have made of it.
    expect(site.arrivals.filter((arrival) => arrival.path.startsWith('/wp/v2/'))).toEqual([]);
    await pw.context().close();
  });
});

describe('a failed early request fails as the element’s own request fails', () => {
  /** What a page shows and says for its failed list: the error state's text, and `news-error`'s detail. */
  async function failure(path: string) {
    const pw = await open(path, (pw) =>
      pw.addInitScript(() => {
        const w = window as unknown as { __errors: unknown[] };
        w.__errors = [];
        document.addEventListener('news-error', (event) => {
          const { error } = (event as CustomEvent<{ error: { name: string; code: string; status?: number; retryable: boolean } }>).detail;
          w.__errors.push({ name: error.name, code: error.code, status: error.status, retryable: error.retryable });
        });
      }),
    );
    await pw.waitForFunction(() => !!document.querySelector('news-list')?.shadowRoot?.querySelector('[part~="error"]'));
    const shown = await pw.evaluate(() => ({
      text: document.querySelector('news-list')!.shadowRoot!.querySelector('[part~="error"]')!.textContent!.replace(/\s+/g, ' ').trim(),
      events: (window as unknown as { __errors: unknown[] }).__errors,
    }));
    return { pw, shown };
  }

  for (const [how, code] of [
    ['503', 'http'],
    ['drop', 'network'],
  ] as const) {
    it(`${how === '503' ? 'a refusal (503)' : 'no answer (the connection closed)'}: the same error state and news-error, and Try again works`, async () => {
      const before = await failure(`/fail-${how}-before.html`);
      const early = await failure(`/fail-${how}-early.html`);
      expect(before.shown.events).toEqual([expect.objectContaining({ name: 'NewsError', code, retryable: true })]);
      expect(early.shown).toEqual(before.shown);
      // The early request was the element's: it sent no other (as many requests as without the early one;
      // Chromium itself may ask once more when a kept-alive connection closes).
      const early_ = failing(how, 'early');
      const before_ = failing(how, 'before');
      expect(site.requestsFor(early_).length).toBe(site.requestsFor(before_).length);
      const sent = site.requestsFor(early_).length;
      site.recover(`${how}-early`);
      site.recover(`${how}-before`);
      for (const { pw } of [before, early]) {
        await pw.locator('news-list').locator('[part~="retry"]').click();
        await showsStories(pw, 'news-list');
        await pw.context().close();
      }
      expect(site.requestsFor(early_)).toHaveLength(sent + 1);
      expect(site.requestsFor(before_)).toHaveLength(sent + 1);
    });
  }
});
