import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishAll } from '../../src/data/finish.js';
import { rss } from '../../src/data/formats/feed.js';
import { wordpress } from '../../src/data/formats/wordpress.js';
import { readArticles } from '../../src/data/load.js';
import { inSlices } from '../../src/data/slices.js';

const SITE = 'https://alder-bay.example';

/** A WordPress list of `n` posts; those at `twins` have no id, link or slug, and the same title and body. */
function posts(n: number, twins: number[] = []): unknown[] {
  return Array.from({ length: n }, (_, i) =>
    twins.includes(i)
      ? { title: { rendered: 'Tide tables for the week' }, content: { rendered: '<p>High water at dawn.</p>' } }
      : {
          id: 100 + i,
          link: `${SITE}/story-${i}/`,
          title: { rendered: `Story ${i} &#8211; harbour news` },
          excerpt: { rendered: `<p>What happened at the harbour, part ${i}.</p>` },
          content: { rendered: `<p>${'Word '.repeat(300)}</p>` },
          date_gmt: '2026-12-01T08:00:00',
        },
  );
}

/**
 * Makes every reading of the clock 4 ms later than the last, so a slice of 10 ms holds a few posts
 * whatever the machine: the test sees the slicing without depending on how fast anything runs.
 */
function slowClock(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 4));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reading a long response in slices', () => {
  it('gives every story, in order, the same as one reading in one go', async () => {
    const json = posts(40);
    const whole = wordpress.parse(json, { url: `${SITE}/wp-json/wp/v2/posts` });
    slowClock();
    const sliced = await readArticles(json, { format: 'wordpress' }, { url: `${SITE}/wp-json/wp/v2/posts` });
    expect(sliced.articles).toHaveLength(40);
    expect(sliced).toEqual(whole);
  });

  it('lets the page run between slices (a click, a paint) rather than holding it for the whole read', async () => {
    slowClock();
    const order: string[] = [];
    // Queued just before the read: it runs at the read's first yield, long before the read ends.
    setTimeout(() => order.push('the page'));
    const read = readArticles(posts(40), { format: 'wordpress' }).then(() => order.push('read'));
    await read;
    expect(order).toEqual(['the page', 'read']);
  });

  it('keeps the ids it makes unique when the same story falls in two slices', async () => {
    const json = posts(30, [0, 25]);
    const whole = wordpress.parse(json, {});
    slowClock();
    const { articles } = await readArticles(json, { format: 'wordpress' });
    expect(articles.map((article) => article.id)).toEqual(whole.articles.map((article) => article.id));
    expect(new Set(articles.map((article) => article.id)).size).toBe(30);
  });

  it('goes on where each call of the reader stopped, for a reader that finishes several lists', async () => {
    slowClock();
    let runs = 0;
    const read = (record: unknown) => ({ title: String(record) });
    const [first, second] = await inSlices(() => {
      runs += 1;
      return [finishAll(['a', 'b', 'c', 'd', 'e', 'f'], read), finishAll(['g', 'h', 'i', 'j'], read)];
    });
    expect(runs).toBeGreaterThan(1);
    expect(first?.map((article) => article.title)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(second?.map((article) => article.title)).toEqual(['g', 'h', 'i', 'j']);
  });

  it('reads every item of a long feed, in order, its items in slices after the document is parsed', async () => {
    const items = Array.from({ length: 60 }, (_, i) => `<item><title>Ferry notice ${i}</title><link>${SITE}/notice-${i}/</link></item>`).join('');
    slowClock();
    const { articles } = await rss.parse(`<?xml version="1.0"?><rss version="2.0"><channel><title>Alder Bay</title>${items}</channel></rss>`, {});
    expect(articles.map((article) => article.title)).toEqual(Array.from({ length: 60 }, (_, i) => `Ferry notice ${i}`));
    expect(articles.map((article) => article.url)).toEqual(Array.from({ length: 60 }, (_, i) => `${SITE}/notice-${i}/`));
  });

  it('finishes in one go outside a sliced read, as every format reader is called directly', () => {
    slowClock();
    expect(finishAll(['a', 'b', 'c', 'd', 'e', 'f'], (record) => ({ title: String(record) }))).toHaveLength(6);
  });
});
