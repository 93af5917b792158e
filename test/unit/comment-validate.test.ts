import { describe, expect, it } from 'vitest';
import { NewsError } from '../../src/data/errors.js';
import { buildCommentBody, CommentError, describeFailure, sendComment } from '../../src/components/comment-form/send-comment.js';
import {
  charactersLeft,
  checkComment,
  checkField,
  FIELD_LIMITS,
  isEmail,
  isWebAddress,
  nearLimit,
  parseFieldList,
  shownFields,
  textLength,
} from '../../src/components/comment-form/validate.js';

const FULL = { comment: 'Thanks for the report.', name: 'Ada Reyes', email: 'ada@example.org', url: 'https://ada.example' };
const RULES = { fields: ['comment', 'name', 'email', 'url'] as const, optional: ['url'] as const };

describe('comment validation', () => {
  it('asks for the comment, the name and the email with the reference page’s messages', () => {
    expect(checkComment({ comment: '', name: '', email: '', url: '' }, RULES)).toEqual({
      comment: { key: 'commentRequired' },
      name: { key: 'nameRequired' },
      email: { key: 'emailRequired' },
    });
    expect(checkComment(FULL, RULES)).toEqual({});
  });

  it('treats white space alone as empty', () => {
    expect(checkField('comment', ' \n\t ', true)).toEqual({ key: 'commentRequired' });
    expect(checkField('name', '   ', true)).toEqual({ key: 'nameRequired' });
  });

  it('lets optional fields stay empty but still checks what is typed in them', () => {
    const rules = { fields: RULES.fields, optional: ['email', 'url'] as const };
    expect(checkComment({ ...FULL, email: '', url: '' }, rules)).toEqual({});
    expect(checkComment({ ...FULL, email: 'not an email', url: 'javascript:alert(1)' }, rules)).toEqual({
      email: { key: 'emailInvalid' },
      url: { key: 'urlInvalid' },
    });
  });

  it('checks only the fields that are shown', () => {
    expect(checkComment({ comment: 'Hi', name: '', email: '', url: '' }, { fields: ['comment'], optional: [] })).toEqual({});
  });

  it('accepts the addresses an email input accepts, with a dot in the domain as WordPress wants', () => {
    for (const ok of ['ada@example.org', 'first.last+tag@mail.example.co.uk', "o'neil@example.ie", 'x@a-b.example']) {
      expect(isEmail(ok), ok).toBe(true);
    }
    for (const bad of ['ada', 'ada@', '@example.org', 'ada@example', 'ada @example.org', 'ada@exa mple.org', 'ada@-example.org', 'a@b@example.org']) {
      expect(isEmail(bad), bad).toBe(false);
    }
  });

  it('accepts http(s) addresses, with or without the scheme, and refuses other schemes', () => {
    for (const ok of ['https://ada.example', 'http://localhost:8080/blog', 'ada.example', 'ada.example/about']) {
      expect(isWebAddress(ok), ok).toBe(true);
    }
    for (const bad of ['javascript:alert(1)', 'ftp://ada.example', 'data:text/html,hi', 'ada', 'https://ada .example', 'mailto:ada@example.org']) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });

  it('uses WordPress’s limits, counted in UTF-8 bytes as WordPress counts them', () => {
    expect(FIELD_LIMITS).toEqual({ comment: 65525, name: 245, email: 100, url: 200 });
    expect(textLength('abc')).toBe(3);
    expect(textLength('é')).toBe(2);
    expect(textLength('سلام')).toBe(8);
    expect(checkField('name', 'a'.repeat(245), true)).toBeUndefined();
    expect(checkField('name', 'a'.repeat(246), true)).toEqual({ key: 'tooLong', params: { n: 1 } });
    // 123 Arabic letters are 246 bytes: one over, though far fewer than 245 characters.
    expect(checkField('name', 'ب'.repeat(123), true)).toEqual({ key: 'tooLong', params: { n: 1 } });
    expect(checkField('comment', 'x'.repeat(65526), true)).toEqual({ key: 'tooLong', params: { n: 1 } });
    expect(checkField('email', `${'a'.repeat(90)}@example.org`, true)).toEqual({ key: 'tooLong', params: { n: 2 } });
  });

  it('shows the counter from the last tenth of the comment’s limit', () => {
    expect(nearLimit('comment', 'x'.repeat(58_972))).toBe(false);
    expect(nearLimit('comment', 'x'.repeat(58_973))).toBe(true);
    expect(charactersLeft('comment', 'x'.repeat(65_000))).toBe(525);
  });

  it('reads the fields and optional attributes in the form’s order, always keeping the comment box', () => {
    expect(parseFieldList('url email', [])).toEqual(['email', 'url']);
    expect(parseFieldList(null, ['url'])).toEqual(['url']);
    expect(parseFieldList('', ['url'])).toEqual([]);
    expect(parseFieldList('Name, bogus', [])).toEqual(['name']);
    expect(shownFields(null)).toEqual(['comment', 'name', 'email', 'url']);
    expect(shownFields('name')).toEqual(['comment', 'name']);
  });
});

describe('comment request', () => {
  it('builds the WordPress /wp/v2/comments body from the shown fields, trimmed', () => {
    expect(buildCommentBody({ ...FULL, name: '  Ada Reyes ' }, { postId: 12 })).toEqual({
      post: 12,
      parent: 0,
      content: 'Thanks for the report.',
      author_name: 'Ada Reyes',
      author_email: 'ada@example.org',
      author_url: 'https://ada.example',
    });
    expect(buildCommentBody({ comment: 'Reply', name: 'Kit' }, { postId: 3, parentId: 7 })).toEqual({
      post: 3,
      parent: 7,
      content: 'Reply',
      author_name: 'Kit',
    });
  });

  it('renames values for a generic endpoint and keeps the WordPress name for the rest', () => {
    expect(
      buildCommentBody(FULL, { format: 'generic', postId: 5, fieldNames: { content: 'text', author_name: 'name', post: 'articleId' } }),
    ).toEqual({ articleId: 5, parent: 0, text: 'Thanks for the report.', name: 'Ada Reyes', author_email: 'ada@example.org', author_url: 'https://ada.example' });
    // fieldNames only apply to the generic format.
    expect(buildCommentBody({ comment: 'x' }, { fieldNames: { content: 'text' } })).toEqual({ parent: 0, content: 'x' });
  });
});

describe('comment failures', () => {
  const refused = (serverCode: string, serverMessage = 'Server words', params: string[] = []) =>
    new CommentError('http', 'refused', { status: 400, serverCode, serverMessage }, params);

  it('maps each WordPress code to its own message', () => {
    const cases: Record<string, string> = {
      rest_comment_content_invalid: 'serverContentInvalid',
      rest_comment_author_data_required: 'serverAuthorRequired',
      comment_duplicate: 'serverDuplicate',
      comment_flood: 'serverFlood',
      rest_comment_login_required: 'serverLoginRequired',
      rest_comment_closed: 'serverClosed',
      rest_comment_invalid_post_id: 'serverInvalidPost',
    };
    for (const [code, key] of Object.entries(cases)) expect(describeFailure(refused(code)), code).toEqual({ key });
  });

  it('puts length refusals next to the field that is too long', () => {
    expect(describeFailure(refused('comment_content_column_length'))).toEqual({ key: 'serverTooLong', fields: { comment: 'serverFieldTooLong' } });
    expect(describeFailure(refused('comment_author_column_length'))).toEqual({ key: 'serverTooLong', fields: { name: 'serverFieldTooLong' } });
    expect(describeFailure(refused('comment_author_email_column_length')).fields).toEqual({ email: 'serverFieldTooLong' });
    expect(describeFailure(refused('comment_author_url_column_length')).fields).toEqual({ url: 'serverFieldTooLong' });
  });

  it('puts an invalid email parameter next to the email field', () => {
    expect(describeFailure(refused('rest_invalid_param', 'Invalid parameter(s): author_email', ['author_email']))).toEqual({
      key: 'fixErrors',
      params: { n: 1 },
      fields: { email: 'emailInvalid' },
    });
    expect(describeFailure(refused('rest_invalid_param', 'Invalid parameter(s): post', ['post']))).toEqual({ key: 'serverInvalidPost' });
  });

  it('shows any other explanation from the server as it is, and "kept, try again" when there is none', () => {
    expect(describeFailure(refused('some_plugin_said_no', 'Links are not allowed.'))).toEqual({
      key: 'serverOther',
      params: { message: 'Links are not allowed.' },
    });
    expect(describeFailure(new NewsError('http', 'HTTP 502', { status: 502 }))).toEqual({ key: 'sendFailed' });
    expect(describeFailure(new NewsError('network', 'offline'))).toEqual({ key: 'sendFailed' });
    expect(describeFailure(new NewsError('timeout', 'slow'))).toEqual({ key: 'sendFailed' });
    expect(describeFailure(new NewsError('not-json', 'a login page'))).toEqual({ key: 'sendFailed' });
  });
});

describe('sendComment', () => {
  /** A fetch that answers once with a fixed response and records what it was asked. */
  function answer(status: number, body: string, calls: RequestInit[] = []): typeof fetch {
    return (async (_url: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init ?? {});
      return new Response(status === 204 ? null : body, { status, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
  }

  it('posts JSON with the given headers, no cookies by default, and reads an approved comment', async () => {
    const calls: RequestInit[] = [];
    const server = { id: 42, post: 12, parent: 0, author_name: 'Ada Reyes', author_url: 'javascript:alert(1)', date_gmt: '2026-11-27T10:00:00', content: { rendered: '<p>Thanks</p>\n' }, status: 'approved' };
    const sent = await sendComment('https://news.example/wp-json/wp/v2/comments', FULL, {
      postId: 12,
      headers: { 'X-WP-Nonce': 'abc' },
      fetch: answer(201, JSON.stringify(server), calls),
    });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.credentials).toBe('omit');
    expect(calls[0]?.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-WP-Nonce': 'abc' });
    expect(JSON.parse(String(calls[0]?.body))).toMatchObject({ post: 12, content: 'Thanks for the report.' });
    expect(sent.status).toBe('approved');
    expect(sent.comment).toEqual({
      id: '42',
      postId: 12,
      parent: 0,
      authorName: 'Ada Reyes',
      contentHtml: '<p>Thanks</p>\n',
      date: '2026-11-27T10:00:00.000Z',
      status: 'approved',
    });
  });

  it('reports a held comment as held, and an empty 2xx answer as taken', async () => {
    const held = await sendComment('https://x.example/c', FULL, { fetch: answer(201, '{"id":1,"status":"hold"}') });
    expect(held.status).toBe('hold');
    const bare = await sendComment('https://x.example/c', FULL, { format: 'generic', fetch: answer(204, '') });
    expect(bare.status).toBe('approved');
    expect(bare.comment.authorName).toBe('Ada Reyes');
    expect(bare.comment.contentHtml).toBe('Thanks for the report.');
  });

  it('rejects with the WordPress code, the plain-text message and the invalid parameters', async () => {
    const body = '{"code":"rest_invalid_param","message":"Invalid parameter(s): <b>author_email</b>","data":{"status":400,"params":{"author_email":"Invalid email address."}}}';
    const error = await sendComment('https://x.example/c', FULL, { fetch: answer(400, body) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommentError);
    expect(error).toMatchObject({ code: 'http', status: 400, serverCode: 'rest_invalid_param', serverMessage: 'Invalid parameter(s): author_email', invalidParams: ['author_email'] });
  });

  it('turns an unreachable server and a timeout into network and timeout errors', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(sendComment('https://x.example/c', FULL, { fetch: offline })).rejects.toMatchObject({ code: 'network' });
    const never = ((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
    await expect(sendComment('https://x.example/c', FULL, { fetch: never, timeout: 20 })).rejects.toMatchObject({ code: 'timeout' });
  });
});
