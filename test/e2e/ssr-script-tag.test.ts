import type { Browser } from 'playwright-core';
import type * as Ssr from '../../src/ssr/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIVE_WIDGETS, launch, startSite, WHOLE_PAGE, type Page_, type Site } from './site.js';

/**
 * A page a static site pre-rendered (`renderPage` of the npm build, dist/ssr.js, as `news-widgets render`
 * does), with the one script tag a publisher pastes: the core sees widgets drawn on the server and loads
 * Lit's hydration support with their files, so each takes over what was drawn (the same nodes) without
 * asking for its data again; a page with no drawn widget never loads that support; a page drawn by another
 * build (its templates' digests differ) is drawn again, with a warning, not left broken.
 */
const { renderPage } = (await import(new URL('../../dist/ssr.js', import.meta.url).href)) as typeof Ssr;
const TAGS = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'];
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/news-widgets.js" defer></script></head><body>${body}</body></html>`;
const BODY = FIVE_WIDGETS.replace('<news-list src="/wp-json/wp/v2/posts?_embed&per_page=4">', '<news-list src="/wp-json/wp/v2/posts?_embed&per_page=4" load-more="manual">');

let browser: Browser;
let site: Site;
const pages: Record<string, Page_> = { '/plain.html': { html: page(BODY) } };

beforeAll(async () => {
  browser = await launch();
  site = await startSite(pages);
  const failed: string[] = [];
  pages['/drawn.html'] = { html: await renderPage(page(BODY), { baseUrl: `${site.origin}/`, onError: (_error, tag) => failed.push(tag) }) };
  // What another release's templates would give: the same page with other template digests.
  pages['/other-build.html'] = { html: pages['/drawn.html'].html.replace(/<!--lit-part [^>]+-->/g, '<!--lit-part AAAAAAAAAAA=-->') };
  // A list of two sources (its links), merged on the server as the browser merges them.
  const several = '<news-list heading="From both desks"><a href="/wp-json/wp/v2/posts?_embed&per_page=2">Front desk</a><a href="/wp-json/wp/v2/posts?_embed&per_page=2&page=2">Night desk</a></news-list>';
  pages['/several.html'] = { html: await renderPage(page(several), { baseUrl: `${site.origin}/`, onError: (_error, tag) => failed.push(tag) }) };
  // A page of nothing but a drawn widget, which hides what is not defined yet (a common way to avoid a flash
  // of unstyled content): it paints nothing until the widget is defined.
  const hiding = page('<news-list src="/wp-json/wp/v2/posts?_embed&per_page=4"></news-list>').replace('</head>', '<style>:not(:defined) { visibility: hidden }</style></head>');
  pages['/hiding.html'] = { html: await renderPage(hiding, { baseUrl: `${site.origin}/`, onError: (_error, tag) => failed.push(tag) }) };
  expect(failed).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page, noting the requests it makes from now on; resolves once every widget (of `tags`) has taken over. */
async function open(path: string, tags = TAGS) {
  const context = await browser.newContext({ viewport: WHOLE_PAGE });
  await context.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') Object.assign(window, { drawnTitle: document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="title"]') });
    });
  });
  const pageOpened = await context.newPage();
  const requests: string[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  pageOpened.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  pageOpened.on('pageerror', (error) => errors.push(error.message));
  pageOpened.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
  await pageOpened.goto(`${site.origin}${path}`);
  await pageOpened.waitForFunction((names) => names.every((tag) => customElements.get(tag)), tags);
  await pageOpened.evaluate((names) => Promise.all(names.map((tag) => (document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete)), tags);
  return { page: pageOpened, context, requests, warnings, errors };
}

describe('a pre-rendered page with the script tag', () => {
  it('wakes up on what was drawn: the same nodes, no data request, no layout shift', async () => {
    const { page: opened, context, requests, warnings, errors } = await open('/drawn.html');
    expect(errors).toEqual([]);
    expect(warnings.filter((text) => text.includes('news-widgets'))).toEqual([]);
    expect(requests.filter((path) => path.startsWith('/wp-json/'))).toEqual([]);
    expect(requests).toContain('/news-widgets.hydrate.js');
    expect(await opened.evaluate(() => {
      const { drawnTitle } = window as unknown as { drawnTitle?: Element };
      return !!drawnTitle && drawnTitle === document.querySelector('news-article')!.shadowRoot!.querySelector('[part~="title"]');
    })).toBe(true);
    expect(await opened.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
    // The widgets' files are asked for once the drawn content is on screen, not while it is being painted.
    const order = await opened.evaluate(() => ({
      painted: performance.getEntriesByType('paint')[0]?.startTime,
      files: performance.getEntriesByType('resource').filter((entry) => /\/news-widgets\.(?:news-article|hydrate)\.js$/.test(entry.name)).map((entry) => entry.startTime),
    }));
    expect(order.files).toHaveLength(2);
    for (const start of order.files) expect(start).toBeGreaterThanOrEqual(order.painted!);

    await opened.locator('news-list [part~="load-more"]').click();
    await expect.poll(() => opened.locator('news-list [part~="item"]').count()).toBeGreaterThan(4);
    expect(requests.some((path) => path.startsWith('/wp-json/wp/v2/posts') && /[?&]page=2\b/.test(path))).toBe(true);
    await context.close();
  });

  it('draws again, with a warning, what another build drew', async () => {
    const { page: opened, context, requests, warnings, errors } = await open('/other-build.html');
    expect(errors).toEqual([]);
    expect(warnings.filter((text) => /drawn on the server otherwise than this page draws it/.test(text)).length).toBeGreaterThan(0);
    expect(requests.filter((path) => path.startsWith('/wp-json/'))).toEqual([]);
    expect(await opened.locator('news-article [part~="title"]').count()).toBe(1);
    expect(await opened.locator('news-list [part~="item"]').count()).toBe(4);
    await opened.locator('news-list [part~="load-more"]').click();
    await expect.poll(() => opened.locator('news-list [part~="item"]').count()).toBeGreaterThan(4);
    await context.close();
  });

  it('wakes up a list of several sources on the stories merged on the server, each with its source, and asks neither source', async () => {
    expect(pages['/several.html']!.html).toContain('Night desk');
    const { page: opened, context, requests, warnings, errors } = await open('/several.html', ['news-list']);
    expect(errors).toEqual([]);
    expect(warnings.filter((text) => text.includes('news-widgets'))).toEqual([]);
    expect(requests.filter((path) => path.startsWith('/wp-json/'))).toEqual([]);
    const sources = await opened.locator('news-list [part~="source"]').allTextContents();
    expect(sources.length).toBe(4);
    expect(new Set(sources.map((text) => text.trim()))).toEqual(new Set(['Front desk', 'Night desk']));
    await context.close();
  });

  it('wakes up a drawn widget the page hides until it is defined, on a page with nothing else to paint', async () => {
    const { page: opened, context, requests, errors } = await open('/hiding.html', ['news-list']);
    expect(errors).toEqual([]);
    expect(requests.filter((path) => path.startsWith('/wp-json/'))).toEqual([]);
    expect(await opened.locator('news-list [part~="item"]').count()).toBe(4);
    await expect.poll(() => opened.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
    await context.close();
  });

  it('does not load the hydration support on a page with no drawn widget', async () => {
    const { context, requests } = await open('/plain.html');
    expect(requests.filter((path) => path.startsWith('/wp-json/wp/v2/posts')).length).toBeGreaterThan(0);
    expect(requests).not.toContain('/news-widgets.hydrate.js');
    await context.close();
  });
});
