import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoApi } from '../../src/demo/api.js';
import { POSTS, SEED_COMMENTS } from '../../src/demo/posts.js';
import { wpDieMessage } from '../../src/data/send-comment.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A real HTTP server around one API instance; paths the API does not serve answer 418. */
async function serve(options?: { floodSeconds?: number }): Promise<{ server: Server; base: string }> {
  const api = createDemoApi(options);
  const server = createServer((req, res) => {
    void api.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(418).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let server: Server;
let base: string;
beforeAll(async () => ({ server, base } = await serve()));
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function get(path: string): Promise<{ status: number; headers: Headers; json: Json }> {
  const response = await fetch(base + path);
  return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
}

let emails = 0;
/** A valid anonymous comment on post 1 from a new address each time (so no flood), with `fields` over it. */
function commentBody(fields: Json = {}): Json {
  return { post: 1, author_name: 'Ada Reader', author_email: `reader${++emails}@example.com`, content: 'Thanks for this.', ...fields };
}

async function postComment(body: Json, at = base): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${at}/wp-json/wp/v2/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Json };
}

describe('sample content', () => {
  it('has fourteen articles with unique ids and slugs, dated in the last weeks of 2026', () => {
    expect(POSTS).toHaveLength(14);
    expect(new Set(POSTS.map((post) => post.id)).size).toBe(14);
    expect(new Set(POSTS.map((post) => post.slug)).size).toBe(14);
    for (const post of POSTS) expect(post.date).toMatch(/^2026-(10|11|12)-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('has a long, structured lead article', () => {
    const lead = POSTS.find((post) => post.id === 1)!.content;
    expect(lead.match(/<h2>/g)!.length).toBeGreaterThanOrEqual(6);
    for (const part of ['<blockquote', '<figure', '<figcaption', '<ul>', 'href="https://', 'href="/news/']) expect(lead).toContain(part);
    expect(lead).toMatch(/<img [^>]*width="\d+" height="\d+"/);
  });
});

describe('GET /wp-json/wp/v2/posts', () => {
  it('pages newest first with X-WP-Total headers, and 400 past the last page', async () => {
    const first = await get('/wp-json/wp/v2/posts?per_page=5');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    expect(first.headers.get('x-wp-total')).toBe('14');
    expect(first.headers.get('x-wp-totalpages')).toBe('3');
    const dates = first.json.map((post: Json) => post.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(first.json[0]).toMatchObject({ id: 1, status: 'publish', link: `${base}/news/saltings-barrier-surge-night/` });
    expect((await get('/wp-json/wp/v2/posts?per_page=5&page=3')).json).toHaveLength(4);
    expect(await get('/wp-json/wp/v2/posts?per_page=5&page=4')).toMatchObject({
      status: 400,
      json: { code: 'rest_post_invalid_page_number', data: { status: 400 } },
    });
    expect((await get('/wp-json/wp/v2/posts')).json).toHaveLength(10);
    expect((await get('/wp-json/wp/v2/posts?per_page=101')).json).toMatchObject({ code: 'rest_invalid_param', data: { params: { per_page: expect.any(String) } } });
  });

  it('sends WordPress fields, with typography as numeric entities', async () => {
    const { json } = await get('/wp-json/wp/v2/posts/1');
    expect(json.title.rendered).toContain('&#8217;');
    expect(json.excerpt.rendered).toMatch(/^<p>.*<\/p>\n$/);
    expect(json.content).toMatchObject({ protected: false });
    expect(json.content.rendered).toContain(`src="${base}/demo-media/`);
    expect(json).toMatchObject({ comment_status: 'open', featured_media: 101, meta: { views: 18420 }, categories: [3] });
    expect((await get('/wp-json/wp/v2/posts/4')).json.title.rendered).toContain('&#8211;');
    expect((await get('/wp-json/wp/v2/posts/10')).json.title.rendered).toContain('Crumb &#038; Co.');
  });

  it('filters by category, search, slug and include, and orders by views', async () => {
    expect((await get('/wp-json/wp/v2/posts?categories=6')).json.map((p: Json) => p.id)).toEqual([6, 11]);
    expect((await get('/wp-json/wp/v2/posts?search=elver')).json.map((p: Json) => p.id)).toEqual([3]);
    expect((await get('/wp-json/wp/v2/posts?slug=barrier-maintenance-budget')).json.map((p: Json) => p.id)).toEqual([5]);
    expect((await get('/wp-json/wp/v2/posts?include=2,9&orderby=id&order=asc')).json.map((p: Json) => p.id)).toEqual([2, 9]);
    const popular = (await get('/wp-json/wp/v2/posts?orderby=views&per_page=3')).json;
    expect(popular.map((p: Json) => p.meta.views)).toEqual([21930, 18420, 8810]);
    expect((await get('/wp-json/wp/v2/posts?orderby=bogus')).status).toBe(400);
  });

  it('embeds author, featured media, terms and replies with _embed', async () => {
    const post = (await get('/wp-json/wp/v2/posts?_embed&per_page=1')).json[0];
    const { author, replies, 'wp:featuredmedia': media, 'wp:term': terms } = post._embedded;
    expect(author[0]).toMatchObject({ id: 1, name: 'Mara Okafor', link: `${base}/news/author/mara-okafor/` });
    expect(Object.keys(author[0].avatar_urls)).toEqual(['24', '48', '96']);
    expect(media[0]).toMatchObject({ id: 101, alt_text: expect.any(String), media_details: { width: 1600, height: 1067 } });
    expect(media[0].source_url).toBe(`${base}/demo-media/saltings-barrier-surge-night.svg?w=1600&h=1067`);
    expect(media[0].media_details.sizes).toMatchObject({
      thumbnail: { width: 150, height: 150, source_url: expect.stringContaining('w=150&h=150') },
      medium: { width: 300, height: 200 },
      large: { width: 1024, height: 683 },
      full: { width: 1600, height: 1067 },
    });
    expect(terms[0]).toEqual([{ id: 3, name: 'Local', slug: 'local', link: `${base}/news/category/local/`, taxonomy: 'category' }]);
    expect(terms[1].every((term: Json) => term.taxonomy === 'post_tag')).toBe(true);
    // As WordPress: the first page of the comments endpoint (10), whatever the post has.
    expect(replies[0]).toHaveLength(10);
    // An article without a picture embeds none.
    expect((await get('/wp-json/wp/v2/posts/14?_embed')).json._embedded['wp:featuredmedia']).toBeUndefined();
  });

  it('answers 404 for an unknown post id or route', async () => {
    expect(await get('/wp-json/wp/v2/posts/999')).toMatchObject({
      status: 404,
      json: { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } },
    });
    expect(await get('/wp-json/wp/v2/nothing')).toMatchObject({ status: 404, json: { code: 'rest_no_route' } });
  });
});

describe('comments', () => {
  beforeEach(async () => {
    const response = await fetch(`${base}/wp-json/wp/v2/comments/reset`, { method: 'POST', headers: { 'X-Demo-Reset': '1' } });
    expect(response.status).toBe(200);
  });

  it('lists approved comments of a post only', async () => {
    const { json, headers } = await get('/wp-json/wp/v2/comments?post=1');
    expect(headers.get('x-wp-total')).toBe('14');
    expect(headers.get('x-wp-totalpages')).toBe('2');
    expect(json).toHaveLength(10);
    expect(json.every((comment: Json) => comment.status === 'approved' && comment.post === 1)).toBe(true);
  });

  it('seeds the lead story with a threaded discussion: three threads, one three replies deep, and a held comment', async () => {
    const comments = (await get('/wp-json/wp/v2/comments?post=1&per_page=100&order=asc')).json as Json[];
    expect(comments).toHaveLength(14);
    const byId = new Map(comments.map((comment) => [comment.id, comment]));
    const depth = (comment: Json): number => (comment.parent ? 1 + depth(byId.get(comment.parent)!) : 0);
    expect(comments.filter((comment) => comment.parent === 0)).toHaveLength(3);
    expect(Math.max(...comments.map(depth))).toBe(3);
    expect(comments.every((comment) => comment.parent === 0 || byId.has(comment.parent)), 'every reply answers a listed comment').toBe(true);
    const held = SEED_COMMENTS.filter((comment) => comment.post === 1 && comment.status === 'hold');
    expect(held).toHaveLength(1);
    expect(byId.has(held[0]!.id)).toBe(false);
  });

  it.each([
    ['no content', { content: '  ' }, 400, 'rest_comment_content_invalid'],
    ['no name', { author_name: '' }, 400, 'rest_comment_author_data_required'],
    ['no email', { author_email: undefined }, 400, 'rest_comment_author_data_required'],
    ['a bad email', { author_email: 'not-an-email' }, 400, 'rest_invalid_param'],
    ['no post', { post: undefined }, 403, 'rest_comment_invalid_post_id'],
    ['an unknown post', { post: 999 }, 403, 'rest_comment_invalid_post_id'],
    ['comments closed', { post: 14 }, 403, 'rest_comment_closed'],
    ['a long name', { author_name: 'n'.repeat(246) }, 400, 'comment_author_column_length'],
    ['a long email', { author_email: `${'e'.repeat(90)}@example.com` }, 400, 'comment_author_email_column_length'],
    ['a long url', { author_url: `https://example.com/${'u'.repeat(190)}` }, 400, 'comment_author_url_column_length'],
    ['long content', { content: 'c'.repeat(65526) }, 400, 'comment_content_column_length'],
    // WordPress counts bytes: 123 accented letters are 246 bytes, an address with 95 of them 210.
    ['a name long in bytes only', { author_name: 'é'.repeat(123) }, 400, 'comment_author_column_length'],
    ['an email long in bytes only', { author_email: `${'é'.repeat(45)}@example.com` }, 400, 'comment_author_email_column_length'],
    ['a url long in bytes only', { author_url: `https://example.com/${'é'.repeat(95)}` }, 400, 'comment_author_url_column_length'],
    ['content long in bytes only', { content: 'ب'.repeat(32_763) }, 400, 'comment_content_column_length'],
  ])('rejects %s', async (_name, fields, status, code) => {
    const { status: actual, json } = await postComment(commentBody(fields));
    expect(actual).toBe(status);
    expect(json).toMatchObject({ code, message: expect.any(String), data: { status } });
    if (code === 'rest_invalid_param') expect(json).toMatchObject({ message: 'Invalid parameter(s): author_email', data: { params: { author_email: expect.any(String) } } });
  });

  it('takes fields exactly at their byte limits', async () => {
    const full = commentBody({ author_name: 'é'.repeat(122) + 'a', author_email: `${'é'.repeat(44)}@example.com`, content: 'ب'.repeat(32_762) + 'c' });
    expect(full.author_name.length, 'far fewer characters than bytes').toBe(123);
    expect((await postComment(full)).status).toBe(201);
  });

  it('approves a plain comment and holds one with a link or "moderate"', async () => {
    const plain = await postComment(commentBody({ content: 'Line one\nline two\n\n<b>Second</b> paragraph' }));
    expect(plain.status).toBe(201);
    expect(plain.json).toMatchObject({ post: 1, parent: 0, author_name: 'Ada Reader', status: 'approved', type: 'comment' });
    expect(plain.json.content.rendered).toBe('<p>Line one<br />\nline two</p>\n<p>&lt;b&gt;Second&lt;/b&gt; paragraph</p>\n');
    expect(plain.json.link).toBe(`${base}/news/saltings-barrier-surge-night/#comment-${plain.json.id}`);
    expect((await postComment(commentBody({ content: 'See http://example.com' }))).json.status).toBe('hold');
    expect((await postComment(commentBody({ content: 'Please moderate me' }))).json.status).toBe('hold');
    const listed = (await get('/wp-json/wp/v2/comments?post=1')).json.map((comment: Json) => comment.id);
    // Newest first, held ones left out: the new comment, then the seeded approved ones.
    const seeded = SEED_COMMENTS.filter((comment) => comment.post === 1 && comment.status === 'approved')
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((comment) => comment.id);
    expect(listed).toEqual([plain.json.id, ...seeded].slice(0, 10));
  });

  it('accepts a form-encoded comment', async () => {
    const response = await fetch(`${base}/wp-json/wp/v2/comments`, {
      method: 'POST',
      body: new URLSearchParams({ post: '6', author_name: 'Form User', author_email: 'form@example.com', content: 'Sent as a form.' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ post: 6, status: 'approved' });
  });

  it('rejects a duplicate with 409 and invalid JSON with 400', async () => {
    const body = commentBody({ content: 'Said once.' });
    expect((await postComment(body)).status).toBe(201);
    expect(await postComment({ ...body, author_email: 'other@example.com' })).toMatchObject({ status: 409, json: { code: 'comment_duplicate' } });
    const broken = await fetch(`${base}/wp-json/wp/v2/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' });
    expect(await broken.json()).toMatchObject({ code: 'rest_invalid_json', data: { status: 400 } });
  });

  it('rejects a second comment from the same email within the flood window', async () => {
    const flood = await serve({ floodSeconds: 0.3 });
    try {
      expect((await postComment(commentBody({ author_email: 'quick@example.com' }), flood.base)).status).toBe(201);
      expect(await postComment(commentBody({ author_email: 'Quick@example.com', content: 'Again' }), flood.base)).toMatchObject({
        status: 400,
        json: { code: 'comment_flood', message: 'You are posting comments too quickly. Slow down.' },
      });
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect((await postComment(commentBody({ author_email: 'quick@example.com', content: 'Later' }), flood.base)).status).toBe(201);
    } finally {
      flood.server.close();
    }
  });

  it('resets only with the X-Demo-Reset header', async () => {
    expect((await postComment(commentBody())).status).toBe(201);
    expect((await fetch(`${base}/wp-json/wp/v2/comments/reset`, { method: 'POST' })).status).toBe(403);
    await fetch(`${base}/wp-json/wp/v2/comments/reset`, { method: 'POST', headers: { 'X-Demo-Reset': '1' } });
    expect((await get('/wp-json/wp/v2/comments?post=1')).headers.get('x-wp-total')).toBe('14');
  });
});

describe('POST /wp-comments-post.php (the classic form endpoint)', () => {
  beforeEach(async () => {
    await fetch(`${base}/wp-json/wp/v2/comments/reset`, { method: 'POST', headers: { 'X-Demo-Reset': '1' } });
  });

  /** A valid form from a new address each time, with `fields` over it. */
  const form = (fields: Record<string, string> = {}): Record<string, string> => ({
    comment: 'Thanks for this.',
    author: 'Ada Reader',
    email: `classic${++emails}@example.com`,
    url: '',
    comment_post_ID: '1',
    comment_parent: '0',
    ...fields,
  });

  async function postForm(fields: Record<string, string>, at = base): Promise<{ status: number; headers: Headers; body: string }> {
    const response = await fetch(`${at}/wp-comments-post.php`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  const approvedIds = async (post = 1): Promise<number[]> => (await get(`/wp-json/wp/v2/comments?post=${post}&per_page=100`)).json.map((c: Json) => c.id);
  const storedCount = async (): Promise<number> => {
    // Held comments are not listed: count them through the next id a stored comment gets.
    const probe = await postForm(form({ comment: `Probe ${Date.now()} ${emails}` }));
    return Number(/#comment-(\d+)$/.exec(probe.headers.get('location') ?? '')?.[1]);
  };

  it('redirects to the comment on its article: #comment-ID when approved, ?unapproved=ID&moderation-hash when held', async () => {
    const approved = await postForm(form());
    expect(approved.status).toBe(302);
    expect(approved.headers.get('location')).toMatch(new RegExp(`^${base}/news/saltings-barrier-surge-night/#comment-(\\d+)$`));
    const id = Number(/#comment-(\d+)$/.exec(approved.headers.get('location')!)![1]);
    expect(await approvedIds()).toContain(id);

    const held = await postForm(form({ comment: 'Please moderate this.' }));
    expect(held.status).toBe(302);
    const location = held.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${base}/news/saltings-barrier-surge-night/\\?unapproved=(\\d+)&moderation-hash=[0-9a-f]{32}#comment-\\1$`));
    const heldId = Number(new URL(location).searchParams.get('unapproved'));
    expect(heldId).toBe(id + 1);
    expect(await approvedIds()).not.toContain(heldId);
    // With cookie consent WordPress shows the held comment by cookie, not by URL.
    const consented = await postForm(form({ comment: 'Moderate me, with consent.', 'wp-comment-cookies-consent': 'yes' }));
    expect(consented.headers.get('location')).toMatch(/\/#comment-\d+$/);
  });

  it('serves the article page the redirect ends at, with the approved comments and the reader’s held one', async () => {
    const held = await postForm(form({ comment: 'Moderate <this> one.' }));
    const page = await fetch(held.headers.get('location')!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const html = await page.text();
    expect(html).toContain('<h1>');
    expect(html).toMatch(/<li id="comment-\d+"><p class="author">Ada Reader<\/p><p class="moderation">Your comment is awaiting moderation.<\/p><p>Moderate &lt;this&gt; one.<\/p><\/li>/);
    expect(await (await fetch(`${base}/news/saltings-barrier-surge-night/`)).text()).not.toContain('awaiting moderation');
    expect((await fetch(`${base}/news/no-such-story/`)).status).toBe(404);
  });

  it.each([
    ['no name', { author: '' }, 'Please fill the required fields.'],
    ['no email', { email: '' }, 'Please fill the required fields.'],
    ['a bad email', { email: 'not-an-email' }, 'Please enter a valid email address.'],
    ['no comment', { comment: '   ' }, 'Please type your comment text.'],
    ['a long name', { author: 'é'.repeat(123) }, 'Your name is too long.'],
    ['a long comment', { comment: 'c'.repeat(65526) }, 'Your comment is too long.'],
  ])('answers %s with a 200 wp_die page carrying the message, and stores nothing', async (_name, fields, message) => {
    const before = await storedCount();
    const { status, headers, body } = await postForm(form(fields));
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(body).toContain('<body id="error-page">');
    expect(body).toContain(`<div class="wp-die-message"><p><strong>Error:</strong> ${message}</p></div>`);
    expect(wpDieMessage(body)).toBe(message);
    expect(await storedCount()).toBe(before + 1);
  });

  it('answers a closed article with 403, and an unknown post or a JSON body with an empty 200', async () => {
    const closed = await postForm(form({ comment_post_ID: '14' }));
    expect(closed.status).toBe(403);
    expect(wpDieMessage(closed.body)).toBe('Sorry, comments are closed for this item.');
    const before = await storedCount();
    expect(await postForm(form({ comment_post_ID: '999' }))).toMatchObject({ status: 200, body: '' });
    const json = await fetch(`${base}/wp-comments-post.php`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(form()),
      redirect: 'manual',
    });
    expect(json.status).toBe(200);
    expect(await json.text()).toBe('');
    expect(await storedCount()).toBe(before + 1);
  });

  it('answers a duplicate with 409 and a second comment too soon with 429', async () => {
    const fields = form({ comment: 'Said once, classically.' });
    expect((await postForm(fields)).status).toBe(302);
    const duplicate = await postForm({ ...fields, email: 'someone-else@example.com' });
    expect(duplicate.status).toBe(409);
    expect(wpDieMessage(duplicate.body)).toBe('Duplicate comment detected; it looks as though you\u2019ve already said that!');
    const flood = await serve({ floodSeconds: 0.3 });
    try {
      expect((await postForm(form({ email: 'quick@example.com' }), flood.base)).status).toBe(302);
      const again = await postForm(form({ email: 'quick@example.com', comment: 'Again' }), flood.base);
      expect(again.status).toBe(429);
      expect(wpDieMessage(again.body)).toBe('You are posting comments too quickly. Slow down.');
    } finally {
      flood.server.close();
    }
  });

  it('answers GET, HEAD and OPTIONS with 405 and no CORS headers at all (no preflight passes)', async () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      const response = await fetch(`${base}/wp-comments-post.php`, {
        method,
        headers: { Origin: 'http://elsewhere.test', 'Access-Control-Request-Method': 'POST' },
      });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow'), method).toBe('POST');
      expect(response.headers.get('access-control-allow-origin'), method).toBeNull();
    }
    const posted = await postForm(form());
    expect(posted.headers.get('access-control-allow-origin')).toBeNull();
    expect((await postForm(form({ author: '' }))).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS, media, feeds', () => {
  it('answers preflight and exposes the pagination headers', async () => {
    const preflight = await fetch(`${base}/wp-json/wp/v2/comments`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://elsewhere.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-wp-nonce' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type.*X-WP-Nonce/);
    const { headers } = await get('/wp-json/wp/v2/posts');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('access-control-expose-headers')).toBe('X-WP-Total, X-WP-TotalPages');
  });

  it('draws SVG pictures at the requested size', async () => {
    const response = await fetch(`${base}/demo-media/eels-return-upper-wend.svg?w=300&h=200`);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg [^>]*width="300" height="200"/);
    expect(svg).toContain('>Science</text>');
  });

  it('sends the articles as a JSON Feed, six a page', async () => {
    const first = (await get('/feeds/json-feed.json')).json;
    expect(first).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', next_url: `${base}/feeds/json-feed.json?page=2` });
    expect(first.items).toHaveLength(6);
    expect(first.items[0]).toMatchObject({ id: '1', url: `${base}/news/saltings-barrier-surge-night/`, date_published: '2026-11-26T07:30:00Z' });
    expect(first.items[0].title).toContain('\u2019');
    const last = (await get('/feeds/json-feed.json?page=3')).json;
    expect(last.items).toHaveLength(2);
    expect(last.next_url).toBeUndefined();
  });

  it('sends the articles in the custom shape', async () => {
    const { stories } = (await get('/feeds/custom.json')).json.data;
    expect(stories).toHaveLength(14);
    expect(stories[0]).toMatchObject({
      headline: { main: expect.any(String) },
      permalink: `${base}/news/saltings-barrier-surge-night/`,
      media: [{ src: expect.stringContaining('/demo-media/'), caption: expect.any(String) }],
      byline: { display: 'Mara Okafor' },
      ts: Date.parse('2026-11-26T07:30:00Z') / 1000,
      section: 'Local',
      stats: { views: 18420 },
    });
  });

  it('sends a post’s approved comments in a shape of its own, and takes generic comments as pending', async () => {
    const wordpress = (await get('/wp-json/wp/v2/comments?post=1&per_page=100')).json as Json[];
    const { thread, count } = (await get('/feeds/comments.json?post=1')).json;
    expect(count).toBe(wordpress.length);
    expect(thread.map((comment: Json) => comment.ref).sort()).toEqual(wordpress.map((comment) => comment.id).sort());
    const refs = new Set(thread.map((comment: Json) => comment.ref));
    expect(thread.filter((comment: Json) => comment.replyTo !== null).every((comment: Json) => refs.has(comment.replyTo))).toBe(true);
    expect(thread.some((comment: Json) => comment.replyTo !== null)).toBe(true);
    expect(thread[0]).toMatchObject({ who: { name: expect.any(String) }, said: expect.any(String), at: expect.stringMatching(/Z$/) });
    const send = (body: Json) =>
      fetch(`${base}/feeds/comments.json`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const taken = await send({ post: 1, content: 'Lovely to see it working.', author_name: 'Ned' });
    expect(taken.status).toBe(202);
    expect(await taken.json()).toEqual({ received: true, status: 'pending' });
    expect((await send({ post: 1, content: '  ' })).status).toBe(400);
    expect((await get('/feeds/comments.json?post=1')).json.count, 'nothing kept').toBe(count);
  });

  it('leaves other paths to the next handler', async () => {
    expect((await fetch(`${base}/index.html`)).status).toBe(418);
    expect((await fetch(`${base}/feeds/other.json`)).status).toBe(418);
  });
});

describe('feeds', () => {
  /** The feed at `path`, parsed strictly (any XML error fails), with its content type. */
  async function xml(path: string): Promise<{ type: string | null; cors: string | null; doc: Document }> {
    const { DOMParser } = await import('@xmldom/xmldom');
    const response = await fetch(base + path);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(await response.text(), 'application/xml');
    expect(errors).toEqual([]);
    return { type: response.headers.get('content-type'), cors: response.headers.get('access-control-allow-origin'), doc: doc as unknown as Document };
  }
  /** The text of each element `name` in namespace `ns` (none: `null`). */
  const texts = (doc: Document, ns: string | null, name: string): string[] =>
    Array.from(ns ? doc.getElementsByTagNameNS(ns, name) : doc.getElementsByTagName(name), (node) => node.textContent ?? '');
  const ATOM = 'http://www.w3.org/2005/Atom';

  it('serves the newest ten stories as RSS 2.0 at /feed/, as WordPress does: no CORS header', async () => {
    const { type, cors, doc } = await xml('/feed/');
    expect(type).toBe('application/rss+xml; charset=UTF-8');
    expect(cors).toBe(null);
    const newest = [...POSTS].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 10);
    expect(texts(doc, null, 'title').slice(1)).toEqual(newest.map((post) => post.title));
    expect(texts(doc, 'http://purl.org/dc/elements/1.1/', 'creator')).toHaveLength(10);
    expect(doc.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')).toHaveLength(10);
  });

  it('serves Atom at /feed/atom/, paged with rel="next" links to the end', async () => {
    let path: string | undefined = '/feed/atom/';
    const titles: string[] = [];
    while (path) {
      const { type, doc } = await xml(path);
      expect(type).toBe('application/atom+xml; charset=UTF-8');
      titles.push(...Array.from(doc.getElementsByTagNameNS(ATOM, 'entry'), (entry) => entry.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent ?? ''));
      const next = Array.from(doc.getElementsByTagNameNS(ATOM, 'link')).find((link) => link.getAttribute('rel') === 'next');
      path = next ? new URL(next.getAttribute('href')!).pathname + new URL(next.getAttribute('href')!).search : undefined;
    }
    expect(titles).toEqual([...POSTS].sort((a, b) => b.date.localeCompare(a.date)).map((post) => post.title));
  });

  it('serves a second site’s Atom feed for the list of several sources', async () => {
    const { doc } = await xml('/gazette/atom.xml');
    expect(texts(doc, ATOM, 'title')[0]).toBe('The Wend Valley Gazette');
    expect(doc.getElementsByTagNameNS(ATOM, 'entry').length).toBeGreaterThan(2);
  });
});
