import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Site } from '../e2e/site.js';
import { pageHtml, post, rest, startPublisher, wordpress } from './harness.js';
import { setFeedCors } from './wordpress.mjs';

/**
 * The real site's feeds, as a widget on another site asks for them: `/feed/` is RSS 2.0 and `/feed/atom/`
 * Atom 1.0 (by content type and by root element), both carry the newest posts with the titles and links
 * its REST API gives them, and a page on another origin may read them only while the site sends
 * `Access-Control-Allow-Origin` with them (mu-plugins/feed-cors.php; stock WordPress sends none).
 * The documents are read with the browser's own `DOMParser`, as the widgets read them.
 */

const ATOM = 'http://www.w3.org/2005/Atom';
const FEEDS = ['/feed/', '/feed/atom/', '/comments/feed/'] as const;
/** The seeded posts a feed of ten carries, newest first (php/seed.php). */
const NEWEST_TEN = ['ferry', 'chips', 'rain', 'lifeboat', 'styled', 'embed', 'protected', 'closed', 'lighthouse', 'tides'];

/** What a feed document is, and its items' titles (as text a reader sees) and links. */
interface ReadFeed {
  parsed: boolean;
  root: string;
  namespace: string | null;
  version: string | null;
  items: { title: string; link: string }[];
}

let browser: Browser;
/** A blank page, where documents are parsed. */
let parser: Page;
let publisher: Site;

/** Reads a feed document with `DOMParser`: RSS items under <channel>, Atom entries with their alternate link. */
function readFeed(xml: string): Promise<ReadFeed> {
  return parser.evaluate(
    ({ xml, atom }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const root = doc.documentElement;
      // Atom `type="html"` text is HTML: what a reader sees is its text.
      const html = (text: string) => new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
      const child = (parent: Element, name: string, namespace: string | null) =>
        [...parent.children].find((element) => element.localName === name && element.namespaceURI === namespace);
      const text = (element: Element | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const channel = child(root, 'channel', null);
      const items =
        root.localName === 'rss' && channel
          ? [...channel.children]
              .filter((element) => element.localName === 'item')
              .map((item) => ({ title: text(child(item, 'title', null)), link: text(child(item, 'link', null)) }))
          : [...root.children]
              .filter((element) => element.localName === 'entry' && element.namespaceURI === atom)
              .map((entry) => {
                const title = child(entry, 'title', atom);
                const alternate = [...entry.children].find(
                  (element) => element.localName === 'link' && element.namespaceURI === atom && (element.getAttribute('rel') ?? 'alternate') === 'alternate',
                );
                return {
                  title: title?.getAttribute('type') === 'html' ? html(title.textContent ?? '').replace(/\s+/g, ' ').trim() : text(title),
                  link: alternate?.getAttribute('href') ?? '',
                };
              });
      return {
        parsed: !doc.querySelector('parsererror'),
        root: root.localName,
        namespace: root.namespaceURI,
        version: root.getAttribute('version'),
        items,
      };
    },
    { xml, atom: ATOM },
  );
}

/** The ten newest posts as the REST API gives them: title as text (entities decoded, markup dropped), link. */
async function restNewest(): Promise<{ title: string; link: string }[]> {
  const response = await fetch(rest('posts?per_page=10&_fields=title,link'));
  expect(response.status).toBe(200);
  const posts = (await response.json()) as { title: { rendered: string }; link: string }[];
  return parser.evaluate(
    (posts) => posts.map(({ title, link }) => ({ title: new DOMParser().parseFromString(title.rendered, 'text/html').body.textContent!.trim(), link })),
    posts,
  );
}

/** A feed as another site's page asks for it: with that page's `Origin`. */
function fetchFeed(path: string, origin = publisher.origin): Promise<Response> {
  return fetch(`${wordpress().origin}${path}`, { headers: { Origin: origin } });
}

beforeAll(async () => {
  await setFeedCors('off');
  browser = await launch();
  parser = await browser.newPage();
  publisher = await startPublisher({ '/blank.html': { html: pageHtml('<main>A page on another site</main>') } });
});

afterAll(async () => {
  await setFeedCors('off');
  await browser?.close();
  await publisher?.close();
});

/** The feed at `path`, checked to be served (200) as `contentType`, read. */
async function feedAt(path: string, contentType: string): Promise<ReadFeed> {
  const response = await fetchFeed(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('Content-Type'), path).toBe(contentType);
  return readFeed(await response.text());
}

/**
 * The feed carries the ten newest seeded posts, in order, with the links and titles the REST API gives
 * them, but for one thing WordPress does in its feeds only: a password-protected post is titled "Protected: …".
 */
async function expectNewestPosts(feed: ReadFeed): Promise<void> {
  const expected = await restNewest();
  expect(feed.items.map((item) => item.link)).toEqual(expected.map((item) => item.link));
  expect(feed.items.map((item) => item.link)).toEqual(NEWEST_TEN.map((key) => post(key).link));
  expect(feed.items.map((item) => item.title)).toEqual(expected.map((item, index) => (NEWEST_TEN[index] === 'protected' ? `Protected: ${item.title}` : item.title)));
}

describe(`the feeds of a stock WordPress`, () => {
  it('/feed/ is RSS 2.0: its content type, an <rss version="2.0"> root, the ten newest posts with the REST API’s titles and links', async () => {
    const feed = await feedAt('/feed/', 'application/rss+xml; charset=UTF-8');
    expect(feed).toMatchObject({ parsed: true, root: 'rss', namespace: null, version: '2.0' });
    await expectNewestPosts(feed);
    expect(feed.items[0]!.title).toBe('The Quiet Comeback of the Merrow Ferry');
    expect(feed.items[1]!.title).toBe('Fish & Chips on the Quay: Dora’s Reopens After the Flood');
  });

  it('/feed/atom/ is Atom 1.0: its content type, a <feed> root in the Atom namespace, the same posts, titles and links', async () => {
    const feed = await feedAt('/feed/atom/', 'application/atom+xml; charset=UTF-8');
    expect(feed).toMatchObject({ parsed: true, root: 'feed', namespace: ATOM });
    await expectNewestPosts(feed);
    expect(feed.items[2]!.title).toBe('“Not a Drop Wasted” – Inside the Town’s New Rain Gardens');
  });

  it('/comments/feed/ is RSS 2.0 of the newest comments, each linking to a seeded post', async () => {
    const feed = await feedAt('/comments/feed/', 'application/rss+xml; charset=UTF-8');
    expect(feed).toMatchObject({ parsed: true, root: 'rss', version: '2.0' });
    expect(feed.items.length).toBeGreaterThan(0);
    const links = new Set(Object.values(wordpress().seed.posts).map((seeded) => seeded.link));
    for (const item of feed.items) expect(links, item.link).toContain(item.link.replace(/#comment-\d+$/, ''));
  });
});

describe('reading the feeds from another origin', () => {
  /** What a page on the publisher's origin gets when it fetches each feed: its text's start, or the error. */
  async function readFromPublisher(): Promise<Record<string, string>> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${publisher.origin}/blank.html`);
    const results = await page.evaluate(async (urls) => {
      const read: Record<string, string> = {};
      for (const url of urls) {
        read[url] = await fetch(url).then(
          async (response) => `${response.status} ${(await response.text()).trimStart().slice(0, 5)}`,
          (error: Error) => `${error.name}`,
        );
      }
      return read;
    }, FEEDS.map((path) => `${wordpress().origin}${path}`));
    await context.close();
    return Object.fromEntries(Object.entries(results).map(([url, result]) => [new URL(url).pathname, result]));
  }

  it('stock WordPress sends no Access-Control-Allow-Origin with them: the page cannot read them (a bare TypeError)', async () => {
    await setFeedCors('off');
    for (const path of FEEDS) {
      const response = await fetchFeed(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin'), path).toBeNull();
    }
    expect(await readFromPublisher()).toEqual(Object.fromEntries(FEEDS.map((path) => [path, 'TypeError'])));
  });

  it('with the plugin sending "*": every feed carries it, with no credentials, and the page reads them', async () => {
    await setFeedCors('*');
    for (const path of FEEDS) {
      const response = await fetchFeed(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin'), path).toBe('*');
      expect(response.headers.get('Access-Control-Allow-Credentials'), path).toBeNull();
    }
    expect(await readFromPublisher()).toEqual(Object.fromEntries(FEEDS.map((path) => [path, '200 <?xml'])));
  });

  it('with the plugin naming the asking origin: each feed names the origin that asked, varies on it, and the page reads them', async () => {
    await setFeedCors('origin');
    for (const path of FEEDS) {
      for (const origin of [publisher.origin, 'https://news.example']) {
        const response = await fetchFeed(path, origin);
        expect(response.headers.get('Access-Control-Allow-Origin'), `${path} from ${origin}`).toBe(origin);
        expect(response.headers.get('Access-Control-Allow-Credentials'), path).toBeNull();
        expect(response.headers.get('Vary') ?? '', path).toMatch(/\bOrigin\b/);
      }
    }
    expect(await readFromPublisher()).toEqual(Object.fromEntries(FEEDS.map((path) => [path, '200 <?xml'])));
  });

  it('switched off again, the feeds carry no header and the page cannot read them', async () => {
    await setFeedCors('origin');
    await setFeedCors('off');
    for (const path of FEEDS) expect((await fetchFeed(path)).headers.get('Access-Control-Allow-Origin'), path).toBeNull();
    expect(await readFromPublisher()).toEqual(Object.fromEntries(FEEDS.map((path) => [path, 'TypeError'])));
  });
});
