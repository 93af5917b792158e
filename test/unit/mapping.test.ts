import { describe, expect, it } from 'vitest';
import { NewsError } from '../../src/data/errors.js';
import { guessItemsPath } from '../../src/data/formats/items-path.js';
import { parseMapped } from '../../src/data/formats/mapping.js';
import { detectFormat } from '../../src/data/formats/detect-any.js';
import { readArticles } from '../../src/data/load.js';
import wordpressPosts from '../fixtures/wordpress-posts-embed.json';
import jsonFeed from '../fixtures/json-feed-1.1.json';

const custom = {
  data: {
    stories: [
      {
        ref: 's-1',
        headline: { main: 'Ferry timetable changes for winter' },
        permalink: '/travel/ferry-winter',
        teaser: '<p>Fewer sailings &amp; an earlier last boat.</p>',
        media: [{ src: 'https://img.example/ferry.jpg', alt: 'The ferry at the pier', width: 1200, height: 800 }],
        byline: { display: 'Mara Okafor', profile: 'javascript:alert(1)' },
        ts: 1764000000,
        section: 'Travel, Local',
        stats: { views: '1532' },
      },
      { ref: 's-2', headline: { main: '' }, permalink: '/no-title' },
      { ref: 's-3', headline: { main: 'Second story' }, permalink: 'javascript:alert(1)', stats: { views: 'many' } },
    ],
    next: '/feed?page=2',
    count: 40,
  },
};

const mapping = {
  id: 'ref',
  title: 'headline.main',
  url: 'permalink',
  excerpt: 'teaser',
  image: 'media.0',
  author: 'byline.display',
  published: 'ts',
  categories: 'section',
  metrics: { views: 'stats.views' },
  next: 'data.next',
  total: 'data.count',
};

describe('mapping any JSON onto articles', () => {
  const page = parseMapped(custom, 'data.stories', mapping, { url: 'https://news.example/api/feed' });

  it('reads each field from its dot path, resolving relative links against the endpoint', () => {
    const [first] = page.articles;
    expect(first).toMatchObject({
      id: 's-1',
      title: 'Ferry timetable changes for winter',
      url: 'https://news.example/travel/ferry-winter',
      excerpt: 'Fewer sailings & an earlier last boat.',
      image: { url: 'https://img.example/ferry.jpg', alt: 'The ferry at the pier', width: 1200, height: 800 },
      author: { name: 'Mara Okafor' },
      published: '2025-11-24T16:00:00.000Z',
      categories: [{ name: 'Travel' }, { name: 'Local' }],
      metrics: { views: 1532 },
    });
  });

  it('drops records without a title and unsafe links, and ignores non-numeric metrics', () => {
    expect(page.articles.map((a) => a.id)).toEqual(['s-1', 's-3']);
    expect(page.articles[1]?.url).toBeUndefined();
    expect(page.articles[1]?.metrics).toEqual({});
  });

  it('follows the next page and total from the whole response', () => {
    expect(page.next).toBe('https://news.example/feed?page=2');
    expect(page.total).toBe(40);
  });

  it('takes functions as getters, and a throwing one only loses its field', () => {
    const result = parseMapped(custom, 'data.stories', {
      title: (record) => `${(record as { headline: { main: string } }).headline.main}!`,
      excerpt: () => {
        throw new Error('bad mapping');
      },
    }, {});
    expect(result.articles[0]?.title).toBe('Ferry timetable changes for winter!');
    expect(result.articles[0]?.excerpt).toBe('');
  });

  it('reads a root array with "." and finds usual field names without a mapping', () => {
    const result = parseMapped([{ headline: 'Bridge reopens', link: 'https://news.example/bridge', summary: 'Two weeks early.', date: '2026-11-02T08:00:00Z' }], '.', {}, {});
    expect(result.articles[0]).toMatchObject({ title: 'Bridge reopens', url: 'https://news.example/bridge', excerpt: 'Two weeks early.', published: '2026-11-02T08:00:00.000Z' });
  });

  it('guesses where the list is in an unknown shape', () => {
    expect(guessItemsPath([1])).toBe('.');
    expect(guessItemsPath({ results: [{}] })).toBe('results');
    expect(guessItemsPath({ meta: {}, things: [{ a: 1 }] })).toBe('things');
    expect(guessItemsPath({ a: 1 })).toBeUndefined();
  });
});

describe('readArticles', () => {
  it('detects known formats from their shape', () => {
    expect(detectFormat(wordpressPosts)).toBe('wordpress');
    expect(detectFormat(jsonFeed)).toBe('json-feed');
    expect(detectFormat({ whatever: true })).toBeUndefined();
  });

  it('lets an explicit format or a mapping override detection', async () => {
    expect((await readArticles(wordpressPosts)).articles.length).toBeGreaterThan(0);
    expect((await readArticles(wordpressPosts, { format: 'json-feed' })).articles).toEqual([]);
    const mapped = await readArticles(custom, { items: 'data.stories', mapping: { title: 'headline.main' } });
    expect(mapped.articles.map((a) => a.title)).toEqual(['Ferry timetable changes for winter', 'Second story']);
  });

  it('says clearly when it cannot read the shape or the format name', async () => {
    await expect(readArticles({ status: 'fine' })).rejects.toThrowError(/not a known news format/);
    const error: unknown = await readArticles([], { format: 'rss' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsError);
    expect((error as NewsError).code).toBe('unsupported-shape');
  });
});
