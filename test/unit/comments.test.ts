import { beforeEach, describe, expect, it } from 'vitest';
import { countThread, finishComment, loadComments, readComments, threadComments, type CommentNode } from '../../src/data/comments.js';
import { clearResponseCache } from '../../src/data/fetch-json.js';
import type { NewsComment } from '../../src/data/model.js';
import { expectNoJunk } from '../support/fixtures.js';

const c = (id: number, parent = 0, authorName = `Author ${id}`): NewsComment => ({ id: String(id), ...(parent ? { parent: String(parent) } : {}), authorName, contentHtml: `<p>${id}</p>`, status: 'approved' });

/** A thread as `id(>replyTo)` lines indented by depth, to compare whole shapes at a glance. */
function outline(nodes: CommentNode[]): string[] {
  const lines: string[] = [];
  const walk = (list: CommentNode[]): void => {
    for (const node of list) {
      lines.push(`${'  '.repeat(node.depth)}${node.comment.id}${node.replyTo ? `>${node.replyTo}` : ''}`);
      walk(node.replies);
    }
  };
  walk(nodes);
  return lines;
}

describe('threadComments', () => {
  it('puts each reply inside the comment it answers, keeping the given order', () => {
    expect(outline(threadComments([c(1), c(2, 1), c(3), c(4, 2), c(5, 1)]))).toEqual(['1', '  2', '    4', '  5', '3']);
  });

  it('keeps replies past the deepest level at that level, right after what they answer, saying whom they answer', () => {
    const chain = [c(1), c(2, 1), c(3, 2), c(4, 3, 'Dee'), c(5, 4, 'Eve'), c(6, 1)];
    expect(outline(threadComments(chain, 3))).toEqual(['1', '  2', '    3', '    4>Author 3', '    5>Dee', '  6']);
    expect(outline(threadComments(chain, 1))).toEqual(['1', '2>Author 1', '3>Author 2', '4>Author 3', '5>Dee', '6>Author 1']);
  });

  it('sends a reply to an unknown comment, to itself, or in a loop to the top level, losing none', () => {
    const odd = [c(1, 99), c(2, 2), c(3, 4), c(4, 3), c(5, 3), c(6)];
    const thread = threadComments(odd);
    expect(outline(thread)).toEqual(['1', '2', '3', '  5', '4', '6']);
    expect(countThread(thread)).toBe(6);
  });

  it('threads ten thousand comments in one chain without recursion', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => c(i + 1, i));
    const thread = threadComments(chain, 4);
    expect(countThread(thread)).toBe(10_000);
    expect(thread[0]!.replies[0]!.replies[0]!.replies.length).toBe(9_997);
  });
});

describe('finishComment and readComments', () => {
  it('reads WordPress comments: name as text, avatar the largest, links through the URL policy', () => {
    const page = readComments([
      {
        id: 7,
        post: 3,
        parent: 0,
        author_name: '<b>Ana</b> &amp; Co',
        author_url: 'javascript:alert(1)',
        date_gmt: '2026-11-02T10:00:00',
        content: { rendered: '<p>Hello</p>' },
        link: 'https://news.example/story/#comment-7',
        status: 'approved',
        author_avatar_urls: { 24: 'https://secure.gravatar.com/a?s=24', 96: 'https://secure.gravatar.com/a?s=96' },
      },
    ]);
    expect(page.comments).toEqual([
      { id: '7', postId: 3, authorName: 'Ana & Co', contentHtml: '<p>Hello</p>', status: 'approved', authorAvatar: 'https://secure.gravatar.com/a?s=96', date: '2026-11-02T10:00:00.000Z', url: 'https://news.example/story/#comment-7' },
    ]);
  });

  it('reads any shape through items and a mapping', () => {
    const json = { data: { thread: [{ key: 'a1', re: null, who: { display: 'Kit' }, when: 1764500000, html: '<p>Hi</p>' }] } };
    const page = readComments(json, { items: 'data.thread', mapping: { id: 'key', parent: 're', authorName: 'who.display', date: 'when', content: 'html' } });
    expect(page.comments).toEqual([{ id: 'a1', authorName: 'Kit', contentHtml: '<p>Hi</p>', status: 'approved', date: '2025-11-30T10:53:20.000Z' }]);
  });

  it('takes nulls, wrong types and duplicates without a throw or junk text', () => {
    const page = readComments([null, 3, 'x', { id: null }, { id: 1, author_name: { no: 1 }, content: 42, parent: 'abc', date: 'soon' }, { id: 1, author_name: 'Dup' }]);
    expect(page.comments).toEqual([{ id: '1', parent: 'abc', authorName: '', contentHtml: '', status: 'approved' }]);
    expectNoJunk(page);
    expect(finishComment({ id: 5, author_avatar_urls: { 96: 'data:image/png;base64,xx' } })!.authorAvatar).toBeUndefined();
  });

  it('threads comments from any JSON whose ids and parents are UUIDs or Firebase keys', () => {
    const uuid = '3f2b8c1e-9a4d-4e7b-8c2f-1d5e6a7b8c9d';
    const json = {
      comments: {
        list: [
          { id: uuid, parentId: null, author: 'Ana', text: '<p>First</p>' },
          { id: '-NxQ3kd8fJ2_aB', parentId: uuid, author: 'Ben', text: '<p>Reply</p>' },
          { id: '-NxQ3kd8fJ2_aC', parentId: '-NxQ3kd8fJ2_aB', author: 'Cy', text: '<p>Reply to reply</p>' },
          { id: 'c-4', parentId: '', author: 'Dee', text: '<p>Top</p>' },
          { id: 'c-5', parentId: 0, author: 'Eve', text: '<p>Top too</p>' },
        ],
      },
    };
    const page = readComments(json, { items: 'comments.list' });
    expect(page.comments.map((comment) => comment.parent)).toEqual([undefined, uuid, '-NxQ3kd8fJ2_aB', undefined, undefined]);
    expect(outline(threadComments(page.comments))).toEqual([uuid, '  -NxQ3kd8fJ2_aB', '    -NxQ3kd8fJ2_aC', 'c-4', 'c-5']);
  });

  it('reads WordPress parents as string ids, 0 as none', () => {
    const page = readComments([
      { id: 1, parent: 0, author_name: 'A', content: { rendered: '' } },
      { id: 2, parent: 1, author_name: 'B', content: { rendered: '' } },
    ]);
    expect(page.comments.map((comment) => comment.parent)).toEqual([undefined, '1']);
    expect(outline(threadComments(page.comments))).toEqual(['1', '  2']);
  });

  it('says clearly when there is no list of comments', () => {
    expect(() => readComments({ weather: 'fine' })).toThrowError(/no list of comments/);
  });
});

describe('loadComments from WordPress', () => {
  beforeEach(() => clearResponseCache());

  it('reads every page, 100 at a time, oldest first by default', async () => {
    const requests: string[] = [];
    const all = Array.from({ length: 230 }, (_, i) => ({ id: i + 1, post: 9, parent: 0, author_name: `R${i + 1}`, content: { rendered: `<p>${i}</p>` } }));
    const fetch = (async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      requests.push(url.search);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * 100, page * 100);
      return new Response(JSON.stringify(slice), { headers: { 'X-WP-Total': '230', 'X-WP-TotalPages': '3' } });
    }) as typeof globalThis.fetch;
    const page = await loadComments('https://news.example/wp-json/wp/v2/comments?post=9', { fetch });
    expect(page.comments).toHaveLength(230);
    expect(page.total).toBe(230);
    expect(page.comments[229]!.authorName).toBe('R230');
    expect(requests[0]).toBe('?post=9&per_page=100&order=asc&orderby=date_gmt');
    expect(requests.slice(1).sort()).toEqual(['?post=9&per_page=100&order=asc&orderby=date_gmt&page=2', '?post=9&per_page=100&order=asc&orderby=date_gmt&page=3']);
  });

  it('asks again when fresh (a retry), though the URLs it requests are not the one it was given', async () => {
    let version = 0;
    const requests: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      requests.push(String(input));
      version += 1;
      return new Response(JSON.stringify([{ id: version, post: 9, author_name: `v${version}`, content: { rendered: '' } }]), { headers: { 'X-WP-TotalPages': '1' } });
    }) as typeof globalThis.fetch;
    const url = 'https://news.example/wp-json/wp/v2/comments?post=9';
    expect((await loadComments(url, { fetch })).comments[0]!.authorName).toBe('v1');
    clearResponseCache(url);
    expect((await loadComments(url, { fetch })).comments[0]!.authorName, 'clearing the given URL clears nothing that was requested').toBe('v1');
    expect((await loadComments(url, { fetch, fresh: true })).comments[0]!.authorName).toBe('v2');
    expect(requests).toHaveLength(2);
  });
});
