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

/**
 * An avatar from the demo API's picture route (initials on a colour), as the other stories' pictures.
 * Avatars pass the URL policy (http(s) only, so no `data:` URL), and only `npm run storybook`'s dev
 * server has that route: `hasAvatars()` asks once, and without it the stories leave avatars out, so the
 * list draws its own empty circles rather than broken images.
 */
const avatar = (key: string): string => `${location.origin}/demo-media/avatar-${key}.svg?w=96&h=96`;

let avatarsServed: Promise<boolean> | undefined;
const hasAvatars = (): Promise<boolean> =>
  (avatarsServed ??= fetch(avatar('probe'), { method: 'HEAD' }).then(
    (response) => response.ok && (response.headers.get('content-type') ?? '').includes('svg'),
    () => false,
  ));
let showAvatars = false;

/** The comments as the stories hand them in: without avatars where none are served. */
const faces = (comments: NewsComment[] | undefined): NewsComment[] | undefined =>
  showAvatars || !comments ? comments : comments.map(({ authorAvatar: _avatar, ...comment }) => comment);

const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const STORY_URL = 'https://alder-bay.example/news/northgate-library-reopens/';
const PUBLISHED = Date.parse('2026-11-17T09:15:00Z');

interface Said {
  /** Whom it answers (an id of this list), 0 for none. */
  parent?: number;
  minutes: number;
  /** A Latin key for the avatar, for names in other scripts. */
  face?: string;
  site?: string;
  status?: string;
  post?: number;
}

/** A comment in the normalized shape, `minutes` after the story went up. */
function say(id: number, name: string, text: string, { parent = 0, minutes, face, site, status = 'approved', post = 2 }: Said): NewsComment {
  return {
    id: String(id),
    parent,
    postId: post,
    authorName: name,
    ...(site ? { authorUrl: site } : {}),
    authorAvatar: avatar(face ?? slug(name)),
    date: new Date(PUBLISHED + minutes * 60_000).toISOString(),
    contentHtml: text
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>\n`)
      .join(''),
    url: `${STORY_URL}#comment-${id}`,
    status,
  };
}

/** Readers on "Northgate library reopens with a makerspace and longer hours": three conversations. */
const DISCUSSION: NewsComment[] = [
  say(1, 'Wyn Carrow', 'Two years of walking to the community centre with a bag of returns, and it was worth the wait. The light in the top-floor reading room is lovely now.', { minutes: 42 }),
  say(2, 'Esther Blakely', 'It really is. They kept the old oak shelves as well, which I did not expect.', { parent: 1, minutes: 77, site: 'https://esther-reads.example/' }),
  say(3, 'Wyn Carrow', 'Someone on the staff told me the shelves went off to a joiner in Millbrook for the whole two years.', { parent: 2, minutes: 95 }),
  say(4, 'Omar Feld', 'Has anyone booked the makerspace yet? I would like to bring a sewing machine that has not run since about 1998.', { minutes: 130 }),
  say(5, 'Rosa Delaney', 'Booked it on Tuesday. The hourly slots go fast in the evenings, so go for a morning if you can. The staff member on duty helped me rethread mine.', { parent: 4, minutes: 188 }),
  say(6, 'Omar Feld', 'Good to know, thank you. A morning it is.', { parent: 5, minutes: 203 }),
  say(7, 'Priya Achterberg', 'The <a href="https://alder-bay.example/libraries/opening-hours/">opening hours page</a> still says 6pm on Thursdays. Is it 8pm or not?', { minutes: 260 }),
  say(8, 'Northgate Library', 'It is 8pm, Monday to Thursday. Thank you for spotting it: the page is being corrected today.', { parent: 7, minutes: 301, site: 'https://alder-bay.example/libraries/northgate/' }),
];

/** One conversation that goes back and forth, deeper than `max-depth` lets it nest. */
const BACK_AND_FORTH: NewsComment[] = [
  ['Joss Whitlow', 'Evening opening is great, but why only until Thursday? Friday is when most of us have the time.'],
  ['Mira Santos', 'Staffing, I would guess. Four late evenings is already more than any other branch gets.'],
  ['Joss Whitlow', 'Then swap Monday for Friday. Nobody goes to the library on a Monday night.'],
  ['Mira Santos', 'I do! Monday is the only evening my shift finishes early.'],
  ['Joss Whitlow', 'Fair enough. Maybe the answer is a survey rather than the two of us guessing.'],
  ['Mira Santos', 'There is one at the front desk until the end of the month. Paper forms, but they read every one.'],
  ['Joss Whitlow', 'Then I will fill one in on Thursday evening, while it is still open.'],
].map(([name, text], i) => say(20 + i, name!, text!, { parent: i === 0 ? 0 : 19 + i, minutes: 60 + i * 35 }));

/** Short comments of their own, more than one screen's worth. */
const MANY: NewsComment[] = [
  ['Hal Brennan', 'The lift makes all the difference for my dad. Thank you.'],
  ['Ada Quill', 'Is the local history room open yet, or still in storage?'],
  ['Sunita Rao', 'Children’s corner by the garden is a brilliant idea.'],
  ['Tom Ellery', 'Parking is still impossible on Mill Street on a weekday.'],
  ['Greta Nyland', 'Came for the 3D printer, stayed for the quiet floor.'],
  ['Ivo Marsh', 'Please keep the Saturday story time, it is the best hour of our week.'],
  ['Lena Cobb', 'Heating works properly at last. Remember the winter of 2023?'],
].map(([name, text], i) => say(40 + i, name!, text!, { minutes: 20 + i * 40 }));

/** Original Arabic sample comments, for the right-to-left layout. */
const ARABIC: NewsComment[] = [
  say(60, 'سلمى حداد', 'أخيرًا عادت المكتبة! ابنتي تسأل عنها كل أسبوع منذ أن أُغلقت.', { minutes: 50, face: 'salma-haddad' }),
  say(61, 'يوسف القاسم', 'هل يحتاج نادي الواجبات المدرسية إلى تسجيل مسبق؟', { parent: 60, minutes: 85, face: 'yusuf-alqasim' }),
  say(62, 'سلمى حداد', 'لا، يكفي الحضور قبل الرابعة عصرًا.', { parent: 61, minutes: 110, face: 'salma-haddad' }),
  say(63, 'ليلى منصور', 'الطابق الهادئ رائع للمذاكرة، لكن المقاعد قليلة في المساء.', { minutes: 240, face: 'layla-mansour' }),
];

/** Original French sample comments. */
const FRENCH: NewsComment[] = [
  say(70, 'Camille Roux', 'Enfin rouverte ! Les horaires du soir vont changer la vie de celles et ceux qui travaillent en journée.', { minutes: 35 }),
  say(71, 'Hugo Lefèvre', 'Tout à fait d’accord. Reste à savoir si l’atelier sera ouvert le week-end.', { parent: 70, minutes: 70 }),
  say(72, 'Camille Roux', 'D’après l’accueil, oui : le samedi matin, sur réservation.', { parent: 71, minutes: 98 }),
  say(73, 'Inès Marchand', 'Bravo à l’équipe pour le fonds d’histoire locale, j’ai hâte de le retrouver.', { minutes: 300 }),
];

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
    ...(showAvatars && comment.authorAvatar ? { author_avatar_urls: { 24: comment.authorAvatar, 48: comment.authorAvatar, 96: comment.authorAvatar } } : {}),
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
      face: slug(String(sent.author_name ?? '')) || 'anonymous',
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
    .comments=${faces(args.comments)}
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
  loaders: [
    async () => {
      showAvatars = await hasAvatars();
      return {};
    },
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
