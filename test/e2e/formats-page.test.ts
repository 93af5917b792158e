import { describe, expect, it } from 'vitest';
import { POSTS } from '../../src/demo/posts.js';
import { useDemoPages } from './demo-server.js';
import { WHOLE_PAGE } from './site.js';

/**
 * The demo's other-formats page as `npm start` serves it: the site's own RSS and Atom feeds read by
 * `<news-list>`, as a publisher without a JSON API would use them.
 */
const demo = useDemoPages();
const newest = [...POSTS].sort((a, b) => b.date.localeCompare(a.date)).map((post) => post.title);

describe('the other-formats page', () => {
  it('lists the RSS feed’s newest stories with their pictures, and pages through the Atom feed', async () => {
    const page = await demo.browser.newPage({ viewport: WHOLE_PAGE });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${demo.origin}/src/demo/formats.html`);
    const rss = page.locator('news-list[src="/feed/"]');
    await expect.poll(() => rss.locator('[part~="title"]').allTextContents()).toEqual(newest.slice(0, 4));
    // media:content is the picture; each loads.
    await expect
      .poll(() => rss.locator('img[part~="image"]').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth > 0)))
      .toEqual([true, true, true, true]);

    const atom = page.locator('news-list[src="/feed/atom/"]');
    await expect.poll(() => atom.locator('[part~="title"]').count()).toBe(6);
    await atom.locator('[part~="load-more"]').click();
    await expect.poll(() => atom.locator('[part~="title"]').allTextContents()).toEqual(newest.slice(0, 12));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('merges the Courier’s RSS and the Gazette’s Atom feed newest first, each story naming its source', async () => {
    const page = await demo.browser.newPage({ viewport: WHOLE_PAGE });
    await page.goto(`${demo.origin}/src/demo/formats.html`);
    const merged = page.locator('news-list', { has: page.locator('a[href="/gazette/atom.xml"]') });
    await expect.poll(() => merged.locator('[part~="item"]').count()).toBe(6);
    const sources = await merged.locator('[part~="source"]').allTextContents();
    expect(new Set(sources)).toEqual(new Set(['The Alder Bay Courier', 'The Wend Valley Gazette']));
    const dates = await merged.locator('[part~="date"]').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });
});
