import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsErrorDetail } from '../../src/components/base/news-element.js';
import type { CommentFormElement, NewsCommentDetail } from '../../src/components/comment-form/comment-form.js';
import '../../src/components/comment-form/define.js';
import { WAIT_MS, held, release, waitFor } from '../support/wait.js';
import { control, fill, part, shadow } from '../support/comment-form.js';
import { feed, hits, newKey, text } from '../support/harness.js';

const COMMENTS = '/wp-json/wp/v2/comments';
const DRAFT_KEY = (post: number, action = COMMENTS) => `news-widgets:draft:${new URL(action, location.href).href}#${post}`;
const IDENTITY_KEY = 'news-widgets:identity';
/** An address nothing listens on: the request fails as it would offline. */
const UNREACHABLE = 'http://127.0.0.1:9/wp-json/wp/v2/comments';

/** A mock endpoint that answers any method with this status and JSON body, optionally after a delay or held (`hold`, test/support/held-requests.js). */
function mock(status: number, body: unknown, extra: Record<string, string> = {}): string {
  return feed({ status: String(status), body: typeof body === 'string' ? body : JSON.stringify(body), ...extra });
}

/** Counts the POSTs the page makes while a test runs. */
let posts: { url: string; body: string; headers: Record<string, string>; credentials?: RequestCredentials }[] = [];
const originalFetch = window.fetch;

beforeEach(async () => {
  // Only the articles these tests post to: other test files post to others at the same time.
  await originalFetch(`${COMMENTS}/reset?post=1,2,3,14`, { method: 'POST', headers: { 'X-Demo-Reset': '1' } });
  localStorage.clear();
  sessionStorage.clear();
  posts = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'POST') {
      posts.push({ url: String(input), body: String(init.body), headers: { ...(init.headers as Record<string, string>) }, credentials: init.credentials });
    }
    return originalFetch.call(window, input, init);
  };
});

afterEach(() => {
  window.fetch = originalFetch;
});

const submitButton = (el: HTMLElement) => part(el, 'submit') as HTMLButtonElement;
const focusedId = (el: HTMLElement): string | undefined => shadow(el).activeElement?.id;

/** Gives a field focus and takes it away again, as a reader moving on would. */
async function visit(el: CommentFormElement, id: string): Promise<void> {
  control(el, id).focus();
  control(el, id).blur();
  await el.updateComplete;
}

const READER = { name: 'Rosa Delaney', email: 'rosa@example.org' };

async function mount(attrs: { action?: string; post?: number; minSubmitMs?: number; optional?: string; lang?: string } = {}): Promise<CommentFormElement> {
  return fixture<CommentFormElement>(html`<comment-form
    action=${attrs.action ?? COMMENTS}
    post-id=${attrs.post ?? 1}
    min-submit-ms=${attrs.minSubmitMs ?? 0}
    optional=${attrs.optional ?? 'url'}
    lang=${attrs.lang ?? 'en'}
  ></comment-form>`);
}

/**
 * Submits, for a submit that is to be dropped or refused before sending, and waits until the submit
 * handler is through. `click()` fires the submit event synchronously, and the handler decides then: a
 * send it starts calls `fetch` (recorded in `posts`) before its first `await`. What it set is drawn by
 * `updateComplete`.
 */
async function submitDropped(el: CommentFormElement): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

/** Submits and waits for the answer: the `news-comment` or the `news-error` event. */
async function submitAndWait(el: CommentFormElement): Promise<CustomEvent> {
  const done = Promise.race([oneEvent(el, 'news-comment'), oneEvent(el, 'news-error')]);
  submitButton(el).click();
  const event = (await done) as CustomEvent;
  await el.updateComplete;
  return event;
}

describe('<comment-form>', () => {
  describe('fields', () => {
    it('is accessible while empty, with a visible label and autocomplete on every field, and no maxlength cutting text off', async () => {
      const el = await mount();
      await expect(el).to.be.accessible();
      const expected = {
        comment: ['Comment (required)', null],
        name: ['Name (required)', 'name'],
        email: ['Email (required)', 'email'],
        url: ['Website (optional)', 'url'],
      } as const;
      for (const [id, [label, autocomplete]] of Object.entries(expected)) {
        expect(shadow(el).querySelector(`label[for="${id}"]`)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(label);
        if (autocomplete) expect(control(el, id).getAttribute('autocomplete')).to.equal(autocomplete);
        // maxlength counts UTF-16 units, not WordPress's bytes, and silently cuts a paste: the form says instead.
        expect(control(el, id).hasAttribute('maxlength'), id).to.equal(false);
      }
      expect(control(el, 'email').type).to.equal('email');
      expect(part(el, 'form').hasAttribute('novalidate'), 'the browser’s own bubbles stay off').to.equal(true);
      expect(shadow(el).querySelector('label[for="remember"]')!.textContent).to.contain('Save my name, email, and website in this browser');
      expect(text(part(el, 'submit'))).to.equal('Post comment');
    });

    it('shows only the fields asked for, and requires only those not listed as optional', async () => {
      const el = await fixture<CommentFormElement>(html`<comment-form action=${COMMENTS} fields="comment name" optional="name"></comment-form>`);
      expect(shadow(el).querySelector('#email')).to.equal(null);
      expect(shadow(el).querySelector('#url')).to.equal(null);
      expect(control(el, 'name').required).to.equal(false);
      expect(control(el, 'comment').required).to.equal(true);
    });

    it('keeps the bot trap away from people: off-screen, hidden from assistive technology, out of the tab order', async () => {
      const el = await mount();
      const trap = shadow(el).querySelector<HTMLInputElement>('input[name="website_url2"]')!;
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      expect(trap.getBoundingClientRect().bottom <= 0, 'above the viewport').to.equal(true);
      expect(getComputedStyle(trap.parentElement!).display).to.not.equal('none');
      expect(getComputedStyle(trap.parentElement!).visibility).to.not.equal('hidden');
    });
  });

  describe('validation', () => {
    it('names every missing field next to it, marks it invalid and moves focus to the first one', async () => {
      const el = await mount();
      submitButton(el).click();
      await el.updateComplete;
      await waitFor(() => focusedId(el) === 'comment', 'focus never reached the comment box');
      const expected = { comment: 'Please enter your comment!', name: 'Please enter your name here', email: 'Please enter your email address here' };
      for (const [id, message] of Object.entries(expected)) {
        const box = control(el, id);
        expect(box.getAttribute('aria-invalid')).to.equal('true');
        const describedBy = box.getAttribute('aria-describedby')!;
        expect(shadow(el).getElementById(describedBy)!.textContent!.trim()).to.equal(message);
        expect(shadow(el).getElementById(describedBy)!.getAttribute('part')).to.equal('field-error');
      }
      expect(control(el, 'url').hasAttribute('aria-invalid'), 'the optional website is fine empty').to.equal(false);
      expect(posts).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('refuses an incorrect email address with the reference page’s message, focusing the email field', async () => {
      const el = await mount();
      await fill(el, { comment: 'A fair summary of the council meeting.', name: READER.name, email: 'rosa@example' });
      submitButton(el).click();
      await waitFor(() => focusedId(el) === 'email', 'focus never reached the email field');
      expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(text(part(el, 'field-error'))).to.equal('You have entered an incorrect email address!');
      expect(control(el, 'comment').hasAttribute('aria-invalid')).to.equal(false);
      expect(posts).to.have.length(0);
    });

    it('checks a field when the reader leaves it after changing it, not before, and clears the mark once it is right', async () => {
      const el = await mount();
      await visit(el, 'name');
      expect(control(el, 'name').hasAttribute('aria-invalid'), 'only passing through').to.equal(false);
      await fill(el, { name: 'R' });
      await fill(el, { name: '' });
      await visit(el, 'name');
      expect(control(el, 'name').getAttribute('aria-invalid')).to.equal('true');
      expect(text(part(el, 'field-error'))).to.equal('Please enter your name here');
      await fill(el, { name: 'Rosa' });
      expect(control(el, 'name').hasAttribute('aria-invalid')).to.equal(false);
      expect(shadow(el).querySelector('[part="field-error"]')).to.equal(null);
    });

    it('takes its messages from the page’s overrides and from the reader’s language', async () => {
      const el = await mount();
      el.messages = { commentRequired: 'Say something first.' };
      const arabic = await mount({ lang: 'ar' });
      for (const form of [el, arabic]) {
        submitButton(form).click();
        await form.updateComplete;
      }
      expect(shadow(el).getElementById('comment-error')!.textContent!.trim()).to.equal('Say something first.');
      expect(shadow(arabic).getElementById('comment-error')!.textContent!.trim()).to.equal('الرجاء كتابة تعليقك!');
      expect(part(arabic, 'root').getAttribute('dir')).to.equal('rtl');
      expect(document.documentElement.scrollWidth, 'nothing pokes out sideways in either direction').to.be.at.most(window.innerWidth);
    });

    it('counts down the characters left, politely, only near the comment’s limit', async () => {
      const el = await mount();
      await fill(el, { comment: 'Short and sweet.' });
      expect(shadow(el).querySelector('[part="counter"]')).to.equal(null);
      expect(control(el, 'comment').hasAttribute('aria-describedby')).to.equal(false);
      await fill(el, { comment: 'x'.repeat(65_000) });
      const counter = part(el, 'counter');
      expect(counter.textContent!.trim()).to.equal('525 characters left');
      expect(counter.getAttribute('aria-live')).to.equal('polite');
      expect(control(el, 'comment').getAttribute('aria-describedby')).to.equal(counter.id);
    });
  });

  describe('length', () => {
    /** The number the counter shows. */
    const counterNumber = (el: HTMLElement): number => Number(/\d+/.exec(text(part(el, 'counter')))![0]);

    /** Types one character at a time at the end of the comment, reading the counter after each. */
    async function typeEach(el: CommentFormElement, characters: string): Promise<number[]> {
      const box = control(el, 'comment');
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
      const counts: number[] = [];
      for (const character of characters) {
        await sendKeys({ type: character });
        await el.updateComplete;
        counts.push(counterNumber(el));
      }
      return counts;
    }

    /**
     * Arabic prose of exactly `bytes` UTF-8 bytes (an even number), ending in a letter: lines of ten
     * four-letter words (80 letters, nine spaces and a line break: 90 bytes), then one last word. Words and
     * lines, as a real comment has them: the browser lays out one line of 32,000 letters anew at each key
     * press, which took a second a key on a busy machine.
     */
    function arabicProse(bytes: number): string {
      const lines = Math.floor((bytes - 2) / 90);
      return `${'كلمة '.repeat(9)}كلمة\n`.repeat(lines) + 'ب'.repeat((bytes - lines * 90) / 2);
    }

    it('counts Arabic letters, not bytes, down to the byte limit, then refuses the comment without sending it', async () => {
      const el = await mount();
      // 65,400 bytes: 125 bytes, so 62 letters, left of WordPress's 65,525.
      const long = arabicProse(65_400);
      expect(new TextEncoder().encode(long).length).to.equal(65_400);
      await fill(el, { comment: long, ...READER });
      expect(text(part(el, 'counter'))).to.equal('62 characters left');
      expect(await typeEach(el, 'مرحبا')).to.deep.equal([61, 60, 59, 58, 57]);

      // 65,522 bytes: room for one more letter, after which the last byte cannot hold another.
      const nearly = arabicProse(65_522);
      await fill(el, { comment: nearly });
      expect(text(part(el, 'counter'))).to.equal('1 character left');
      await typeEach(el, 'ت');
      expect(text(part(el, 'counter'))).to.equal('0 characters left');
      await typeEach(el, 'ث');
      expect(text(part(el, 'counter')), 'typing past the limit is allowed, and counted').to.equal('1 character too many');
      await typeEach(el, 'ج');
      expect(text(part(el, 'counter'))).to.equal('2 characters too many');
      expect(control(el, 'comment').value, 'nothing was cut').to.equal(`${nearly}تثج`);

      submitButton(el).click();
      await waitFor(() => focusedId(el) === 'comment', 'focus never reached the comment box');
      expect(control(el, 'comment').getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el).getElementById('comment-error')!.textContent!.trim()).to.equal('This is 2 characters too long.');
      // Focus on the first field in error is the last thing the submit handler does on this path: it is through.
      expect(posts, 'no request').to.have.length(0);
      expect(control(el, 'comment').value).to.equal(`${nearly}تثج`);

      // Deleting the two extra letters is enough, and the message goes as soon as it is.
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(text(part(el, 'counter'))).to.equal('0 characters left');
      expect(shadow(el).querySelector('#comment-error')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('refuses a name of fewer than 245 letters that is over 245 bytes, keeping it whole', async () => {
      const el = await mount();
      const name = 'ب'.repeat(124);
      await fill(el, { comment: 'A short comment.', name, email: READER.email });
      submitButton(el).click();
      await waitFor(() => focusedId(el) === 'name', 'focus never reached the name field');
      expect(shadow(el).getElementById('name-error')!.textContent!.trim()).to.equal('This is 2 characters too long.');
      expect(control(el, 'name').value).to.equal(name);
      // Focus on the first field in error is the last thing the submit handler does on this path: it is through.
      expect(posts).to.have.length(0);
    });

    it('counts accented letters one by one in French, and words the excess as an excess', async () => {
      const el = await mount({ lang: 'fr' });
      await fill(el, { comment: 'é'.repeat(32_700), ...READER });
      expect(text(part(el, 'counter'))).to.equal('62 caractères restants');
      expect(await typeEach(el, 'éèàç')).to.deep.equal([61, 60, 59, 58]);
      // A one-byte letter among two-byte ones takes half the room of one of them.
      expect(await typeEach(el, 'dj')).to.deep.equal([58, 57]);
      await fill(el, { comment: `${'é'.repeat(32_762)}😀` });
      expect(text(part(el, 'counter')), 'one emoji is one character').to.equal('1 caractère de trop');
      submitButton(el).click();
      await el.updateComplete;
      expect(shadow(el).getElementById('comment-error')!.textContent!.trim()).to.equal('Ce texte a 1 caractère de trop.');
      // Focus on the first field in error is the last thing the submit handler does on this path: it is through.
      await waitFor(() => focusedId(el) === 'comment', 'focus never reached the comment box');
      expect(posts).to.have.length(0);
    });
  });

  describe('sending', () => {
    it('publishes an approved comment: thanks in a status region, news-comment with the server’s comment, form cleared', async () => {
      const el = await mount();
      await fill(el, { comment: 'The new footbridge is a real improvement.', ...READER });
      const event = (await submitAndWait(el)) as CustomEvent<NewsCommentDetail>;
      expect(event.type).to.equal('news-comment');
      expect(event.detail.status).to.equal('approved');
      expect(event.detail.comment).to.include({ postId: 1, authorName: READER.name, status: 'approved' });
      expect(event.detail.comment.id).to.match(/^\d+$/);
      expect(event.detail.comment.contentHtml).to.contain('The new footbridge is a real improvement.');
      expect(part(el, 'status').getAttribute('role')).to.equal('status');
      expect(text(part(el, 'status'))).to.equal('Thank you! Your comment has been published.');
      expect(control(el, 'comment').value).to.equal('');
      expect(control(el, 'name').value, 'not remembered without consent').to.equal('');
      expect(localStorage.getItem(DRAFT_KEY(1))).to.equal(null);
      expect(JSON.parse(posts[0]!.body)).to.deep.equal({
        post: 1,
        parent: 0,
        content: 'The new footbridge is a real improvement.',
        author_name: READER.name,
        author_email: READER.email,
        author_url: '',
      });
      expect(posts[0]!.credentials).to.equal('omit');
      await expect(el).to.be.accessible();
    });

    it('says a held comment awaits moderation, and still reports it with its status', async () => {
      const el = await mount();
      await fill(el, { comment: 'Please moderate this one, it names a shop.', ...READER });
      const event = (await submitAndWait(el)) as CustomEvent<NewsCommentDetail>;
      expect(event.type).to.equal('news-comment');
      expect(event.detail.status).to.equal('hold');
      expect(text(part(el, 'status'))).to.equal('Thank you! Your comment is awaiting moderation.');
    });

    it('marks the button busy and disabled while sending, and keeps the text from changing under it', async () => {
      const key = newKey();
      // The server holds the answer until the checks below are done, however long they take.
      const el = await mount({ action: mock(201, { id: 9, status: 'approved' }, { hold: key, key }) });
      await fill(el, { comment: 'Slow servers happen.', ...READER });
      const done = oneEvent(el, 'news-comment');
      submitButton(el).click();
      await el.updateComplete;
      expect(submitButton(el).disabled).to.equal(true);
      expect(submitButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(text(part(el, 'submit'))).to.equal('Sending…');
      expect(control(el, 'comment').readOnly).to.equal(true);
      await expect(el).to.be.accessible();
      await held(key);
      await release(key);
      await done;
      await el.updateComplete;
      expect(submitButton(el).disabled).to.equal(false);
      expect(submitButton(el).getAttribute('aria-busy')).to.equal('false');
    });

    it('sends exactly once however often it is submitted while a send is under way', async () => {
      const key = newKey();
      const el = await mount({ action: mock(201, { id: 9, status: 'approved' }, { delay: '400', key }) });
      await fill(el, { comment: 'Clicked in a hurry.', ...READER });
      const done = oneEvent(el, 'news-comment');
      const form = part(el, 'form') as HTMLFormElement;
      submitButton(el).click();
      submitButton(el).click();
      form.requestSubmit();
      form.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
      await done;
      await el.updateComplete;
      // Each submit above ran its handler synchronously, and a send starts with `fetch` before any
      // `await`: every request the four submits made was in `posts`, and at the server, before the answer.
      expect(posts).to.have.length(1);
      expect(await hits(key)).to.equal(1);
    });

    it('sends the generic shape with renamed fields, extra headers and the credentials asked for', async () => {
      const el = await mount({ action: mock(201, { ok: true }) });
      el.format = 'generic';
      el.fieldNames = { content: 'text', author_name: 'name', author_email: 'email', post: 'article' };
      el.headers = { 'X-WP-Nonce': 'n0nce' };
      el.credentials = 'include';
      await fill(el, { comment: 'Generic works too.', ...READER, url: 'rosa.example' });
      const event = (await submitAndWait(el)) as CustomEvent<NewsCommentDetail>;
      expect(event.detail.status).to.equal('approved');
      expect(JSON.parse(posts[0]!.body)).to.deep.equal({ article: 1, parent: 0, text: 'Generic works too.', name: READER.name, email: READER.email, author_url: 'rosa.example' });
      expect(posts[0]!.headers['X-WP-Nonce']).to.equal('n0nce');
      expect(posts[0]!.credentials).to.equal('include');
    });
  });

  describe('an app that reuses one form', () => {
    /**
     * Submits `comment` under the form's post 1 and, while the server holds the answer (`?hold=`), moves
     * the form to post 2, as an app going to the next story would; `meanwhile` looks at the form then.
     * Resolves with the answer's event.
     */
    async function sendThenMove(el: CommentFormElement, hold: string, comment: string, meanwhile: () => unknown = () => undefined): Promise<CustomEvent> {
      await fill(el, { comment, ...READER });
      const done = Promise.race([oneEvent(el, 'news-comment'), oneEvent(el, 'news-error')]);
      submitButton(el).click();
      await held(hold);
      el.postId = 2;
      await el.updateComplete;
      await meanwhile();
      await release(hold);
      const event = (await done) as CustomEvent;
      await el.updateComplete;
      return event;
    }

    it('sends the comment for the post it was written under when post-id changes mid-send, and clears only that post’s draft', async () => {
      const key = newKey();
      // The server holds the answer until the app has moved the form to the second story.
      const action = `${COMMENTS}?hold=${key}`;
      localStorage.setItem(DRAFT_KEY(2, action), JSON.stringify({ comment: 'Half a thought about the second story.' }));
      const el = await mount({ action });
      const event = (await sendThenMove(el, key, 'Written under the first story.', () => {
        expect(control(el, 'comment').value, 'the second story’s draft, to edit').to.equal('Half a thought about the second story.');
        expect(control(el, 'comment').readOnly).to.equal(false);
      })) as CustomEvent<NewsCommentDetail>;
      expect(event.type).to.equal('news-comment');
      expect(JSON.parse(posts[0]!.body)).to.include({ post: 1, content: 'Written under the first story.' });
      expect(event.detail.comment.postId).to.equal(1);
      expect(control(el, 'comment').value, 'the second story’s draft stays on screen').to.equal('Half a thought about the second story.');
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY(2, action))!)).to.deep.equal({ comment: 'Half a thought about the second story.' });
      expect(localStorage.getItem(DRAFT_KEY(1, action)), 'the published comment is no draft').to.equal(null);
      el.postId = 1;
      await el.updateComplete;
      expect(control(el, 'comment').value).to.equal('');
      expect(text(part(el, 'status'))).to.equal('');
      expect(posts.filter((post) => new URL(post.url, location.href).pathname === COMMENTS), 'one comment sent').to.have.length(1);
    });

    it('shows the comment being sent, not as an unsent one, when the app comes back to its post before the answer', async () => {
      const key = newKey();
      const action = `${COMMENTS}?hold=${key}`;
      const el = await mount({ action });
      const event = await sendThenMove(el, key, 'Sent, then back and forth.', async () => {
        await fill(el, { comment: 'Started under the second story.' });
        el.postId = 1;
        await el.updateComplete;
        expect(control(el, 'comment').value).to.equal('Sent, then back and forth.');
        expect(control(el, 'comment').readOnly, 'still being sent').to.equal(true);
        expect(text(part(el, 'status'))).to.equal('');
      });
      expect(event.type).to.equal('news-comment');
      expect(text(part(el, 'status'))).to.equal('Thank you! Your comment has been published.');
      expect(control(el, 'comment').value).to.equal('');
      expect(localStorage.getItem(DRAFT_KEY(1, action))).to.equal(null);
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY(2, action))!), 'what was typed meanwhile is kept').to.deep.equal({ comment: 'Started under the second story.' });
    });

    it('keeps a comment that fails after post-id changed as its own post’s draft, and says nothing of it under the other post', async () => {
      const key = newKey();
      const action = mock(500, { code: 'internal_server_error', message: 'The database is down.' }, { hold: key, key });
      const el = await mount({ action });
      const event = await sendThenMove(el, key, 'Sent just before the database went down.');
      expect(event.type).to.equal('news-error');
      expect(control(el, 'comment').value).to.equal('');
      expect(text(part(el, 'form-error')), 'the second story’s form has no failure to report').to.equal('');
      // A reload, or the app going back to the first story: the comment is there to send again.
      const reloaded = await mount({ action });
      expect(control(reloaded, 'comment').value).to.equal('Sent just before the database went down.');
      expect(text(part(reloaded, 'status'))).to.equal('Your unsent comment was restored.');
      el.postId = 1;
      await el.updateComplete;
      expect(control(el, 'comment').value).to.equal('Sent just before the database went down.');
      expect(control(el, 'name').value).to.equal(READER.name);
    });
  });

  describe('replies', () => {
    /** Chooses Reply on `reply` as `<comment-list>` does, sends a comment, and returns the `parent` the request carried. */
    async function replyAndSend(el: CommentFormElement, reply: { id: string | number; name: string }, comment: string): Promise<unknown> {
      el.replyTo(reply);
      await el.updateComplete;
      expect(text(part(el, 'reply-to'))).to.contain(`Replying to ${reply.name}`);
      // An email of its own per comment: the site takes one comment a reader in its flood window.
      await fill(el, { comment, name: READER.name, email: `${newKey()}@example.org` });
      expect((await submitAndWait(el)).type).to.equal('news-comment');
      expect(shadow(el).querySelector('[part~="reply-to"]'), 'the reply is made').to.equal(null);
      return (JSON.parse(posts.at(-1)!.body) as { parent: unknown }).parent;
    }

    it('answers a comment whose id is a string, sending the id as given to a generic endpoint', async () => {
      const el = await mount({ action: mock(201, { id: 'c-a7', status: 'approved' }) });
      el.format = 'generic';
      expect(await replyAndSend(el, { id: 'c-9f2e', name: 'Ada Reyes' }, 'Answering a comment from a Firebase thread.')).to.equal('c-9f2e');

      // The parent-id attribute takes any id too, and a generic endpoint gets it as written.
      const uuid = '3f2b8c1e-9d4a-4e6b-8a2f-1c5d7e9f0a3b';
      el.setAttribute('parent-id', uuid);
      await fill(el, { comment: 'And a reply to a UUID.', ...READER });
      await submitAndWait(el);
      expect(JSON.parse(posts[1]!.body)).to.include({ parent: uuid });
    });

    it('sends a numeric reply id to WordPress as a number, whether Reply gave it as a string or a number', async () => {
      const el = await mount();
      expect(await replyAndSend(el, { id: '42', name: 'Kit' }, 'A reply WordPress can thread.')).to.equal(42);
      expect(await replyAndSend(el, { id: 7, name: 'Lee' }, 'A reply to a number.')).to.equal(7);
    });

    it('ignores Reply without a usable id', async () => {
      const el = await mount();
      for (const id of ['', '0', ' ', 0, -3, 1.5, Number.NaN]) el.replyTo({ id, name: 'Nobody' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="reply-to"]')).to.equal(null);
      expect(el.parentId).to.equal(0);
    });
  });

  describe('server refusals', () => {
    async function refusal(el: CommentFormElement, comment = 'A comment that the site will turn down.'): Promise<CustomEvent<NewsErrorDetail>> {
      await fill(el, { comment, ...READER });
      const event = (await submitAndWait(el)) as CustomEvent<NewsErrorDetail>;
      expect(event.type).to.equal('news-error');
      expect(part(el, 'form-error').getAttribute('role')).to.equal('alert');
      return event;
    }

    it('explains that comments are closed on this story, accessibly', async () => {
      const el = await mount({ post: 14 });
      const event = await refusal(el);
      expect(event.detail.error.serverCode).to.equal('rest_comment_closed');
      expect(event.detail.error.status).to.equal(403);
      expect(text(part(el, 'form-error'))).to.equal('Comments are closed for this story.');
      expect(control(el, 'comment').value, 'the text stays').to.equal('A comment that the site will turn down.');
      await expect(el).to.be.accessible();
    });

    it('explains an article that takes no comments (invalid post id)', async () => {
      const el = await mount({ post: 999 });
      expect((await refusal(el)).detail.error.serverCode).to.equal('rest_comment_invalid_post_id');
      expect(text(part(el, 'form-error'))).to.equal('This story does not accept comments.');
    });

    it('recognises a duplicate comment', async () => {
      const el = await mount();
      await fill(el, { comment: 'Same words twice.', ...READER });
      await submitAndWait(el);
      expect((await refusal(el, 'Same words twice.')).detail.error.serverCode).to.equal('comment_duplicate');
      expect(text(part(el, 'form-error'))).to.equal('It looks as though you have already said that.');
    });

    it('asks a reader commenting too quickly to wait', async () => {
      const el = await mount();
      await fill(el, { comment: 'First thought.', ...READER });
      await submitAndWait(el);
      expect((await refusal(el, 'Second thought, straight after.')).detail.error.serverCode).to.equal('comment_flood');
      expect(text(part(el, 'form-error'))).to.equal('You are posting comments too quickly. Please wait a moment and try again.');
    });

    it('says the site needs a name and email when the page made them optional but the site does not', async () => {
      const el = await mount({ optional: 'name email url' });
      await fill(el, { comment: 'Anonymous thoughts.' });
      const event = (await submitAndWait(el)) as CustomEvent<NewsErrorDetail>;
      expect(event.detail.error.serverCode).to.equal('rest_comment_author_data_required');
      expect(text(part(el, 'form-error'))).to.equal('This site needs your name and email to post a comment.');
    });

    it('says the site only takes comments from signed-in readers (401)', async () => {
      const el = await mount({ action: mock(401, { code: 'rest_comment_login_required', message: 'Sorry, you must be logged in to comment.', data: { status: 401 } }) });
      expect((await refusal(el)).detail.error.status).to.equal(401);
      expect(text(part(el, 'form-error'))).to.equal('This site only accepts comments from signed-in readers.');
    });

    it('explains a comment refused as empty or invalid', async () => {
      const el = await mount({ action: mock(400, { code: 'rest_comment_content_invalid', message: 'Invalid comment content.' }) });
      await refusal(el);
      expect(text(part(el, 'form-error'))).to.equal('The comment was rejected as empty or invalid. Please check it and try again.');
    });

    it('puts a length refusal next to the field that is too long, and focuses it', async () => {
      const el = await mount({ action: mock(400, { code: 'comment_author_column_length', message: '<strong>Error:</strong> Your name is too long.' }) });
      await refusal(el);
      expect(text(part(el, 'form-error'))).to.equal('One of the fields is longer than the site allows.');
      await waitFor(() => focusedId(el) === 'name', 'focus never reached the name field');
      expect(control(el, 'name').getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el).getElementById(control(el, 'name').getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(
        'This is longer than the site allows.',
      );
    });

    it('puts an email address the server refuses next to the email field', async () => {
      const body = { code: 'rest_invalid_param', message: 'Invalid parameter(s): author_email', data: { status: 400, params: { author_email: 'Invalid email address.' } } };
      const el = await mount({ action: mock(400, body) });
      await refusal(el);
      await waitFor(() => focusedId(el) === 'email', 'focus never reached the email field');
      expect(shadow(el).getElementById('email-error')!.textContent!.trim()).to.equal('You have entered an incorrect email address!');
      expect(text(part(el, 'form-error'))).to.equal('Please correct 1 field.');
    });

    it('shows any other refusal in the server’s own words, as plain text', async () => {
      const el = await mount({ action: mock(403, { code: 'antispam_blocked', message: 'Links to <a href="http://x">shops</a> are <img src=x onerror=alert(1)>not allowed.' }) });
      await refusal(el);
      expect(text(part(el, 'form-error'))).to.equal('The site did not accept the comment: Links to shops are not allowed.');
      expect(part(el, 'form-error').querySelector('a, img')).to.equal(null);
    });
  });

  describe('nothing lost', () => {
    it('keeps the comment on screen and in storage when the network fails, and says so', async () => {
      const el = await mount({ action: UNREACHABLE });
      await fill(el, { comment: 'Written on a train with bad signal.', ...READER });
      const event = (await submitAndWait(el)) as CustomEvent<NewsErrorDetail>;
      expect(event.type).to.equal('news-error');
      expect(event.detail.error.code).to.equal('network');
      expect(text(part(el, 'form-error'))).to.equal('Your comment could not be sent. It is kept here; please try again.');
      expect(control(el, 'comment').value).to.equal('Written on a train with bad signal.');
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY(1, UNREACHABLE))!)).to.deep.equal({ comment: 'Written on a train with bad signal.' });
      // Without "Save my name...", the details are kept for this tab only.
      expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY(1, UNREACHABLE))!)).to.deep.equal({ name: READER.name, email: READER.email });
      await expect(el).to.be.accessible();
    });

    it('restores the unsent comment in a new form for the same endpoint and article, and says so', async () => {
      const first = await mount();
      await fill(first, { comment: 'Half-written when the tab closed.', ...READER, url: 'https://rosa.example' });
      await waitFor(() => localStorage.getItem(DRAFT_KEY(1)) !== null, 'the draft was never saved');
      first.remove();
      const again = await mount();
      expect(control(again, 'comment').value).to.equal('Half-written when the tab closed.');
      expect(control(again, 'name').value).to.equal(READER.name);
      expect(control(again, 'email').value).to.equal(READER.email);
      expect(control(again, 'url').value).to.equal('https://rosa.example');
      expect(text(part(again, 'status'))).to.equal('Your unsent comment was restored.');
      expect(localStorage.getItem(DRAFT_KEY(1)), 'no name or email outlives the tab without consent').not.to.match(/Rosa|rosa/);
      const otherStory = await mount({ post: 2 });
      expect(control(otherStory, 'comment').value, 'another article has its own draft').to.equal('');
    });

    it('saves the draft when the reader leaves a field, before the typing pause is over', async () => {
      const el = await mount();
      await fill(el, { comment: 'Saved on blur.' });
      control(el, 'comment').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY(1))!)).to.include({ comment: 'Saved on blur.' });
    });

    it('still sends when storage is blocked', async () => {
      const { getItem, setItem } = Storage.prototype;
      const saves: string[] = [];
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = (key: string) => {
        saves.push(key);
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await mount();
        await fill(el, { comment: 'Private window, no storage.', ...READER });
        // The draft save after the typing pause has been tried, and failed, before the send.
        await waitFor(() => saves.includes(DRAFT_KEY(1)), 'the draft save was never tried');
        const event = await submitAndWait(el);
        expect(event.type).to.equal('news-comment');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });

  describe('consent', () => {
    it('remembers name, email and website for the next form only when ticked, and forgets them when unticked', async () => {
      const el = await mount();
      await fill(el, { comment: 'Remember me, please.', ...READER, url: 'https://rosa.example' });
      const box = control(el, 'remember');
      box.click();
      await submitAndWait(el);
      expect(control(el, 'name').value, 'kept for the next comment').to.equal(READER.name);

      const next = await mount({ post: 2 });
      expect(control(next, 'name').value).to.equal(READER.name);
      expect(control(next, 'email').value).to.equal(READER.email);
      expect(control(next, 'url').value).to.equal('https://rosa.example');
      expect(control(next, 'comment').value).to.equal('');
      expect(control(next, 'remember').checked).to.equal(true);

      control(next, 'remember').click();
      expect(localStorage.getItem(IDENTITY_KEY)).to.equal(null);
      const later = await mount({ post: 3 });
      expect(control(later, 'name').value).to.equal('');
      expect(control(later, 'remember').checked).to.equal(false);
    });

    it('keeps name, email and website with the draft across visits only while the box is ticked', async () => {
      const el = await mount();
      await fill(el, { comment: 'Ticked before the train lost signal.', ...READER });
      control(el, 'remember').click();
      control(el, 'comment').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY(1))!)).to.deep.equal({ comment: 'Ticked before the train lost signal.', ...READER, remember: true });
      expect(sessionStorage.getItem(DRAFT_KEY(1))).to.equal(null);

      // Unticking withdraws consent at once: the details leave localStorage, the comment stays, and this
      // tab still has the whole form.
      control(el, 'remember').click();
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY(1))!)).to.deep.equal({ comment: 'Ticked before the train lost signal.' });
      control(el, 'comment').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY(1))!)).to.deep.equal(READER);
      el.remove();
      const again = await mount();
      expect(control(again, 'name').value).to.equal(READER.name);
      expect(control(again, 'remember').checked).to.equal(false);
    });

    it('"Forget my details" removes the remembered details from the browser and the form, and says so', async () => {
      const el = await mount();
      expect(shadow(el).querySelector('[part~="forget"]'), 'nothing remembered yet').to.equal(null);
      await fill(el, { comment: 'Remember me this once.', ...READER });
      control(el, 'remember').click();
      await submitAndWait(el);
      const next = await mount({ post: 2 });
      await fill(next, { comment: 'A second thought.' });
      control(next, 'comment').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      const forget = part(next, 'forget') as HTMLButtonElement;
      expect(forget.textContent!.trim()).to.equal('Forget my details');
      forget.click();
      await next.updateComplete;
      expect(localStorage.getItem(IDENTITY_KEY)).to.equal(null);
      expect(control(next, 'name').value).to.equal('');
      expect(control(next, 'email').value).to.equal('');
      expect(control(next, 'remember').checked).to.equal(false);
      expect(control(next, 'comment').value, 'the comment stays').to.equal('A second thought.');
      expect(text(part(next, 'status'))).to.equal('Your name, email and website are no longer saved in this browser.');
      const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key)).join('\n') + Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key)).join('\n');
      expect(stored).not.to.contain(READER.email);
      expect(shadow(next).querySelector('[part~="forget"]')).to.equal(null);
      await expect(next).to.be.accessible();
    });

    it('clearStoredData() removes every entry the widgets stored, in both storages, and nothing else', async () => {
      const { clearStoredData } = await import('../../src/index.js');
      localStorage.setItem('the-publisher:cart', '3 items');
      const el = await mount();
      await fill(el, { comment: 'To be wiped.', ...READER });
      control(el, 'comment').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      expect(localStorage.getItem(DRAFT_KEY(1))).not.to.equal(null);
      expect(sessionStorage.getItem(DRAFT_KEY(1))).not.to.equal(null);
      expect(clearStoredData()).to.equal(2);
      expect(Object.keys(localStorage)).to.deep.equal(['the-publisher:cart']);
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
    });

    it('remembers nothing without the tick', async () => {
      const el = await mount();
      await fill(el, { comment: 'No cookies for me.', ...READER });
      await submitAndWait(el);
      expect(localStorage.getItem(IDENTITY_KEY)).to.equal(null);
      const next = await mount({ post: 2 });
      expect(control(next, 'name').value).to.equal('');
    });
  });

  describe('spam', () => {
    it('drops a submit with the trap filled in: no request, no message, the text stays', async () => {
      const el = await mount();
      await fill(el, { comment: 'Buy cheap things.', ...READER });
      shadow(el).querySelector<HTMLInputElement>('input[name="website_url2"]')!.value = 'https://spam.example';
      await submitDropped(el);
      expect(posts).to.have.length(0);
      expect(text(part(el, 'status'))).to.equal('');
      expect(text(part(el, 'form-error'))).to.equal('');
      expect(control(el, 'comment').value).to.equal('Buy cheap things.');
    });

    it('drops a submit sooner than min-submit-ms after the form appeared, and sends when pressed again later', async () => {
      // An hour: however slow the machine, the first press comes sooner.
      const el = await mount({ minSubmitMs: 3_600_000 });
      const afterMount = performance.now();
      await fill(el, { comment: 'Typed at superhuman speed.', ...READER });
      await submitDropped(el);
      expect(posts).to.have.length(0);
      expect(text(part(el, 'form-error'))).to.equal('');
      // With a shorter minimum, read at each submit, the same form sends once that much time has passed.
      const minSubmitMs = 1000;
      el.minSubmitMs = minSubmitMs;
      await waitFor(() => performance.now() - afterMount > minSubmitMs, 'min-submit-ms never passed', { timeout: minSubmitMs + WAIT_MS });
      const event = await submitAndWait(el);
      expect(event.type).to.equal('news-comment');
      expect(posts).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('reaches every field and the button with Tab, skipping the trap, and sends with Enter', async () => {
      const el = await mount();
      control(el, 'comment').focus();
      await sendKeys({ type: 'Typed with the keyboard only.' });
      const order = ['name', 'email', 'url', 'remember'];
      const values: Record<string, string> = { name: READER.name, email: READER.email, url: '' };
      for (const id of order) {
        await sendKeys({ press: 'Tab' });
        expect(focusedId(el)).to.equal(id);
        if (values[id]) await sendKeys({ type: values[id] });
      }
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(submitButton(el));

      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      expect(focusedId(el)).to.equal('url');
      const done = oneEvent(el, 'news-comment');
      await sendKeys({ press: 'Enter' });
      const event = (await done) as CustomEvent<NewsCommentDetail>;
      expect(event.detail.comment.authorName).to.equal(READER.name);
      expect(posts).to.have.length(1);
    });

    it('gives focus back to the button after a send started from it', async () => {
      const el = await mount();
      await fill(el, { comment: 'Where did my focus go?', ...READER });
      submitButton(el).focus();
      const done = oneEvent(el, 'news-comment');
      await sendKeys({ press: 'Enter' });
      await done;
      await waitFor(() => shadow(el).activeElement === submitButton(el), 'focus was lost after sending');
    });
  });
});
