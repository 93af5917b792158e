import { describe, expect, it } from 'vitest';
import { newsApi } from '../../src/data/formats/newsapi.js';
import { fixture, strings } from '../support/fixtures.js';

const API_URL = 'https://newsapi.example/v2/top-headlines?country=gb';
const page = () => newsApi.parse(fixture('newsapi.json'), { url: API_URL });

describe('newsApi', () => {
  it('reads every article and totalResults as total', () => {
    const result = page();
    expect(result.articles).toHaveLength(4);
    expect(result.total).toBe(57);
    expect(result.next).toBeUndefined();
  });

  it('uses the url as id and link, and keeps the " - Source" title suffix', () => {
    const article = page().articles[0]!;
    expect(article.id).toBe('https://gazette.example/news/2026/03/market-street-vote');
    expect(article.url).toBe(article.id);
    expect(article.title).toBe('Kestrel Bay council votes to pedestrianise Market Street - Kestrel Gazette');
  });

  it('uses description as the excerpt, decoding entities', () => {
    expect(page().articles[0]!.excerpt).toBe("Cars will be banned from the town's main shopping street from June after a 9-4 vote.");
  });

  it('strips the [+N chars] marker and keeps the cut visible with an ellipsis', () => {
    const [first, second] = page().articles;
    expect(first!.bodyHtml).toBe(
      '<p>Kestrel Bay councillors voted 9-4 on Monday night to close Market Street to cars from June, ending a two-year argument between traders and the cycling campaign\u2026</p>',
    );
    expect(second!.bodyHtml).toMatch(/nearby meadows\u2026<\/p>$/);
    expect(second!.bodyHtml).not.toContain('chars]');
  });

  it('escapes content into a paragraph', () => {
    expect(page().articles[1]!.bodyHtml).toContain('quarry &amp; found');
    expect(page().articles[3]!.bodyHtml).toBe(
      '<p>Kestrel Bay Athletic &lt;3 late goals: Lena Marsh headed in an 88th-minute equaliser to hold Harlow Town...</p>',
    );
  });

  it('leaves content without a marker as it is', () => {
    const result = newsApi.parse({ status: 'ok', articles: [{ title: 'T', content: 'Whole text.' }] }, {});
    expect(result.articles[0]!.bodyHtml).toBe('<p>Whole text.</p>');
  });

  it('gives an empty body for null content and derives nothing from a null description', () => {
    const article = page().articles[2]!;
    expect(article.bodyHtml).toBe('');
    expect(article.excerpt).toBe('');
  });

  it('falls back to the content for the excerpt when description is null', () => {
    const result = newsApi.parse({ status: 'ok', articles: [{ title: 'T', description: null, content: 'Short body [+10 chars]' }] }, {});
    expect(result.articles[0]!.excerpt).toBe('Short body\u2026');
  });

  it('keeps a comma-separated author list as one name', () => {
    expect(page().articles[0]!.authors).toEqual([{ name: 'Hannah Ibe, Rui Costa' }]);
    expect(page().articles[0]!.author).toEqual({ name: 'Hannah Ibe, Rui Costa' });
  });

  it('drops null and URL authors', () => {
    expect(page().articles[1]!.authors).toEqual([]);
    expect(page().articles[1]!.author).toBeUndefined();
    expect(page().articles[2]!.authors).toEqual([]);
    const result = newsApi.parse({ status: 'ok', articles: [{ title: 'T', author: 'www.example.com/staff/jo' }] }, {});
    expect(result.articles[0]!.authors).toEqual([]);
  });

  it('turns source.name into a category, with source.id as its slug', () => {
    expect(page().articles[0]!.categories).toEqual([{ name: 'Kestrel Gazette', slug: 'kestrel-gazette' }]);
    expect(page().articles[1]!.categories).toEqual([{ name: 'Wrenmouth Observer' }]);
  });

  it('maps urlToImage with an empty alt, resolving protocol-relative URLs', () => {
    expect(page().articles[0]!.image).toEqual({ url: 'https://gazette.example/img/market-street.jpg', alt: '' });
    expect(page().articles[1]!.image).toBeUndefined();
    expect(page().articles[2]!.image).toEqual({ url: 'https://cdn.aldermoor-today.example/bakery.jpg', alt: '' });
  });

  it('drops javascript: and data: URLs', () => {
    expect(page().articles[3]!.image).toBeUndefined();
    const result = newsApi.parse(
      { status: 'ok', articles: [{ title: 'T', url: 'javascript:alert(1)', urlToImage: 'data:image/png;base64,AAAA' }] },
      {},
    );
    expect(result.articles[0]!.url).toBeUndefined();
    expect(result.articles[0]!.image).toBeUndefined();
    expect(result.articles[0]!.id).toMatch(/^item-[0-9a-z]+$/);
  });

  it('reads publishedAt as the published date', () => {
    expect(page().articles[0]!.published).toBe('2026-03-02T08:30:00.000Z');
  });

  it('skips articles NewsAPI marks as [Removed]', () => {
    const removed = { source: { id: null, name: '[Removed]' }, author: null, title: '[Removed]', description: '[Removed]', url: 'https://removed.com', urlToImage: null, publishedAt: '1970-01-01T00:00:00Z', content: '[Removed]' };
    const result = newsApi.parse({ status: 'ok', totalResults: 2, articles: [removed, { title: 'Kept' }] }, {});
    expect(result.articles.map((a) => a.title)).toEqual(['Kept']);
  });

  it('returns no articles for an error response', () => {
    expect(newsApi.parse({ status: 'error', code: 'apiKeyInvalid', message: 'Your API key is invalid.' }, {})).toEqual({ articles: [] });
    expect(newsApi.parse({ status: 'error', articles: [{ title: 'x' }] }, {})).toEqual({ articles: [] });
  });

  it('never outputs junk strings', () => {
    for (const text of strings(page())) expect(text).not.toMatch(/^(undefined|null|\[object Object\])$/);
  });

  it('detects its own shape', () => {
    expect(newsApi.detect(fixture('newsapi.json'))).toBe(true);
    expect(newsApi.detect({ totalResults: 0, articles: [] })).toBe(true);
  });

  it('does not detect other formats', () => {
    expect(newsApi.detect([{ id: 1, title: { rendered: 'Hello' } }])).toBe(false);
    expect(newsApi.detect({ posts: [], meta: { pagination: {} } })).toBe(false);
    expect(newsApi.detect(fixture('json-feed-1.1.json'))).toBe(false);
    expect(newsApi.detect(fixture('jsonld-article.json'))).toBe(false);
    expect(newsApi.detect(fixture('jsonld-itemlist.json'))).toBe(false);
    expect(newsApi.detect({ articles: [] })).toBe(false);
  });

  it('returns no articles for bad input without throwing', () => {
    for (const bad of [null, undefined, 42, 'x', [null], {}, { items: [{ title: {} }] }, { status: 'ok', articles: 'x' }]) {
      expect(newsApi.detect(bad)).toBe(false);
      expect(newsApi.parse(bad, {})).toEqual({ articles: [] });
    }
    expect(newsApi.parse({ status: 'ok', articles: [null, 1, 'x', [], { title: {} }] }, {})).toEqual({ articles: [] });
  });

  it('survives wrong types in every field', () => {
    const result = newsApi.parse(
      {
        status: 'ok',
        totalResults: 'many',
        articles: [{ source: 'x', author: {}, title: 'Kept', description: 3, url: {}, urlToImage: [], publishedAt: {}, content: 12 }],
      },
      {},
    );
    expect(result.total).toBeUndefined();
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({ title: 'Kept', excerpt: '3', bodyHtml: '', authors: [], categories: [] });
    for (const text of strings(result)) expect(text).not.toMatch(/^(undefined|null|\[object Object\])$/);
  });
});
