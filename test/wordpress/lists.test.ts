import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages.js';
import { launch, quiet, type Site } from '../e2e/site.js';
import { expectClean, open, pageHtml, post, rest, restRequests, startPublisher, until, wordpress } from './harness.js';
import { setScenario } from './wordpress.mjs';

/** Every seeded post's title as a reader should see it, newest first: entities decoded, no markup. */
const TITLES = [
  'The Quiet Comeback of the Merrow Ferry',
  'Fish & Chips on the Quay: Dora’s Reopens After the Flood',
  '“Not a Drop Wasted” – Inside the Town’s New Rain Gardens',
  'Lifeboat Crew Answers Three Calls in One Night',
  'Council Publishes the Harbour Wall Survey',
  'Watch: Storm Waves Over the Breakwater',
  'Draft Budget for the Harbour Board',
  'Regatta Results: the Full Table',
  'Lighthouse Keeper’s Cottage Opens as a Museum',
  'Tide Tables for December',
  'School Choir to Sing at the Harbour Lights',
  'New Bus Timetable From the Station to the Cliffs',
  'Seal Pup Spotted Under the Pier',
  'Merrow Rovers Win the Coastal Cup',
];

interface RestPost {
  id: number;
  date_gmt: string;
  _embedded?: { 'wp:featuredmedia'?: { media_details?: { sizes?: Record<string, { source_url: string; width: number }> } }[] };
}

/** All posts as WordPress serves them, for what the widgets should show. */
async function restPosts(): Promise<RestPost[]> {
  const response = await fetch(rest('posts?_embed&per_page=100'));
  expect(response.status).toBe(200);
  return (await response.json()) as RestPost[];
}

let browser: Browser;
let publisher: Site;
let posts: RestPost[];

/** The list's items as shown: title (and whether it holds markup), thumbnail, date. */
function items(page: Page, host = 'news-list') {
  return page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    return [...root.querySelectorAll('[part~="item"]')].map((item) => {
      const title = item.querySelector('[part~="title"]')!;
      const image = item.querySelector<HTMLImageElement>('img[part~="image"]');
      return {
        title: title.textContent!.replace(/\s+/g, ' ').trim(),
        titleElements: title.querySelectorAll('*').length,
        href: title.getAttribute('href'),
        srcset: image?.getAttribute('srcset') ?? null,
        loaded: image ? image.complete && image.naturalWidth > 0 : null,
        datetime: item.querySelector('time')?.getAttribute('datetime') ?? null,
      };
    });
  }, host);
}

function footer(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('news-list')!.shadowRoot!;
    return {
      button: !!root.querySelector('[part~="load-more"]'),
      busy: root.querySelector('[part~="load-more"]')?.getAttribute('aria-disabled') === 'true',
      status: root.querySelector('[part~="status"]')?.textContent?.trim() ?? '',
      error: !!root.querySelector('[part~="error"]'),
    };
  });
}

/** Presses "Load more" and waits until the list has settled: more items, the end, or an error. */
async function loadMore(page: Page): Promise<void> {
  const before = (await items(page)).length;
  await page.locator('news-list [part~="load-more"]').click();
  await until(
    page,
    'the next page',
    (before) => {
      const root = document.querySelector('news-list')!.shadowRoot!;
      const button = root.querySelector('[part~="load-more"]');
      if (button?.getAttribute('aria-disabled') === 'true') return false;
      return root.querySelectorAll('[part~="item"]').length > before || !button || !!root.querySelector('[part~="error"]');
    },
    before,
  );
}

beforeAll(async () => {
  await setScenario({ anonymousComments: false, hiddenHeaders: false });
  posts = await restPosts();
  browser = await launch();
  const { origin } = wordpress();
  publisher = await startPublisher({
    '/list-5.html': { html: pageHtml(`<news-list src="${origin}/wp-json/wp/v2/posts?_embed&per_page=5" load-more="manual" thumbnails></news-list>`) },
    '/list-7.html': { html: pageHtml(`<news-list src="${origin}/wp-json/wp/v2/posts?_embed&per_page=7" load-more="manual"></news-list>`) },
    '/popular.html': { html: pageHtml(`<popular-news src="${origin}/wp-json/wp/v2/posts?_embed&per_page=20" sort-by="commentCount" limit="3"></popular-news>`) },
  });
});

afterAll(async () => {
  await setScenario({ hiddenHeaders: false });
  await browser?.close();
  await publisher?.close();
});

describe('<news-list> on another origin, reading a stock WordPress', () => {
  it('shows five stories with decoded plain-text titles, real thumbnails with srcset, real dates', async () => {
    const watched = await open(browser, `${publisher.origin}/list-5.html`);
    const { page } = watched;
    await until(page, 'five stories', () => document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 5);
    await quiet(page);
    const shown = await items(page);
    expect(shown.map((item) => item.title)).toEqual(TITLES.slice(0, 5));
    // `The <em>Quiet</em> Comeback`: the markup is dropped, the words kept, in the title of every story.
    expect(shown.map((item) => item.titleElements)).toEqual([0, 0, 0, 0, 0]);
    for (const [index, item] of shown.entries()) {
      const source = posts[index]!;
      expect(Date.parse(item.datetime ?? ''), `date of "${item.title}"`).toBe(Date.parse(`${source.date_gmt}Z`));
      const sizes = Object.values(source._embedded?.['wp:featuredmedia']?.[0]?.media_details?.sizes ?? {});
      expect(sizes.length, `WordPress made sizes for "${item.title}"`).toBeGreaterThanOrEqual(4);
      const real = new Set(sizes.map((size) => `${size.source_url} ${size.width}w`));
      const candidates = (item.srcset ?? '').split(',').map((candidate) => candidate.trim().replace(/\s+/g, ' ')).filter(Boolean);
      expect(candidates.length, `srcset of "${item.title}"`).toBeGreaterThanOrEqual(3);
      for (const candidate of candidates) expect(real, `srcset candidate of "${item.title}"`).toContain(candidate);
      expect(item.loaded, `thumbnail of "${item.title}" loaded`).toBe(true);
      expect(item.href).toBe(post(['ferry', 'chips', 'rain', 'lifeboat', 'styled'][index]!).link);
    }
    await expectClean(watched);
  });

  it('reads X-WP-Total across origins, and "Load more" goes page by page to the end without asking past it', async () => {
    const watched = await open(browser, `${publisher.origin}/list-5.html`);
    const { page } = watched;
    // WordPress exposes its paging headers to any origin.
    const headers = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { total: response.headers.get('X-WP-Total'), pages: response.headers.get('X-WP-TotalPages') };
    }, `${wordpress().origin}/wp-json/wp/v2/posts?per_page=5`);
    expect(headers).toEqual({ total: '14', pages: '3' });
    await until(page, 'five stories', () => document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 5);
    const first = (await watched.events()).find((event) => event.type === 'news-load');
    expect(first).toMatchObject({ tag: 'news-list', total: 14, totalPages: 3 });
    expect(await footer(page)).toMatchObject({ button: true, error: false });

    await loadMore(page);
    expect((await items(page)).map((item) => item.title)).toEqual(TITLES.slice(0, 10));
    expect(await footer(page)).toMatchObject({ button: true, error: false });

    await loadMore(page);
    expect((await items(page)).map((item) => item.title)).toEqual(TITLES);
    expect(await footer(page)).toEqual({ button: false, busy: false, status: en.end, error: false });

    const pages = restRequests(watched)
      .filter((url) => new URL(url).searchParams.has('_embed'))
      .map((url) => new URL(url).searchParams.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect((await watched.events()).filter((event) => event.type === 'news-error')).toEqual([]);
    await expectClean(watched);
  });
});

describe('<news-list> when the paging headers cannot be read (not exposed to other origins)', () => {
  beforeAll(() => setScenario({ hiddenHeaders: true }));
  afterAll(() => setScenario({ hiddenHeaders: false }));

  it('still offers the next page after a full one, and ends quietly when WordPress says 400 past the end', async () => {
    const watched = await open(browser, `${publisher.origin}/list-7.html`);
    const { page } = watched;
    const headers = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { total: response.headers.get('X-WP-Total'), link: response.headers.get('Link') };
    }, `${wordpress().origin}/wp-json/wp/v2/posts?per_page=7`);
    expect(headers, 'the scenario hides the headers').toEqual({ total: null, link: null });

    await until(page, 'seven stories', () => document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 7);
    // Page 1 was full: nothing says it was the last, so the list must offer more.
    expect(await footer(page), 'after a full first page').toMatchObject({ button: true, error: false });
    await loadMore(page);
    expect((await items(page)).map((item) => item.title)).toEqual(TITLES);
    expect(await footer(page), 'after a full second page').toMatchObject({ button: true, error: false });

    // Page 3 is past the end: WordPress answers 400 rest_post_invalid_page_number.
    const past = page.waitForResponse((response) => new URL(response.url()).searchParams.get('page') === '3');
    await loadMore(page);
    expect((await past).status()).toBe(400);
    expect((await items(page)).length).toBe(14);
    expect(await footer(page), 'after WordPress said there is no page 3').toEqual({ button: false, busy: false, status: en.end, error: false });
    expect((await watched.events()).filter((event) => event.type === 'news-error')).toEqual([]);
    await expectClean(watched);
  });
});

describe('<popular-news> ranked by comments', () => {
  it('shows the three most-commented posts in order with their real counts, in at most 3 requests', async () => {
    const watched = await open(browser, `${publisher.origin}/popular.html`);
    const { page } = watched;
    await until(page, 'three stories', () => document.querySelector('popular-news')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 3);
    await quiet(page);
    const titles = (await items(page, 'popular-news')).map((item) => item.title);
    expect(titles).toEqual([TITLES[3], TITLES[1], TITLES[5]]);
    const loads = (await watched.events()).filter((event) => event.type === 'news-load' && event.tag === 'popular-news');
    const shown = loads.at(-1)?.articles ?? [];
    expect(shown.map((article) => article.title)).toEqual(titles);
    expect(shown.map((article) => article.commentCount)).toEqual([post('lifeboat').comments, post('chips').comments, post('embed').comments]);
    expect(restRequests(watched).length, restRequests(watched).join('\n')).toBeLessThanOrEqual(3);
    await expectClean(watched);
  });

  it('cannot ask WordPress to sort by comments: orderby=comment_count is 400 rest_invalid_param', async () => {
    const response = await fetch(rest('posts?_embed&orderby=comment_count'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'rest_invalid_param', data: { params: { orderby: expect.any(String) } } });
  });
});
