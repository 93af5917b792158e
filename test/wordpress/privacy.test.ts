import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, WHOLE_PAGE, type Site } from '../e2e/site.js';
import { pageHtml, post, rest, startPublisher, until } from './harness.js';
import { setScenario } from './wordpress.mjs';

/**
 * Stock WordPress serves every commenter's avatar from Gravatar (`author_avatar_urls`), a third party that
 * then learns who reads which page. With the test site's local avatars turned off, as on a real site: the
 * REST API's avatars are Gravatar's; `avatars="initials"` asks Gravatar nothing; the default shows them,
 * asked for with no referrer (the machine is offline, so the browser's requests to Gravatar are answered
 * here with a picture, and recorded).
 */

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let browser: Browser;
let publisher: Site;
const lifeboat = () => post('lifeboat');
const list = (attributes = ''): string => `<comment-list post-id="${lifeboat().id}" src="${rest(`comments?post=${lifeboat().id}`)}"${attributes}></comment-list>`;

beforeAll(async () => {
  await setScenario({ localAvatars: false });
  browser = await launch();
  publisher = await startPublisher({
    '/avatars-default.html': { html: pageHtml(list()) },
    '/avatars-initials.html': { html: pageHtml(list(' avatars="initials"')) },
    '/avatars-page-wide.html': {
      html: pageHtml(`<script type="application/json" id="news-widgets-config">{"avatars": "none"}</script>${list()}`),
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await publisher?.close();
  await setScenario({ localAvatars: true });
});

/** Opens a publisher page, answering (and recording) every request to Gravatar, until the list has drawn its comments. */
async function openWithGravatar(path: string) {
  const context = await browser.newContext({ viewport: WHOLE_PAGE });
  const gravatar: Request[] = [];
  await context.route(/^https?:\/\/([a-z0-9-]+\.)?gravatar\.com\//, async (route) => {
    gravatar.push(route.request());
    await route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${publisher.origin}${path}`);
  await until(page, 'the comments', () => (document.querySelector('comment-list')?.shadowRoot?.querySelectorAll('[part~="comment"]').length ?? 0) > 0);
  return { page, context, gravatar, errors };
}

describe('<comment-list> on a stock WordPress, whose avatars are Gravatar’s', () => {
  it('the REST API gives Gravatar URLs for the commenters', async () => {
    const response = await fetch(rest(`comments?post=${lifeboat().id}&per_page=5`));
    const comments = (await response.json()) as { author_avatar_urls: Record<string, string> }[];
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) expect(new URL(comment.author_avatar_urls['96']!).hostname).toMatch(/(^|\.)gravatar\.com$/);
  });

  it('by default shows them, each asked for with no referrer, so Gravatar does not learn the page', async () => {
    const { page, context, gravatar, errors } = await openWithGravatar('/avatars-default.html');
    await until(page, 'the avatars', () => [...document.querySelector('comment-list')!.shadowRoot!.querySelectorAll('img[part~="avatar"]')].every((image) => (image as HTMLImageElement).complete));
    expect(gravatar.length).toBeGreaterThan(0);
    for (const request of gravatar) {
      expect(request.headers().referer, request.url()).toBeUndefined();
      expect(request.headers().cookie, request.url()).toBeUndefined();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with avatars="initials" draws the commenters’ initials and asks Gravatar nothing', async () => {
    const { page, context, gravatar, errors } = await openWithGravatar('/avatars-initials.html');
    const initials = await page.evaluate(() =>
      [...document.querySelector('comment-list')!.shadowRoot!.querySelectorAll('[part~="comment"]')].map((comment) => ({
        author: comment.querySelector('[part~="author"]')!.textContent!.trim(),
        letters: comment.querySelector('[part~="avatar"]')?.textContent ?? '',
        images: comment.querySelectorAll(':scope > [part~="meta"] img').length,
      })),
    );
    expect(initials.length).toBeGreaterThan(10);
    for (const { author, letters, images } of initials) {
      const words = author.split(/\s+/);
      expect(letters, author).toBe((words.length > 1 ? words[0]![0]! + words.at(-1)![0]! : words[0]![0]!).toUpperCase());
      expect(images, author).toBe(0);
    }
    // Let the page settle: nothing asks Gravatar late either.
    await page.waitForLoadState('networkidle');
    expect(gravatar.map((request) => request.url())).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes avatars="none" page-wide from #news-widgets-config, with no request to Gravatar', async () => {
    const { page, context, gravatar, errors } = await openWithGravatar('/avatars-page-wide.html');
    expect(await page.evaluate(() => document.querySelector('comment-list')!.shadowRoot!.querySelectorAll('.avatar').length)).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(gravatar).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
