import { httpError, parseJsonText, request } from './http.js';
import type { NewsComment } from './model.js';
import { asCount, asId, asIsoDate, asPositiveInt, asRecord, getPath, htmlText, plainText, safeUrl } from './values.js';

/**
 * Sending one comment: the request body, the POST itself, and the server's answer read into the
 * normalized model. A POST shares the HTTP core with reading feeds, but not `fetchJson`'s sharing of
 * in-flight requests or reuse of recent answers, which are right for a feed and wrong for a comment.
 */

/** What the reader wrote, one string per field; a field the form does not show is left out. */
export interface CommentInput {
  comment?: string;
  name?: string;
  email?: string;
  url?: string;
}

/** `wordpress`: the `/wp-json/wp/v2/comments` body. `generic`: the same values under names of your choice. */
export type CommentFormat = 'wordpress' | 'generic';

/** The names WordPress gives a comment's values in a request. */
export type CommentKey = 'post' | 'parent' | 'author_name' | 'author_email' | 'author_url' | 'content';

/** Names to send each value under in the `generic` format, e.g. `{ content: 'text', author_name: 'name' }`. */
export type FieldNames = Partial<Record<CommentKey, string>>;

/** Each field under its WordPress name, in the order they are sent. */
const KEY_OF: ReadonlyArray<readonly [keyof CommentInput, CommentKey]> = [
  ['comment', 'content'],
  ['name', 'author_name'],
  ['email', 'author_email'],
  ['url', 'author_url'],
];

/** Where a comment goes, and in which shape. */
export interface CommentTarget {
  format?: CommentFormat;
  /** The article commented on (WordPress `post`). */
  postId?: number;
  /** The comment replied to; 0 for none. */
  parentId?: number;
  fieldNames?: FieldNames;
}

export interface SendOptions extends CommentTarget {
  headers?: Record<string, string>;
  /** Default `omit`: cookies go to a comment endpoint only when the page asks. */
  credentials?: RequestCredentials;
  /** Milliseconds before giving up (default 15 000). */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/** A comment the server took. */
export interface SentComment {
  /** `approved` (published), `hold` (awaiting moderation), or what else the server said (`spam`...). */
  status: string;
  comment: NewsComment;
  /** The server's answer as it came. */
  data: unknown;
}

export const SEND_TIMEOUT = 15_000;

/**
 * The JSON body: the given fields, trimmed, under their WordPress names (or the `generic` names), plus
 * the post and parent ids. A field left out is not sent, rather than sent empty.
 */
export function buildCommentBody(values: CommentInput, target: CommentTarget = {}): Record<string, string | number> {
  const rename = (key: CommentKey): string => (target.format === 'generic' ? target.fieldNames?.[key] || key : key);
  const body: Record<string, string | number> = {};
  if (target.postId !== undefined) body[rename('post')] = target.postId;
  body[rename('parent')] = target.parentId ?? 0;
  for (const [field, key] of KEY_OF) {
    const value = values[field];
    if (value !== undefined) body[rename(key)] = value.trim();
  }
  return body;
}

/**
 * Posts a comment. Resolves with what the server took; rejects with a `NewsError` otherwise (`http`
 * with the server's code, message and invalid parameters; `network`, `timeout` or `not-json`).
 */
export async function sendComment(url: string, values: CommentInput, options: SendOptions = {}): Promise<SentComment> {
  const response = await request(
    url,
    {
      method: 'POST',
      credentials: options.credentials ?? 'omit',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...options.headers },
      body: JSON.stringify(buildCommentBody(values, options)),
    },
    { timeout: options.timeout ?? SEND_TIMEOUT, ...(options.fetch ? { fetch: options.fetch } : {}) },
  );
  if (response.status < 200 || response.status > 299) throw httpError(response);
  // A 204, or a generic endpoint that answers with nothing: taken, with no details.
  const data = response.text.trim() === '' ? undefined : parseJsonText(response.text, url);
  return readSent(data, values, options);
}

const APPROVED = new Set(['approved', 'approve', '1']);
const HELD = new Set(['hold', 'unapproved', '0']);

/** The server's comment in the normalized shape; what it leaves out is filled from what was sent. */
function readSent(data: unknown, values: CommentInput, target: CommentTarget): SentComment {
  const record = asRecord(data) ?? {};
  const field = (key: CommentKey): unknown => {
    const renamed = target.format === 'generic' ? target.fieldNames?.[key] : undefined;
    return renamed && Object.hasOwn(record, renamed) ? record[renamed] : record[key];
  };
  const said = plainText(record.status).toLowerCase();
  // A server that says nothing about moderation is taken at its word that the comment is in.
  const status = said === '' || APPROVED.has(said) ? 'approved' : HELD.has(said) ? 'hold' : said;
  const content = getPath(record, 'content.rendered') ?? field('content');
  const comment: NewsComment = {
    id: asId(record.id) ?? '',
    authorName: htmlText(field('author_name')) || values.name?.trim() || '',
    contentHtml: typeof content === 'string' ? content : escapeHtml(values.comment?.trim() ?? ''),
    status,
  };
  const postId = asPositiveInt(field('post')) ?? target.postId;
  if (postId !== undefined) comment.postId = postId;
  comment.parent = asCount(field('parent')) ?? target.parentId ?? 0;
  const authorUrl = safeUrl(field('author_url'));
  if (authorUrl) comment.authorUrl = authorUrl;
  const date = asIsoDate(record.date_gmt) ?? asIsoDate(record.date);
  if (date) comment.date = date;
  return { status, comment, data };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

