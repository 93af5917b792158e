import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/comment-form/define.js';
import '../src/components/comment-list/define.js';
import type { CommentListElement } from '../src/components/comment-list/comment-list.js';
import type { NewsComment } from '../src/data/model.js';
import type { MessageOverrides } from '../src/i18n/messages.js';
import { answerFetch, NEVER_ANSWERS, OFFLINE } from './fake-fetch.js';
import { styledParts } from './parts.js';
import { ARABIC, BACK_AND_FORTH, DISCUSSION, faceOf, FRENCH, MANY, PUBLISHED, say } from './sample-comments.js';

/**
 * Storybook has no WordPress behind it: this made-up site's comments endpoint is answered here, in
 * WordPress's shape. It lists the discussion above (every page of it) and takes new comments, holding
 * those with a link or the word "moderate" for moderation, as the demo API does. Comments posted from
 * the page are kept until it reloads.
 */
const FAKE_COMMENTS = 'https://alder-bay.example/wp-json/wp/v2/comments';
const stored: NewsComment[] = [...DISCUSSION];

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function wordpressJson(comment: NewsComment): unknown {
  return {
    id: Number(comment.id),
    post: comment.postId,
    parent: comment.parent,
    author_name: comment.authorName,
    author_url: comment.authorUrl ?? '',
    ...(comment.authorAvatar ? { author_avatar_urls: { 24: comment.authorAvatar, 48: comment.authorAvatar, 96: comment.authorAvatar } } : {}),
    date_gmt: comment.date?.slice(0, 19),
    content: { rendered: comment.contentHtml },
    link: comment.url,
    status: comment.status,
    type: 'comment',
  };
}

answerFetch((url, init) => {
  if (!url.startsWith(FAKE_COMMENTS)) return undefined;
  const query = new URL(url).searchParams;
  if (init?.method === 'POST') {
    const sent = JSON.parse(String(init.body ?? '{}')) as Record<string, unknown>;
    const text = String(sent.content ?? '');
    const id = 100 + stored.length;
    const comment = say(id, String(sent.author_name ?? ''), text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`), {
      parent: Number(sent.parent ?? 0),
      minutes: (Date.now() - PUBLISHED) / 60_000,
      face: faceOf(String(sent.author_name ?? '')),
      status: /http|\bmoderate\b/i.test(text) ? 'hold' : 'approved',
      post: Number(sent.post ?? 0),
    });
    if (comment.status === 'approved') stored.push(comment);
    return Promise.resolve(reply(201, wordpressJson(comment)));
  }
  const post = Number(query.get('post'));
  const perPage = Number(query.get('per_page') ?? 10);
  const page = Number(query.get('page') ?? 1);
  const found = stored.filter((comment) => comment.postId === post);
  const ordered = query.get('order') === 'desc' ? [...found].reverse() : found;
  return Promise.resolve(
    reply(200, ordered.slice((page - 1) * perPage, page * perPage).map(wordpressJson), {
      'X-WP-Total': String(found.length),
      'X-WP-TotalPages': String(Math.max(1, Math.ceil(found.length / perPage))),
    }),
  );
});

interface CommentListArgs {
  comments?: NewsComment[];
  src?: string;
  'post-id'?: number;
  order: 'asc' | 'desc';
  'max-depth': number;
  limit: number;
  'load-more': 'manual' | 'auto';
  heading?: string;
  'heading-level': number;
  closed: boolean;
  'no-json-ld': boolean;
  timeout?: number;
  theme?: 'light' | 'dark' | 'auto';
  avatars?: 'show' | 'initials' | 'none';
  lang?: string;
  messages?: MessageOverrides;
}

const list = (args: CommentListArgs) =>
  html`<comment-list
    .comments=${args.comments}
    .messages=${args.messages ?? {}}
    src=${ifDefined(args.src)}
    post-id=${ifDefined(args['post-id'])}
    order=${args.order}
    max-depth=${args['max-depth']}
    limit=${args.limit}
    load-more=${args['load-more']}
    heading=${ifDefined(args.heading)}
    heading-level=${args['heading-level']}
    ?closed=${args.closed}
    ?no-json-ld=${args['no-json-ld']}
    timeout=${ifDefined(args.timeout)}
    theme=${ifDefined(args.theme)}
    avatars=${ifDefined(args.avatars)}
    lang=${ifDefined(args.lang)}
  ></comment-list>`;

const meta: Meta<CommentListArgs> = {
  title: 'Widgets/comment-list',
  component: 'comment-list',
  args: {
    comments: DISCUSSION,
    'post-id': 2,
    order: 'asc',
    'max-depth': 4,
    limit: 20,
    'load-more': 'manual',
    'heading-level': 2,
    closed: false,
    'no-json-ld': false,
  },
  argTypes: {
    comments: { control: false },
    messages: { control: false },
  },
  // Links in the comments point at made-up sites: clicking one stays in Storybook.
  decorators: [
    (story) =>
      html`<div
        @click=${(event: Event) => {
          if (event.composedPath().some((node) => node instanceof HTMLAnchorElement && !node.getAttribute('href')?.startsWith('#'))) event.preventDefault();
        }}
      >
        ${story()}
      </div>`,
  ],
  render: list,
};

export default meta;
type Story = StoryObj<CommentListArgs>;

/** Readers discussing a story: each reply inside the comment it answers, with avatars, dates and Reply. */
export const Threaded: Story = {};

/** The same discussion read from a WordPress comments endpoint (every page of it), newest first. */
export const FromWordPress: Story = {
  args: { comments: undefined, src: `${FAKE_COMMENTS}?post=2`, order: 'desc' },
};

/** A back-and-forth deeper than `max-depth="3"`: replies past the third level stay there and say whom they answer. */
export const DeepThread: Story = {
  args: { comments: BACK_AND_FORTH, 'max-depth': 3 },
};

/** Three conversations at a time: "Show more comments" shows the next three and moves focus to the first of them. */
export const ShowMore: Story = {
  args: { comments: MANY, limit: 3 },
};

/** While the comments are on their way: a placeholder of about their size. */
export const Loading: Story = {
  args: { comments: undefined, src: NEVER_ANSWERS, timeout: 2147483647 },
};

/** A story nobody has commented on yet. */
export const Empty: Story = {
  args: { comments: [] },
};

/** The endpoint does not exist (404): what happened; trying again would not help, so no button. */
export const LoadError: Story = {
  args: { comments: undefined, src: '/no-such-endpoint.json' },
};

/** The reader is offline: what happened, and a way to try again. */
export const Offline: Story = {
  args: { comments: undefined, src: OFFLINE },
};

/** Comments are closed on this story: it says so, and offers no Reply. */
export const Closed: Story = {
  args: { closed: true },
};

/**
 * A reader has just posted a comment that the site holds for moderation (a `<comment-form>` for the
 * same post fired `news-comment`): it shows at once in its place, marked, and is not counted.
 */
export const HeldJustPosted: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CommentListElement>('comment-list')!;
    await el.updateComplete;
    const comment = say(9, 'Rosa Delaney', 'Does the makerspace lend tools to take home? The tool library in Millbrook does: https://tools.example/', {
      parent: 4,
      minutes: 400,
      status: 'hold',
    });
    el.dispatchEvent(new CustomEvent('news-comment', { detail: { comment, status: 'hold', data: {} }, bubbles: true, composed: true }));
    await el.updateComplete;
  },
};

/** `avatars="initials"`: letters drawn by the list instead of avatar images, so no avatar host (Gravatar, for WordPress) is asked. */
export const InitialsInsteadOfAvatars: Story = {
  args: { avatars: 'initials' },
};

/** `avatars="none"`: no avatars at all; the text starts where they would have been. */
export const NoAvatars: Story = {
  args: { avatars: 'none' },
};

/** Arabic, right to left: threads indent from the right, dates and messages in Arabic. */
export const RightToLeft: Story = {
  args: { comments: ARABIC, lang: 'ar' },
};

/** In French, with French dates and messages. */
export const French: Story = {
  args: { comments: FRENCH, lang: 'fr' },
};

/** Its own dark surface (`theme="dark"`). */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="padding: 1rem; background: #0e0f12; color: #e6e6ea">${story()}</div>`],
};

/**
 * The list and a `<comment-form>` for the same post, as under an article: Reply points the form at a
 * comment ("Replying to NAME", with a way to cancel), and a comment sent from the form appears in
 * place (one with a link, or the word "moderate", is held for moderation).
 */
export const WithCommentForm: Story = {
  args: { comments: undefined, src: `${FAKE_COMMENTS}?post=2` },
  render: (args) => html`${list(args)}
    <div style="margin-block-start: 2rem">
      <comment-form action=${FAKE_COMMENTS} post-id=${ifDefined(args['post-id'])} format="wordpress" fields="comment name email" lang=${ifDefined(args.lang)}></comment-form>
    </div>`,
};

/** Every part the element documents, styled from outside with `::part()` (an outline of its own colour each), and listed below. */
export const StyledParts: Story = { decorators: [styledParts('comment-list')] };
