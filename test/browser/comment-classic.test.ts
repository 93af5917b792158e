import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { NewsErrorDetail } from '../../src/components/base/news-element.js';
import type { CommentFormElement, NewsCommentDetail } from '../../src/components/comment-form/comment-form.js';
import '../../src/components/comment-form/define.js';
import type { CommentNotConfirmedError } from '../../src/data/send-comment.js';
import { control, fill, part } from '../support/comment-form.js';
import { text } from '../support/harness.js';

/**
 * `<comment-form>` against WordPress's classic endpoint, `/wp-comments-post.php`, as the demo API models
 * it (src/demo/api.js, on the test server's own origin): and what a browser lets a page read of its
 * answers, which is what the form's rules for "stored" rest on.
 *
 * The demo store is shared with the other browser test files running at the same time, so these tests
 * reset nothing: each uses its own text and email, on an article the others leave alone.
 */

const CLASSIC = '/wp-comments-post.php';
const POST = 11;
/** The same test server under another host name: another origin, the same demo store. */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
/** Nothing listens there. */
const FAR_CLASSIC = 'http://127.0.0.1:9/wp-comments-post.php';
const DRAFT_KEY = (action: string, post = POST) => `news-widgets:draft:${new URL(action, location.href).href}#${post}`;

let counter = 0;
/** Text and an email no other test uses (the demo checks duplicates by text, floods by email). */
const unique = (): { tag: string; email: string } => {
  counter += 1;
  const tag = `${Date.now().toString(36)}-${counter}`;
  return { tag, email: `classic-${tag}@example.org` };
};

/** The ids of the approved comments on `post`, as the REST API lists them. */
async function approvedContents(post = POST): Promise<string[]> {
  const response = await fetch(`/wp-json/wp/v2/comments?post=${post}&per_page=100`);
  return ((await response.json()) as { content: { rendered: string } }[]).map((c) => c.content.rendered);
}

/** The POSTs the page makes while a test runs. */
let posts: { url: string; body: string; headers: Record<string, string> }[] = [];
let warnings: string[] = [];
const originalFetch = window.fetch;
const originalWarn = console.warn;

beforeEach(() => {
  posts = [];
  warnings = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'POST') posts.push({ url: String(input), body: String(init.body), headers: { ...(init.headers as Record<string, string>) } });
    return originalFetch.call(window, input, init);
  };
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
});

afterEach(() => {
  window.fetch = originalFetch;
  console.warn = originalWarn;
});

async function mount(attrs: { action?: string; format?: string; optional?: string; lang?: string } = {}): Promise<CommentFormElement> {
  const el = await fixture<CommentFormElement>(html`<comment-form
    action=${attrs.action ?? CLASSIC}
    post-id=${POST}
    min-submit-ms="0"
    optional=${attrs.optional ?? 'url'}
    lang=${attrs.lang ?? 'en'}
  ></comment-form>`);
  if (attrs.format) {
    el.setAttribute('format', attrs.format);
    await el.updateComplete;
  }
  return el;
}

/** Submits and waits for the answer: the `news-comment` or the `news-error` event, and anything else fired meanwhile. */
async function submitAndWait(el: CommentFormElement): Promise<{ event: CustomEvent; comments: CustomEvent<NewsCommentDetail>[] }> {
  const comments: CustomEvent<NewsCommentDetail>[] = [];
  const record = (event: Event): void => void comments.push(event as CustomEvent<NewsCommentDetail>);
  el.addEventListener('news-comment', record);
  const done = Promise.race([oneEvent(el, 'news-comment'), oneEvent(el, 'news-error')]);
  part(el, 'submit').click();
  const event = (await done) as CustomEvent;
  await el.updateComplete;
  el.removeEventListener('news-comment', record);
  return { event, comments };
}

describe('what a page can read of the classic endpoint’s answers (Chromium)', () => {
  const form = (comment: string, email: string) =>
    new URLSearchParams({ comment, author: 'Probe', email, comment_post_ID: String(POST), comment_parent: '0' });

  it('follow: a held comment ends at ?unapproved=ID, an approved one at the bare permalink; the fragment never shows', async () => {
    const held = unique();
    const answer = await originalFetch(CLASSIC, { method: 'POST', body: form(`Please moderate ${held.tag}`, held.email) });
    expect(answer.redirected).to.equal(true);
    expect(answer.status).to.equal(200);
    const url = new URL(answer.url);
    expect(url.pathname).to.match(/^\/news\/[a-z0-9-]+\/$/);
    expect(url.searchParams.get('unapproved')).to.match(/^\d+$/);
    expect(url.searchParams.get('moderation-hash')).to.match(/^[0-9a-f]{32}$/);
    expect(url.hash).to.equal('');

    const approved = unique();
    const plain = await originalFetch(CLASSIC, { method: 'POST', body: form(`Plain ${approved.tag}`, approved.email) });
    expect(plain.redirected).to.equal(true);
    expect(new URL(plain.url).search).to.equal('');
    expect(plain.url).to.not.contain('#');
  });

  it('manual: an opaque redirect, status 0, no Location, its own URL: nothing to read', async () => {
    const probe = unique();
    const answer = await originalFetch(CLASSIC, { method: 'POST', body: form(`Please moderate ${probe.tag}`, probe.email), redirect: 'manual' });
    expect(answer.type).to.equal('opaqueredirect');
    expect(answer.status).to.equal(0);
    expect(answer.headers.get('location')).to.equal(null);
    expect(answer.url).to.equal(new URL(CLASSIC, location.href).href);
  });

  it('an error page is a 200 that did not redirect', async () => {
    const answer = await originalFetch(CLASSIC, { method: 'POST', body: new URLSearchParams({ comment: 'x', comment_post_ID: String(POST) }) });
    expect(answer.redirected).to.equal(false);
    expect(answer.status).to.equal(200);
    expect(await answer.text()).to.contain('<div class="wp-die-message"><p><strong>Error:</strong> Please fill the required fields.</p></div>');
  });

  it('from another origin the form POST is delivered and stored, yet fetch only rejects: why the form does not send one', async () => {
    const probe = unique();
    const marker = `Cross-origin ${probe.tag}`;
    let failure: unknown;
    try {
      await originalFetch(`${OTHER_ORIGIN}${CLASSIC}`, { method: 'POST', body: form(marker, probe.email) });
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(TypeError);
    expect((await approvedContents()).some((content) => content.includes(marker)), 'stored all the same').to.equal(true);
  });
});

describe('<comment-form> on /wp-comments-post.php', () => {
  it('posts WordPress’s form fields and says "awaiting moderation" for a held comment, with its id', async () => {
    const { tag, email } = unique();
    const el = await mount();
    await fill(el, { comment: `Please moderate this one ${tag}`, name: 'Rosa Delaney', email });
    const { event } = await submitAndWait(el);
    expect(event.type).to.equal('news-comment');
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers['Content-Type']).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
    expect(Object.fromEntries(new URLSearchParams(posts[0]!.body))).to.deep.equal({
      comment_post_ID: String(POST),
      comment_parent: '0',
      comment: `Please moderate this one ${tag}`,
      author: 'Rosa Delaney',
      email,
      url: '',
    });
    const detail = (event as CustomEvent<NewsCommentDetail>).detail;
    expect(detail.status).to.equal('hold');
    expect(detail.comment.id).to.match(/^\d+$/);
    expect(String(detail.data)).to.contain(`unapproved=${detail.comment.id}`);
    expect(text(part(el, 'status'))).to.equal('Thank you! Your comment is awaiting moderation.');
    expect(control(el, 'comment').value).to.equal('');
    expect(localStorage.getItem(DRAFT_KEY(CLASSIC))).to.equal(null);
  });

  it('says "published" for an approved comment, which the site then lists', async () => {
    const { tag, email } = unique();
    const el = await mount();
    await fill(el, { comment: `Approved at once ${tag}`, name: 'Rosa Delaney', email });
    const { event } = await submitAndWait(el);
    expect(event.type).to.equal('news-comment');
    expect((event as CustomEvent<NewsCommentDetail>).detail.status).to.equal('approved');
    expect(text(part(el, 'status'))).to.equal('Thank you! Your comment has been published.');
    expect((await approvedContents()).some((content) => content.includes(tag))).to.equal(true);
  });

  it('shows the server’s own message for a missing field, and keeps the draft', async () => {
    const { tag, email } = unique();
    const el = await mount({ optional: 'name url' });
    await fill(el, { comment: `No name given ${tag}`, email });
    const { event, comments } = await submitAndWait(el);
    expect(event.type).to.equal('news-error');
    expect(comments).to.have.length(0);
    expect((event as CustomEvent<NewsErrorDetail>).detail.error).to.include({ code: 'http', status: 200 });
    expect(text(part(el, 'form-error'))).to.equal('The site did not accept the comment: Please fill the required fields.');
    expect(part(el, 'form-error').querySelector('strong'), 'plain text, not the page’s markup').to.equal(null);
    expect(control(el, 'comment').value).to.equal(`No name given ${tag}`);
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY(CLASSIC))!)).to.include({ comment: `No name given ${tag}` });
    await expect(el).to.be.accessible();
  });

  it('says so when the same comment is sent twice (409)', async () => {
    const { tag, email } = unique();
    const comment = `Said once ${tag}`;
    const first = await mount();
    await fill(first, { comment, name: 'Rosa Delaney', email });
    expect((await submitAndWait(first)).event.type).to.equal('news-comment');
    first.remove();
    const again = await mount();
    await fill(again, { comment, name: 'Rosa Delaney', email: unique().email });
    const { event } = await submitAndWait(again);
    expect(event.type).to.equal('news-error');
    expect((event as CustomEvent<NewsErrorDetail>).detail.error).to.include({ status: 409, serverCode: 'comment_duplicate' });
    expect(text(part(again, 'form-error'))).to.equal('It looks as though you have already said that.');
    expect(control(again, 'comment').value).to.equal(comment);
  });

  it('says "too quickly" for a second comment from the same email at once (429)', async () => {
    const { tag, email } = unique();
    const el = await mount();
    await fill(el, { comment: `First ${tag}`, name: 'Rosa Delaney', email });
    expect((await submitAndWait(el)).event.type).to.equal('news-comment');
    await fill(el, { comment: `Second ${tag}`, name: 'Rosa Delaney', email });
    const { event } = await submitAndWait(el);
    expect((event as CustomEvent<NewsErrorDetail>).detail.error).to.include({ status: 429, serverCode: 'comment_flood' });
    expect(text(part(el, 'form-error'))).to.equal('You are posting comments too quickly. Please wait a moment and try again.');
  });

  it('is chosen by the path, whatever the query', async () => {
    const el = await mount({ action: `${CLASSIC}?from=widget` });
    const { tag, email } = unique();
    await fill(el, { comment: `With a query ${tag}`, name: 'Rosa Delaney', email });
    expect((await submitAndWait(el)).event.type).to.equal('news-comment');
    expect(posts[0]!.headers['Content-Type']).to.match(/^application\/x-www-form-urlencoded/);
  });
});

describe('<comment-form> with a classic endpoint on another origin', () => {
  for (const [name, action] of [
    ['nothing listening', FAR_CLASSIC],
    ['the same server under another host name', `${OTHER_ORIGIN}${CLASSIC}`],
  ] as const) {
    it(`sends nothing, says plainly that the comment was not sent and is kept, and tells the site owner (${name})`, async () => {
      const { tag, email } = unique();
      const comment = `Not to be sent ${tag}`;
      const el = await mount({ action });
      await fill(el, { comment, name: 'Rosa Delaney', email });
      const { event, comments } = await submitAndWait(el);
      expect(posts, 'no request at all').to.have.length(0);
      expect(comments).to.have.length(0);
      expect(event.type).to.equal('news-error');
      const error = (event as CustomEvent<NewsErrorDetail>).detail.error as CommentNotConfirmedError;
      expect(error).to.include({ reason: 'cross-origin', code: 'network', retryable: false });
      expect(text(part(el, 'form-error'))).to.equal(
        'Your comment was not sent: the news site does not accept comments sent from this page. What you wrote is kept here.',
      );
      expect(text(part(el, 'status'))).to.equal('');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('did not send the comment');
      expect(warnings[0]).to.contain(location.origin);
      expect(warnings[0]).to.contain(`${new URL(action).origin}/wp-json/wp/v2/comments`);
      expect(warnings[0]).to.contain('rest_allow_anonymous_comments');
      expect(control(el, 'comment').value).to.equal(comment);
      await expect(el).to.be.accessible();

      // A reload: a new form for the same endpoint and article finds the text again.
      el.remove();
      const again = await mount({ action });
      expect(control(again, 'comment').value).to.equal(comment);
      expect(text(part(again, 'status'))).to.equal('Your unsent comment was restored.');
      expect((await approvedContents()).some((content) => content.includes(tag)), 'nothing stored').to.equal(false);
    });
  }

  it('says it in the page’s language', async () => {
    const el = await mount({ action: FAR_CLASSIC, lang: 'fr' });
    await fill(el, { comment: 'Bonjour', name: 'Rosa Delaney', email: unique().email });
    await submitAndWait(el);
    expect(text(part(el, 'form-error'))).to.equal(
      'Votre commentaire n’a pas été envoyé : le site d’information n’accepte pas les commentaires envoyés depuis cette page. Ce que vous avez écrit est conservé ici.',
    );
  });
});

describe('<comment-form>: no "published" without evidence', () => {
  const NOT_CONFIRMED = 'The site did not confirm that it received your comment. It is kept here; please try again later.';

  it('REST: a 200 with an empty body is not a stored comment', async () => {
    const action = '/mock/feed?status=200&body=';
    const el = await mount({ action });
    await fill(el, { comment: 'Into the void.', name: 'Rosa Delaney', email: unique().email });
    const { event, comments } = await submitAndWait(el);
    expect(event.type).to.equal('news-error');
    expect(comments).to.have.length(0);
    expect((event as CustomEvent<NewsErrorDetail>).detail.error).to.include({ reason: 'no-evidence', code: 'not-json' });
    expect(text(part(el, 'form-error'))).to.equal(NOT_CONFIRMED);
    expect(text(part(el, 'status'))).to.equal('');
    expect(control(el, 'comment').value).to.equal('Into the void.');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY(action))!)).to.include({ comment: 'Into the void.' });
    expect(warnings.join('\n')).to.contain('no sign that the comment was stored');
  });

  it('REST: a 200 JSON answer without a comment id is not one either', async () => {
    const el = await mount({ action: `/mock/feed?status=200&body=${encodeURIComponent('{"success":true}')}` });
    await fill(el, { comment: 'Taken, they said.', name: 'Rosa Delaney', email: unique().email });
    const { event, comments } = await submitAndWait(el);
    expect(comments).to.have.length(0);
    expect((event as CustomEvent<NewsErrorDetail>).detail.error).to.include({ reason: 'no-evidence', code: 'unsupported-shape' });
    expect(text(part(el, 'form-error'))).to.equal(NOT_CONFIRMED);
  });

  it('the original failure: JSON to /wp-comments-post.php (format="wordpress" forced) gets an empty 200 and is not "sent"', async () => {
    const { tag, email } = unique();
    const el = await mount({ format: 'wordpress' });
    await fill(el, { comment: `Sent as JSON ${tag}`, name: 'Rosa Delaney', email });
    const { event, comments } = await submitAndWait(el);
    expect(posts[0]!.headers['Content-Type']).to.equal('application/json');
    expect(comments).to.have.length(0);
    expect(event.type).to.equal('news-error');
    expect(text(part(el, 'form-error'))).to.equal(NOT_CONFIRMED);
    expect(control(el, 'comment').value).to.equal(`Sent as JSON ${tag}`);
    expect((await approvedContents()).some((content) => content.includes(tag)), 'nothing stored').to.equal(false);
  });
});
