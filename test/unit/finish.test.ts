import { describe, expect, it } from 'vitest';
import { clip, finishArticle, finishInput } from '../../src/data/finish.js';
import { articleJsonLd } from '../../src/data/json-ld-writer.js';

describe('finishArticle: what every article passes before any element draws it', () => {
  it('keeps links only through the URL policy, everywhere in the article', () => {
    const article = finishArticle(
      {
        title: 'Harbour',
        url: 'javascript:alert(1)',
        image: { url: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' },
        authors: [{ name: 'Ines', url: 'javascript:alert(2)', avatar: 'vbscript:x' }],
        categories: [{ name: 'Town', url: ' JaVaScRiPt:alert(3)' }],
        tags: [{ name: 'Boats', url: 'https://news.example/tag/boats' }],
      },
    )!;
    expect(article.url).toBeUndefined();
    expect(article.image).toBeUndefined();
    expect(article.authors).toEqual([{ name: 'Ines' }]);
    expect(article.author).toEqual({ name: 'Ines' });
    expect(article.categories).toEqual([{ name: 'Town' }]);
    expect(article.tags).toEqual([{ name: 'Boats', url: 'https://news.example/tag/boats' }]);
  });

  it('drops srcset candidates that are not safe URLs with a width or density', () => {
    const article = finishArticle({ title: 't', image: { url: '/a.jpg', srcset: '/a-300.jpg 300w, javascript:alert(1) 600w, /a-900.jpg 900w' } })!;
    expect(article.image).toEqual({ url: '/a.jpg', alt: '', srcset: '/a-300.jpg 300w, /a-900.jpg 900w' });
  });

  it('keeps only dates it can read, as ISO strings', () => {
    expect(finishArticle({ title: 't', published: 'yesterday', modified: 'not a date' })).not.toHaveProperty('published');
    expect(finishArticle({ title: 't', published: 'yesterday' })).not.toHaveProperty('modified');
    expect(finishArticle({ title: 't', published: '2026-03-04T09:30:00+01:00' })!.published).toBe('2026-03-04T08:30:00.000Z');
    expect(finishArticle({ title: 't', published: 1e20 })).not.toHaveProperty('published');
  });

  it('reads values of the wrong type as nothing rather than throwing', () => {
    const odd = {
      id: { nested: true },
      title: 42,
      excerpt: ['not', 'text'],
      bodyHtml: 7,
      image: 12,
      authors: 'Ines',
      categories: 'Town',
      tags: [null, 3, { name: null }],
      metrics: { views: '12', bad: 'many', worse: {} },
      commentCount: -3,
      postId: 'abc',
      readingTimeMinutes: Infinity,
      commentStatus: 'maybe',
    };
    const article = finishArticle(odd)!;
    expect(article).toEqual({
      id: expect.stringMatching(/^item-[0-9a-z]+$/) as string,
      title: '42',
      excerpt: '',
      bodyHtml: '',
      authors: [],
      categories: [],
      tags: [{ name: '3' }],
      metrics: { views: 12 },
    });
  });

  it('drops a record with no title', () => {
    expect(finishArticle({ title: '   ' })).toBeUndefined();
    expect(finishArticle({ title: null, url: 'https://news.example/a' })).toBeUndefined();
  });

  it('clips huge texts without splitting a character', () => {
    const article = finishArticle({ title: 'x'.repeat(2_000_000), excerpt: '😀'.repeat(100_000), authors: [{ name: 'n'.repeat(5000) }] })!;
    expect(article.title.length).toBe(1000);
    expect(article.excerpt.length).toBeLessThanOrEqual(10_000);
    expect(article.excerpt.endsWith('😀')).toBe(true);
    expect(article.author!.name.length).toBe(300);
    expect(clip('ab😀', 3)).toBe('ab');
  });
});

describe('ids of articles with no id, url or slug', () => {
  const story = (title: string, published = '2026-03-04T09:30:00Z') => ({ title, published, body_html: `<p>${title}.</p>` });

  it('come from their content, not their position: page 2 repeats none of page 1', async () => {
    const { readArticles } = await import('../../src/data/load.js');
    const page1 = await readArticles({ items: [story('Ferry late'), story('Harbour opens'), story('Gulls')] });
    const page2 = await readArticles({ items: [story('Market day'), story('Regatta'), story('Bridge shut')] });
    const ids1 = page1.articles.map((a) => a.id);
    const ids2 = page2.articles.map((a) => a.id);
    expect(ids1).toHaveLength(3);
    expect(ids2.filter((id) => ids1.includes(id))).toEqual([]);
    // The same story keeps its id wherever it appears.
    const moved = await readArticles({ items: [story('Regatta'), story('Ferry late')] });
    expect(moved.articles.map((a) => a.id)).toEqual([ids2[1], ids1[0]]);
  });

  it('tell apart stories that differ only by date or body, and stay unique within a page', async () => {
    const { readArticles } = await import('../../src/data/load.js');
    const page = await readArticles({
      items: [story('Tide table'), story('Tide table', '2026-03-05T09:30:00Z'), { ...story('Tide table'), body_html: '<p>Other.</p>' }, story('Tide table')],
    });
    const ids = page.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids[3]).toBe(`${ids[0]}-2`);
  });

  it('are made the same way for articles an app hands in', () => {
    const ids = finishInput([{ title: 'Same' }, { title: 'Same' }, { title: 'Other' }]).map((a) => a.id);
    expect(ids).toEqual([ids[0], `${ids[0]}-2`, expect.stringMatching(/^item-/)]);
    expect(ids[2]).not.toBe(ids[0]);
  });
});

describe('finishInput: articles an app hands in', () => {
  it('checks each like fetched data and drops what is not an article', () => {
    const articles = finishInput([{ title: 'Good', url: 'https://news.example/good' }, null, 'text', { title: '' }, { title: 'Bad link', url: 'javascript:alert(1)' }]);
    expect(articles.map((a) => [a.title, a.url])).toEqual([
      ['Good', 'https://news.example/good'],
      ['Bad link', undefined],
    ]);
  });

  it('gives the same finished article for the same input object, so nothing redraws for nothing', () => {
    const input = { title: 'Same', id: 'same' };
    const [first] = finishInput([input]);
    const [second] = finishInput([input]);
    expect(first).toBe(second);
    expect(finishInput([{ ...input }])[0]).not.toBe(first);
  });

  it('takes anything that is not a list as no articles', () => {
    expect(finishInput('nope')).toEqual([]);
    expect(finishInput({ title: 'not a list' })).toEqual([]);
  });
});

describe('articleJsonLd', () => {
  it('describes the article as a schema.org NewsArticle that no value can break out of', () => {
    const article = finishArticle({ title: '</script><script>alert(1)</script>', url: 'https://news.example/a', published: '2026-03-04T09:30:00Z', authors: [{ name: 'Ines' }], tags: [{ name: 'a' }, { name: 'b' }] })!;
    const text = articleJsonLd(article);
    expect(text).not.toContain('<');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline: '</script><script>alert(1)</script>', url: 'https://news.example/a', datePublished: '2026-03-04T09:30:00.000Z', keywords: 'a, b' });
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Ines' }]);
  });
});
