import { getDefaults } from '../defaults.js';
import { CommentNotConfirmedError, isNoParent, SEND_TIMEOUT, type CommentParentId } from './comment-target.js';
import { NewsError, type NewsErrorCode } from './errors.js';
import { httpError } from './http-error.js';
import { parseJsonText, request, type HttpResponse } from './http.js';
import { largestAvatar } from './formats/adapter.js';
import type { NewsComment } from './model.js';
import { asId, asIsoDate, asPositiveInt, asRecord, getPath, htmlText, plainText, safeUrl } from './values.js';

export { CommentNotConfirmedError, isNoParent, SEND_TIMEOUT, type CommentParentId, type NotConfirmedReason } from './comment-target.js';

/**
 * Sending one comment: the request body, the POST itself, and the server's answer read into the
 * normalized model. A POST shares the HTTP core with reading feeds, but not `fetchJson`'s sharing of
 * in-flight requests or reuse of recent answers, which are right for a feed and wrong for a comment.
 *
 * A comment counts as taken only on evidence, per format:
 * - `wordpress` (`/wp-json/wp/v2/comments`): a 2xx whose body is a comment, an object with an `id`.
 * - `wordpress-classic` (`/wp-comments-post.php`, form-encoded): a redirect, which WordPress sends only
 *   after storing the comment; `?unapproved=ID` in the URL it ends at means held for moderation. A 200
 *   that did not redirect is WordPress's error page (its message is read as plain text). The endpoint
 *   sends no CORS headers, so on another origin than the page nothing is sent at all (see
 *   {@link sendComment}).
 * - `generic`: any 2xx, taken at its word (an empty body included): the widget cannot know the shape.
 */

/** What the reader wrote, one string per field; a field the form does not show is left out. */
export interface CommentInput {
  comment?: string;
  name?: string;
  email?: string;
  url?: string;
}

/**
 * `wordpress`: the `/wp-json/wp/v2/comments` JSON body. `wordpress-classic`: the form fields of
 * `/wp-comments-post.php`. `generic`: the JSON body under names of your choice.
 */
export type CommentFormat = 'wordpress' | 'wordpress-classic' | 'generic';

const FORMATS: readonly string[] = ['wordpress', 'wordpress-classic', 'generic'] satisfies CommentFormat[];

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

/** The field names of WordPress's own comment form, read by `/wp-comments-post.php`. */
const CLASSIC_NAMES: Record<CommentKey, string> = {
  post: 'comment_post_ID',
  parent: 'comment_parent',
  author_name: 'author',
  author_email: 'email',
  author_url: 'url',
  content: 'comment',
};

/** Whether a URL is WordPress's classic comment endpoint: its path ends in `/wp-comments-post.php`. */
export function isClassicEndpoint(url: string): boolean {
  try {
    return new URL(url, 'http://relative.invalid/').pathname.endsWith('/wp-comments-post.php');
  } catch {
    return false;
  }
}

/**
 * The format a comment to `url` is sent in: the one given, or when none (or an unknown one) is given,
 * `wordpress-classic` for a `/wp-comments-post.php` URL and `wordpress` for any other.
 */
export function commentFormat(url: string, format?: string): CommentFormat {
  if (format !== undefined && FORMATS.includes(format)) return format as CommentFormat;
  return isClassicEndpoint(url) ? 'wordpress-classic' : 'wordpress';
}

/** Where a comment goes, and in which shape. */
export interface CommentTarget {
  /** Default `wordpress` here; {@link sendComment} picks by URL (see {@link commentFormat}). */
  format?: CommentFormat;
  /** The article commented on (WordPress `post`). */
  postId?: number;
  /**
   * The comment replied to: any id (`42`, `"42"`, `"c-9f2e"`, a UUID); `0`, `""` or `"0"` for none. See
   * {@link parentValue} for how each format sends it.
   */
  parentId?: CommentParentId;
  fieldNames?: FieldNames;
}

/**
 * The parent as the endpoint expects it: none is `0` in every format; WordPress (REST and classic)
 * takes an integer, so a numeric id goes as a number; a `generic` endpoint gets the id as given (a string
 * stays a string: `"42"` may be a key there, not a number). A non-numeric id to WordPress goes as it is,
 * for WordPress to refuse in its own words.
 */
export function parentValue(parentId: CommentParentId | null | undefined, format: CommentFormat = 'wordpress'): string | number {
  if (isNoParent(parentId)) return 0;
  const id = typeof parentId === 'string' ? parentId.trim() : parentId!;
  if (format === 'generic') return id;
  return typeof id === 'string' && /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id;
}

export interface SendOptions extends CommentTarget {
  headers?: Record<string, string>;
  /** Default `omit`: cookies go to a comment endpoint only when the page asks. */
  credentials?: RequestCredentials;
  /** Milliseconds before giving up (default 15 000). */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /**
   * The origin of the page sending, against which a classic endpoint's origin is checked (default
   * `location.origin`; where there is no `location`, as in Node, which applies no CORS, no check).
   */
  pageOrigin?: string;
}

/** A comment the server took. */
export interface SentComment {
  /** `approved` (published), `hold` (awaiting moderation), or what else the server said (`spam`...). */
  status: string;
  /** For the classic endpoint, `id` is known only when the comment is held (WordPress puts it in the URL). */
  comment: NewsComment;
  /** The server's answer as it came; for the classic endpoint, the URL it redirected to. */
  data: unknown;
}

/**
 * The body: the given fields, trimmed, under their WordPress REST names (the `generic` names, or the
 * classic form's names: `comment`, `author`, `email`, `url`, `comment_post_ID`, `comment_parent`), plus
 * the post and parent ids. A field left out is not sent, rather than sent empty.
 */
export function buildCommentBody(values: CommentInput, target: CommentTarget = {}): Record<string, string | number> {
  const rename = (key: CommentKey): string =>
    target.format === 'generic' ? target.fieldNames?.[key] || key : target.format === 'wordpress-classic' ? CLASSIC_NAMES[key] : key;
  const body: Record<string, string | number> = {};
  if (target.postId !== undefined) body[rename('post')] = target.postId;
  body[rename('parent')] = parentValue(target.parentId, target.format);
  for (const [field, key] of KEY_OF) {
    const value = values[field];
    if (value !== undefined) body[rename(key)] = value.trim();
  }
  return body;
}

/** The classic form body, `application/x-www-form-urlencoded`. */
export function encodeCommentForm(values: CommentInput, target: CommentTarget = {}): URLSearchParams {
  const body = buildCommentBody(values, { ...target, format: 'wordpress-classic' });
  return new URLSearchParams(Object.entries(body).map(([name, value]) => [name, String(value)]));
}

/**
 * Posts a comment. Resolves with what the server took; rejects with a `NewsError` otherwise (`http`
 * with the server's code, message and invalid parameters; `network`, `timeout` or `not-json`), a
 * {@link CommentNotConfirmedError} when there is no evidence the comment was stored.
 *
 * A classic endpoint on another origin than the page is not posted to: its form POST needs no
 * preflight, so the browser would deliver it (WordPress may store the comment) and then hide the
 * answer for want of CORS headers; the reader, told nothing was confirmed, would send again and meet
 * "duplicate comment". The promise rejects at once instead, with nothing sent.
 */
export async function sendComment(url: string, values: CommentInput, options: SendOptions = {}): Promise<SentComment> {
  const target: SendOptions = { ...options, format: commentFormat(url, options.format) };
  if (target.format === 'wordpress-classic') return sendClassic(url, values, target);
  const response = await request(
    url,
    {
      method: 'POST',
      credentials: options.credentials ?? 'omit',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...options.headers },
      body: JSON.stringify(buildCommentBody(values, target)),
    },
    { timeout: options.timeout ?? SEND_TIMEOUT, ...(options.fetch ? { fetch: options.fetch } : {}) },
  );
  if (response.status < 200 || response.status > 299) throw httpError(response);
  if (target.format === 'generic') {
    // A 204, or a generic endpoint that answers with nothing: taken, with no details.
    const data = response.text.trim() === '' ? undefined : parseJsonText(response.text, url);
    return readSent(data, values, target, response.url);
  }
  return readSent(restComment(response), values, target, response.url);
}

/** The comment in a WordPress REST 2xx answer; without one, nothing says it was stored. */
function restComment(response: HttpResponse): unknown {
  const { url, status } = response;
  const unconfirmed = (code: NewsErrorCode, what: string, cause?: unknown): CommentNotConfirmedError =>
    new CommentNotConfirmedError('no-evidence', code, `HTTP ${status} from ${url} with ${what}, not a comment: nothing says it was stored`, {
      url,
      status,
      ...(cause === undefined ? {} : { cause }),
    });
  if (response.text.trim() === '') throw unconfirmed('not-json', 'an empty body');
  let data: unknown;
  try {
    data = parseJsonText(response.text, url, response.headers['content-type'] ?? '');
  } catch (error) {
    throw unconfirmed('not-json', 'a body that is not JSON', error);
  }
  if (asId(asRecord(data)?.id) === undefined) throw unconfirmed('unsupported-shape', 'JSON');
  return data;
}

/** What WordPress's classic endpoint answers with its own status, by that status (none other sends them). */
const CLASSIC_CODES: Record<number, string> = { 409: 'comment_duplicate', 429: 'comment_flood' };

async function sendClassic(url: string, values: CommentInput, target: SendOptions): Promise<SentComment> {
  const pageOrigin = target.pageOrigin ?? (globalThis as { location?: { origin?: string } }).location?.origin;
  const endpoint = new URL(url, 'http://relative.invalid/').origin;
  if (pageOrigin !== undefined && endpoint !== pageOrigin) {
    throw new CommentNotConfirmedError(
      'cross-origin',
      'network',
      `Not sent: ${url} is WordPress's classic comment endpoint on ${endpoint}, another origin than this page's (${pageOrigin}); it sends no CORS headers, so the browser would hide whether it stored the comment`,
      { url },
    );
  }
  // The HTTP core reads the body; whether a redirect was followed is on the Response itself. The page's own
  // fetch (configure({ fetch })) is used here too, as for every other request.
  const doFetch = target.fetch ?? getDefaults().fetch ?? globalThis.fetch.bind(globalThis);
  let redirected = false;
  const response = await request(
    url,
    {
      method: 'POST',
      credentials: target.credentials ?? 'omit',
      // `follow`: the URL it ends at is readable (`manual` gives an opaque redirect, status 0, no Location).
      redirect: 'follow',
      // Not JSON: WordPress answers an Accept of JSON with JSON errors, and the HTML page is its documented answer.
      headers: { Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', ...target.headers },
      body: encodeCommentForm(values, target).toString(),
    },
    {
      timeout: target.timeout ?? SEND_TIMEOUT,
      fetch: async (input, init) => {
        const raw = await doFetch(input, init);
        redirected = raw.redirected;
        return raw;
      },
    },
  );
  if (redirected) return classicStored(response.url, values, target);
  const message = wpDieMessage(response.text);
  const serverCode = CLASSIC_CODES[response.status];
  if (response.status >= 200 && response.status <= 299 && !message) {
    throw new CommentNotConfirmedError(
      'no-evidence',
      'unsupported-shape',
      `HTTP ${response.status} from ${url} without a redirect or an error message: nothing says the comment was stored`,
      { url, status: response.status },
    );
  }
  const summary = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`;
  throw new NewsError('http', message ? `${summary}: ${message}` : summary, {
    url,
    status: response.status,
    serverMessage: message,
    ...(serverCode ? { serverCode } : {}),
  });
}

/**
 * A comment WordPress stored, read from the URL its redirect ended at: `?unapproved=ID` is a held
 * comment. WordPress adds it only when the comment has an email (and the reader gave no cookie consent,
 * which this form never sends), so without an email a held comment cannot be told from a published
 * one: the form then says "awaiting moderation", the answer that promises less.
 */
function classicStored(finalUrl: string, values: CommentInput, target: CommentTarget): SentComment {
  const unapproved = queryParam(finalUrl, 'unapproved');
  const id = asPositiveInt(unapproved);
  const held = unapproved !== null || !values.email?.trim();
  const record = { id: id ?? '', status: held ? 'hold' : 'approved', author_url: values.url?.trim() ?? '' };
  return { ...readSent(record, values, target), data: finalUrl };
}

function queryParam(url: string, name: string): string | null {
  try {
    return new URL(url).searchParams.get(name);
  } catch {
    return null;
  }
}

/** Longest server message kept, as for a JSON error. */
const MAX_MESSAGE = 300;

/**
 * The message of a WordPress `wp_die()` answer, as plain text: the HTML page's `.wp-die-message` (else
 * the text of its `<body id="error-page">`), or the JSON one's `message`. A leading bold label such as
 * "Error:" is dropped: the form says that already. Empty when the body is neither.
 */
export function wpDieMessage(body: string): string {
  let html: string | undefined;
  if (/^\s*[{[]/.test(body)) {
    try {
      const message = asRecord(JSON.parse(body) as unknown)?.message;
      html = typeof message === 'string' ? message : undefined;
    } catch {
      html = undefined;
    }
  }
  html ??= between(body, /\bclass\s*=\s*["'][^"'<>]*\bwp-die-message\b/i, /<\/div>/i) ?? between(body, /<body\b[^<>]*\bid\s*=\s*["']?error-page\b/i, /<\/body>/i);
  if (html === undefined) return '';
  const text = html
    // WordPress's back link (outside `.wp-die-message`, inside the body).
    .replace(/<a href=["']javascript:history\.back\(\)["']>[^<]*<\/a>/gi, '')
    .replace(/^\s*(?:<p\b[^>]*>\s*)?<(strong|b)\b[^>]*>([^<]{1,40})<\/\1>\s*(:?)/i, (label, _tag, words: string, colon: string) =>
      colon || /[:：]\s*$/.test(words) ? '' : label,
    );
  return htmlText(text).slice(0, MAX_MESSAGE);
}

/**
 * The content of the element whose start tag `opener` finds, up to `closer` (or the end). Plain
 * searches rather than one pattern around the content, so a hostile page cannot make it backtrack.
 */
function between(html: string, opener: RegExp, closer: RegExp): string | undefined {
  const open = opener.exec(html);
  if (!open) return undefined;
  const start = html.indexOf('>', open.index + open[0].length);
  if (start === -1) return undefined;
  const rest = html.slice(start + 1);
  const end = rest.search(closer);
  return end === -1 ? rest : rest.slice(0, end);
}

const APPROVED = new Set(['approved', 'approve', '1']);
const HELD = new Set(['hold', 'unapproved', 'pending', '0']);

/**
 * The server's comment in the normalized shape; what it leaves out is filled from what was sent. Its
 * avatar and link are read as `<comment-list>` reads fetched comments (WordPress: the largest of
 * `author_avatar_urls`), relative ones against `base`, the URL that answered.
 */
function readSent(data: unknown, values: CommentInput, target: CommentTarget, base?: string): SentComment {
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
  // The parent as the server stored it, else as sent; an opaque id like `id`, absent for none.
  const parent = asId(field('parent')) ?? asId(target.parentId);
  if (parent !== undefined && !isNoParent(parent)) comment.parent = parent;
  const authorUrl = safeUrl(field('author_url'));
  if (authorUrl) comment.authorUrl = authorUrl;
  const avatar = largestAvatar(record.author_avatar_urls, base);
  if (avatar) comment.authorAvatar = avatar;
  const link = safeUrl(record.link, { base });
  if (link) comment.url = link;
  const date = asIsoDate(record.date_gmt) ?? asIsoDate(record.date);
  if (date) comment.date = date;
  return { status, comment, data };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

