import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/comment-form/define.js';
import type { CommentFormElement } from '../src/components/comment-form/comment-form.js';
import { answerFetch } from './fake-fetch.js';
import { styledParts } from './parts.js';

/**
 * Storybook has no comment server, so requests to this made-up origin are answered here, one outcome per
 * path; every other request goes out untouched. Each story points `action` at the outcome it shows.
 */
const FAKE_SERVER = 'https://comments.example/wp-json/wp/v2/comments';

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A WordPress-like 201: the posted comment back, with its moderation status. */
function created(status: 'approved' | 'hold', init?: RequestInit): Response {
  const sent = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
  return reply(201, {
    id: 101,
    post: sent.post,
    parent: sent.parent ?? 0,
    author_name: sent.author_name,
    date_gmt: new Date().toISOString().slice(0, 19),
    content: { rendered: `<p>${String(sent.content ?? '').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>\n` },
    status,
  });
}

const OUTCOMES: Record<string, (init?: RequestInit) => Promise<Response>> = {
  approved: async (init) => created('approved', init),
  held: async (init) => created('hold', init),
  closed: async () => reply(403, { code: 'rest_comment_closed', message: 'Sorry, comments are closed for this item.', data: { status: 403 } }),
  offline: async () => Promise.reject(new TypeError('Failed to fetch')),
  // Never answers: the form stays in its sending state.
  slow: () => new Promise<Response>(() => undefined),
};

answerFetch((url, init) => {
  if (!url.startsWith(FAKE_SERVER)) return undefined;
  const outcome = OUTCOMES[new URL(url).searchParams.get('outcome') ?? ''];
  return outcome ? outcome(init) : Promise.resolve(reply(404, { code: 'rest_no_route', message: 'No route was found.' }));
});

const endpoint = (outcome: keyof typeof OUTCOMES): string => `${FAKE_SERVER}?outcome=${outcome}`;

const SAMPLE = {
  comment: 'The new ferry timetable finally lines up with the morning trains. Thank you for explaining the changes so clearly.',
  name: 'Rosa Delaney',
  email: 'rosa@example.org',
  url: 'https://rosa.example',
};

type Values = Partial<typeof SAMPLE>;

/** Types into the form as a reader would, then optionally presses "Post comment". */
async function typeInto(canvas: HTMLElement, values: Values, submit = false): Promise<void> {
  const form = canvas.querySelector<CommentFormElement>('comment-form')!;
  await form.updateComplete;
  for (const [id, value] of Object.entries(values)) {
    const box = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
  if (submit) form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

interface CommentFormArgs {
  action: string;
  format: 'wordpress' | 'generic';
  'post-id': number;
  fields: string;
  optional: string;
  'min-submit-ms': number;
  heading?: string;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
}

const meta: Meta<CommentFormArgs> = {
  title: 'Widgets/comment-form',
  component: 'comment-form',
  args: {
    action: endpoint('approved'),
    format: 'wordpress',
    'post-id': 1,
    fields: 'comment name email url',
    optional: 'url',
    // The stories press "Post comment" for you at once; a reader gets the default 3 s bot check.
    'min-submit-ms': 0,
  },
  // Each story starts from what it says, not from a draft or a remembered name left by another one.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('news-widgets:')) localStorage.removeItem(key);
  },
  render: (args) =>
    html`<comment-form
      action=${args.action}
      format=${args.format}
      post-id=${args['post-id']}
      fields=${args.fields}
      optional=${args.optional}
      min-submit-ms=${args['min-submit-ms']}
      heading=${ifDefined(args.heading)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
    ></comment-form>`,
};

export default meta;
type Story = StoryObj<CommentFormArgs>;

/** The form as a reader first sees it. */
export const Empty: Story = {};

/** Every field filled in, ready to send. */
export const Filled: Story = {
  play: ({ canvasElement }) => typeInto(canvasElement, SAMPLE),
};

/** Sent with nothing filled in, then with a mistyped email: the reference page's messages, next to each field. */
export const Invalid: Story = {
  play: ({ canvasElement }) => typeInto(canvasElement, { name: 'Rosa Delaney', email: 'rosa@example' }, true),
};

/** While the server has not answered: the button is busy and the text cannot change under it. */
export const Sending: Story = {
  args: { action: endpoint('slow') },
  play: ({ canvasElement }) => typeInto(canvasElement, SAMPLE, true),
};

/** The server published the comment. */
export const SuccessApproved: Story = {
  args: { action: endpoint('approved') },
  play: ({ canvasElement }) => typeInto(canvasElement, SAMPLE, true),
};

/** The server took the comment for moderation. */
export const SuccessHeld: Story = {
  args: { action: endpoint('held') },
  play: ({ canvasElement }) => typeInto(canvasElement, SAMPLE, true),
};

/** The server refused: comments are closed on this story (WordPress `rest_comment_closed`). */
export const ServerError: Story = {
  args: { action: endpoint('closed') },
  play: ({ canvasElement }) => typeInto(canvasElement, SAMPLE, true),
};

/** No answer at all (offline): the comment stays, and the reader is told to try again. */
export const NetworkError: Story = {
  args: { action: endpoint('offline') },
  play: ({ canvasElement }) => typeInto(canvasElement, SAMPLE, true),
};

/** Arabic, right to left, after a submit with a missing name. */
export const RightToLeft: Story = {
  args: { lang: 'ar' },
  play: ({ canvasElement }) => typeInto(canvasElement, { comment: 'شكرًا على هذا التقرير الواضح عن مواعيد العبّارة الجديدة.', email: 'rosa@example.org' }, true),
};

/** Its own dark surface (`theme="dark"`), with an error showing. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="padding: 1rem; background: #0e0f12; color: #e6e6ea">${story()}</div>`],
  play: ({ canvasElement }) => typeInto(canvasElement, { ...SAMPLE, email: 'rosa@example' }, true),
};

/** Every part the element documents, styled from outside with `::part()` (an outline of its own colour each), and listed below. */
export const StyledParts: Story = { decorators: [styledParts('comment-form')] };
