import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoPages } from './demo-server.js';
import { WHOLE_PAGE, widgetsShown } from './site.js';

/**
 * The demo page as `npm start` serves it, as a reader uses it: posting a comment under the lead story,
 * and moving between stories with the address following (Back, Forward, a link to a story).
 */
const LEAD = 'How the Saltings barrier held: inside Alder Bay’s night of the surge';

const demo = useDemoPages();

/** The demo page, tall enough that its lazy widgets all load, with every widget drawn. */
async function open(path = '/'): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: WHOLE_PAGE });
  await page.goto(`${demo.origin}${path}`);
  await widgetsShown(page, ['news-article', 'comment-list', 'comment-form', 'news-list', 'popular-news']);
  return page;
}

const headline = (page: Page) => page.locator('news-article [part~="title"]');
const commentsOf = (page: Page, list: string, title: string) => page.locator(`${list} [part~="item"]`, { hasText: title }).locator('[part~="comments"]');

describe('the demo page', () => {
  it('shows a comment the reader posts with its avatar at once, and every count on the page goes up with it', async () => {
    const page = await open();
    await expect.poll(() => page.locator('comment-list [part~="heading"]').textContent()).toBe('14 comments');
    await expect.poll(() => commentsOf(page, '#read-now', LEAD).textContent()).toBe('14 comments');

    const form = page.locator('comment-form');
    // The demo's form waits three seconds before it takes a submit (a bot trap): not this reader.
    await form.evaluate((el: HTMLElement & { minSubmitMs: number }) => (el.minSubmitMs = 0));
    await form.locator('textarea').fill('The barrier held, and so did the ferry: thank you to the crews.');
    await form.locator('input[data-field="name"]').fill('Wendy Marsh');
    await form.locator('input[data-field="email"]').fill('wendy.marsh@example.org');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('[part~="status"]').textContent()).toContain('published');

    const posted = page.locator('comment-list [part~="comment"]', { hasText: 'so did the ferry' });
    await expect.poll(() => posted.locator('img[part~="avatar"]').getAttribute('src')).toBe(`${demo.origin}/demo-media/avatar-wendy-marsh.svg?w=96&h=96`);
    expect(await posted.locator('img[part~="avatar"]').getAttribute('referrerpolicy')).toBe('no-referrer');

    await expect.poll(() => page.locator('comment-list [part~="heading"]').textContent()).toBe('15 comments');
    expect(await page.locator('news-article [part~="byline"]').textContent()).toContain('15 comments');
    expect(await commentsOf(page, 'popular-news', LEAD).textContent()).toBe('15 comments');
    expect(await commentsOf(page, '#read-now', LEAD).textContent()).toBe('15 comments');

    // A reload reads the same from the server.
    await page.reload();
    await widgetsShown(page, ['news-article', 'comment-list']);
    await expect.poll(() => page.locator('news-article [part~="byline"]').textContent()).toContain('15 comments');
    await page.close();
  });

  it('puts the story opened from Read Now in the address, and Back shows the first story again', async () => {
    const page = await open();
    await expect.poll(() => headline(page).textContent()).toBe(LEAD);
    const story = page.locator('#read-now [part~="title"]', { hasText: 'Eels are returning' });
    await story.click();

    await expect.poll(() => headline(page).textContent()).toBe('Eels are returning to the upper Wend, university survey finds');
    expect(new URL(page.url()).search).toBe('?post=3');
    await expect.poll(() => page.locator('comment-list').getAttribute('post-id')).toBe('3');
    expect(await page.locator('comment-form').getAttribute('post-id')).toBe('3');
    expect(await story.getAttribute('aria-current')).toBe('true');

    await page.goBack();
    await expect.poll(() => headline(page).textContent()).toBe(LEAD);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/');
    await expect.poll(() => page.locator('comment-list').getAttribute('post-id')).toBe('1');
    await expect.poll(() => page.locator('#read-now [aria-current="true"]').textContent()).toBe(LEAD);

    await page.goForward();
    await expect.poll(() => headline(page).textContent()).toBe('Eels are returning to the upper Wend, university survey finds');
    await page.close();
  });

  it("opened at a story's address, shows that story and its comments, and never loads the lead story", async () => {
    const page = await demo.browser.newPage({ viewport: WHOLE_PAGE });
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname + new URL(request.url()).search));
    await page.goto(`${demo.origin}/?post=6`);
    await widgetsShown(page, ['news-article', 'comment-list', 'comment-form']);
    await expect.poll(() => headline(page).textContent()).toBe('Athletic’s late winner keeps cup run alive');
    await expect.poll(() => page.locator('comment-list [part~="heading"]').textContent()).toBe('2 comments');
    expect(await page.locator('comment-form').getAttribute('post-id')).toBe('6');
    expect(asked.filter((path) => path.startsWith('/wp-json/wp/v2/posts/'))).toEqual(['/wp-json/wp/v2/posts/6?_embed']);
    // The lead story's discussion is not read (its count is, for "Popular", as on any page).
    expect(asked.filter((path) => /^\/wp-json\/wp\/v2\/comments\?post=1&.*orderby=/.test(path))).toEqual([]);
    await page.close();
  });
});
