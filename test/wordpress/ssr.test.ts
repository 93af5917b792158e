import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Ssr from '../../src/ssr/index.js';
import { launch, type Site } from '../e2e/site.js';
import { expectClean, open, pageHtml, post, rest, restRequests, startPublisher, until } from './harness.js';

/**
 * A publisher's page with the real WordPress's stories drawn on the server (`renderPage` of the npm build,
 * and its command line as a static site runs it), then opened as readers open it: without JavaScript the
 * stories are there; with the script-tag bundle each widget wakes up on what was drawn, asking WordPress
 * nothing again, without a layout shift, and its "Load more" asks for the next page.
 */
const { renderPage } = (await import(new URL('../../dist/ssr.js', import.meta.url).href)) as typeof Ssr;
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const TAGS = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'];
let browser: Browser;
let publisher: Site;
let plain = '';
let drawn = '';
let fromCli = '';
const failures: string[] = [];

function body(): string {
  const lifeboat = post('lifeboat');
  return (
    `<news-article src="${rest(`posts/${lifeboat.id}?_embed`)}"></news-article>` +
    `<comment-list src="${rest(`comments?post=${lifeboat.id}`)}" post-id="${lifeboat.id}"></comment-list>` +
    `<comment-form action="${rest('comments')}" post-id="${lifeboat.id}"></comment-form>` +
    `<news-list id="latest" src="${rest('posts?_embed&per_page=4')}" load-more="manual"></news-list>` +
    `<popular-news src="${rest('posts?_embed&per_page=20')}" sort-by="commentCount" limit="3"></popular-news>`
  );
}

/** What a widget shows: each matching element's text, in order. */
const texts = (page: Page, host: string, selector: string) =>
  page.evaluate(([host, selector]) => [...(document.querySelector(host!)?.shadowRoot?.querySelectorAll(selector!) ?? [])].map((node) => node.textContent!.replace(/\s+/g, ' ').trim()), [host, selector]);

beforeAll(async () => {
  browser = await launch();
  plain = pageHtml(body());
  drawn = await renderPage(plain, { onError: (error, tag) => failures.push(`${tag}: ${String(error)}`) });
  const dir = await mkdtemp(join(tmpdir(), 'news-ssr-wp-'));
  await writeFile(join(dir, 'page.html'), plain);
  await promisify(execFile)(process.execPath, [CLI, 'render', join(dir, 'page.html'), '-o', join(dir, 'out.html'), '--strict']);
  fromCli = await readFile(join(dir, 'out.html'), 'utf8');
  await rm(dir, { recursive: true, force: true });
  publisher = await startPublisher({ '/plain.html': { html: plain }, '/drawn.html': { html: drawn }, '/cli.html': { html: fromCli } });
});

afterAll(async () => {
  await browser?.close();
  await publisher?.close();
});

describe('a page drawn on the server from a real WordPress', () => {
  it('has every widget drawn, by renderPage and by the command line alike', () => {
    expect(failures).toEqual([]);
    for (const html of [drawn, fromCli]) for (const tag of TAGS) expect(html).toMatch(new RegExp(`<${tag}[^>]*><template shadowrootmode="open">`));
    expect(drawn).toContain('<script type="application/ld+json" data-news-generated>');
  });

  it('shows without JavaScript what the widgets show in the browser', async () => {
    const client = await open(browser, `${publisher.origin}/plain.html`);
    await until(client.page, 'every widget to show its content', (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="title"], [part~="comment"], textarea')), TAGS);
    const shown = async (page: Page) => ({
      headline: await texts(page, 'news-article', '[part~="title"]'),
      byline: await texts(page, 'news-article', '[part~="byline"]'),
      paragraphs: (await texts(page, 'news-article', '[part~="body"] p')).length,
      latest: await texts(page, 'news-list', '[part~="title"]'),
      popular: await texts(page, 'popular-news', '[part~="title"]'),
      comments: await texts(page, 'comment-list', '[part~="content"]'),
    });
    const expected = await shown(client.page);
    await expectClean(client);
    expect(expected.latest).toHaveLength(4);
    for (const path of ['/drawn.html', '/cli.html']) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${publisher.origin}${path}`);
      expect(await shown(page)).toEqual(expected);
      await context.close();
    }
  });

  it('wakes up with the script-tag bundle: no request to WordPress, no layout shift, and Load more works', async () => {
    const watched = await open(browser, `${publisher.origin}/drawn.html`);
    await until(watched.page, 'every widget to wake up', (tags) => tags.every((tag) => customElements.get(tag)), TAGS);
    await watched.page.evaluate((tags) => Promise.all(tags.map((tag) => (document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete)), TAGS);
    const events = await watched.events();
    expect(events.filter((event) => event.type === 'news-load').map((event) => event.tag).sort()).toEqual(['comment-list', 'news-article', 'news-list', 'popular-news']);
    expect(restRequests(watched)).toEqual([]);
    // Every layout shift since the page began (buffered), counted once the page has drawn twice more.
    const shift = await watched.page.evaluate(
      () => new Promise<number>((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => done(sum)));
      }),
    );
    expect(shift).toBeLessThan(0.01);
    await watched.page.locator('news-list [part~="load-more"]').click();
    await until(watched.page, 'the next page of stories', () => (document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 4);
    expect(restRequests(watched).some((url) => /[?&]page=2\b/.test(url))).toBe(true);
    await expectClean(watched);
  });
});
