import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/components/comment-form/describe-failure.js';
import { NewsError } from '../../src/data/errors.js';
import {
  buildCommentBody,
  commentFormat,
  CommentNotConfirmedError,
  encodeCommentForm,
  isClassicEndpoint,
  parentValue,
  sendComment,
  wpDieMessage,
  type CommentInput,
} from '../../src/data/send-comment.js';

const FULL = { comment: ' Thanks for the report. ', name: 'Ada Reyes', email: 'ada@example.org', url: 'https://ada.example' };
const CLASSIC = 'https://news.example/wp-comments-post.php';
const PERMALINK = 'https://news.example/2026/11/27/barrier/';
const SAME_ORIGIN = { pageOrigin: 'https://news.example' };

/** WordPress 6.1's `wp_die()` page as `/wp-comments-post.php` sends it (style shortened, its selectors kept). */
const wpDie = (message: string): string => `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width">
	<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>Comment Submission Failure</title>
	<style type="text/css">
		#error-page .wp-die-message, #error-page p { font-size: 14px; line-height: 1.5; margin: 25px 0 20px; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><p>${message}</p></div>
<p><a href='javascript:history.back()'>&laquo; Back</a></p></body>
</html>
`;

interface Answer {
  status?: number;
  body?: string | null;
  type?: string;
  /** The URL the response ended at, as `fetch` reports it after following redirects (no fragment). */
  url?: string;
  redirected?: boolean;
}

/** A fetch answering with one Response, its `url` and `redirected` set as a browser sets them; records each call. */
function fakeFetch(answer: Answer, calls: { url: string; init: RequestInit }[] = []): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const response = new Response(answer.body ?? null, {
      status: answer.status ?? 200,
      headers: { 'Content-Type': answer.type ?? 'text/html; charset=UTF-8' },
    });
    Object.defineProperty(response, 'url', { value: answer.url ?? String(input) });
    Object.defineProperty(response, 'redirected', { value: answer.redirected ?? false });
    return response;
  }) as typeof fetch;
}

const failure = (promise: Promise<unknown>): Promise<NewsError> =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as NewsError,
  );

describe('the classic endpoint: format and body', () => {
  it('is chosen for a /wp-comments-post.php action unless a format is set', () => {
    expect(isClassicEndpoint(CLASSIC)).toBe(true);
    expect(isClassicEndpoint('https://news.example/blog/wp-comments-post.php?x=1#top')).toBe(true);
    expect(isClassicEndpoint('/wp-comments-post.php')).toBe(true);
    expect(isClassicEndpoint('https://news.example/wp-json/wp/v2/comments')).toBe(false);
    expect(isClassicEndpoint('https://news.example/wp-comments-post.php/extra')).toBe(false);
    expect(isClassicEndpoint('https://news.example/?next=/wp-comments-post.php')).toBe(false);
    expect(commentFormat(CLASSIC)).toBe('wordpress-classic');
    expect(commentFormat('https://news.example/wp-json/wp/v2/comments')).toBe('wordpress');
    expect(commentFormat(CLASSIC, 'generic')).toBe('generic');
    expect(commentFormat(CLASSIC, 'wordpress')).toBe('wordpress');
    expect(commentFormat('https://x.example/c', 'wordpress-classic')).toBe('wordpress-classic');
    // An unknown value is no choice: the URL decides.
    expect(commentFormat(CLASSIC, 'WordPress')).toBe('wordpress-classic');
    expect(commentFormat('https://x.example/c', '')).toBe('wordpress');
  });

  it('uses the field names of WordPress’s own form, trimmed, and leaves out fields not shown', () => {
    expect(buildCommentBody(FULL, { format: 'wordpress-classic', postId: 12, parentId: 3 })).toEqual({
      comment_post_ID: 12,
      comment_parent: 3,
      comment: 'Thanks for the report.',
      author: 'Ada Reyes',
      email: 'ada@example.org',
      url: 'https://ada.example',
    });
    // fieldNames belong to the generic format only.
    expect(buildCommentBody({ comment: 'x' }, { format: 'wordpress-classic', fieldNames: { content: 'text' } })).toEqual({ comment_parent: 0, comment: 'x' });
    expect(encodeCommentForm({ comment: 'Café & “quotes” + more\nline', name: 'Zoë' }, { postId: 7 }).toString()).toBe(
      'comment_post_ID=7&comment_parent=0&comment=Caf%C3%A9+%26+%E2%80%9Cquotes%E2%80%9D+%2B+more%0Aline&author=Zo%C3%AB',
    );
  });

  it('posts the form encoded, following redirects, with no cookies and no JSON Accept', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    await sendComment(CLASSIC, FULL, { ...SAME_ORIGIN, postId: 12, fetch: fakeFetch({ redirected: true, url: PERMALINK, body: '<html></html>' }, calls) });
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    expect(url).toBe(CLASSIC);
    expect(init).toMatchObject({ method: 'POST', redirect: 'follow', credentials: 'omit' });
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', Accept: 'text/html' });
    expect(Object.fromEntries(new URLSearchParams(String(init.body)))).toEqual({
      comment_post_ID: '12',
      comment_parent: '0',
      comment: 'Thanks for the report.',
      author: 'Ada Reyes',
      email: 'ada@example.org',
      url: 'https://ada.example',
    });
  });
});

describe('reply ids', () => {
  const UUID = '3f2b8c1e-9d4a-4e6b-8a2f-1c5d7e9f0a3b';

  it('sends no parent as 0 in every format', () => {
    for (const format of ['wordpress', 'wordpress-classic', 'generic'] as const) {
      for (const none of [undefined, 0, '', ' ', '0']) expect(parentValue(none, format), `${format} ${String(none)}`).toBe(0);
    }
  });

  it('sends a numeric id to WordPress (REST and classic) as a number, any other id as it is', () => {
    for (const format of ['wordpress', 'wordpress-classic'] as const) {
      expect(parentValue('42', format)).toBe(42);
      expect(parentValue(' 42 ', format)).toBe(42);
      expect(parentValue(42, format)).toBe(42);
      expect(parentValue('c-9f2e', format)).toBe('c-9f2e');
      // Past what a number holds exactly: sent as written rather than rounded to another comment's id.
      expect(parentValue('9007199254740993', format)).toBe('9007199254740993');
    }
    expect(buildCommentBody({ comment: 'Reply' }, { postId: 3, parentId: '7' })).toEqual({ post: 3, parent: 7, content: 'Reply' });
    expect(Object.fromEntries(encodeCommentForm({ comment: 'Reply' }, { postId: 3, parentId: '7' }))).toEqual({ comment_post_ID: '3', comment_parent: '7', comment: 'Reply' });
  });

  it('sends the id to a generic endpoint as given: a string stays a string', () => {
    expect(parentValue('42', 'generic')).toBe('42');
    expect(parentValue(42, 'generic')).toBe(42);
    expect(parentValue(UUID, 'generic')).toBe(UUID);
    expect(buildCommentBody({ comment: 'Reply' }, { format: 'generic', parentId: '-NxK3fA9', fieldNames: { parent: 'replyTo' } })).toEqual({
      replyTo: '-NxK3fA9',
      content: 'Reply',
    });
  });

  it('gives the comment taken the parent as an opaque id, the server’s if it says one, and none for 0', async () => {
    const json = (body: unknown): typeof fetch => fakeFetch({ status: 201, body: JSON.stringify(body), type: 'application/json' });
    const generic = await sendComment('https://api.example/comments', { comment: 'Hi' }, { format: 'generic', parentId: 'c-9f2e', fetch: json({}) });
    expect(generic.comment.parent).toBe('c-9f2e');
    const wordpress = await sendComment('https://news.example/wp-json/wp/v2/comments', { comment: 'Hi' }, { parentId: '42', fetch: json({ id: 9, parent: 42 }) });
    expect(wordpress.comment.parent).toBe('42');
    const none = await sendComment('https://news.example/wp-json/wp/v2/comments', { comment: 'Hi' }, { fetch: json({ id: 10, parent: 0 }) });
    expect(none.comment).not.toHaveProperty('parent');
  });
});

describe('the classic endpoint: reading the answer', () => {
  const send = (answer: Answer, values: CommentInput = FULL) => sendComment(CLASSIC, values, { ...SAME_ORIGIN, postId: 12, fetch: fakeFetch(answer) });

  it('reads a redirect to a URL with unapproved=ID as held, with its id', async () => {
    const url = `${PERMALINK}?unapproved=417&moderation-hash=0b3f7c`;
    const sent = await send({ redirected: true, url, body: '<html>article</html>' });
    expect(sent.status).toBe('hold');
    expect(sent.data).toBe(url);
    expect(sent.comment).toEqual({
      id: '417',
      postId: 12,
      authorName: 'Ada Reyes',
      authorUrl: 'https://ada.example/',
      contentHtml: 'Thanks for the report.',
      status: 'hold',
    });
  });

  it('reads a redirect to the bare permalink as published, its id unknown (the fragment is not in response.url)', async () => {
    const sent = await send({ redirected: true, url: PERMALINK });
    expect(sent.status).toBe('approved');
    expect(sent.comment.id).toBe('');
    // The stored comment counts even if the page it lands on fails.
    expect((await send({ redirected: true, url: PERMALINK, status: 404 })).status).toBe('approved');
  });

  it('says "held" for a comment without an email: WordPress then never marks a held one in the URL', async () => {
    const sent = await send({ redirected: true, url: PERMALINK }, { comment: 'Hello', name: 'Kit' });
    expect(sent.status).toBe('hold');
  });

  it('shows the message of the 200 error page, as plain text without its "Error:" label', async () => {
    const error = await failure(send({ body: wpDie('<strong>Error:</strong> Please fill the required fields.') }));
    expect(error).toBeInstanceOf(NewsError);
    expect(error).not.toBeInstanceOf(CommentNotConfirmedError);
    expect(error).toMatchObject({ code: 'http', status: 200, serverMessage: 'Please fill the required fields.' });
    expect(describeFailure(error)).toEqual({ key: 'serverOther', params: { message: 'Please fill the required fields.' } });
    expect((await failure(send({ status: 403, body: wpDie('Sorry, comments are closed for this item.') }))).serverMessage).toBe(
      'Sorry, comments are closed for this item.',
    );
  });

  it('maps 409 to the duplicate message and 429 to the flood message', async () => {
    const duplicate = await failure(send({ status: 409, body: wpDie('Duplicate comment detected; it looks as though you&#8217;ve already said that!') }));
    expect(duplicate).toMatchObject({ code: 'http', status: 409, serverCode: 'comment_duplicate' });
    expect(duplicate.serverMessage).toBe('Duplicate comment detected; it looks as though you\u2019ve already said that!');
    expect(describeFailure(duplicate)).toEqual({ key: 'serverDuplicate' });
    const flood = await failure(send({ status: 429, body: wpDie('You are posting comments too quickly. Slow down.') }));
    expect(flood).toMatchObject({ serverCode: 'comment_flood', retryable: true });
    expect(describeFailure(flood)).toEqual({ key: 'serverFlood' });
  });

  it('treats a 200 with neither a redirect nor an error message as no evidence: the draft stays', async () => {
    for (const body of ['', '<!doctype html><title>Home</title><p>Welcome</p>', '{"ok":true}']) {
      const error = await failure(send({ body }));
      expect(error, body).toBeInstanceOf(CommentNotConfirmedError);
      expect(error, body).toMatchObject({ reason: 'no-evidence', code: 'unsupported-shape', status: 200 });
      expect(describeFailure(error)).toEqual({ key: 'serverNoEvidence' });
    }
  });

  it('reads other statuses as before: a bare 5xx is "kept, try again"', async () => {
    const error = await failure(send({ status: 502, body: '<html><body>Bad gateway</body></html>' }));
    expect(error).toMatchObject({ code: 'http', status: 502, retryable: true });
    expect(describeFailure(error)).toEqual({ key: 'sendFailed' });
    expect(describeFailure(await failure(send({ status: 500, body: wpDie('<strong>Error:</strong> The comment could not be saved. Please try again later.') })))).toEqual({
      key: 'serverOther',
      params: { message: 'The comment could not be saved. Please try again later.' },
    });
  });
});

describe('the classic endpoint on another origin', () => {
  it('is not posted to at all: rejects at once, not retryable, with nothing sent', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const error = await failure(sendComment(CLASSIC, FULL, { pageOrigin: 'https://reader.example', fetch: fakeFetch({ redirected: true, url: PERMALINK }, calls) }));
    expect(calls).toHaveLength(0);
    expect(error).toBeInstanceOf(CommentNotConfirmedError);
    expect(error).toMatchObject({ reason: 'cross-origin', code: 'network', url: CLASSIC, retryable: false });
    expect(error.message).toContain('https://reader.example');
    expect(describeFailure(error)).toEqual({ key: 'classicCrossOrigin' });
    // Another port, another scheme: another origin.
    for (const pageOrigin of ['https://news.example:8443', 'http://news.example', 'null']) {
      expect((await failure(sendComment(CLASSIC, FULL, { pageOrigin, fetch: fakeFetch({}) }))).message, pageOrigin).toMatch(/^Not sent/);
    }
  });

  it('checks nothing where there is no page (Node applies no CORS)', async () => {
    expect('location' in globalThis).toBe(false);
    expect((await sendComment(CLASSIC, FULL, { fetch: fakeFetch({ redirected: true, url: PERMALINK }) })).status).toBe('approved');
  });

  it('leaves the REST endpoint on another origin to CORS, as before', async () => {
    const rest = 'https://news.example/wp-json/wp/v2/comments';
    const sent = await sendComment(rest, FULL, { pageOrigin: 'https://reader.example', fetch: fakeFetch({ status: 201, body: '{"id":5,"status":"hold"}', type: 'application/json' }) });
    expect(sent.comment.id).toBe('5');
  });
});

describe('evidence from the REST endpoint', () => {
  const rest = 'https://news.example/wp-json/wp/v2/comments';
  const json = 'application/json; charset=UTF-8';

  it('takes a 2xx only with a comment in it: an object with an id', async () => {
    expect((await sendComment(rest, FULL, { fetch: fakeFetch({ status: 201, body: '{"id":8,"status":"approved"}', type: json }) })).comment.id).toBe('8');
    const cases: [string, string, string][] = [
      ['an empty 200', '', 'not-json'],
      ['an HTML page', '<!doctype html><p>Thanks!</p>', 'not-json'],
      ['an empty object', '{}', 'unsupported-shape'],
      ['a list', '[{"id":1}]', 'unsupported-shape'],
      ['a message', '{"success":true,"message":"ok"}', 'unsupported-shape'],
      ['an empty id', '{"id":""}', 'unsupported-shape'],
    ];
    for (const [name, body, code] of cases) {
      const error = await failure(sendComment(rest, FULL, { fetch: fakeFetch({ status: 200, body, type: json }) }));
      expect(error, name).toBeInstanceOf(CommentNotConfirmedError);
      expect(error, name).toMatchObject({ reason: 'no-evidence', code, status: 200 });
      expect(describeFailure(error), name).toEqual({ key: 'serverNoEvidence' });
    }
    // A 204 too: WordPress never answers a created comment with no body.
    expect(await failure(sendComment(rest, FULL, { fetch: fakeFetch({ status: 204 }) }))).toMatchObject({ reason: 'no-evidence' });
  });

  it('keeps the generic format’s word for it: any 2xx is taken', async () => {
    const sent = await sendComment('https://x.example/c', FULL, { format: 'generic', fetch: fakeFetch({ status: 200, body: '', type: json }) });
    expect(sent.status).toBe('approved');
    expect((await sendComment('https://x.example/c', FULL, { format: 'generic', fetch: fakeFetch({ status: 200, body: '{}', type: json }) })).status).toBe('approved');
    // A service that says the comment waits for moderation, in its own words.
    for (const said of ['pending', 'hold', 'unapproved']) {
      const held = await sendComment('https://x.example/c', FULL, { format: 'generic', fetch: fakeFetch({ status: 202, body: JSON.stringify({ status: said }), type: json }) });
      expect(held.status, said).toBe('hold');
    }
  });

  it('posts a /wp-comments-post.php action as JSON when told to, and then finds no evidence in the empty answer', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const error = await failure(sendComment(CLASSIC, FULL, { format: 'wordpress', fetch: fakeFetch({ status: 200, body: '' }, calls) }));
    expect(calls[0]?.init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(error).toMatchObject({ reason: 'no-evidence' });
  });
});

describe('wpDieMessage', () => {
  it('reads the message of WordPress’s error page, JSON answer or bare error-page body', () => {
    expect(wpDieMessage(wpDie('<strong>Error</strong>: Please enter a valid email address.'))).toBe('Please enter a valid email address.');
    expect(wpDieMessage(wpDie('<strong>Erreur :</strong> Veuillez remplir les champs obligatoires.'))).toBe('Veuillez remplir les champs obligatoires.');
    // A bold word that is no label stays.
    expect(wpDieMessage(wpDie('<strong>Sorry</strong> this is closed.'))).toBe('Sorry this is closed.');
    expect(wpDieMessage('{"code":"wp_die","message":"<p><strong>Error:</strong> Please type your comment text.</p>","data":{"status":200}}')).toBe(
      'Please type your comment text.',
    );
    expect(wpDieMessage(`<html><body id='error-page'><p>Old style page.</p>\n<p><a href='javascript:history.back()'>&laquo; Back</a></p></body></html>`)).toBe(
      'Old style page.',
    );
    expect(wpDieMessage('<!doctype html><title>Home</title><body class="home"><p>Welcome</p></body>')).toBe('');
    expect(wpDieMessage('')).toBe('');
  });

  it('gives plain text, never markup, and stays fast on hostile pages', () => {
    const hostile = wpDie('<img src=x onerror=alert(1)>Nope<script>alert(2)</script> &lt;b&gt;');
    expect(wpDieMessage(hostile)).toBe('Nope <b>');
    expect(wpDieMessage(wpDie('x'.repeat(5000))).length).toBe(300);
    // Shapes that make a backtracking pattern take minutes (quadratic in a few hundred thousand characters); read in
    // one pass they take milliseconds, even on a busy machine. The bound only tells those apart: it is no
    // measure of speed (`npm run bench` is).
    const started = performance.now();
    wpDieMessage(`<div class="${'wp-die '.repeat(50_000)}`);
    wpDieMessage(`<body ${'a'.repeat(200_000)}`);
    wpDieMessage(`<div class="wp-die-message"><p><strong>${'<strong>'.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
