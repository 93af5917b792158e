import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ghost } from '../../src/data/formats/ghost.js';
import { fixture, expectNoJunk } from '../support/fixtures.js';

const API = 'https://wenlow-tides.example/ghost/api/content/posts/';
const CONTEXT = { url: `${API}?key=22444f78447824223cefc48062&include=authors,tags&limit=3` };
const SITE = 'https://wenlow-tides.example';

/** The fixture's first post with some fields replaced, wrapped as a Ghost response. */
function withPost(changes: Record<string, unknown>): unknown {
  const posts = (fixture('ghost-posts') as { posts: Record<string, unknown>[] }).posts;
  return { posts: [{ ...posts[0], ...changes }] };
}

describe('ghost adapter: posts', () => {
  const page = ghost.parse(fixture('ghost-posts'), CONTEXT);
  const [lagoon, wheelers, minutes] = page.articles;

  it('keeps every post, in order', () => {
    expect(page.articles.map((a) => a.slug)).toEqual(['tidal-lagoon-seagrass', 'wenlow-wheelers-hill-climb', 'parish-minutes-online']);
  });

  it('maps id, url, slug, title and body HTML', () => {
    expect(lagoon).toMatchObject({
      id: '65f1a2b3c4d5e6f708192a3b',
      url: `${SITE}/tidal-lagoon-seagrass/`,
      slug: 'tidal-lagoon-seagrass',
      title: 'Tidal lagoon trial finds more seagrass than expected',
    });
    expect(lagoon?.bodyHtml).toMatch(/^<p>Divers surveying the Wenlow tidal lagoon/);
    expect(lagoon?.bodyHtml).toContain('<figure class="kg-card kg-image-card">');
  });

  it('prefers the custom excerpt', () => {
    expect(lagoon?.excerpt).toBe('Divers counted seagrass across twice the area mapped five years ago.');
  });

  it('falls back to the generated excerpt', () => {
    expect(wheelers?.excerpt).toBe("The club's junior squad swept the first three places on Crane Bank.");
  });

  it('maps the feature image with its alt text', () => {
    expect(lagoon?.image).toEqual({
      url: `${SITE}/content/images/2026/03/lagoon-divers.jpg`,
      alt: 'Two divers with clipboards at the edge of the lagoon',
    });
  });

  it('uses an empty alt when the feature image has none, and no image when there is none', () => {
    expect(wheelers?.image).toEqual({ url: `${SITE}/content/images/2026/03/hill-climb.jpg`, alt: '' });
    expect(minutes?.image).toBeUndefined();
  });

  it('reads published_at and updated_at as ISO dates', () => {
    expect(lagoon?.published).toBe('2026-03-04T07:00:00.000Z');
    expect(lagoon?.modified).toBe('2026-03-04T10:00:05.000Z');
  });

  it('takes the reading time in minutes and offers it as a metric', () => {
    expect(lagoon?.readingTimeMinutes).toBe(3);
    expect(lagoon?.metrics).toEqual({ readingTimeMinutes: 3 });
  });

  it('estimates the reading time from the body when Ghost says zero', () => {
    expect(minutes?.readingTimeMinutes).toBe(1);
    expect(minutes?.metrics).toEqual({});
  });

  it('lists all authors, primary first, with profile images as avatars', () => {
    expect(lagoon?.authors).toEqual([
      { name: 'Ines Marr', url: `${SITE}/author/ines/`, avatar: `${SITE}/content/images/2026/01/ines.jpg` },
      { name: 'Tomasz Reed', url: `${SITE}/author/tomasz/` },
    ]);
    expect(lagoon?.author?.name).toBe('Ines Marr');
  });

  it('makes the primary tag the category and public tags the tags', () => {
    expect(lagoon?.categories).toEqual([{ name: 'Science', slug: 'science', url: `${SITE}/tag/science/` }]);
    expect(lagoon?.tags.map((t) => t.name)).toEqual(['Science', 'Coast']);
  });

  it('skips internal tags', () => {
    expect(wheelers?.tags.map((t) => t.name)).toEqual(['Sport', 'Cycling']);
    expect(wheelers?.categories.map((t) => t.name)).toEqual(['Sport']);
    expect(JSON.stringify(page)).not.toContain('#');
  });

  it('has no category when the post has no public tags', () => {
    expect(minutes?.categories).toEqual([]);
    expect(minutes?.tags).toEqual([]);
  });

  it('does not treat comment_id as a WordPress post id', () => {
    expect(wheelers?.postId).toBeUndefined();
    expect(wheelers?.commentCount).toBeUndefined();
  });

  it('never emits junk strings', () => {
    expectNoJunk(page);
  });
});

describe('ghost adapter: fallbacks', () => {
  it('uses primary_author when authors were not included', () => {
    const article = ghost.parse(withPost({ authors: undefined }), CONTEXT).articles[0];
    expect(article?.authors.map((a) => a.name)).toEqual(['Ines Marr']);
  });

  it('uses the first public tag as the category when primary_tag was not included', () => {
    const article = ghost.parse(withPost({ primary_tag: undefined }), CONTEXT).articles[0];
    expect(article?.categories.map((c) => c.name)).toEqual(['Science']);
  });

  it('ignores an internal primary tag', () => {
    const article = ghost.parse(withPost({ primary_tag: { name: '#wide-hero', visibility: 'internal' }, tags: [] }), CONTEXT).articles[0];
    expect(article?.categories).toEqual([]);
  });

  it('falls back to the uuid as id', () => {
    expect(ghost.parse(withPost({ id: null }), CONTEXT).articles[0]?.id).toBe('3c9e1d52-7a41-4b8e-9f0a-2d6c5b4a3e21');
  });
});

describe('ghost adapter: pagination', () => {
  it('links the next page number, keeping the other query parameters', () => {
    const page = ghost.parse(fixture('ghost-posts'), CONTEXT);
    expect(page.total).toBe(5);
    expect(page.totalPages).toBe(2);
    const next = new URL(page.next ?? '');
    expect(next.origin + next.pathname).toBe(API);
    expect(next.searchParams.get('page')).toBe('2');
    expect(next.searchParams.get('key')).toBe('22444f78447824223cefc48062');
    expect(next.searchParams.get('include')).toBe('authors,tags');
    expect(next.searchParams.get('limit')).toBe('3');
  });

  it('replaces an existing page parameter', () => {
    const json = { posts: [], meta: { pagination: { page: 2, limit: 15, pages: 3, total: 40, next: 3, prev: 1 } } };
    const next = ghost.parse(json, { url: `${API}?page=2&key=k` }).next ?? '';
    expect(new URL(next).searchParams.getAll('page')).toEqual(['3']);
  });

  it('has no next page on the last page', () => {
    const json = { posts: [], meta: { pagination: { page: 2, limit: 3, pages: 2, total: 5, next: null, prev: 1 } } };
    const page = ghost.parse(json, { url: `${API}?page=2` });
    expect(page.next).toBeUndefined();
    expect(page).toMatchObject({ total: 5, totalPages: 2 });
  });

  it('has no next page without an absolute endpoint URL or with a non-numeric next', () => {
    const json = fixture('ghost-posts');
    expect(ghost.parse(json, {}).next).toBeUndefined();
    expect(ghost.parse(json, { url: '/ghost/api/content/posts/' }).next).toBeUndefined();
    expect(ghost.parse({ posts: [], meta: { pagination: { next: '2' } } }, CONTEXT).next).toBeUndefined();
    expect(ghost.parse({ posts: [], meta: { pagination: { next: 1.5 } } }, CONTEXT).next).toBeUndefined();
  });
});

describe('ghost adapter: untrusted values', () => {
  it('drops javascript: URLs everywhere', () => {
    const json = withPost({
      url: 'javascript:alert(1)',
      feature_image: 'javascript:alert(2)',
      authors: [{ name: 'Mallory', url: 'javascript:alert(3)', profile_image: 'javascript:alert(4)' }],
      tags: [{ name: 'Coast', url: 'javascript:alert(5)', visibility: 'public' }],
      primary_tag: null,
    });
    const article = ghost.parse(json, CONTEXT).articles[0];
    expect(article?.url).toBeUndefined();
    expect(article?.image).toBeUndefined();
    expect(article?.authors).toEqual([{ name: 'Mallory' }]);
    expect(article?.tags).toEqual([{ name: 'Coast' }]);
    expect(JSON.stringify(article)).not.toMatch(/javascript/i);
  });

  it('resolves relative URLs against the endpoint URL', () => {
    const json = withPost({ url: '/tidal-lagoon-seagrass/', feature_image: '/content/images/x.jpg' });
    const article = ghost.parse(json, CONTEXT).articles[0];
    expect(article?.url).toBe(`${SITE}/tidal-lagoon-seagrass/`);
    expect(article?.image?.url).toBe(`${SITE}/content/images/x.jpg`);
  });

  it('does not decode entities in Ghost\u2019s plain-text titles', () => {
    expect(ghost.parse(withPost({ title: 'Why &amp; is escaped' }), CONTEXT).articles[0]?.title).toBe('Why &amp; is escaped');
  });
});

describe('ghost adapter: bad input', () => {
  it('returns no articles for values that are not Ghost responses', () => {
    const inputs = [null, undefined, 42, 'x', true, [], [null], [{ title: { rendered: {} } }], { posts: null }, { posts: [null, 42, 'x'] }, { errors: [{ message: 'Unknown Content API Key' }] }];
    for (const input of inputs) {
      expect(ghost.parse(input, CONTEXT)).toEqual({ articles: [] });
    }
  });

  it('drops posts without a usable title', () => {
    expect(ghost.parse({ posts: [{ title: '' }, { title: null }, { title: {} }, { title: { rendered: 'x' } }] }, CONTEXT).articles).toEqual([]);
  });

  it('survives wrong types in every field', () => {
    const json = {
      posts: [
        {
          id: {},
          title: 'Still here',
          html: 42,
          custom_excerpt: {},
          excerpt: ['a'],
          feature_image: 7,
          published_at: 'soon',
          reading_time: 'slow',
          authors: 'everyone',
          primary_author: [],
          tags: [null, 'x', { name: {} }],
          primary_tag: 'Sport',
        },
      ],
      meta: { pagination: 'yes' },
    };
    const page = ghost.parse(json, CONTEXT);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]).toMatchObject({ title: 'Still here', excerpt: '', bodyHtml: '', authors: [], tags: [], categories: [] });
    expectNoJunk(page);
  });

  it('never throws and never emits junk strings, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const page = ghost.parse(json, CONTEXT);
        expect(Array.isArray(page.articles)).toBe(true);
        expectNoJunk(page);
        ghost.detect(json);
      }),
    );
  });

  it('never throws when fields of a real response are replaced with arbitrary values', () => {
    const keys = ['id', 'url', 'title', 'html', 'custom_excerpt', 'feature_image', 'authors', 'tags', 'primary_tag', 'reading_time'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), fc.anything(), (key, value, pagination) => {
        const json = { ...(withPost({ [key]: value }) as object), meta: { pagination } };
        expectNoJunk(ghost.parse(json, CONTEXT));
      }),
    );
  });
});

describe('ghost adapter: detect', () => {
  it('claims Ghost responses', () => {
    expect(ghost.detect(fixture('ghost-posts'))).toBe(true);
    expect(ghost.detect({ posts: [], meta: { pagination: { page: 1, pages: 1 } } })).toBe(true);
    expect(ghost.detect({ posts: [{ title: 'A', uuid: 'u', html: '<p>a</p>' }] })).toBe(true);
  });

  it('does not claim other formats', () => {
    expect(ghost.detect(fixture('wordpress-posts-embed'))).toBe(false);
    expect(ghost.detect(fixture('wordpress-post'))).toBe(false);
    expect(ghost.detect({ version: 'https://jsonfeed.org/version/1.1', items: [] })).toBe(false);
    expect(ghost.detect({ status: 'ok', totalResults: 0, articles: [] })).toBe(false);
    expect(ghost.detect({ posts: [{ title: { rendered: 'WordPress, wrapped' } }], meta: { pagination: {} } })).toBe(false);
    expect(ghost.detect({ posts: [{ title: 'Some other API', body: 'x' }] })).toBe(false);
  });

  it('does not claim bare values', () => {
    for (const input of [null, undefined, 42, 'x', [], { posts: {} }, { posts: [] }]) {
      expect(ghost.detect(input)).toBe(false);
    }
  });
});
