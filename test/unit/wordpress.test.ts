import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordpress } from '../../src/data/formats/wordpress.js';
import { fixture, expectNoJunk } from '../support/fixtures.js';

const API = 'https://kelsby-courier.example/wp-json/wp/v2/posts';
const CONTEXT = { url: `${API}?_embed=1&per_page=3` };
const UPLOADS = 'https://kelsby-courier.example/wp-content/uploads/2026/03';

describe('wordpress adapter: embedded list', () => {
  const page = wordpress.parse(fixture('wordpress-posts-embed'), CONTEXT);
  const [ferry, comet, rovers] = page.articles;

  it('keeps every post with a title, in order', () => {
    expect(page.articles.map((a) => a.id)).toEqual(['4812', '4807', '4798']);
  });

  it('maps id, post id, link, slug and comment status', () => {
    expect(ferry).toMatchObject({
      id: '4812',
      postId: 4812,
      url: 'https://kelsby-courier.example/2026/03/02/harbours-new-ferry-what-changes/',
      slug: 'harbours-new-ferry-what-changes',
      commentStatus: 'open',
    });
    expect(comet?.commentStatus).toBe('closed');
  });

  it('decodes entities in rendered titles', () => {
    expect(ferry?.title).toBe('Harbour\u2019s new ferry \u2013 what changes');
    expect(comet?.title).toBe('Sixth-formers spot a \u201cnew\u201d comet from the school roof');
    expect(rovers?.title).toBe('Rovers edge Millbrook 2\u20131 in cup replay');
  });

  it('turns the rendered excerpt into text and strips the trailing [\u2026] marker', () => {
    expect(ferry?.excerpt).toBe(
      'The battery ferry Marram takes over the Kelsby\u2013Aldmouth crossing on Monday, with a later first sailing and slightly longer trips \u2026',
    );
    expect(rovers?.excerpt).toBe('A late header from captain Sol Brennan sent Kelsby Rovers into the county cup semi-final');
  });

  it('drops a theme\u2019s "Continue reading" link from the excerpt', () => {
    expect(comet?.excerpt).toBe('Three Aldmouth Academy students logged a faint moving smudge that observatories are now following up \u2026');
  });

  it('keeps ordinary links in the excerpt and drops "Read more" links however they are marked', () => {
    const excerpt = {
      rendered:
        "<p>Plans are on <a href='/council/'>the council site</a> now. <A CLASS='btn more-link' HREF='/p/'>More</A> <a href='/p/'>Read more<span> about the plans</span></a> <a href='/p/'>unclosed",
    };
    const article = wordpress.parse([{ id: 1, title: { rendered: 'Plans' }, excerpt }], {}).articles[0];
    expect(article?.excerpt).toBe('Plans are on the council site now. unclosed');
  });

  it('keeps the rendered content as the untouched body HTML', () => {
    const raw = (fixture('wordpress-posts-embed') as { content: { rendered: string } }[])[0]?.content.rendered;
    expect(ferry?.bodyHtml).toBe(raw);
    expect(ferry?.bodyHtml).toContain('<strong>Kelsby Ferry Company</strong>');
  });

  it('reads date_gmt and modified_gmt as UTC', () => {
    expect(ferry?.published).toBe('2026-03-02T08:15:00.000Z');
    expect(ferry?.modified).toBe('2026-03-02T11:40:12.000Z');
  });

  it('takes the embedded author with the largest avatar', () => {
    expect(ferry?.author).toEqual({
      name: 'Morwenna Tull',
      url: 'https://kelsby-courier.example/author/mtull/',
      avatar: 'https://secure.gravatar.com/avatar/5f1c0e2d9a?s=96&d=mm&r=g',
    });
    expect(ferry?.authors).toHaveLength(1);
    // Key order in avatar_urls does not matter.
    expect(rovers?.author?.avatar).toBe('https://secure.gravatar.com/avatar/5f1c0e2d9a?s=96&d=mm&r=g');
  });

  it('maps the featured media to an image with alt text and intrinsic size', () => {
    expect(ferry?.image).toMatchObject({
      url: `${UPLOADS}/marram-quay.jpg`,
      alt: 'The electric ferry Marram moored at Kelsby quay at dawn',
      width: 1600,
      height: 1067,
    });
  });

  it('builds a srcset from the featured media sizes, narrowest first', () => {
    expect(ferry?.image?.srcset).toBe(
      [
        `${UPLOADS}/marram-quay-150x150.jpg 150w`,
        `${UPLOADS}/marram-quay-300x200.jpg 300w`,
        `${UPLOADS}/marram-quay-768x512.jpg 768w`,
        `${UPLOADS}/marram-quay-1024x683.jpg 1024w`,
        `${UPLOADS}/marram-quay.jpg 1600w`,
      ].join(', '),
    );
  });

  it('ignores featured media embedded as an error object', () => {
    expect(comet?.image).toBeUndefined();
    expect(comet?.title).not.toBe('');
  });

  it('has no image when the post has no featured media', () => {
    expect(rovers?.image).toBeUndefined();
  });

  it('sorts wp:term into categories and tags', () => {
    expect(ferry?.categories).toEqual([
      { name: 'Transport', slug: 'transport', url: 'https://kelsby-courier.example/category/transport/' },
      { name: 'Local', slug: 'local', url: 'https://kelsby-courier.example/category/local/' },
    ]);
    expect(ferry?.tags.map((t) => t.name)).toEqual(['ferries', 'Kelsby Harbour']);
    expect(rovers?.tags).toEqual([]);
  });

  it('decodes entities in term names', () => {
    expect(comet?.categories[0]?.name).toBe('Science & Environment');
  });

  it('counts embedded replies as the comment count and offers it as a metric', () => {
    expect(ferry?.commentCount).toBe(3);
    expect(ferry?.metrics).toEqual({ commentCount: 3 });
    expect(rovers?.commentCount).toBe(0);
    expect(rovers?.metrics).toEqual({ commentCount: 0 });
  });

  it('leaves the comment count unknown when replies are not embedded', () => {
    expect(comet?.commentCount).toBeUndefined();
    expect(comet?.metrics).toEqual({});
  });

  it('has no pagination without the WordPress headers', () => {
    expect(page.next).toBeUndefined();
    expect(page.total).toBeUndefined();
    expect(page.totalPages).toBeUndefined();
  });

  it('never emits junk strings', () => {
    expectNoJunk(page);
  });
});

describe('wordpress adapter: without _embed', () => {
  const page = wordpress.parse(fixture('wordpress-posts'), { url: API });
  const [council, library] = page.articles;

  it('reads the post fields that need no embedding', () => {
    expect(council).toMatchObject({
      id: '4790',
      postId: 4790,
      title: 'Council approves \u00a32.4m sea wall budget after late-night vote',
      excerpt: 'Councillors voted 9\u20136 to fund repairs to the north sea wall',
      published: '2026-02-27T13:30:00.000Z',
      modified: '2026-02-27T15:02:44.000Z',
      commentStatus: 'open',
    });
    expect(library?.commentStatus).toBe('closed');
  });

  it('does not invent author, terms or image from bare ids', () => {
    for (const article of page.articles) {
      expect(article.author).toBeUndefined();
      expect(article.authors).toEqual([]);
      expect(article.categories).toEqual([]);
      expect(article.tags).toEqual([]);
      expect(article.image).toBeUndefined();
      expect(article.commentCount).toBeUndefined();
    }
  });

  it('uses the Jetpack featured image URL when the site sends one', () => {
    const post = { id: 1, title: { rendered: 'Pier reopens' }, jetpack_featured_media_url: `${UPLOADS}/pier.jpg` };
    expect(wordpress.parse([post], {}).articles[0]?.image).toEqual({ url: `${UPLOADS}/pier.jpg`, alt: '' });
  });
});

describe('wordpress adapter: single post', () => {
  const page = wordpress.parse(fixture('wordpress-post'), {
    url: `${API}/4775?_embed`,
    headers: { 'x-wp-total': '40', 'x-wp-totalpages': '4' },
  });
  const article = page.articles[0];

  it('reads a single post object as a one-article page', () => {
    expect(page.articles).toHaveLength(1);
    expect(article).toMatchObject({
      id: '4775',
      title: 'Town hall clock strikes again after 40 silent years',
      author: { name: 'Hal Okafor' },
      commentCount: 1,
    });
    expect(article?.categories.map((c) => c.name)).toEqual(['Local', 'Heritage']);
    expect(article?.tags.map((t) => t.slug)).toEqual(['town-hall']);
    expect(article?.image?.srcset?.split(', ').map((c) => c.split(' ')[1])).toEqual(['150w', '240w', '819w', '1200w']);
  });

  it('has no next page for a single post', () => {
    expect(page.next).toBeUndefined();
  });
});

describe('wordpress adapter: pagination', () => {
  const list = fixture('wordpress-posts');

  it('links page 2 when page 1 of 3, keeping the other query parameters', () => {
    const page = wordpress.parse(list, {
      url: `${API}?_embed=1&per_page=10&categories=7`,
      headers: { 'x-wp-total': '27', 'x-wp-totalpages': '3' },
    });
    expect(page.total).toBe(27);
    expect(page.totalPages).toBe(3);
    const next = new URL(page.next ?? '');
    expect(next.origin + next.pathname).toBe(API);
    expect(next.searchParams.get('page')).toBe('2');
    expect(next.searchParams.get('_embed')).toBe('1');
    expect(next.searchParams.get('per_page')).toBe('10');
    expect(next.searchParams.get('categories')).toBe('7');
  });

  it('follows the current page number', () => {
    const page = wordpress.parse(list, { url: `${API}?page=2&per_page=10`, headers: { 'x-wp-total': '27', 'x-wp-totalpages': '3' } });
    expect(new URL(page.next ?? '').searchParams.get('page')).toBe('3');
  });

  it('has no next page on the last page', () => {
    const page = wordpress.parse(list, { url: `${API}?page=3`, headers: { 'x-wp-total': '27', 'x-wp-totalpages': '3' } });
    expect(page.next).toBeUndefined();
    expect(page.totalPages).toBe(3);
  });

  it('reports totals but no next page when the endpoint URL is unknown or not absolute', () => {
    const headers = { 'x-wp-total': '27', 'x-wp-totalpages': '3' };
    expect(wordpress.parse(list, { headers })).toMatchObject({ total: 27, totalPages: 3 });
    expect(wordpress.parse(list, { headers }).next).toBeUndefined();
    expect(wordpress.parse(list, { url: '/wp-json/wp/v2/posts', headers }).next).toBeUndefined();
  });

  it('ignores nonsense pagination headers and page numbers', () => {
    const page = wordpress.parse(list, { url: `${API}?page=abc`, headers: { 'x-wp-total': 'lots', 'x-wp-totalpages': '-1' } });
    expect(page.total).toBeUndefined();
    expect(page.totalPages).toBeUndefined();
    expect(page.next).toBeUndefined();
    expect(wordpress.parse(list, { url: `${API}?page=abc`, headers: { 'x-wp-totalpages': '3' } }).next).toBeUndefined();
  });
});

describe('wordpress adapter: untrusted values', () => {
  const hostile = {
    id: 77,
    link: 'javascript:alert(1)',
    title: { rendered: 'Pier &amp; promenade' },
    _embedded: {
      author: [{ name: 'Mallory', link: 'javascript:alert(2)', avatar_urls: { '96': 'javascript:alert(3)', '48': '/avatars/m-48.png' } }],
      'wp:featuredmedia': [
        {
          source_url: 'javascript:alert(4)',
          media_details: { sizes: { medium: { source_url: `${UPLOADS}/a-300.jpg`, width: 300 } } },
        },
      ],
      'wp:term': [[{ name: 'Local', taxonomy: 'category', link: 'javascript:alert(5)' }]],
    },
  };

  it('drops javascript: URLs everywhere', () => {
    const article = wordpress.parse([hostile], { url: API }).articles[0];
    expect(article?.url).toBeUndefined();
    expect(article?.author).toEqual({ name: 'Mallory', avatar: 'https://kelsby-courier.example/avatars/m-48.png' });
    expect(article?.image).toBeUndefined();
    expect(article?.categories).toEqual([{ name: 'Local' }]);
    expect(JSON.stringify(article)).not.toMatch(/javascript/i);
  });

  it('keeps only safe, distinct candidates in the srcset', () => {
    const media = {
      source_url: `${UPLOADS}/b.jpg`,
      alt_text: '',
      media_details: {
        width: 1024,
        height: 683,
        sizes: {
          bad: { source_url: 'javascript:alert(1)', width: 200 },
          medium: { source_url: `${UPLOADS}/b-300.jpg`, width: 300 },
          copy: { source_url: `${UPLOADS}/b-300.jpg`, width: 301 },
          sameWidth: { source_url: `${UPLOADS}/b-300-alt.jpg`, width: 300 },
          noWidth: { source_url: `${UPLOADS}/b-x.jpg` },
          full: { source_url: `${UPLOADS}/b.jpg`, width: '1024' },
        },
      },
    };
    const article = wordpress.parse([{ id: 1, title: { rendered: 'B' }, _embedded: { 'wp:featuredmedia': [media] } }], {}).articles[0];
    expect(article?.image?.srcset).toBe(`${UPLOADS}/b-300.jpg 300w, ${UPLOADS}/b.jpg 1024w`);
  });

  it('resolves relative links against the endpoint URL, and allows mailto only for author links', () => {
    const post = {
      id: 5,
      link: '/2026/03/pier/',
      title: { rendered: 'Pier' },
      _embedded: {
        author: [{ name: 'Desk', link: 'mailto:desk@kelsby-courier.example' }],
        'wp:featuredmedia': [{ source_url: 'mailto:desk@kelsby-courier.example' }],
      },
    };
    const article = wordpress.parse([post], { url: API }).articles[0];
    expect(article?.url).toBe('https://kelsby-courier.example/2026/03/pier/');
    expect(article?.author?.url).toBe('mailto:desk@kelsby-courier.example');
    expect(article?.image).toBeUndefined();
  });

  it('skips featured media that is not an image', () => {
    const post = { id: 6, title: { rendered: 'Agenda' }, _embedded: { 'wp:featuredmedia': [{ media_type: 'file', source_url: `${UPLOADS}/agenda.pdf` }] } };
    expect(wordpress.parse([post], {}).articles[0]?.image).toBeUndefined();
  });

  it('falls back to the local date when date_gmt is missing', () => {
    const post = { id: 7, title: { rendered: 'Late edition' }, date: '2026-03-05T21:00:00', date_gmt: null, modified: '2026-03-05T22:00:00' };
    const article = wordpress.parse([post], {}).articles[0];
    expect(article?.published).toBe('2026-03-05T21:00:00.000Z');
    expect(article?.modified).toBe('2026-03-05T22:00:00.000Z');
  });

  it('ignores comment statuses other than open and closed', () => {
    expect(wordpress.parse([{ id: 8, title: { rendered: 'X' }, comment_status: 'maybe' }], {}).articles[0]?.commentStatus).toBeUndefined();
  });

  it('drops records without a usable title', () => {
    const records = [{ id: 1, title: { rendered: '  ' } }, { id: 2, title: { rendered: '<b></b>' } }, { id: 3, title: 'plain' }];
    expect(wordpress.parse(records, {}).articles).toEqual([]);
  });
});

describe('wordpress adapter: bad input', () => {
  it('returns no articles for values that are not posts', () => {
    for (const input of [null, undefined, 42, 'x', true, [], [null], [42], [{ title: { rendered: {} } }], { code: 'rest_no_route', message: 'No route', data: { status: 404 } }]) {
      expect(wordpress.parse(input, { url: API }).articles).toEqual([]);
    }
  });

  it('survives wrong types in every field', () => {
    const post = {
      id: { x: 1 },
      link: 42,
      slug: null,
      title: { rendered: 'Still here' },
      excerpt: { rendered: ['a'] },
      content: { rendered: null },
      date_gmt: 'yesterday',
      comment_status: 1,
      _embedded: { author: 'me', replies: {}, 'wp:featuredmedia': [null], 'wp:term': [null, 'x', [null, { name: {}, taxonomy: 'category' }]] },
    };
    const page = wordpress.parse([post], { url: 'not a url', headers: { 'x-wp-totalpages': '9' } });
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]).toMatchObject({ title: 'Still here', excerpt: '', bodyHtml: '', categories: [], authors: [] });
    expect(page.next).toBeUndefined();
    expectNoJunk(page);
  });

  it('never throws and never emits junk strings, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const page = wordpress.parse(json, { url: API, headers: { 'x-wp-totalpages': '2' } });
        expect(Array.isArray(page.articles)).toBe(true);
        expectNoJunk(page);
        wordpress.detect(json);
      }),
    );
  });

  it('never throws when fields of a real post are replaced with arbitrary values', () => {
    const post = (fixture('wordpress-posts-embed') as Record<string, unknown>[])[0] ?? {};
    const keys = ['id', 'link', 'title', 'excerpt', 'content', 'date_gmt', 'comment_status', '_embedded'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const page = wordpress.parse([{ ...post, [key]: value }], CONTEXT);
        expectNoJunk(page);
      }),
    );
  });
});

describe('wordpress adapter: detect', () => {
  it('claims WordPress lists, single posts and posts without _embed', () => {
    expect(wordpress.detect(fixture('wordpress-posts-embed'))).toBe(true);
    expect(wordpress.detect(fixture('wordpress-posts'))).toBe(true);
    expect(wordpress.detect(fixture('wordpress-post'))).toBe(true);
    expect(wordpress.detect([{ id: 1, link: 'https://x.example/p', content: { rendered: '<p>x</p>' } }])).toBe(true);
  });

  it('does not claim other formats', () => {
    expect(wordpress.detect(fixture('ghost-posts'))).toBe(false);
    expect(wordpress.detect({ version: 'https://jsonfeed.org/version/1.1', title: 'Feed', items: [] })).toBe(false);
    expect(wordpress.detect({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'A', url: 'https://x.example/' }] })).toBe(false);
    expect(wordpress.detect({ status: 'ok', totalResults: 0, articles: [] })).toBe(false);
    expect(wordpress.detect([{ id: 1, title: 'A', link: 'https://x.example/', content: '<p>x</p>' }])).toBe(false);
  });

  it('does not claim empty lists, errors or non-objects', () => {
    for (const input of [null, undefined, 42, 'x', [], [null], { code: 'rest_no_route', message: 'No route' }]) {
      expect(wordpress.detect(input)).toBe(false);
    }
  });
});

describe('wordpress adapter: titles are plain text', () => {
  const title = (rendered: string): string | undefined => wordpress.parse([{ id: 1, title: { rendered } }], {}).articles[0]?.title;

  it('drops inline HTML, decodes entities once and leaves out what no reader sees', () => {
    expect(title('The <em>Quiet</em> Comeback')).toBe('The Quiet Comeback');
    expect(title('Fish &amp; Chips')).toBe('Fish & Chips');
    expect(title('<script>x</script>Title')).toBe('Title');
  });

  it('keeps text that only looks like markup once decoded, and a reference written out stays written out', () => {
    expect(title('Why &lt;video&gt; tags fail')).toBe('Why <video> tags fail');
    expect(title('Fish &amp;amp; Chips')).toBe('Fish &amp; Chips');
    expect(title('<strong>Budget</strong>: <a href="/x">what</a> <span class="hl">changes</span>')).toBe('Budget: what changes');
  });

  it('drops a post whose title is only markup', () => {
    expect(wordpress.parse([{ id: 1, title: { rendered: '<img src=x onerror=alert(1)><script>alert(1)</script>' } }], {}).articles).toEqual([]);
  });
});

describe('wordpress adapter: password-protected posts', () => {
  const post = (content: unknown, excerpt: unknown = { rendered: '', protected: true }) =>
    wordpress.parse({ id: 9, link: 'https://x.example/p/', title: { rendered: 'Sealed' }, content, excerpt }, {}).articles[0];

  it('marks a post WordPress says is protected, with no body and no excerpt until the password is given', () => {
    const article = post({ rendered: '', protected: true });
    expect(article?.protected).toBe(true);
    expect(article?.bodyHtml).toBe('');
    expect(article?.excerpt).toBe('');
    expect(article?.title).toBe('Sealed');
  });

  it('keeps the mark once the password opened it (WordPress still says protected) and reads the body', () => {
    const article = post({ rendered: '<p>Inside.</p>', protected: true }, { rendered: '<p>Short.</p>', protected: true });
    expect(article).toMatchObject({ protected: true, bodyHtml: '<p>Inside.</p>', excerpt: 'Short.' });
  });

  it('reads the mark from the excerpt alone too, and nothing else as protected', () => {
    expect(post({ rendered: '' }, { rendered: '', protected: true })?.protected).toBe(true);
    for (const flag of [false, 'true', 1, null, undefined]) {
      expect(post({ rendered: '<p>x</p>', protected: flag }, { rendered: '', protected: flag })).not.toHaveProperty('protected');
    }
    expect(wordpress.parse(fixture('wordpress-posts-embed'), CONTEXT).articles.some((a) => 'protected' in a)).toBe(false);
  });
});
