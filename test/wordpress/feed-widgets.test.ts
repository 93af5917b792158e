import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages.js';
import { launch, type Site } from '../e2e/site.js';
import { expectClean, open, pageHtml, rest, startPublisher, until, wordpress } from './harness.js';
import { setFeedCors } from './wordpress.mjs';

/**
 * The real site's feeds read by the widgets, as a publisher on another site embeds them: `<news-list>` of
 * `/feed/` and of `/feed/atom/` shows the stories its REST API gives, with the same links, dates and
 * authors (WordPress titles a protected post "Protected: …" in its feeds only); without the feed CORS
 * plugin, the reader is told the source does not allow this site to show it (`cors`), not that they are
 * offline.
 */
let browser: Browser;
let publisher: Site;

/** The list's stories as shown: title, link, date (as a moment) and author. */
function shown(page: Page, id: string) {
  return page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!;
    return [...root.querySelectorAll('[part~="item"]')].map((item) => ({
      title: item.querySelector('[part~="title"]')!.textContent!.replace(/\s+/g, ' ').trim(),
      href: item.querySelector('[part~="title"]')!.getAttribute('href'),
      time: Date.parse(item.querySelector('time')?.getAttribute('datetime') ?? ''),
      author: item.querySelector('[part~="author"]')?.textContent?.trim() ?? null,
    }));
  }, id);
}

/** Whether every list named shows stories (run in the page). */
const listsShown = (ids: string[]) => ids.every((id) => (document.getElementById(id)?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0);

beforeAll(async () => {
  browser = await launch();
  const wp = wordpress().origin;
  publisher = await startPublisher({
    '/feeds.html': {
      html: pageHtml(
        `<news-list id="rest" src="${rest('posts?_embed&per_page=10')}" no-comment-count></news-list>` +
          `<news-list id="rss" src="${wp}/feed/" no-comment-count></news-list>` +
          `<news-list id="atom" src="${wp}/feed/atom/" no-comment-count></news-list>`,
      ),
    },
    '/rss.html': { html: pageHtml(`<news-list id="rss" src="${wp}/feed/"></news-list>`) },
  });
});

afterAll(async () => {
  await setFeedCors('off');
  await browser?.close();
  await publisher?.close();
});

describe('the feeds of a real WordPress in <news-list>', () => {
  it('with the feed CORS plugin on, /feed/ (RSS) and /feed/atom/ (Atom) show the REST API’s stories: links, dates, authors', async () => {
    await setFeedCors('*');
    const watched = await open(browser, `${publisher.origin}/feeds.html`);
    await until(watched.page, 'the three lists to show stories', listsShown, ['rest', 'rss', 'atom']);
    const fromRest = await shown(watched.page, 'rest');
    expect(fromRest).toHaveLength(10);
    for (const id of ['rss', 'atom']) {
      const fromFeed = await shown(watched.page, id);
      expect(fromFeed.map((story) => story.href), id).toEqual(fromRest.map((story) => story.href));
      expect(fromFeed.map((story) => story.time), id).toEqual(fromRest.map((story) => story.time));
      expect(fromFeed.map((story) => story.author), id).toEqual(fromRest.map((story) => story.author));
      expect(
        fromFeed.map((story) => story.title.replace(/^Protected: /, '')),
        id,
      ).toEqual(fromRest.map((story) => story.title));
    }
    expect((await watched.events()).filter((event) => event.type === 'news-error')).toEqual([]);
    await expectClean(watched);
  });

  it('without it, the list says the source does not allow this site to show its stories, and news-error has code cors', async () => {
    await setFeedCors('off');
    const watched = await open(browser, `${publisher.origin}/rss.html`);
    await until(watched.page, 'the list’s error', () => !!document.getElementById('rss')?.shadowRoot?.querySelector('[part~="error"]'));
    const error = await watched.page.evaluate(() => document.getElementById('rss')!.shadowRoot!.querySelector('[part~="error"]')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(error).toBe(en.errorCors);
    expect((await watched.events()).filter((event) => event.type === 'news-error').map((event) => event.error?.code)).toEqual(['cors']);
    // One note of ours for the site owner, naming the header (beside Chromium's own CORS report).
    expect(watched.console.filter((line) => line.startsWith('warning: news-widgets:') && line.includes('Access-Control-Allow-Origin'))).toHaveLength(1);
    await watched.context.close();
    expect(watched.errors).toEqual([]);
  });
});
