import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages.js';
import { launch, type Site } from '../e2e/site.js';
import { expectClean, open, pageHtml, post, rest, restRequests, sameOriginPage, shadowText, startPublisher, storedPostComments, until, wordpress } from './harness.js';
import { forgetTestComments, setScenario, storedComments, waitOutCommentFlood } from './wordpress.mjs';

/**
 * <comment-list> reading a real, stock WordPress through the script-tag bundle: the seeded post with 23
 * approved comments (8 of them replies, one more held and one spam), every page of a small `per_page`,
 * landing on `#comment-<id>`, Reply wired to a <comment-form> that posts through the REST API, a post
 * whose comments are closed and one with none. What is shown is compared with what WordPress serves
 * (REST) and stores (its database).
 *
 * A reply posted here comes under WordPress's own rules, as in comments.test.ts: it waits out the 15 s
 * flood window any earlier comment from this machine opened, and the comments the tests made are deleted
 * afterwards (and before, in case an earlier run stopped half-way).
 */

const axeSource = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** A comment as WordPress's REST API serves it, as far as these tests read it. */
interface RestComment {
  id: number;
  post: number;
  parent: number;
  author_name: string;
  date_gmt: string;
  status: string;
  author_avatar_urls: Record<string, string>;
}

/** A comment as the list shows it. */
interface Shown {
  id: string;
  /** The id of the comment it is drawn inside (`comment-<id>`), or null at the top level. */
  inside: string | null;
  author: string;
  datetime: string | null;
  /** The visible date. */
  dateText: string;
  /** Where the date links to. */
  dateHref: string | null;
  /** What the browser formats `datetime` to, in the page's language and time zone, with the list's options. */
  expectedDateText: string | null;
  avatar: { src: string; width: string | null; height: string | null; loaded: boolean; box: [number, number] } | null;
  reply: boolean;
  moderation: string | null;
  content: string;
}

let browser: Browser;
let publisher: Site;
let axe = '';
const run = Date.now().toString(36);

/** Every approved comment of a post, as WordPress serves them to anyone, oldest first. */
async function restComments(postId: number): Promise<RestComment[]> {
  const response = await fetch(rest(`comments?post=${postId}&per_page=100&order=asc&orderby=date_gmt`));
  expect(response.status).toBe(200);
  return (await response.json()) as RestComment[];
}

/**
 * The order in which a threaded list draws comments: each top-level comment, oldest first, then its
 * replies inside it, depth first (WordPress's own threading by `parent`), with each one's depth.
 */
function threadOrder(comments: RestComment[]): { comment: RestComment; depth: number }[] {
  const byParent = new Map<number, RestComment[]>();
  for (const comment of comments) byParent.set(comment.parent, [...(byParent.get(comment.parent) ?? []), comment]);
  const order: { comment: RestComment; depth: number }[] = [];
  const walk = (parent: number, depth: number): void => {
    for (const comment of byParent.get(parent) ?? []) {
      order.push({ comment, depth });
      walk(comment.id, depth + 1);
    }
  };
  walk(0, 0);
  return order;
}

/** Waits until the list has drawn its comments (or its empty, closed or error state) and has nothing pending. */
async function listSettled(page: Page, what = 'the comments'): Promise<void> {
  await until(page, what, () => {
    const list = document.querySelector('comment-list');
    const root = list?.shadowRoot;
    return !!root && !root.querySelector('[part~="skeleton"]') && !!root.querySelector('[part~="comment"], [part~="empty"], [part~="error"]');
  });
  await page.evaluate(async () => {
    const list = document.querySelector('comment-list') as Element & { updateComplete: Promise<unknown>; isUpdatePending: boolean };
    do await list.updateComplete;
    while (list.isUpdatePending);
  });
}

/** Waits until every avatar the list shows has loaded (or failed). */
async function avatarsDone(page: Page): Promise<void> {
  await until(page, 'the avatars', () => [...document.querySelector('comment-list')!.shadowRoot!.querySelectorAll('img')].every((image) => image.complete));
}

/** The comments the list shows, in order. */
function shown(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const root = document.querySelector('comment-list')!.shadowRoot!;
    const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const dates = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
    return [...root.querySelectorAll<HTMLElement>('[part~="comment"]')].map((comment) => {
      const item = comment.closest('[part~="item"]')!;
      const outer = item.parentElement?.closest('[part~="item"]');
      const avatar = comment.querySelector<HTMLImageElement>('img[part~="avatar"]');
      const box = avatar?.getBoundingClientRect();
      const time = comment.querySelector('[part~="date"] time');
      const datetime = time?.getAttribute('datetime') ?? null;
      return {
        id: comment.id,
        inside: outer?.querySelector(':scope > [part~="comment"]')?.id ?? null,
        author: text(comment.querySelector('[part~="author"]')),
        datetime,
        dateText: text(time),
        dateHref: comment.querySelector('[part~="date"]')?.getAttribute('href') ?? null,
        expectedDateText: datetime ? dates.format(new Date(datetime)) : null,
        avatar: avatar
          ? {
              src: avatar.currentSrc || avatar.src,
              width: avatar.getAttribute('width'),
              height: avatar.getAttribute('height'),
              loaded: avatar.complete && avatar.naturalWidth > 0,
              box: [box!.width, box!.height] as [number, number],
            }
          : null,
        reply: !!comment.querySelector('[part~="reply"]'),
        moderation: comment.querySelector('[part~="moderation"]') ? text(comment.querySelector('[part~="moderation"]')) : null,
        content: text(comment.querySelector('[part~="content"]')),
      };
    });
  });
}

/** Axe's findings on the page (its own open shadow roots included), as `rule (nodes)`. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe });
  return page.evaluate(async () => {
    type Axe = { run(context: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
    const result = await (window as unknown as { axe: Axe }).axe.run(document);
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length}: ${JSON.stringify(violation.nodes.map((node) => node.target))})`);
  });
}

/** Comment-list requests that went to WordPress, as the page's own resource timing saw them. */
function commentFetches(page: Page): Promise<string[]> {
  return page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith(prefix)),
    rest('comments'),
  );
}

/** The seeded post with 23 approved comments. */
const lifeboat = () => post('lifeboat');

function listOf(postId: number, attributes = ''): string {
  return `<comment-list post-id="${postId}" src="${rest(`comments?post=${postId}`)}"${attributes}></comment-list>`;
}

/** An article, its comments and the comment form, as a publisher puts them on a story's page. */
function storyPage(postId: number): string {
  return (
    `<main><news-article src="${rest(`posts/${postId}?_embed`)}"></news-article>` +
    listOf(postId) +
    `<comment-form post-id="${postId}" action="${rest('comments')}" min-submit-ms="0"></comment-form></main>`
  );
}

beforeAll(async () => {
  await setScenario({ anonymousComments: false, hiddenHeaders: false });
  await forgetTestComments();
  axe = await readFile(axeSource, 'utf8');
  browser = await launch();
  const { id } = lifeboat();
  publisher = await startPublisher({
    '/lifeboat.html': { html: pageHtml(`<main><h1>Lifeboat</h1>${listOf(id)}</main>`) },
    '/lifeboat-5.html': { html: pageHtml(`<main><h1>Lifeboat</h1><comment-list post-id="${id}" src="${rest(`comments?post=${id}&per_page=5`)}"></comment-list></main>`) },
    // The story above the comments: a page opened at one of them has to scroll to it.
    '/lifeboat-landing.html': {
      html: pageHtml(`<main><h1>Lifeboat</h1><div style="height: 1500px">The story.</div>${listOf(id, ' limit="5"')}<div style="height: 1500px"></div></main>`),
    },
    '/lifeboat-story.html': { html: pageHtml(storyPage(id)) },
    '/closed-story.html': { html: pageHtml(storyPage(post('closed').id)) },
    '/tides.html': { html: pageHtml(`<main><h1>Tide Tables for December</h1>${listOf(post('tides').id)}</main>`) },
  });
});

afterAll(async () => {
  await setScenario({ anonymousComments: false });
  await forgetTestComments();
  await browser?.close();
  await publisher?.close();
});

describe('<comment-list> for the post with 23 approved comments', () => {
  const origins = [
    ['another origin', () => `${publisher.origin}/lifeboat.html`],
    // WordPress's own pages: a relative `src`, as a theme would write it.
    ['WordPress\'s own origin', () => sameOriginPage(`<main><h1>Lifeboat</h1><comment-list post-id="${lifeboat().id}" src="/wp-json/wp/v2/comments?post=${lifeboat().id}"></comment-list></main>`)],
  ] as const;

  it.each(origins)('from %s: "23 comments", exactly the approved ones, threaded as WordPress threads them, real dates, local avatars', async (_where, url) => {
    const { id, comments } = lifeboat();
    const stored = await storedPostComments(id);
    const approved = stored.filter((row) => row.approved === '1');
    const hidden = stored.filter((row) => row.approved !== '1');
    // What the seed made: 23 approved (8 replies), 1 held, 1 spam.
    expect(approved).toHaveLength(comments);
    expect(approved.filter((row) => row.parent !== 0)).toHaveLength(8);
    expect(hidden.map((row) => row.approved).sort()).toEqual(['0', 'spam']);
    const served = await restComments(id);
    expect(served.map((comment) => comment.id).sort((a, b) => a - b)).toEqual(approved.map((row) => row.id));

    // A reader far from UTC: a date_gmt read as local time would be off by nine hours.
    const watched = await open(browser, await url(), { timezoneId: 'Asia/Tokyo' });
    const { page } = watched;
    await listSettled(page);
    await avatarsDone(page);
    expect(await shadowText(page, 'comment-list', '[part~="heading"]')).toBe('23 comments');
    const list = await shown(page);

    // Exactly the approved comments, in WordPress's threads: replies inside what they answer.
    const order = threadOrder(served);
    expect(order.every(({ depth }) => depth < 4), 'the seed nests no deeper than the default max-depth').toBe(true);
    expect(list.map((comment) => comment.id)).toEqual(order.map(({ comment }) => `comment-${comment.id}`));
    expect(list.map((comment) => comment.inside)).toEqual(order.map(({ comment }) => (comment.parent ? `comment-${comment.parent}` : null)));
    for (const row of hidden) expect(list.some((comment) => comment.id === `comment-${row.id}`), `comment ${row.id} (${row.approved})`).toBe(false);
    const text = await page.evaluate(() => document.querySelector('comment-list')!.shadowRoot!.textContent!);
    expect(text).not.toContain('Held for moderation');
    expect(text).not.toContain('Cheap watches');

    for (const [index, comment] of list.entries()) {
      const source = order[index]!.comment;
      const row = approved.find((candidate) => candidate.id === source.id)!;
      expect(comment.author).toBe(source.author_name);
      expect(comment.content).toContain(`on the lifeboat story`);
      // <time datetime> is the instant WordPress stored (date_gmt is UTC without a zone), shown in the reader's zone.
      expect(comment.datetime, `datetime of ${comment.id}`).toMatch(/Z$/);
      expect(Date.parse(comment.datetime!)).toBe(Date.parse(`${source.date_gmt}Z`));
      expect(Date.parse(comment.datetime!)).toBe(Date.parse(`${row.dateGmt.replace(' ', 'T')}Z`));
      expect(comment.dateText).toBe(comment.expectedDateText);
      expect(comment.dateHref).toBe(`#${comment.id}`);
      // The site's own avatar (local-avatars.php), the largest size WordPress offers, with a fixed box.
      expect(comment.avatar).toEqual({ src: source.author_avatar_urls['96'], width: '40', height: '40', loaded: true, box: [40, 40] });
      expect(comment.avatar!.src.startsWith(`${wordpress().origin}/wp-content/uploads/avatars/`)).toBe(true);
      expect(comment.reply).toBe(true);
      expect(comment.moderation).toBeNull();
    }

    // One request for the whole discussion (100 a page), no Gravatar (expectClean), nothing for axe to find.
    expect(restRequests(watched).filter((request) => request.includes('/wp/v2/comments'))).toHaveLength(1);
    const load = (await watched.events()).filter((event) => event.tag === 'comment-list');
    expect(load).toEqual([expect.objectContaining({ type: 'news-load', total: 23 })]);
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(watched);
  });

  it('reads every page of a small per_page (X-WP-TotalPages), in as many requests as there are pages', async () => {
    const { id } = lifeboat();
    const first = await fetch(rest(`comments?post=${id}&per_page=5`));
    expect(first.headers.get('X-WP-Total')).toBe('23');
    expect(first.headers.get('X-WP-TotalPages')).toBe('5');

    const watched = await open(browser, `${publisher.origin}/lifeboat-5.html`);
    const { page } = watched;
    await listSettled(page);
    expect(await shadowText(page, 'comment-list', '[part~="heading"]')).toBe('23 comments');
    const list = await shown(page);
    const order = threadOrder(await restComments(id));
    expect(list.map((comment) => comment.id)).toEqual(order.map(({ comment }) => `comment-${comment.id}`));
    expect(list.map((comment) => comment.inside)).toEqual(order.map(({ comment }) => (comment.parent ? `comment-${comment.parent}` : null)));

    // Five requests, one per page, each of five: no page twice, none past the last.
    const fetched = await commentFetches(page);
    expect(fetched).toHaveLength(5);
    const pages = fetched.map((url) => new URL(url).searchParams);
    expect(pages.map((params) => params.get('per_page'))).toEqual(['5', '5', '5', '5', '5']);
    expect(pages.map((params) => params.get('post'))).toEqual(Array(5).fill(String(id)));
    expect(pages.map((params) => params.get('page') ?? '1').sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(restRequests(watched).filter((request) => request.includes('/wp/v2/comments'))).toHaveLength(5);
    await expectClean(watched);
  });
});

describe('<comment-list> opened at #comment-<id>', () => {
  it('shows the conversation past `limit` that holds it, scrolls it into view and focuses it; a later hash change too', async () => {
    const { id } = lifeboat();
    const roots = (await restComments(id)).filter((comment) => comment.parent === 0);
    expect(roots.length).toBeGreaterThan(12);
    const late = roots[5]!;
    const later = roots[12]!;
    const watched = await open(browser, `${publisher.origin}/lifeboat-landing.html#comment-${late.id}`, { viewport: { width: 1024, height: 700 } });
    const { page } = watched;
    await listSettled(page);

    const landed = async (target: RestComment) => {
      await until(page, `focus on comment ${target.id}`, (id) => document.querySelector('comment-list')?.shadowRoot?.activeElement?.id === `comment-${id}`, target.id);
      // Let layout settle (avatars, conversations laid out as they come near): the comment must stay in view.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
      return page.evaluate((id) => {
        const root = document.querySelector('comment-list')!.shadowRoot!;
        const rect = root.getElementById(`comment-${id}`)!.getBoundingClientRect();
        return {
          active: document.activeElement?.localName,
          focused: root.activeElement?.id,
          top: rect.top,
          bottom: rect.bottom,
          height: rect.height,
          viewport: innerHeight,
          scrollY,
          conversations: root.querySelectorAll('[part~="list"] > [part~="item"]').length,
          more: !!root.querySelector('[part~="load-more"]'),
        };
      }, target.id);
    };

    const first = await landed(late);
    expect(first.active).toBe('comment-list');
    expect(first.focused).toBe(`comment-${late.id}`);
    expect(first.height).toBeGreaterThan(0);
    // Scrolled to the top of the viewport; layout in fractions of a pixel may leave it a fraction above.
    expect(first.top, JSON.stringify(first)).toBeGreaterThanOrEqual(-1);
    expect(first.bottom, JSON.stringify(first)).toBeLessThanOrEqual(first.viewport);
    expect(first.scrollY).toBeGreaterThan(1500);
    // limit="5": the sixth conversation is shown for it; the rest still wait behind "Show more comments".
    expect(first.conversations).toBe(6);
    expect(first.more).toBe(true);

    await page.evaluate((id) => (location.hash = `#comment-${id}`), later.id);
    const second = await landed(later);
    expect(second.focused).toBe(`comment-${later.id}`);
    expect(second.top, JSON.stringify(second)).toBeGreaterThanOrEqual(-1);
    expect(second.bottom, JSON.stringify(second)).toBeLessThanOrEqual(second.viewport);
    expect(second.conversations).toBe(13);
    await expectClean(watched);
  });
});

describe('Reply, from another origin, to a WordPress that takes anonymous REST comments', () => {
  it('points the form at the comment, posts the reply under it (held), and shows it there, awaiting moderation', async () => {
    await setScenario({ anonymousComments: true });
    try {
      const { id } = lifeboat();
      const served = await restComments(id);
      // A reply to a reply: the answer goes a level deeper still.
      const answered = served.find((comment) => comment.parent !== 0)!;
      const values = {
        // No quotes or dashes: WordPress would texturize them as it shows the comment.
        comment: `A reply from the publisher page: the crew deserve a medal (${run})`,
        name: 'Test Reader',
        email: `reply-${run}@example.com`,
      };

      const watched = await open(browser, `${publisher.origin}/lifeboat-story.html`);
      const { page } = watched;
      await listSettled(page);
      await page.locator('comment-form textarea').waitFor({ timeout: 15_000 });
      await until(page, 'the article', () => !!document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="title"]'));

      await page.locator(`comment-list [id="comment-${answered.id}"] [part~="reply"]`).click();
      await until(page, 'the form to say whom it answers', () => !!document.querySelector('comment-form')?.shadowRoot?.querySelector('[part~="reply-to"]'));
      expect(await shadowText(page, 'comment-form', '[part~="reply-to"]')).toContain((en.replyingTo as string).replace('{name}', answered.author_name));
      await until(page, 'focus in the comment box', () => document.activeElement?.localName === 'comment-form' && document.querySelector('comment-form')!.shadowRoot!.activeElement?.localName === 'textarea');

      const form = page.locator('comment-form');
      await form.locator('textarea').fill(values.comment);
      await form.locator('#name').fill(values.name);
      await form.locator('#email').fill(values.email);
      await waitOutCommentFlood();
      await form.locator('[part~="submit"]').click();
      await until(page, 'the answer to the reply', () => (window as unknown as { __newsEvents: { type: string }[] }).__newsEvents.some((event) => event.type === 'news-comment' || event.type === 'news-error'));
      expect((await watched.events()).filter((event) => event.type === 'news-comment' || event.type === 'news-error')).toEqual([
        expect.objectContaining({ type: 'news-comment', tag: 'comment-form', status: 'hold' }),
      ]);
      expect(await shadowText(page, 'comment-form', '[part~="status"]')).toBe(en.held);

      // WordPress has it as a reply to that comment, held for moderation.
      const stored = await storedComments(values.comment);
      expect(stored).toEqual([expect.objectContaining({ post: id, parent: answered.id, approved: '0', author: values.name, email: values.email })]);
      const reply = stored[0]!;

      // The list shows it at once, inside the comment it answers, marked as awaiting moderation.
      await until(page, 'the reply in the list', (id) => !!document.querySelector('comment-list')!.shadowRoot!.getElementById(`comment-${id}`), reply.id);
      await listSettled(page);
      const drawn = (await shown(page)).find((comment) => comment.id === `comment-${reply.id}`)!;
      expect(drawn).toMatchObject({ inside: `comment-${answered.id}`, author: values.name, moderation: en.awaitingModeration, reply: false });
      expect(drawn.content).toContain(values.comment);
      // A held comment is not counted: WordPress still has 23 approved ones.
      expect(await shadowText(page, 'comment-list', '[part~="heading"]')).toBe('23 comments');
      // The form is back to a comment of its own.
      expect(await shadowText(page, 'comment-form', '[part~="reply-to"]')).toBe('');
      await expectClean(watched);
    } finally {
      await forgetTestComments();
      await setScenario({ anonymousComments: false });
    }
  });
});

describe('<comment-list> for a post whose comments are closed', () => {
  it('says comments are closed and offers no Reply; the form shows its closed part instead of the form', async () => {
    const closed = post('closed');
    const watched = await open(browser, `${publisher.origin}/closed-story.html`);
    const { page } = watched;
    await until(page, 'the list to say comments are closed', () => !!document.querySelector('comment-list')?.shadowRoot?.querySelector('[part~="closed"]'));
    await until(page, 'the form to say comments are closed', () => !!document.querySelector('comment-form')?.shadowRoot?.querySelector('[part~="closed"]'));
    await listSettled(page);
    expect(await shadowText(page, 'comment-list', '[part~="closed"]')).toBe(en.commentsClosed);
    expect(await shadowText(page, 'comment-list', '[part~="heading"]')).toBe(`${closed.comments} comments`);
    const list = await shown(page);
    expect(list).toHaveLength(closed.comments);
    expect(list.filter((comment) => comment.reply)).toEqual([]);
    expect(await shadowText(page, 'comment-form', '[part~="closed"]')).toBe(en.commentsClosed);
    expect(await page.evaluate(() => document.querySelector('comment-form')!.shadowRoot!.querySelectorAll('form, textarea, [part~="submit"]').length)).toBe(0);
    await expectClean(watched);
  });

  it('says so as well when the article has told the page before the comment widgets\' own files arrive', async () => {
    // The script tag loads each element's files on their own, beside the article's data: here the files only
    // the comment widgets load (not the article's, nor the WordPress reader's) are held until the article
    // has loaded and said that the post is closed, as a slow connection or a busy machine may order them.
    const manifest = JSON.parse(await readFile(fileURLToPath(new URL('../../dist/cdn/news-widgets.manifest.json', import.meta.url)), 'utf8')) as {
      elements: Record<string, { files: string[] }>;
      formats: Record<string, { files: string[] }>;
    };
    const articleFiles = new Set([...manifest.elements['news-article']!.files, ...manifest.formats.wordpress!.files]);
    const held = [...manifest.elements['comment-list']!.files, ...manifest.elements['comment-form']!.files].filter((file) => !articleFiles.has(file));
    expect(held).toEqual(expect.arrayContaining(['news-widgets.comment-list.js', 'news-widgets.comment-form.js']));
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const closed = post('closed');
    const watched = await open(browser, `${publisher.origin}/closed-story.html`, {}, (page) =>
      page.route(
        (url) => held.includes(url.pathname.slice(1)),
        async (route) => {
          await released;
          await route.continue();
        },
      ),
    );
    const { page } = watched;
    await until(page, 'the article to load', () => (window as unknown as { __newsEvents: { type: string; tag: string }[] }).__newsEvents.some((event) => event.type === 'news-load' && event.tag === 'news-article'));
    expect(await page.evaluate(() => [customElements.get('comment-list'), customElements.get('comment-form')].filter(Boolean).length)).toBe(0);
    release();

    await listSettled(page);
    await until(page, 'the form', () => !!document.querySelector('comment-form')?.shadowRoot?.querySelector('form, [part~="closed"]'));
    // Nothing more is said on the page once they are defined: what they show, they knew when they were connected.
    expect(await shadowText(page, 'comment-list', '[part~="closed"]')).toBe(en.commentsClosed);
    expect(await shadowText(page, 'comment-list', '[part~="heading"]')).toBe(`${closed.comments} comments`);
    expect((await shown(page)).filter((comment) => comment.reply)).toEqual([]);
    expect(await shadowText(page, 'comment-form', '[part~="closed"]')).toBe(en.commentsClosed);
    await expectClean(watched);
  });
});

describe('<comment-list> for a post with no comments', () => {
  it('says "No comments yet" and passes axe', async () => {
    const watched = await open(browser, `${publisher.origin}/tides.html`);
    const { page } = watched;
    await listSettled(page);
    expect(await shadowText(page, 'comment-list', '[part~="empty"]')).toBe(en.noComments);
    expect(await page.evaluate(() => document.querySelector('comment-list')!.shadowRoot!.querySelectorAll('[part~="comment"]').length)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(watched);
  });
});
