import { beforeEach, describe, expect, it } from 'vitest';
import { clearResponseCache } from '../../src/data/fetch-json.js';
import { commentsEndpoint } from '../../src/data/formats/wordpress-comments.js';
import { isPasswordRefusal, loadWithPassword } from '../../src/data/load-password.js';
import { loadArticles } from '../../src/data/load.js';

/**
 * A small WordPress: posts with a number of approved comments each, answering the posts and comments
 * endpoints the way WordPress 6.1 does (embedded replies capped at 10, `X-WP-Total`, `_fields`, paging,
 * `400 rest_post_invalid_page_number` past the end), and recording every request.
 */
const SITE = 'https://news.example/wp-json/wp/v2';

function fakeWordPress(comments: Record<number, number>, options: { hideHeaders?: boolean } = {}) {
  const requests: string[] = [];
  const ids = Object.keys(comments).map(Number);
  const all = ids.flatMap((post) => Array.from({ length: comments[post]! }, (_, i) => ({ id: post * 1000 + i, post })));
  const answer = (body: unknown, total: number, perPage: number, status = 200): Response => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (!options.hideHeaders) {
      headers['X-WP-Total'] = String(total);
      headers['X-WP-TotalPages'] = String(Math.max(1, Math.ceil(total / perPage)));
    }
    return new Response(JSON.stringify(body), { status, headers });
  };
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input));
    requests.push(url.pathname.replace('/wp-json/wp/v2', '') + url.search);
    const perPage = Number(url.searchParams.get('per_page') ?? 10);
    const page = Number(url.searchParams.get('page') ?? 1);
    if (url.pathname.endsWith('/comments')) {
      const wanted = (url.searchParams.get('post') ?? '').split(',').map(Number);
      const found = all.filter((comment) => wanted.includes(comment.post));
      return answer(found.slice((page - 1) * perPage, page * perPage), found.length, perPage);
    }
    const single = /\/posts\/(\d+)$/.exec(url.pathname);
    const post = (id: number) => ({
      id,
      link: `https://news.example/${id}/`,
      title: { rendered: `Story ${id}` },
      content: { rendered: '<p>Text.</p>' },
      excerpt: { rendered: '' },
      _links: { replies: [{ embeddable: true, href: `${SITE}/comments?post=${id}` }] },
      _embedded: { replies: [all.filter((c) => c.post === id).slice(0, 10)] },
    });
    if (single) return answer(post(Number(single[1])), 1, 1);
    const start = (page - 1) * perPage;
    if (start >= ids.length && page > 1) return answer({ code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.' }, 0, perPage, 400);
    return answer(ids.slice(start, start + perPage).map(post), ids.length, perPage);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

beforeEach(() => clearResponseCache());

describe('real comment counts from WordPress', () => {
  it('an article with more comments than WordPress embeds gets its real count in one more request', async () => {
    const wp = fakeWordPress({ 7: 23 });
    const page = await loadArticles(`${SITE}/posts/7?_embed`, { fetch: wp.fetch, commentCounts: true });
    expect(page.articles[0]!.commentCount).toBe(23);
    expect(wp.requests).toEqual(['/posts/7?_embed', '/comments?post=7&per_page=1&_fields=id']);
  });

  it('asks nothing more when the embedded page is not full, or when counts are not wanted', async () => {
    const wp = fakeWordPress({ 3: 4 });
    expect((await loadArticles(`${SITE}/posts/3?_embed`, { fetch: wp.fetch, commentCounts: true })).articles[0]!.commentCount).toBe(4);
    clearResponseCache();
    const wp2 = fakeWordPress({ 7: 23 });
    expect((await loadArticles(`${SITE}/posts/7?_embed`, { fetch: wp2.fetch })).articles[0]!.commentCount).toBe(10);
    expect(wp.requests.length + wp2.requests.length).toBe(2);
  });

  it('a list gets real counts in one more request for all its stories, never one per story', async () => {
    const wp = fakeWordPress({ 1: 23, 2: 0, 3: 12, 4: 10, 5: 3 });
    const page = await loadArticles(`${SITE}/posts?_embed`, { fetch: wp.fetch, commentCounts: true });
    expect(page.articles.map((a) => [a.postId, a.commentCount, a.metrics.commentCount])).toEqual([
      [1, 23, 23],
      [2, 0, 0],
      [3, 12, 12],
      [4, 10, 10],
      [5, 3, 3],
    ]);
    // Only the stories whose embedded page was full are asked about.
    expect(wp.requests).toEqual(['/posts?_embed', '/comments?post=1%2C3%2C4&per_page=100&orderby=post&order=asc&_fields=post']);
  });

  it('leaves a password-protected post out of the count request, which WordPress would refuse whole', async () => {
    const wp = fakeWordPress({ 1: 23, 2: 15 });
    const protectedPost = (async (input: RequestInfo | URL) => {
      const response = await wp.fetch(input);
      if (!String(input).includes('/posts')) return response;
      const posts = (await response.json()) as Array<Record<string, unknown>>;
      posts[1]!.content = { rendered: '', protected: true };
      return new Response(JSON.stringify(posts), { headers: response.headers });
    }) as typeof fetch;
    const page = await loadArticles(`${SITE}/posts?_embed`, { fetch: protectedPost, commentCounts: true });
    expect(wp.requests[1]).toBe('/comments?post=1&per_page=100&_fields=post');
    expect(page.articles.map((a) => a.commentCount)).toEqual([23, 10]);
  });

  it('reads a second page of comments when there are more than 100, and stops there (at most three requests)', async () => {
    const wp = fakeWordPress({ 1: 90, 2: 60, 3: 70 });
    const page = await loadArticles(`${SITE}/posts?_embed`, { fetch: wp.fetch, commentCounts: true });
    expect(wp.requests.length).toBe(3);
    expect(page.articles.find((a) => a.postId === 1)!.commentCount).toBe(90);
    expect(page.articles.find((a) => a.postId === 2)!.commentCount).toBe(60);
    // Past 200 comments, what was not read is not counted: the post read last is a lower bound, and says so.
    expect(page.articles.map((a) => [a.postId, a.commentCount, a.commentCountIsMinimum])).toEqual([
      [1, 90, undefined],
      [2, 60, undefined],
      [3, 50, true],
    ]);
  });

  it('marks as "at least" the counts of posts it did not read to the end, and only those', async () => {
    const wp = fakeWordPress({ 1: 150, 2: 80, 3: 30, 4: 5 });
    const page = await loadArticles(`${SITE}/posts?_embed`, { fetch: wp.fetch, commentCounts: true });
    expect(page.articles.map((a) => [a.postId, a.commentCount, a.commentCountIsMinimum])).toEqual([
      [1, 150, undefined],
      [2, 50, true],
      // Not reached: no fewer than the embedded page, and not claimed exact.
      [3, 10, true],
      [4, 5, undefined],
    ]);
  });

  it('marks every count as "at least" when the server ignored the order asked for', async () => {
    const wp = fakeWordPress({ 1: 150, 2: 80, 3: 30 });
    const unordered = (async (input: RequestInfo | URL) => {
      const response = await wp.fetch(input);
      if (!String(input).includes('/comments')) return response;
      const comments = (await response.json()) as unknown[];
      return new Response(JSON.stringify(comments.reverse()), { headers: response.headers });
    }) as typeof fetch;
    const page = await loadArticles(`${SITE}/posts?_embed`, { fetch: unordered, commentCounts: true });
    expect(page.articles.map((a) => a.commentCountIsMinimum)).toEqual([true, true, true]);
  });

  it('asks for counts only at the site the page named, never at the address the payload links to', async () => {
    const wp = fakeWordPress({ 1: 23, 2: 12 });
    const proxied = 'https://news.example/proxy/wp-json/wp/v2';
    const asked: string[] = [];
    const elsewhere = (async (input: RequestInfo | URL) => {
      asked.push(String(input));
      const response = await wp.fetch(String(input).replace('/proxy', ''));
      if (!String(input).includes('/posts')) return response;
      const body = (await response.json()) as Record<string, unknown> | Array<Record<string, unknown>>;
      const posts = Array.isArray(body) ? body : [body];
      // WordPress behind a proxy names itself: another origin, over http.
      for (const post of posts) post._links = { replies: [{ embeddable: true, href: `http://wp-origin.internal/wp-json/wp/v2/comments?post=${String(post.id)}` }] };
      return new Response(JSON.stringify(body), { headers: response.headers });
    }) as typeof fetch;
    const page = await loadArticles(`${proxied}/posts?_embed`, { fetch: elsewhere, commentCounts: true });
    expect(page.articles.map((a) => a.commentCount)).toEqual([23, 12]);
    expect(asked).toEqual([`${proxied}/posts?_embed`, `${proxied}/comments?post=1%2C2&per_page=100&orderby=post&order=asc&_fields=post`]);
    const single = await loadArticles(`${proxied}/posts/1?_embed`, { fetch: elsewhere, commentCounts: true });
    expect(single.articles[0]!.commentCount).toBe(23);
    expect(asked.every((url) => url.startsWith(`${proxied}/`))).toBe(true);
  });

  it('shows no count rather than the capped 10 when the count request fails, and still loads the story', async () => {
    const wp = fakeWordPress({ 7: 23, 8: 4 });
    const failing = (async (input: RequestInfo | URL) => (String(input).includes('/comments') ? Promise.reject(new TypeError('offline')) : wp.fetch(input))) as typeof fetch;
    const single = await loadArticles(`${SITE}/posts/7?_embed`, { fetch: failing, commentCounts: true });
    expect(single.articles[0]!.commentCount).toBeUndefined();
    expect(single.articles[0]!.metrics.commentCount, 'still the best there is to rank by').toBe(10);
    clearResponseCache();
    const list = await loadArticles(`${SITE}/posts?_embed`, { fetch: failing, commentCounts: true });
    expect(list.articles.map((a) => a.commentCount)).toEqual([undefined, 4]);
  });

  it('asks every request of a page again when fresh (a retry), the counts included', async () => {
    const wp = fakeWordPress({ 1: 23, 2: 12 });
    await loadArticles(`${SITE}/posts?_embed`, { fetch: wp.fetch, commentCounts: true });
    await loadArticles(`${SITE}/posts?_embed`, { fetch: wp.fetch, commentCounts: true });
    expect(wp.requests, 'reused while young').toHaveLength(2);
    await loadArticles(`${SITE}/posts?_embed`, { fetch: wp.fetch, commentCounts: true, fresh: true });
    expect(wp.requests.slice(2)).toEqual(wp.requests.slice(0, 2));
  });

  it('finds the comments endpoint beside the posts endpoint the page named', () => {
    expect(commentsEndpoint(`${SITE}/posts?_embed&page=2`)).toBe(`${SITE}/comments`);
    expect(commentsEndpoint('https://news.example/?rest_route=/wp/v2/posts/9&_embed')).toBe('https://news.example/?rest_route=%2Fwp%2Fv2%2Fcomments');
    expect(commentsEndpoint('https://news.example/feed.json')).toBeUndefined();
    expect(commentsEndpoint(undefined)).toBeUndefined();
  });
});

describe('paging when a proxy hides the WordPress totals', () => {
  it('offers the next page after a full page, and reads the 400 past the end as an empty last page', async () => {
    const wp = fakeWordPress({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, { hideHeaders: true });
    const first = await loadArticles(`${SITE}/posts?per_page=2`, { fetch: wp.fetch });
    expect(first.articles).toHaveLength(2);
    expect(new URL(first.next!).searchParams.get('page')).toBe('2');
    const third = await loadArticles(`${SITE}/posts?per_page=2&page=3`, { fetch: wp.fetch });
    expect(third.articles).toHaveLength(1);
    expect(third.next, 'a short page is the last').toBeUndefined();
    const past = await loadArticles(`${SITE}/posts?per_page=1&page=9`, { fetch: wp.fetch });
    expect(past).toEqual({ articles: [] });
  });

  it('still reports other refusals as errors', async () => {
    const wp = fakeWordPress({}, {});
    const refusing = (async () => new Response(JSON.stringify({ code: 'rest_invalid_param', message: 'Invalid parameter(s): orderby' }), { status: 400 })) as typeof fetch;
    await expect(loadArticles(`${SITE}/posts?orderby=comment_count`, { fetch: refusing })).rejects.toMatchObject({ code: 'http', status: 400, serverCode: 'rest_invalid_param' });
    expect(wp.requests).toEqual([]);
  });
});

describe('loadWithPassword', () => {
  it('sends the password as WordPress takes it, in a request of its own, and names no password in errors', async () => {
    const seen: Array<{ url: string; cache?: RequestCache }> = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(input), cache: init?.cache });
      const right = new URL(String(input)).searchParams.get('password') === 'lobster-pots';
      return right
        ? new Response(JSON.stringify({ id: 16, link: 'https://news.example/16/', title: { rendered: 'Kept' }, content: { rendered: '<p>Open.</p>', protected: true } }))
        : new Response(JSON.stringify({ code: 'rest_post_incorrect_password', message: 'Incorrect post password.' }), { status: 403 });
    }) as typeof globalThis.fetch;
    const page = await loadWithPassword(`${SITE}/posts/16?_embed`, 'lobster-pots', { fetch });
    expect(page.articles[0]).toMatchObject({ bodyHtml: '<p>Open.</p>', protected: true });
    expect(seen[0]).toEqual({ url: `${SITE}/posts/16?_embed=&password=lobster-pots`, cache: 'no-store' });
    const refused = await loadWithPassword(`${SITE}/posts/16?_embed`, 'wrong-guess', { fetch }).catch((error: unknown) => error);
    expect(isPasswordRefusal(refused)).toBe(true);
    expect(JSON.stringify({ message: (refused as Error).message, url: (refused as { url?: string }).url })).not.toContain('wrong-guess');
    const offline = (async () => Promise.reject(new TypeError('offline'))) as typeof globalThis.fetch;
    const failed = await loadWithPassword(`${SITE}/posts/16`, 'secret-one', { fetch: offline }).catch((error: unknown) => error);
    expect(isPasswordRefusal(failed)).toBe(false);
    expect((failed as Error).message).not.toContain('secret-one');
  });
});
