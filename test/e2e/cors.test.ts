import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enReading } from '../../src/i18n/en-reading.js';
import { enErrors } from '../../src/i18n/en-errors.js';
import { launch, startSite, wholePageContext, type Page_, type Site } from './site.js';

/**
 * A `<news-list>` on one origin reading news from another that sends no CORS header, as most feeds do:
 * the reader is told the source does not allow the site to show its stories (not that they are
 * offline), the page gets `news-error` with code `cors`, and the site owner one console note naming the
 * header to send. With the source down: the network message. Through the page's own proxy: the stories.
 */

/** The other site's stories, as a JSON Feed and as RSS, served without any CORS header. */
const STORIES = ['Harbour bridge reopens after repairs', 'Night market returns to the old square'];
const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Elsewhere News',
  home_page_url: 'https://elsewhere.example/',
  items: STORIES.map((title, index) => ({
    id: `story-${index + 1}`,
    url: `https://elsewhere.example/${index + 1}`,
    title,
    content_text: `${title}. The full story.`,
    date_published: `2026-12-0${index + 1}T09:00:00Z`,
  })),
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Elsewhere News</title><link>https://elsewhere.example/</link>
${STORIES.map((title, index) => `<item><title>${title}</title><link>https://elsewhere.example/${index + 1}</link></item>`).join('\n')}
</channel></rss>`;

let browser: Browser;
let site: Site;
/** The other origin: its requests, by path. */
let other: Server;
let otherOrigin = '';
const otherRequests: string[] = [];
/** An origin nothing listens on. */
let downOrigin = '';

const page = (sources: string[], head = ''): Page_ => ({
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}<script src="/news-widgets.js" defer></script></head><body>${sources.map((src) => `<news-list src="${src}"></news-list>`).join('')}</body></html>`,
});

beforeAll(async () => {
  other = createServer((req, res) => {
    otherRequests.push(req.url ?? '/');
    if (req.url === '/feed/') res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=UTF-8' }).end(RSS);
    else res.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(FEED);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://localhost:${(other.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  downOrigin = `http://localhost:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  site = await startSite({
    '/refused.html': page([`${otherOrigin}/feed.json`, `${otherOrigin}/feed/`]),
    '/down.html': page([`${downOrigin}/feed.json`]),
    '/proxied.html': page([`${otherOrigin}/feed.json`, `${otherOrigin}/feed/`], '<script type="application/json" id="news-widgets-config">{"proxy": "/proxy?url={url}"}</script>'),
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve()));
});

/** What a list shows once it has loaded: its alert, or its stories' titles. */
interface Shown {
  alert?: string;
  titles: string[];
}

interface Opened {
  context: BrowserContext;
  /** Each list on the page, in order. */
  lists: Shown[];
  /** The codes of the `news-error` events the page received. */
  codes: string[];
  warnings: string[];
}

/** Opens a page of the site, recording `news-error` codes and console warnings, until each list on it shows an alert or stories. */
async function open(path: string, prepare?: (context: BrowserContext) => Promise<unknown>): Promise<Opened> {
  const context = await wholePageContext(browser);
  await prepare?.(context);
  const pw = await context.newPage();
  const warnings: string[] = [];
  pw.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await pw.addInitScript(() => {
    const w = window as unknown as { __codes: string[] };
    w.__codes = [];
    document.addEventListener('news-error', (event) => w.__codes.push((event as CustomEvent<{ error: { code: string } }>).detail.error.code));
  });
  await pw.goto(`${site.origin}${path}`);
  await pw.waitForFunction(() => [...document.querySelectorAll('news-list')].every((list) => list.shadowRoot?.querySelector('[role="alert"], [part~="item"]')));
  const lists = await pw.evaluate(() =>
    [...document.querySelectorAll('news-list')].map((list) => {
      const alert = list.shadowRoot?.querySelector('[role="alert"] p')?.textContent ?? undefined;
      const titles = [...(list.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map((title) => title.textContent?.trim() ?? '');
      return { ...(alert === undefined ? {} : { alert }), titles };
    }),
  );
  const codes = await pw.evaluate(() => (window as unknown as { __codes: string[] }).__codes);
  return { context, lists, codes, warnings };
}

describe('<news-list> reading another origin', () => {
  it('that sends no CORS header (JSON, RSS): says the source does not allow this site, fires news-error with code cors, and warns the site owner once, naming the header', async () => {
    const { context, lists, codes, warnings } = await open('/refused.html');
    expect(lists).toEqual([
      { alert: enErrors.errorCors, titles: [] },
      { alert: enErrors.errorCors, titles: [] },
    ]);
    expect(codes).toEqual(['cors', 'cors']);
    const notes = warnings.filter((text) => text.includes('Access-Control-Allow-Origin'));
    expect(notes, warnings.join('\n')).toHaveLength(1);
    expect(notes[0]).toContain(`Access-Control-Allow-Origin: ${site.origin}`);
    // The question was asked of the source itself: the refused request and the no-cors one.
    expect(otherRequests.filter((path) => path === '/feed.json').length).toBeGreaterThanOrEqual(2);
    expect(otherRequests.filter((path) => path === '/feed/').length).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('that is down: the network message and code, and no note about CORS', async () => {
    const { context, lists, codes, warnings } = await open('/down.html');
    expect(lists).toEqual([{ alert: enReading.errorNetwork, titles: [] }]);
    expect(codes).toEqual(['network']);
    expect(warnings.filter((text) => text.includes('Access-Control-Allow-Origin'))).toEqual([]);
    await context.close();
  });

  it('through the page\'s own proxy (set in the config element): the stories, from JSON and from RSS', async () => {
    const proxied: string[] = [];
    const { context, lists, codes } = await open('/proxied.html', (context) =>
      // The site's proxy: it reads the address it is given, server to server, where CORS does not apply.
      context.route(`${site.origin}/proxy?*`, async (route) => {
        const target = new URL(route.request().url()).searchParams.get('url') ?? '';
        proxied.push(target);
        await route.fulfill({ response: await route.fetch({ url: target }) });
      }),
    );
    expect(lists).toEqual([{ titles: STORIES }, { titles: STORIES }]);
    expect(codes).toEqual([]);
    expect(proxied.sort()).toEqual([`${otherOrigin}/feed.json`, `${otherOrigin}/feed/`]);
    await context.close();
  });
});
