import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages.js';
import { launch, type Site } from '../e2e/site.js';
import { expectClean, open, pageHtml, post, rest, sameOriginPage, shadowText, startPublisher, until, wordpress, type Watched } from './harness.js';
import { forgetTestComments, lastCommentAge, setScenario, storedComments, waitOutCommentFlood } from './wordpress.mjs';

/**
 * <comment-form> posting to a real WordPress, through the REST API and the classic form endpoint.
 *
 * WordPress's own rules apply, unchanged: a second comment from one IP address within 15 s is refused
 * as a flood (every test comment comes from 127.0.0.1), and the same text twice is a duplicate. So every
 * comment has its own text; each accepted comment is followed at once by a test of the flood refusal,
 * after which the comments the tests made are deleted (the flood rule looks at stored comments only),
 * and a test that expects a comment to be taken first waits out any window still open
 * (`waitOutCommentFlood`). Comments earlier runs left are deleted first, so each run starts from the seed.
 */

let browser: Browser;
let publisher: Site;
let run = '';
let count = 0;

/** A comment no run has written before, and a reader no run has been before (a first-time commenter). */
function fresh(label: string) {
  count += 1;
  return {
    comment: `${label}: the crossing was lovely this morning, thank you (${run}-${count})`,
    name: `Test Reader ${count}`,
    email: `reader-${run}-${count}@example.com`,
  };
}

function formPage(action: string, postId: number): string {
  return `<comment-form action="${action}" post-id="${postId}" min-submit-ms="0"></comment-form>`;
}

interface Outcome {
  /** The form's good news (published, awaiting moderation). */
  status: string;
  /** Why it was not taken. */
  error: string;
  /** The news-comment / news-error events of this submit. */
  events: Awaited<ReturnType<Watched['events']>>;
  /** What the comment box holds afterwards. */
  draft: string;
}

/** Fills the form, presses "Post comment" and waits for the answer. */
async function send(watched: Watched, values: { comment: string; name: string; email: string }): Promise<Outcome> {
  const { page } = watched;
  const form = page.locator('comment-form');
  await form.locator('textarea').waitFor({ timeout: 15_000 });
  const before = (await watched.events()).length;
  await form.locator('textarea').fill(values.comment);
  await form.locator('#name').fill(values.name);
  await form.locator('#email').fill(values.email);
  await form.locator('[part~="submit"]').click();
  await until(
    page,
    'the answer to the comment',
    (before) => {
      const root = document.querySelector('comment-form')!.shadowRoot!;
      const events = (window as unknown as { __newsEvents: { type: string }[] }).__newsEvents.slice(before);
      const answered = events.some((event) => event.type === 'news-comment' || event.type === 'news-error') || root.querySelector('[part~="form-error"]')!.textContent!.trim() !== '';
      return answered && !root.querySelector<HTMLButtonElement>('[part~="submit"]')!.disabled;
    },
    before,
  );
  return {
    status: await shadowText(page, 'comment-form', '[part~="status"]'),
    error: await shadowText(page, 'comment-form', '[part~="form-error"]'),
    events: (await watched.events()).slice(before).filter((event) => event.type !== 'news-load'),
    draft: await form.locator('textarea').inputValue(),
  };
}

/**
 * A second comment right after one was taken: WordPress refuses it as a flood (REST 400, classic 429),
 * and the form says to wait and keeps it. Then the test comments go, so that the next test need not wait.
 */
async function expectFloodRefused(url: string, label: string, status: number): Promise<void> {
  try {
    expect(await lastCommentAge(), 'a comment was taken just before').toBeLessThan(12);
    const values = fresh(label);
    const watched = await open(browser, url);
    const outcome = await send(watched, values);
    expect(outcome.error).toBe(en.serverFlood);
    expect(outcome.status).toBe('');
    expect(outcome.events).toEqual([expect.objectContaining({ type: 'news-error', error: expect.objectContaining({ status }) })]);
    expect(outcome.draft).toBe(values.comment);
    expect(await storedComments(values.comment)).toEqual([]);
    await expectClean(watched);
  } finally {
    await forgetTestComments();
  }
}

/** Reloads the page (the same browser storage) and returns what the comment box holds then. */
async function draftAfterReload(page: Page): Promise<string> {
  await page.reload();
  const box = page.locator('comment-form textarea');
  await box.waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.querySelector('comment-form')!.updateComplete);
  return box.inputValue();
}

beforeAll(async () => {
  await setScenario({ anonymousComments: false, hiddenHeaders: false });
  await forgetTestComments();
  run = Date.now().toString(36);
  browser = await launch();
  const { origin } = wordpress();
  publisher = await startPublisher({
    '/rest.html': { html: pageHtml(formPage(rest('comments'), post('ferry').id)) },
    '/rest-closed.html': { html: pageHtml(formPage(rest('comments'), post('closed').id)) },
    '/classic.html': { html: pageHtml(formPage(`${origin}/wp-comments-post.php`, post('rain').id)) },
  });
});

afterAll(async () => {
  await setScenario({ anonymousComments: false });
  await forgetTestComments();
  await browser?.close();
  await publisher?.close();
});

describe('<comment-form> to the REST API from another origin', () => {
  it('on a stock site (no anonymous REST comments): says only signed-in readers may comment, keeps the draft, stores nothing', async () => {
    await setScenario({ anonymousComments: false });
    const values = fresh('Stock REST');
    const watched = await open(browser, `${publisher.origin}/rest.html`);
    const outcome = await send(watched, values);
    expect(outcome.error).toBe(en.serverLoginRequired);
    expect(outcome.status).toBe('');
    expect(outcome.events).toEqual([expect.objectContaining({ type: 'news-error', error: expect.objectContaining({ status: 401, serverCode: 'rest_comment_login_required' }) })]);
    expect(outcome.draft).toBe(values.comment);
    expect(await draftAfterReload(watched.page)).toBe(values.comment);
    expect(await storedComments(values.comment)).toEqual([]);
    await expectClean(watched);
  });

  it('with anonymous REST comments allowed: the comment is taken, held for moderation, and stored so', async () => {
    await setScenario({ anonymousComments: true });
    await waitOutCommentFlood();
    const values = fresh('Anonymous REST');
    const watched = await open(browser, `${publisher.origin}/rest.html`);
    const outcome = await send(watched, values);
    expect(outcome.status).toBe(en.held);
    expect(outcome.error).toBe('');
    expect(outcome.events).toEqual([expect.objectContaining({ type: 'news-comment', status: 'hold' })]);
    const stored = await storedComments(values.comment);
    expect(stored).toEqual([expect.objectContaining({ post: post('ferry').id, approved: '0', author: values.name, email: values.email })]);
    // Taken: the draft is gone, after a reload too.
    expect(outcome.draft).toBe('');
    expect(await draftAfterReload(watched.page)).toBe('');
    await expectClean(watched);
  });

  it('refuses a second comment within 15 s as a flood (400 comment_flood): the form says to wait and keeps it', async () => {
    await expectFloodRefused(`${publisher.origin}/rest.html`, 'Too quick REST', 400);
  });
});

describe('<comment-form> for a post whose comments are closed', () => {
  it('REST (anonymous comments allowed): says comments are closed (403 rest_comment_closed)', async () => {
    await setScenario({ anonymousComments: true });
    const values = fresh('Closed REST');
    const watched = await open(browser, `${publisher.origin}/rest-closed.html`);
    const outcome = await send(watched, values);
    expect(outcome.error).toBe(en.serverClosed);
    expect(outcome.events).toEqual([expect.objectContaining({ type: 'news-error', error: expect.objectContaining({ status: 403, serverCode: 'rest_comment_closed' }) })]);
    expect(outcome.draft).toBe(values.comment);
    expect(await storedComments(values.comment)).toEqual([]);
    await expectClean(watched);
  });

  it('classic endpoint, from WordPress\'s own origin: says comments are closed (403 "Sorry, comments are closed for this item.")', async () => {
    const values = fresh('Closed classic');
    const watched = await open(browser, await sameOriginPage(formPage('/wp-comments-post.php', post('closed').id)));
    const outcome = await send(watched, values);
    // The form's own words or WordPress's: either way, the reader learns that comments are closed.
    expect(outcome.error).toMatch(/comments are closed/i);
    expect(outcome.status).toBe('');
    expect(outcome.draft).toBe(values.comment);
    expect(await storedComments(values.comment)).toEqual([]);
    await expectClean(watched);
  });
});

describe('<comment-form> to the classic endpoint, /wp-comments-post.php', () => {
  it('from another origin: says plainly that it was not sent, keeps the draft, warns the site owner, stores nothing', async () => {
    const values = fresh('Classic cross-origin');
    const watched = await open(browser, `${publisher.origin}/classic.html`);
    const outcome = await send(watched, values);
    expect(outcome.status, 'no word of success').toBe('');
    expect(outcome.error).not.toBe('');
    expect(outcome.events.filter((event) => event.type === 'news-comment')).toEqual([]);
    expect(outcome.draft).toBe(values.comment);
    // For the site owner, in the console: this endpoint cannot be used from another origin.
    const warnings = watched.console.filter((line) => line.startsWith('warning:') && line.includes('news-widgets'));
    expect(warnings.length, `a warning from the widget among:\n${watched.console.join('\n')}`).toBeGreaterThan(0);
    expect(await draftAfterReload(watched.page)).toBe(values.comment);
    // "Not sent" is true only if WordPress really has nothing.
    expect(await storedComments(values.comment)).toEqual([]);
    await expectClean(watched);
  });

  it('from WordPress\'s own origin: a first-time commenter is held; the same comment again is a duplicate', async () => {
    await waitOutCommentFlood();
    const values = fresh('Classic');
    const watched = await open(browser, await sameOriginPage(formPage('/wp-comments-post.php', post('rain').id)));
    const outcome = await send(watched, values);
    expect(outcome.status).toBe(en.held);
    expect(outcome.error).toBe('');
    expect(outcome.events).toEqual([expect.objectContaining({ type: 'news-comment', status: 'hold' })]);
    expect(outcome.draft).toBe('');
    expect(await storedComments(values.comment)).toEqual([expect.objectContaining({ post: post('rain').id, approved: '0', author: values.name })]);

    // WordPress checks for a duplicate before the flood: the answer is 409 at once.
    const again = await send(watched, values);
    expect(again.error).toBe(en.serverDuplicate);
    expect(again.status).toBe('');
    expect(again.draft).toBe(values.comment);
    expect(await storedComments(values.comment)).toHaveLength(1);
    await expectClean(watched);
  });

  it('refuses a second comment within 15 s as a flood (429): the form says to wait and keeps it', async () => {
    await expectFloodRefused(await sameOriginPage(formPage('/wp-comments-post.php', post('rain').id)), 'Too quick classic', 429);
  });

  it('from WordPress\'s own origin: a reader with an approved comment before is published at once', async () => {
    await waitOutCommentFlood();
    // A seeded reader (php/seed.php): WordPress approves an author whose name and email have an approved comment.
    const values = { ...fresh('Returning reader'), name: 'Mari Evans', email: 'mari.evans@example.org' };
    const watched = await open(browser, await sameOriginPage(formPage('/wp-comments-post.php', post('rain').id)));
    const outcome = await send(watched, values);
    expect(outcome.status).toBe(en.thanks);
    expect(outcome.events).toEqual([expect.objectContaining({ type: 'news-comment', status: 'approved' })]);
    expect(await storedComments(values.comment)).toEqual([expect.objectContaining({ post: post('rain').id, approved: '1' })]);
    await expectClean(watched);
  });
});
