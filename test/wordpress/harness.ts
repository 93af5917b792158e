import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { recordViolations, startSite, WHOLE_PAGE, type Page_, type Site } from '../e2e/site.js';
import type { WordPressSite } from './global-setup.js';

/** The running test WordPress (see global-setup.ts): origin, seeded posts, where same-origin pages go. */
export function wordpress(): WordPressSite {
  return inject('wordpress');
}

/** A seeded post by its key in php/seed.php (`ferry`, `lifeboat`, `protected`, ...). */
export function post(key: string): WordPressSite['seed']['posts'][string] {
  const found = wordpress().seed.posts[key];
  if (!found) throw new Error(`No seeded post "${key}"`);
  return found;
}

/** A REST URL on the test WordPress, e.g. `rest('posts?_embed')`. */
export function rest(path: string): string {
  return `${wordpress().origin}/wp-json/wp/v2/${path}`;
}

/** A publisher's page: the script-tag bundle (from `bundle`, a URL path) and the given body. */
export function pageHtml(body: string, bundle = '/news-widgets.js'): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
    `<title>Port Merrow on a publisher's page</title><script src="${bundle}" defer></script></head><body>${body}</body></html>`
  );
}

/**
 * A publisher on another origin, as widgets are usually embedded: the pages given, and the bundle from
 * dist/cdn, served from `http://localhost:<port>` (another host than WordPress's 127.0.0.1, so another
 * site too, not only another origin).
 */
export async function startPublisher(pages: Record<string, Page_>): Promise<Site> {
  const site = await startSite(pages);
  return { ...site, origin: site.origin.replace('//127.0.0.1:', '//localhost:') };
}

let pageCount = 0;

/** A page on WordPress's own origin (Apache serves it from the state folder); returns its URL. */
export async function sameOriginPage(body: string): Promise<string> {
  const name = `page-${process.pid}-${++pageCount}.html`;
  await writeFile(`${wordpress().pages}/${name}`, pageHtml(body, '/news-widgets/news-widgets.js'));
  return `${wordpress().origin}/news-widgets-test/${name}`;
}

/** What a widget event carried, reduced to what the tests read. */
export interface SeenEvent {
  type: 'news-load' | 'news-error' | 'news-comment';
  tag: string;
  total?: number;
  totalPages?: number;
  articles?: { id: string; title: string; commentCount?: number; metrics?: Record<string, number> }[];
  error?: { code: string; status?: number; serverCode?: string };
  status?: string;
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Console messages, `type: text`. */
  console: string[];
  /** Every http(s) request the page made (documents, scripts, fetches, images). */
  requests: { url: string; method: string; type: string }[];
  /** The widgets' events so far. */
  events(): Promise<SeenEvent[]>;
}

/**
 * Opens `url` in a fresh context that shows the whole page at once (unless `options` give another
 * viewport), recording uncaught errors, console messages, requests, policy violations and the widgets'
 * events from the first script on. `options` are the context's (a viewport, a time zone, ...);
 * `beforeLoad` runs on the page before it is opened (routes that hold some of its requests, ...).
 */
export async function open(browser: Browser, url: string, options: BrowserContextOptions = {}, beforeLoad?: (page: Page) => Promise<unknown>): Promise<Watched> {
  const context = await browser.newContext({ viewport: WHOLE_PAGE, ...options });
  const page = await context.newPage();
  const watched: Watched = {
    page,
    context,
    errors: [],
    console: [],
    requests: [],
    events: () => page.evaluate(() => (window as unknown as { __newsEvents: SeenEvent[] }).__newsEvents),
  };
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => watched.console.push(`${message.type()}: ${message.text()}`));
  context.on('request', (request) => {
    if (/^https?:/.test(request.url())) watched.requests.push({ url: request.url(), method: request.method(), type: request.resourceType() });
  });
  await recordViolations(page);
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __newsEvents: unknown[] }).__newsEvents = seen;
    type Detail = {
      page?: { total?: number; totalPages?: number };
      articles?: { id: string; title: string; commentCount?: number; metrics?: Record<string, number> }[];
      error?: { code: string; status?: number; serverCode?: string };
      status?: string;
    };
    for (const type of ['news-load', 'news-error', 'news-comment']) {
      document.addEventListener(type, (event) => {
        const detail = (event as CustomEvent<Detail>).detail ?? {};
        seen.push({
          type,
          tag: (event.target as Element).localName,
          total: detail.page?.total,
          totalPages: detail.page?.totalPages,
          articles: detail.articles?.map(({ id, title, commentCount, metrics }) => ({ id, title, commentCount, metrics })),
          error: detail.error && { code: detail.error.code, status: detail.error.status, serverCode: detail.error.serverCode },
          status: detail.status,
        });
      });
    }
  });
  await beforeLoad?.(page);
  await page.goto(url);
  return watched;
}

/**
 * What every page must hold to: no uncaught error, and no request to any origin but its own and
 * WordPress's (no Gravatar, no YouTube, no font service). Closes the page's context.
 */
export async function expectClean(watched: Watched): Promise<void> {
  const allowed = new Set([new URL(watched.page.url()).origin, wordpress().origin]);
  const foreign = watched.requests.filter((request) => !allowed.has(new URL(request.url).origin)).map((request) => request.url);
  await watched.context.close();
  expect(watched.errors, 'uncaught errors').toEqual([]);
  expect(foreign, 'requests to other origins').toEqual([]);
}

/** Requests the page made to WordPress's REST API. */
export function restRequests(watched: Watched): string[] {
  const origin = wordpress().origin;
  return watched.requests.filter((request) => request.url.startsWith(`${origin}/wp-json/`)).map((request) => request.url);
}

/** The text of the first element matching `selector` in the shadow root of the first `host`, trimmed ('' if none). */
export function shadowText(page: Page, host: string, selector: string): Promise<string> {
  return page.evaluate(
    ([host, selector]) => document.querySelector(host!)?.shadowRoot?.querySelector(selector!)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    [host, selector],
  );
}

/** Waits until `check(arg)` holds in the page (polled), with a deadline only a real failure reaches. */
export async function until<A>(page: Page, what: string, check: (arg: A) => unknown, arg?: A, timeout = 15_000): Promise<void> {
  try {
    // Playwright's own signature unboxes handles in `arg`; plain JSON values go through as they are.
    await page.waitForFunction(check as () => unknown, arg, { timeout });
  } catch (error) {
    throw new Error(`Timed out waiting for ${what}`, { cause: error });
  }
}

/** One comment as WordPress's database holds it. */
export interface StoredRow {
  id: number;
  parent: number;
  /** `1` approved, `0` held, `spam`, `trash`. */
  approved: string;
  /** `YYYY-MM-DD HH:MM:SS`, UTC. */
  dateGmt: string;
}

/**
 * Every comment of a post, whatever its status, straight from WordPress's database (the private MariaDB
 * that wordpress.mjs runs, on its socket in the state folder, database `news_widgets`).
 */
export async function storedPostComments(postId: number): Promise<StoredRow[]> {
  if (!Number.isInteger(postId)) throw new Error(`Not a post id: ${postId}`);
  const { stdout } = await promisify(execFile)('mariadb', [
    '--no-defaults',
    `--socket=${wordpress().state}/mysqld.sock`,
    '-uroot',
    '-N',
    '-B',
    '--raw',
    'news_widgets',
    '-e',
    `SELECT comment_ID, comment_parent, comment_approved, comment_date_gmt FROM wp_comments WHERE comment_post_ID = ${postId} ORDER BY comment_ID`,
  ]);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, parent, approved, dateGmt] = line.split('\t');
      return { id: Number(id), parent: Number(parent), approved: approved!, dateGmt: dateGmt! };
    });
}
