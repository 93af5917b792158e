import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../../src/ssr/index.js';
import { useDemoPages } from './demo-server.js';
import { WHOLE_PAGE } from './site.js';

/**
 * The demo page drawn on the server by `renderPage` (the widgets' data read from the demo API), then opened
 * in Chromium: without JavaScript it shows the content; with it, each widget takes over what the server drew
 * without a request for its data, without moving, and stays fully interactive.
 */
const LEAD = 'How the Saltings barrier held: inside Alder Bay’s night of the surge';
const TAGS = ['news-article', 'comment-list', 'comment-form', 'news-list', 'popular-news'];
const DATA = /\/wp-json\/wp\/v2\/(?:posts|comments)/;

const demo = useDemoPages();
let drawn = '';

beforeAll(async () => {
  const source = await (await fetch(`${demo.origin}/`)).text();
  const errors: string[] = [];
  drawn = await renderPage(source, { baseUrl: `${demo.origin}/`, onError: (error, tag) => errors.push(`${tag}: ${String(error)}`) });
  expect(errors).toEqual([]);
  // The page's scripts, with Lit's hydration support first (news-widgets/hydrate, as the README says).
  drawn = drawn.replace('<script type="module" src="/src/define.ts"></script>', '<script type="module" src="/src/hydrate.ts"></script><script type="module" src="/src/define.ts"></script>');
  expect(drawn).toContain('/src/hydrate.ts');
});

/** Opens the server-drawn page at `/ssr.html` of the demo server, noting every data request. */
async function open(context: BrowserContext): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (DATA.test(request.url())) requests.push(request.url());
  });
  await page.route(`${demo.origin}/ssr.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: drawn }));
  await page.goto(`${demo.origin}/ssr.html`);
  return { page, requests };
}

describe('the demo page drawn by renderPage', () => {
  it('has each widget’s text in its declarative shadow root, and its JSON-LD, in the HTML itself', () => {
    const article = drawn.slice(drawn.indexOf('<news-article'), drawn.indexOf('</news-article>'));
    expect(article).toMatch(/^<news-article[^>]*><template shadowrootmode="open">/);
    expect(article).toContain(LEAD);
    expect(article).toContain('<script type="application/json" data-news-page>');
    expect(article).toContain('<script type="application/ld+json" data-news-generated>');
    for (const tag of TAGS) expect(drawn).toMatch(new RegExp(`<${tag}[^>]*><template shadowrootmode="open">`));
  });

  it('shows the content with JavaScript off', async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: WHOLE_PAGE });
    const { page } = await open(context);
    expect(await page.locator('news-article [part~="title"]').textContent()).toBe(LEAD);
    expect(await page.locator('news-article [part~="body"] p').count()).toBeGreaterThan(3);
    expect(await page.locator('#read-now [part~="item"]').count()).toBe(12);
    expect(await page.locator('popular-news [part~="item"]').count()).toBe(3);
    expect(await page.locator('comment-list [part~="comment"]').count()).toBeGreaterThan(3);
    expect(await page.locator('comment-form textarea').count()).toBe(1);
    await context.close();
  });

  it('shows a widget’s own theme with JavaScript off', async () => {
    const themed = await renderPage('<!doctype html><html lang="en"><body><popular-news theme="dark" src="/wp-json/wp/v2/posts?_embed&per_page=20" limit="3"></popular-news></body></html>', { baseUrl: `${demo.origin}/` });
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route(`${demo.origin}/themed.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: themed }));
    await page.goto(`${demo.origin}/themed.html`);
    expect(await page.locator('popular-news').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 23, 27)');
    await context.close();
  });

  it('wakes up on the content drawn, with no data request and no layout shift', async () => {
    const context = await demo.browser.newContext({ viewport: WHOLE_PAGE });
    await context.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      // The headline the server drew, before any module runs: after waking up it must be the same node.
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const root = document.querySelector('news-article')?.shadowRoot;
        Object.assign(window, { drawnTitle: root?.querySelector('[part~="title"]'), drawnFigure: root?.querySelector('[part~="body"] img') });
      });
    });
    const { page, requests } = await open(context);
    // Every widget has taken over (its first update done) and told the page what it shows.
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
    await page.evaluate((tags) => Promise.all(tags.map((tag) => (document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete)), TAGS);
    // The same nodes: the headline, and an image in the body (its body is ready by now: updateComplete waits for it).
    expect(
      await page.evaluate(() => {
        const { drawnTitle, drawnFigure } = window as unknown as { drawnTitle?: Element; drawnFigure?: Element };
        const root = document.querySelector('news-article')!.shadowRoot!;
        return [!!drawnTitle && drawnTitle === root.querySelector('[part~="title"]'), !!drawnFigure && drawnFigure === root.querySelector('[part~="body"] img')];
      }),
    ).toEqual([true, true]);
    expect(await page.locator('news-article [part~="title"]').textContent()).toBe(LEAD);
    expect(await page.locator('#read-now [part~="item"]').count()).toBe(12);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
    await context.close();
  });

  it('stays interactive: load more, a reply, the language and the theme', async () => {
    const context = await demo.browser.newContext({ viewport: WHOLE_PAGE });
    const { page, requests } = await open(context);
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
    await page.evaluate((tags) => Promise.all(tags.map((tag) => (document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete)), TAGS);

    await page.locator('#read-now [part~="load-more"]').click();
    await expect.poll(() => page.locator('#read-now [part~="item"]').count()).toBeGreaterThan(12);
    expect(requests.some((url) => url.includes('page=2'))).toBe(true);

    await page.locator('comment-list [part~="reply"]').first().click();
    await expect.poll(() => page.locator('comment-form [part~="reply-to"]').count()).toBe(1);

    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await expect.poll(() => page.locator('comment-form [part~="submit"], comment-form button[type="submit"]').first().textContent()).not.toContain('Post');

    const surface = () => page.locator('popular-news').evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await surface();
    await page.locator('popular-news').evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect.poll(surface).not.toBe(before);
    await context.close();
  });
});
