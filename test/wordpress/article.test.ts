import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, quiet, type Site } from '../e2e/site.js';
import { expectClean, open, pageHtml, post, rest, shadowText, startPublisher, until, wordpress } from './harness.js';
import { setScenario } from './wordpress.mjs';

let browser: Browser;
let publisher: Site;

/**
 * Approved comments on a post, as WordPress counts them for anyone (held and spam ones are not shown);
 * undefined where it shows none to a reader without the post's password.
 */
async function approvedComments(id: number): Promise<number | undefined> {
  const response = await fetch(rest(`comments?post=${id}&per_page=1`));
  if (response.status === 401) return undefined;
  expect(response.status).toBe(200);
  return Number(response.headers.get('X-WP-Total'));
}

/** An article page for the post `key`, under the page's own policy `csp` if given. */
function articlePage(key: string, csp?: string) {
  const html = pageHtml(`<news-article src="${rest(`posts/${post(key).id}?_embed`)}"></news-article>`);
  return csp ? { html, headers: { 'Content-Security-Policy': csp } } : { html };
}

/**
 * A publisher's strict policy, with what the bundle needs (see STRICT_CSP in test/e2e/script-tag.test.ts)
 * and WordPress as the one other origin it reads and shows images from. No frames at all.
 */
function strictCsp(): string {
  const { origin } = wordpress();
  return (
    `default-src 'none'; script-src 'self'; connect-src 'self' ${origin}; img-src 'self' data: ${origin}; style-src 'self'; ` +
    "require-trusted-types-for 'script'; trusted-types lit-html news-widgets news-widgets#json-ld"
  );
}

async function articleShown(page: Page, text: string): Promise<void> {
  await until(page, `the article to show "${text}"`, (text) => document.querySelector('news-article')?.shadowRoot?.textContent?.includes(text), text);
}

beforeAll(async () => {
  await setScenario({ anonymousComments: false, hiddenHeaders: false });
  browser = await launch();
  publisher = await startPublisher({
    '/lifeboat.html': articlePage('lifeboat'),
    '/protected.html': articlePage('protected'),
    '/styled.html': articlePage('styled', strictCsp()),
    '/embed.html': articlePage('embed', strictCsp()),
    '/list.html': { html: pageHtml(`<news-list src="${rest('posts?_embed&per_page=20')}"></news-list>`) },
  });
});

afterAll(async () => {
  await browser?.close();
  await publisher?.close();
});

describe('comment counts', () => {
  it('<news-article> says "23 comments" for a post with 23 approved comments (more than _embed brings, one held)', async () => {
    const lifeboat = post('lifeboat');
    expect(await approvedComments(lifeboat.id)).toBe(lifeboat.comments);
    expect(lifeboat).toMatchObject({ comments: 23, held: 1 });
    const watched = await open(browser, `${publisher.origin}/lifeboat.html`);
    await articleShown(watched.page, 'eleven of Tuesday night');
    const byline = await shadowText(watched.page, 'news-article', '[part~="byline"]');
    expect(byline).toMatch(/(^|\D)23 comments/);
    await expectClean(watched);
  });

  it('<news-list> gives each story its real count, or none: never the 10 that _embed brings', async () => {
    const watched = await open(browser, `${publisher.origin}/list.html`);
    await until(watched.page, 'the stories', () => (document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0);
    const load = (await watched.events()).find((event) => event.type === 'news-load');
    const seeded = Object.values(wordpress().seed.posts);
    const counts = [];
    for (const article of load?.articles ?? []) {
      const source = seeded.find((candidate) => candidate.link === article.id || String(candidate.id) === article.id);
      expect(source, `the seeded post of "${article.title}" (id ${article.id})`).toBeDefined();
      counts.push({ title: article.title, shown: article.commentCount, real: source ? await approvedComments(source.id) : undefined });
    }
    expect(counts.length).toBe(14);
    for (const count of counts) {
      // The protected post's comments cannot be read without its password: no count is right there.
      if (count.shown !== undefined) expect(count.shown, `comments of "${count.title}"`).toBe(count.real);
    }
    await expectClean(watched);
  });
});

describe('a password-protected post', () => {
  it('asks for the password, shows a message for a wrong one and the story for the right one', async () => {
    const watched = await open(browser, `${publisher.origin}/protected.html`);
    const { page } = watched;
    const article = page.locator('news-article');
    await article.locator('input[type="password"]').waitFor({ timeout: 15_000 });
    expect(await shadowText(page, 'news-article', '[part~="title"]')).toBe('Draft Budget for the Harbour Board');
    expect(await page.evaluate(() => document.querySelector('news-article')!.shadowRoot!.textContent)).not.toContain('mooring fees');

    await article.locator('input[type="password"]').fill('not-the-password');
    await article.locator('form:has(input[type="password"]) button').click();
    await until(page, 'a message about the wrong password', () => {
      const root = document.querySelector('news-article')!.shadowRoot!;
      return [...root.querySelectorAll('[role="alert"], [part~="error"]')].some((element) => element.textContent!.trim() !== '');
    });
    expect(await page.evaluate(() => document.querySelector('news-article')!.shadowRoot!.textContent)).not.toContain('mooring fees');
    expect(await article.locator('input[type="password"]').count()).toBe(1);

    await article.locator('input[type="password"]').fill(wordpress().seed.password);
    await article.locator('form:has(input[type="password"]) button').click();
    await articleShown(page, 'raise mooring fees by four per cent');
    expect(await article.locator('input[type="password"]').count()).toBe(0);
    await expectClean(watched);
  });
});

describe('WordPress content on a page with a strict policy', () => {
  it('shows the inline-styled post without a single policy violation', async () => {
    const watched = await open(browser, `${publisher.origin}/styled.html`);
    const { page } = watched;
    await articleShown(page, 'The full survey can be read at the town hall');
    expect(await quiet(page)).toEqual([]);
    const body = await page.evaluate(() => {
      const root = document.querySelector('news-article')!.shadowRoot!;
      return { text: root.textContent!.replace(/\s+/g, ' '), styled: root.querySelectorAll('[part~="body"] [style]').length };
    });
    for (const text of ['better news than the town feared', 'no movement', '£212,000', 'Three sections of facing stone']) expect(body.text).toContain(text);
    expect(body.styled).toBe(0);
    await expectClean(watched);
  });

  it('shows the post with a YouTube embed with no frame and no violation', async () => {
    const watched = await open(browser, `${publisher.origin}/embed.html`);
    const { page } = watched;
    await articleShown(page, 'stay off the breakwater');
    expect(await quiet(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('news-article')!.shadowRoot!.querySelectorAll('iframe').length)).toBe(0);
    expect(await shadowText(page, 'news-article', '[part~="body"]')).toContain('The breakwater at high tide, filmed from the lookout.');
    await expectClean(watched);
  });

  it('links the embed to its video instead', async () => {
    const watched = await open(browser, `${publisher.origin}/embed.html`);
    const { page } = watched;
    await articleShown(page, 'stay off the breakwater');
    const links = await page.evaluate(() =>
      [...document.querySelector('news-article')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="body"] a[href]')].map((link) => link.href),
    );
    expect(links.some((href) => /^https:\/\/(www\.)?youtube\.com\/(watch\?v=|embed\/)mErr0wW4ves/.test(href)), links.join('\n')).toBe(true);
    await expectClean(watched);
  });
});
