import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startSite, type Site } from './site.js';

/**
 * A browser without the native HTML Sanitizer API gets DOMPurify from `news-widgets.purify.js`, beside
 * the bundle. When that file cannot be loaded (blocked, missing, offline), the article says so, offers
 * to try again and fires `news-error`, instead of holding an empty body.
 */
let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({
    '/article.html': {
      html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/news-widgets.js" defer></script></head><body><news-article src="/wp-json/wp/v2/posts/1?_embed"></news-article></body></html>',
    },
    // The one classic file on its own, as a page may include it (no core): it loads DOMPurify's file itself.
    '/article-single.html': {
      html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/news-widgets.all.js" defer></script></head><body><news-article src="/wp-json/wp/v2/posts/1?_embed"></news-article></body></html>',
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('<news-article> in a browser without the native Sanitizer API', () => {
  it('shows an error with a retry when the DOMPurify file cannot load, and the article once it can', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      delete (Element.prototype as { setHTML?: unknown }).setHTML;
      (window as unknown as { __errors: string[] }).__errors = [];
      document.addEventListener('news-error', (event) => (window as unknown as { __errors: string[] }).__errors.push((event as CustomEvent<{ error: { code: string } }>).detail.error.code));
    });
    let blocked = true;
    await context.route('**/news-widgets.purify.js', (route) => (blocked ? route.abort('blockedbyclient') : route.continue()));
    await page.goto(`${site.origin}/article.html`);

    const shadow = (selector: string) => page.locator('news-article').locator(selector);
    await shadow('[part~="error"]').waitFor();
    expect(await shadow('[part~="error"] p').textContent()).toContain('cannot be shown safely');
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual(['sanitizer-unavailable']);
    expect(await shadow('[part~="body"]').count(), 'no empty body is held open').toBe(0);

    blocked = false;
    await shadow('[part~="retry"]').click();
    await page.waitForFunction(() => (document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="body"]')?.textContent ?? '').trim().length > 100);
    expect(await shadow('[part~="error"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with the one classic file alone (no core), loads the DOMPurify file beside it and shows the cleaned body', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.addInitScript(() => {
      delete (Element.prototype as { setHTML?: unknown }).setHTML;
    });
    await page.goto(`${site.origin}/article-single.html`);
    await page.waitForFunction(() => (document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="body"]')?.textContent ?? '').trim().length > 100);
    expect(scripts.slice().sort()).toEqual(['/news-widgets.all.js', '/news-widgets.purify.js']);
    // The body went through DOMPurify: no script or handler of the story's reaches the page.
    expect(await page.evaluate(() => document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="body"]')?.querySelectorAll('script, [onerror], [onclick]').length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
