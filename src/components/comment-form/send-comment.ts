import { NewsError, type NewsErrorCode, type NewsErrorDetails } from '../../data/errors.js';
import { parseJsonText } from '../../data/fetch-json.js';
import type { NewsComment } from '../../data/model.js';
import { asCount, asId, asIsoDate, asPositiveInt, asRecord, getPath, htmlText, plainText, safeUrl } from '../../data/values.js';
import type { MessageKey } from '../../i18n/messages.js';
import { COMMENT_FIELDS, type CommentField, type CommentValues } from './validate.js';

/**
 * Sending one comment: the request body, the POST itself, and what the answer means for the reader.
 * Everything but `sendComment` is pure. A POST does not go through `fetchJson`: sharing an in-flight
 * request or reusing a recent answer is right for reading a feed and wrong for posting a comment.
 */

/** `wordpress`: the `/wp-json/wp/v2/comments` body. `generic`: the same values under names of your choice. */
export type CommentFormat = 'wordpress' | 'generic';

/** The names WordPress gives a comment's values in a request. */
export type CommentKey = 'post' | 'parent' | 'author_name' | 'author_email' | 'author_url' | 'content';

/** Names to send each value under in the `generic` format, e.g. `{ content: 'text', author_name: 'name' }`. */
export type FieldNames = Partial<Record<CommentKey, string>>;

const KEY_OF: Record<CommentField, CommentKey> = { comment: 'content', name: 'author_name', email: 'author_email', url: 'author_url' };

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
 * A comment that was not taken. Besides the `NewsError` facts, the request parameters the server named
 * as invalid (WordPress `rest_invalid_param` lists them in `data.params`).
 */
export class CommentError extends NewsError {
  readonly invalidParams: readonly string[];

  constructor(code: NewsErrorCode, message: string, details: NewsErrorDetails = {}, invalidParams: readonly string[] = []) {
    super(code, message, details);
    this.invalidParams = invalidParams;
  }
}

/**
 * The JSON body: the shown fields, trimmed, under their WordPress names (or the `generic` names), plus
 * the post and parent ids. A hidden field is left out rather than sent empty.
 */
export function buildCommentBody(values: Partial<CommentValues>, target: CommentTarget = {}): Record<string, string | number> {
  const rename = (key: CommentKey): string => (target.format === 'generic' ? target.fieldNames?.[key] || key : key);
  const body: Record<string, string | number> = {};
  if (target.postId !== undefined) body[rename('post')] = target.postId;
  body[rename('parent')] = target.parentId ?? 0;
  for (const field of COMMENT_FIELDS) {
    const value = values[field];
    if (value !== undefined) body[rename(KEY_OF[field])] = value.trim();
  }
  return body;
}

/** Posts a comment. Resolves with what the server took; rejects with a `CommentError` otherwise. */
export async function sendComment(url: string, values: Partial<CommentValues>, options: SendOptions = {}): Promise<SentComment> {
  const timeout = options.timeout ?? SEND_TIMEOUT;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let status: number;
  let text: string;
  try {
    const response = await doFetch(url, {
      method: 'POST',
      credentials: options.credentials ?? 'omit',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...options.headers },
      body: JSON.stringify(buildCommentBody(values, options)),
      signal: AbortSignal.timeout(timeout),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
    throw new CommentError(
      timedOut ? 'timeout' : 'network',
      timedOut ? `No answer from ${url} within ${Math.round(timeout / 1000)} s` : `Could not reach ${url} (offline, blocked, or not allowed by CORS)`,
      { url, cause: error },
    );
  }
  if (status < 200 || status > 299) throw refusal(status, text, url);
  // A 204, or a generic endpoint that answers with nothing: taken, with no details.
  const data = text.trim() === '' ? undefined : parseJsonText(text, url);
  return readSent(data, values, options);
}

/** An error answer, read the WordPress way (`{code, message, data: {params}}`) or the usual API ways. */
function refusal(status: number, text: string, url: string): CommentError {
  let body: Record<string, unknown> | undefined;
  try {
    body = asRecord(parseJsonText(text, url));
  } catch {
    body = undefined;
  }
  const serverCode = plainText(body?.code) || plainText(getPath(body, 'error.code'));
  const serverMessage = (htmlText(body?.message) || htmlText(body?.error) || htmlText(getPath(body, 'error.message'))).slice(0, 300);
  const params = Object.keys(asRecord(getPath(body, 'data.params')) ?? {});
  const summary = `HTTP ${status} from ${url}${serverMessage ? `: ${serverMessage}` : ''}`;
  return new CommentError('http', summary, { url, status, serverCode, serverMessage }, params);
}

const APPROVED = new Set(['approved', 'approve', '1']);
const HELD = new Set(['hold', 'unapproved', '0']);

/** The server's comment in the normalized shape; what it leaves out is filled from what was sent. */
function readSent(data: unknown, values: Partial<CommentValues>, target: CommentTarget): SentComment {
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

/** What to tell the reader about a comment that was not taken. */
export interface SendFailure {
  /** The message for the form's alert. */
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Messages to show next to particular fields. */
  fields?: Partial<Record<CommentField, MessageKey>>;
}

/** WordPress refusals that concern the comment as a whole. */
const REFUSALS: Record<string, MessageKey> = {
  rest_comment_content_invalid: 'serverContentInvalid',
  rest_comment_author_data_required: 'serverAuthorRequired',
  comment_duplicate: 'serverDuplicate',
  comment_flood: 'serverFlood',
  rest_comment_login_required: 'serverLoginRequired',
  rest_comment_closed: 'serverClosed',
  rest_comment_invalid_post_id: 'serverInvalidPost',
  rest_comment_draft_post: 'serverInvalidPost',
  rest_comment_trash_post: 'serverInvalidPost',
  rest_cannot_read_post: 'serverInvalidPost',
  rest_post_invalid_id: 'serverInvalidPost',
};

/** `wp_check_comment_data_max_lengths()` codes, by field. */
const TOO_LONG: Record<string, CommentField> = {
  comment_content_column_length: 'comment',
  comment_author_column_length: 'name',
  comment_author_email_column_length: 'email',
  comment_author_url_column_length: 'url',
};

/** `rest_invalid_param` parameters that belong to a field, and the message that field shows. */
const INVALID_PARAM: Record<string, [CommentField, MessageKey]> = {
  content: ['comment', 'serverContentInvalid'],
  author_name: ['name', 'nameRequired'],
  author_email: ['email', 'emailInvalid'],
  author_url: ['url', 'urlInvalid'],
};

/**
 * Maps a failure to a message: known WordPress codes to their own words, field errors to the field,
 * anything else the server explained to that explanation (as plain text), and everything that never
 * got an answer (offline, timeout, a page instead of JSON, a bare 5xx) to "kept, please try again".
 */
export function describeFailure(error: NewsError): SendFailure {
  if (error.code !== 'http') return { key: 'sendFailed' };
  const code = error.serverCode ?? '';
  const whole = REFUSALS[code];
  if (whole) return { key: whole };
  const longField = TOO_LONG[code];
  if (longField) return { key: 'serverTooLong', fields: { [longField]: 'serverFieldTooLong' } };
  if (code === 'rest_invalid_param' && error instanceof CommentError) {
    const fields: Partial<Record<CommentField, MessageKey>> = {};
    for (const param of error.invalidParams) {
      const known = INVALID_PARAM[param];
      if (known) fields[known[0]] = known[1];
      else if (param === 'post') return { key: 'serverInvalidPost' };
    }
    const count = Object.keys(fields).length;
    if (count > 0) return { key: 'fixErrors', params: { n: count }, fields };
  }
  if (error.serverMessage) return { key: 'serverOther', params: { message: error.serverMessage } };
  return { key: 'sendFailed' };
}
