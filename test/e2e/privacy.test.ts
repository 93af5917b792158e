import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoPages } from './demo-server.js';
import { widgetsShown } from './site.js';

/**
 * What the widgets send and keep, watched from outside the page: the demo pages as `npm start` serves
 * them (every element, the demo API, the sample media), every request's origin recorded by the browser,
 * and the page's storage read after a reader leaves a comment unsent.
 */
const demo = useDemoPages();

/** Every network request a page makes (and every WebSocket it opens), by URL, as the browser sees them. */
function recordRequests(page: Page): { urls: string[]; cookieHeaders: string[] } {
  const seen = { urls: [] as string[], cookieHeaders: [] as string[] };
  page.on('request', (request) => {
    seen.urls.push(request.url());
    const cookie = request.headers().cookie;
    if (cookie) seen.cookieHeaders.push(`${request.url()}: ${cookie}`);
  });
  page.on('websocket', (socket) => seen.urls.push(socket.url()));
  return seen;
}

/** The origins outside the allowed set; `data:` and `blob:` URLs are no request to anyone. */
function foreign(urls: readonly string[], allowed: readonly string[]): string[] {
  const origins = urls.filter((url) => !/^(data|blob|about):/.test(url)).map((url) => new URL(url.replace(/^ws(s?):/, 'http$1:')).origin);
  return [...new Set(origins)].filter((found) => !allowed.includes(found));
}

/** Scrolls to the end of the page, a screen at a time, so lazy widgets load as a reader would make them. */
async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    }
  });
}

/** Waits until every image the page's widgets show has finished loading (or failed), in every shadow root. */
async function imagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const all: HTMLImageElement[] = [];
    const collect = (node: Document | ShadowRoot): void => {
      all.push(...node.querySelectorAll('img'));
      for (const host of node.querySelectorAll('*')) if (host.shadowRoot) collect(host.shadowRoot);
    };
    collect(document);
    return all.length > 0 && all.every((img) => img.complete);
  });
}

describe('privacy: whom the widgets contact', () => {
  for (const [name, path, tags] of [
    ['the demo page', '/', ['news-article', 'comment-list', 'comment-form', 'news-list', 'popular-news']],
    ['the other-formats page', '/src/demo/formats.html', ['news-article', 'comment-list', 'comment-form', 'news-list', 'popular-news']],
  ] as const) {
    it(`${name} with every widget loaded contacts its own origin only, and sets and sends no cookie`, async () => {
      const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const seen = recordRequests(page);
      await page.goto(`${demo.origin}${path}`);
      await readToTheEnd(page);
      await widgetsShown(page, tags);
      await imagesSettled(page);
      expect(seen.urls.length, 'requests were recorded').toBeGreaterThan(5);
      expect(seen.urls.some((url) => url.includes('/demo-media/')), 'the sample pictures were requested').toBe(true);
      expect(foreign(seen.urls, [demo.origin])).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(seen.cookieHeaders).toEqual([]);
      await context.close();
    });
  }
});

describe('privacy: what the comment form keeps', () => {
  /** Everything in both storages of a page, as one string, to search for what must not be there. */
  const stored = (page: Page): Promise<{ local: string; session: string }> =>
    page.evaluate(() => ({
      local: Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join('\n'),
      session: Object.keys(sessionStorage).map((key) => `${key}=${sessionStorage.getItem(key)}`).join('\n'),
    }));

  const form = (page: Page) => page.locator('comment-form');

  async function openForm(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${demo.origin}/`);
    await widgetsShown(page, ['comment-form']);
    return page;
  }

  it('keeps an unsent comment across a closed tab, and the name and email no longer than the tab without consent', async () => {
    const context = await demo.browser.newContext();
    const first = await openForm(context);
    await form(first).locator('textarea').fill('The ferry times changed again, and nobody told the school.');
    await form(first).locator('input[data-field="name"]').fill('Ola Brannigan');
    await form(first).locator('input[data-field="email"]').fill('ola.brannigan@example.org');
    // Leaving the field saves the draft at once.
    await form(first).locator('textarea').focus();
    await first.keyboard.press('Tab');
    await first.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('news-widgets:draft:')));

    const inTab = await stored(first);
    expect(inTab.local).toContain('The ferry times changed again');
    expect(inTab.local).not.toContain('Ola Brannigan');
    expect(inTab.local).not.toContain('ola.brannigan@example.org');
    expect(inTab.session).toContain('ola.brannigan@example.org');

    // A reload in the same tab brings the whole form back.
    await first.reload();
    await widgetsShown(first, ['comment-form']);
    await expect.poll(() => form(first).locator('input[data-field="email"]').inputValue()).toBe('ola.brannigan@example.org');
    await first.close();

    // The tab is closed: a new one has the comment, and nothing that says who wrote it.
    const second = await openForm(context);
    await expect.poll(() => form(second).locator('textarea').inputValue()).toBe('The ferry times changed again, and nobody told the school.');
    expect(await form(second).locator('input[data-field="name"]').inputValue()).toBe('');
    const later = await stored(second);
    expect(`${later.local}\n${later.session}`).not.toContain('Ola Brannigan');
    expect(`${later.local}\n${later.session}`).not.toContain('ola.brannigan@example.org');

    // With consent the details stay across visits; clearStoredData() then removes every entry.
    await form(second).locator('input[data-field="name"]').fill('Ola Brannigan');
    await form(second).locator('input[type="checkbox"]').check();
    await form(second).locator('textarea').focus();
    await second.keyboard.press('Tab');
    await expect.poll(async () => (await stored(second)).local).toContain('Ola Brannigan');
    // A string, so that the test runner does not rewrite the page's own import().
    const removed = await second.evaluate<number>("import('/src/index.ts').then((api) => api.clearStoredData())");
    expect(removed).toBeGreaterThan(0);
    expect(await stored(second)).toEqual({ local: '', session: '' });
    await context.close();
  });
});
