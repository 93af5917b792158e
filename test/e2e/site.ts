import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createDemoApi } from '../../src/demo/api.js';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.js';

const dist = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

export interface Page_ {
  html: string;
  headers?: Record<string, string>;
}

export interface Site {
  origin: string;
  /** Requests the server received, by path (with query). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A stand-in publisher site: static pages we write per test, the script-tag bundle from dist/cdn, and the
 * demo API as the publisher's endpoint. `/slow/...` delays any API path by a second; `/hang/...` never
 * answers, so its request ends only when the page gives it up. With `cors`, the bundle's files are sent
 * with `Access-Control-Allow-Origin: *`, as public CDNs send them.
 */
export async function startSite(pages: Record<string, Page_>, options: { cors?: boolean } = {}): Promise<Site> {
  const api = createDemoApi({ floodSeconds: 0 });
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = req.url ?? '/';
      requests.push(path);
      if (path.startsWith('/hang/')) return;
      if (path.startsWith('/slow/')) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        req.url = path.slice('/slow'.length);
      }
      const page = pages[path.split('?')[0] ?? ''];
      if (page) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers });
        res.end(page.html);
        return;
      }
      if (/^\/news-widgets[\w.-]*\.js$/.test(path)) {
        try {
          const body = await readFile(`${dist}${path.slice(1)}`);
          res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', ...(options.cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
          res.end(body);
        } catch {
          res.writeHead(404).end();
        }
        return;
      }
      if (await api.handle(req, res)) return;
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  // Every page waits for its conditions as long as the test may run (Playwright's own default, 30 s, is a
  // fixed time that a loaded machine can pass while the page is still on its way): a wait that fails says
  // which condition never came, before the test's own hang guard ends it.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(STEP_GUARD_MS);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(STEP_GUARD_MS);
    return page;
  };
  return browser;
}

/** How long one step of an e2e test (a navigation, a wait for a condition) may take before it counts as hung: within the tests' 180 s. */
export const STEP_GUARD_MS = 150_000;

/**
 * A viewport tall enough to show a whole test page at once: every image on it is then requested, the
 * lazy ones too, so a test can wait for each to be done (see `quiet`).
 */
export const WHOLE_PAGE = { width: 1280, height: 8000 };

/** A fresh context whose pages show all of themselves at once. */
export function wholePageContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: WHOLE_PAGE });
}

type Recorded = Window & { __violations: string[] };

/** Makes the page record its Content-Security-Policy violations itself (call before navigating). */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const recorded = window as unknown as Recorded;
    recorded.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
}

/** The violations the page has recorded, once the task that reports a refusal made just before has run. */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve));
    return (window as unknown as Recorded).__violations;
  });
}

/**
 * Waits until the page has done what it does on its own and returns the violations it recorded: no
 * widget has an update pending (an article draws its body, and writes its JSON-LD, after its headline)
 * and every image on screen has loaded or been refused. The page must fit its viewport (`WHOLE_PAGE`),
 * or its lazy images below would never be requested.
 */
export async function quiet(page: Page): Promise<string[]> {
  await page.evaluate(async () => {
    type Widget = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };
    const tags = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'];
    // The script-tag core loads each element's code when it sees one: wait until those on the page are defined.
    await Promise.all(tags.filter((tag) => document.querySelector(tag)).map((tag) => customElements.whenDefined(tag)));
    const widgets = () => [...document.querySelectorAll<Widget>(tags.join(', '))];
    do await Promise.all(widgets().map((widget) => widget.updateComplete));
    while (widgets().some((widget) => widget.isUpdatePending));
  });
  if (await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)) {
    throw new Error('The page is taller than its viewport, so images below it are never requested: open it in a taller one.');
  }
  await page.waitForFunction(() => {
    const images = (root: Document | ShadowRoot): HTMLImageElement[] => [
      ...root.querySelectorAll('img'),
      ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? images(element.shadowRoot) : [])),
    ];
    // An image with no layout box (in a hidden part) is never requested.
    return images(document).every((image) => image.complete || image.getClientRects().length === 0);
  });
  return violations(page);
}

/** A page and the errors it reported. */
export interface Watched {
  page: Page;
  errors: string[];
}

/**
 * Opens a URL in a fresh context that shows the whole page at once, recording its uncaught errors (and,
 * with `consoleErrors`, what it logged as errors) and its policy violations (read them with `quiet()`).
 */
export async function openWatched(browser: Browser, url: string, options: { consoleErrors?: boolean } = {}): Promise<Watched> {
  const context = await wholePageContext(browser);
  const page = await context.newPage();
  const watched: Watched = { page, errors: [] };
  page.on('pageerror', (error) => watched.errors.push(error.message));
  if (options.consoleErrors) {
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(message.text());
    });
  }
  await recordViolations(page);
  await page.goto(url);
  return watched;
}

/** One of each element, on the site's demo endpoints (WordPress-shaped: post 1, its comments, the posts). */
export const FIVE_WIDGETS = `
  <news-article src="/wp-json/wp/v2/posts/1?_embed"></news-article>
  <news-list src="/wp-json/wp/v2/posts?_embed&per_page=4"></news-list>
  <popular-news src="/wp-json/wp/v2/posts?_embed&per_page=3" limit="3"></popular-news>
  <comment-list post-id="1" src="/wp-json/wp/v2/comments?post=1"></comment-list>
  <comment-form action="/wp-json/wp/v2/comments" post-id="1"></comment-form>`;

/** What each widget shows once its content has loaded: the article's headline (with its text), a story, a comment, the comment box. */
const SHOWN: Record<string, { selector: string; text?: boolean }> = {
  'news-article': { selector: '[part~="title"]', text: true },
  'news-list': { selector: '[part~="item"]' },
  'popular-news': { selector: '[part~="item"]' },
  'comment-list': { selector: 'article' },
  'comment-form': { selector: 'textarea' },
};

/** Waits until every widget named shows its loaded content. */
export async function widgetsShown(page: Page, tags: readonly string[]): Promise<void> {
  const wanted = tags.map((tag) => ({ tag, ...(SHOWN[tag] ?? { selector: '[part]' }) }));
  await page.waitForFunction(
    (checks) =>
      checks.every(({ tag, selector, text }) => {
        const found = document.querySelector(tag)?.shadowRoot?.querySelector(selector);
        return !!found && (!text || !!found.textContent?.trim());
      }),
    wanted,
  );
}
