import { describe, expect, it } from 'vitest';
import { jsonFeed } from '../../src/data/formats/json-feed.js';
import { textToHtml } from '../../src/data/formats/text-to-html.js';
import { fixture, strings } from '../support/fixtures.js';

const FEED_URL = 'https://courier.example/feed.json';
const v11 = () => jsonFeed.parse(fixture('json-feed-1.1.json'), { url: FEED_URL });
const v10 = () => jsonFeed.parse(fixture('json-feed-1.0.json'), { url: 'https://aldermoor.example/feed.json' });

describe('jsonFeed', () => {
  it('reads every item of a 1.1 feed, in feed order', () => {
    expect(v11().articles.map((a) => a.id)).toEqual(['2026-03-harbour-wall', '2026-03-regatta', '4411', '2026-02-dragonflies']);
  });

  it('maps an item with content_html, summary, image, dates and tags', () => {
    const article = v11().articles[0]!;
    expect(article).toMatchObject({
      id: '2026-03-harbour-wall',
      url: 'https://courier.example/2026/03/harbour-wall',
      title: 'Council backs \u2018once in a generation\u2019 harbour wall repair',
      excerpt: 'Wrenmouth councillors approved a \u00a34.2m plan to rebuild the storm-damaged eastern harbour wall.',
      published: '2026-03-03T09:15:00.000Z',
      modified: '2026-03-03T11:40:00.000Z',
    });
    expect(article.bodyHtml).toMatch(/^<p>Wrenmouth town council voted 11 to 2/);
    expect(article.tags).toEqual([{ name: 'council' }, { name: 'harbour' }]);
  });

  it('prefers image over banner_image and gives images an empty alt', () => {
    expect(v11().articles[0]!.image).toEqual({ url: 'https://courier.example/img/harbour-wall.jpg', alt: '' });
  });

  it('falls back to banner_image and resolves relative URLs against the feed URL', () => {
    const article = v11().articles[1]!;
    expect(article.url).toBe('https://courier.example/2026/03/spring-regatta');
    expect(article.image).toEqual({ url: 'https://courier.example/img/regatta-banner.jpg', alt: '' });
  });

  it('resolves relative URLs against feed_url when the caller gives no URL', () => {
    const page = jsonFeed.parse(fixture('json-feed-1.1.json'), {});
    expect(page.articles[1]!.url).toBe('https://courier.example/2026/03/spring-regatta');
  });

  it('escapes content_text into paragraphs split on blank lines', () => {
    expect(v11().articles[1]!.bodyHtml).toBe(
      "<p>Aldermoor Rowing Club won three of the five finals at Saturday's spring regatta on the Wren estuary.</p>" +
        "<p>The women's coxless four beat Kestrel Bay by &quot;half a length &amp; a bit&quot;, said coach Dana Ilves.</p>" +
        '<p>The club now trains for the &lt;county&gt; championships in June.</p>',
    );
  });

  it('prefers content_html over content_text when both are present', () => {
    const page = jsonFeed.parse({ items: [{ id: '1', title: 'T', content_html: '<p>html</p>', content_text: 'text' }] }, {});
    expect(page.articles[0]!.bodyHtml).toBe('<p>html</p>');
  });

  it('gives the item its own authors, with a mailto: author URL kept', () => {
    const article = v11().articles[1]!;
    expect(article.authors).toEqual([{ name: 'Priya Nandakumar', url: 'mailto:priya@courier.example' }]);
    expect(article.author).toEqual(article.authors[0]);
  });

  it('falls back to the feed-level 1.1 authors', () => {
    const article = v11().articles[0]!;
    expect(article.authors).toEqual([
      { name: 'Courier Newsdesk', url: 'https://courier.example/newsdesk', avatar: 'https://courier.example/img/newsdesk.png' },
    ]);
  });

  it('reads the 1.0 single author object at feed and item level', () => {
    const [first, second] = v10().articles;
    expect(first!.authors).toEqual([
      { name: 'Margit Olsen', url: 'https://aldermoor.example/about', avatar: 'https://aldermoor.example/img/margit.jpg' },
    ]);
    expect(second!.authors).toEqual([{ name: 'Tomasz Wren' }]);
    expect(second!.bodyHtml).toBe('<p>The county engineers closed the footbridge on Monday after a walker reported a loose handrail.</p>');
  });

  it('falls back to the 1.0 author when a 1.1 feed has an empty authors array', () => {
    const page = jsonFeed.parse({ authors: [], author: { name: 'Desk' }, items: [{ id: 'a', title: 'T' }] }, {});
    expect(page.articles[0]!.authors).toEqual([{ name: 'Desk' }]);
  });

  it('drops authors without a name', () => {
    const page = jsonFeed.parse({ items: [{ id: 'a', title: 'T', authors: [{ url: 'https://x.example/' }, null, { name: {} }] }] }, {});
    expect(page.articles[0]!.authors).toEqual([]);
    expect(page.articles[0]!.author).toBeUndefined();
  });

  it('titles a title-less item with the start of its text, cut at a word boundary', () => {
    const article = v11().articles[2]!;
    expect(article.title).toBe('The Kestrel Bay ferry is running about forty minutes late this morning because\u2026');
    expect(article.title.length).toBeLessThanOrEqual(81);
    expect(article.id).toBe('4411');
  });

  it('derives a missing title from summary first, then content_text', () => {
    const page = jsonFeed.parse(
      {
        items: [
          { id: 'a', summary: 'Short note from the summary.', content_text: 'Body text' },
          { id: 'b', content_text: 'Only a short text post' },
        ],
      },
      {},
    );
    expect(page.articles.map((a) => a.title)).toEqual(['Short note from the summary.', 'Only a short text post']);
  });

  it('cuts a derived title inside a very long word without splitting a surrogate pair', () => {
    const page = jsonFeed.parse({ items: [{ id: 'a', content_text: 'x'.repeat(100) }, { id: 'b', content_text: `${'y'.repeat(79)}\u{1F6A3}${'z'.repeat(30)}` }] }, {});
    expect(page.articles.map((a) => a.title)).toEqual([`${'x'.repeat(80)}\u2026`, `${'y'.repeat(79)}\u2026`]);
  });

  it('uses external_url as the link when the item has no url', () => {
    expect(v11().articles[3]!.url).toBe('https://science.example/reports/mere-pond-dragonflies');
  });

  it('drops javascript: and data: image URLs', () => {
    expect(v11().articles[3]!.image).toBeUndefined();
    const page = jsonFeed.parse({ items: [{ id: 'a', title: 'T', url: 'javascript:alert(1)', image: 'mailto:a@b.example' }] }, {});
    expect(page.articles[0]!.url).toBeUndefined();
    expect(page.articles[0]!.image).toBeUndefined();
  });

  it('returns next_url as next', () => {
    expect(v11().next).toBe('https://courier.example/feed.json?page=2');
    expect(v10().next).toBeUndefined();
  });

  it('resolves a relative next_url and ignores one that points back at the same page', () => {
    expect(jsonFeed.parse({ items: [], next_url: '?page=3' }, { url: FEED_URL }).next).toBe('https://courier.example/feed.json?page=3');
    expect(jsonFeed.parse({ items: [], next_url: FEED_URL }, { url: FEED_URL }).next).toBeUndefined();
    expect(jsonFeed.parse({ items: [], next_url: 'javascript:alert(1)' }, { url: FEED_URL }).next).toBeUndefined();
  });

  it('tolerates a numeric id and falls back to the url for a missing one', () => {
    const page = jsonFeed.parse({ items: [{ id: 7, title: 'A' }, { title: 'B', url: 'https://x.example/b' }] }, {});
    expect(page.articles.map((a) => a.id)).toEqual(['7', 'https://x.example/b']);
  });

  it('never outputs junk strings', () => {
    for (const page of [v11(), v10()]) {
      for (const text of strings(page)) expect(text).not.toMatch(/^(undefined|null|\[object Object\])$/);
    }
  });

  it('detects JSON Feed 1.0 and 1.1 and version-less feeds with feed fields', () => {
    expect(jsonFeed.detect(fixture('json-feed-1.1.json'))).toBe(true);
    expect(jsonFeed.detect(fixture('json-feed-1.0.json'))).toBe(true);
    expect(jsonFeed.detect({ version: 'https://jsonfeed.org/version/1.1' })).toBe(true);
    expect(jsonFeed.detect({ home_page_url: 'https://x.example/', items: [] })).toBe(true);
    expect(jsonFeed.detect({ items: [{ id: '1', content_html: '<p>x</p>' }] })).toBe(true);
  });

  it('does not detect other formats', () => {
    expect(jsonFeed.detect([{ id: 1, title: { rendered: 'Hello' } }])).toBe(false);
    expect(jsonFeed.detect({ posts: [], meta: { pagination: {} } })).toBe(false);
    expect(jsonFeed.detect(fixture('newsapi.json'))).toBe(false);
    expect(jsonFeed.detect(fixture('jsonld-article.json'))).toBe(false);
    expect(jsonFeed.detect(fixture('jsonld-itemlist.json'))).toBe(false);
    expect(jsonFeed.detect({ items: [{ title: 'x' }] })).toBe(false);
  });

  it('returns no articles for bad input without throwing', () => {
    for (const bad of [null, undefined, 42, 'x', [null], {}, { items: null }, { items: 'x' }, { items: [{ title: {} }] }, { items: [null, 3, [], 'x'] }]) {
      expect(jsonFeed.detect(bad)).toBe(false);
      expect(jsonFeed.parse(bad, {})).toEqual({ articles: [] });
    }
  });

  it('survives wrong types in every field', () => {
    const page = jsonFeed.parse(
      {
        version: 1,
        next_url: {},
        authors: 'not a list',
        author: 'Night Desk',
        items: [
          { id: {}, url: [], title: 'Kept', summary: 5, content_html: {}, content_text: [], image: {}, authors: [{}], tags: [{}, null, 'ok'], date_published: 'soon' },
        ],
      },
      {},
    );
    expect(page.articles).toHaveLength(1);
    const article = page.articles[0]!;
    expect(article).toMatchObject({ title: 'Kept', excerpt: '5', bodyHtml: '', tags: [{ name: 'ok' }], authors: [{ name: 'Night Desk' }] });
    expect(article.published).toBeUndefined();
    for (const text of strings(page)) expect(text).not.toMatch(/^(undefined|null|\[object Object\])$/);
  });
});

describe('textToHtml', () => {
  it('escapes markup characters and wraps blank-line-separated blocks in paragraphs', () => {
    expect(textToHtml('a < b & "c"\nstill first\r\n\r\n\n second ')).toBe('<p>a &lt; b &amp; &quot;c&quot; still first</p><p>second</p>');
  });

  it('returns an empty string for empty or non-text input', () => {
    expect(textToHtml('')).toBe('');
    expect(textToHtml(' \n\n ')).toBe('');
    expect(textToHtml(null as unknown as string)).toBe('');
  });
});
