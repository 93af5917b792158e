import { NewsError } from './errors.js';
import { fetchJson, type FetchOptions } from './fetch-json.js';
import { largestAvatar, parseAbsolute } from './formats/adapter.js';
import { guessItemsPath } from './formats/items-path.js';
import { firstOf, readField, type FieldGetter } from './formats/mapping.js';
import { clip } from './finish.js';
import type { CommentPage, NewsComment } from './model.js';
import { asArray, asCount, asId, asIsoDate, asPositiveInt, asRecord, getPath, htmlText, plainText, safeUrl } from './values.js';

/**
 * Reading the comments under an article: WordPress's comments endpoint (every page of it) or any JSON
 * through `items` + a comment mapping, every comment passing one finishing step (names as text, links
 * through the URL policy, dates checked), and the threading of replies by `parent`.
 */

/** Where each comment field is in each record; unnamed fields are looked for under their usual names. */
export interface CommentMapping {
  id?: FieldGetter;
  parent?: FieldGetter;
  postId?: FieldGetter;
  authorName?: FieldGetter;
  authorUrl?: FieldGetter;
  avatar?: FieldGetter;
  date?: FieldGetter;
  /** HTML (sanitized when shown). */
  content?: FieldGetter;
  url?: FieldGetter;
  status?: FieldGetter;
}

export interface CommentSourceOptions {
  /** Dot path to the array of comments in JSON of any shape (`.` for a root array). */
  items?: string;
  mapping?: CommentMapping;
}

const USUAL: Required<CommentMapping> = {
  id: firstOf('id', 'comment_ID', 'uuid', 'guid'),
  parent: firstOf('parent', 'parent_id', 'parentId', 'comment_parent', 'in_reply_to'),
  postId: firstOf('post', 'post_id', 'postId', 'comment_post_ID'),
  authorName: firstOf('author_name', 'author.name', 'authorName', 'author', 'name', 'user.name', 'comment_author'),
  authorUrl: firstOf('author_url', 'author.url', 'authorUrl', 'comment_author_url'),
  avatar: (record) => largestAvatar(getPath(record, 'author_avatar_urls'), undefined) ?? firstOf('authorAvatar', 'avatar', 'author.avatar', 'avatar_url', 'author.avatar_url', 'picture')(record),
  date: firstOf('date_gmt', 'date', 'created_at', 'createdAt', 'published', 'comment_date_gmt'),
  content: firstOf('content.rendered', 'contentHtml', 'content_html', 'content', 'body_html', 'body', 'html', 'text', 'message', 'comment_content'),
  url: firstOf('link', 'url', 'permalink', 'href'),
  status: firstOf('status', 'comment_approved'),
};

const MAX_NAME = 300;

/** Whether JSON is a WordPress comments collection (or one comment). */
export function isWordPressComments(json: unknown): boolean {
  const first = asRecord(Array.isArray(json) ? json[0] : json);
  return first !== undefined && 'author_name' in first && asRecord(first.content)?.rendered !== undefined;
}

/** A comment's `parent` as an opaque id; undefined for none (absent, `""`, or WordPress's `0`). */
export function parentId(value: unknown): string | undefined {
  const id = asId(value);
  return id === undefined || id === '0' ? undefined : id;
}

/**
 * A comment, finished: an id it can be anchored by, the author's name as plain text (an HTML name shows
 * as its text), links and avatar only through the URL policy, a valid date. Undefined without an id.
 */
export function finishComment(record: unknown, mapping: CommentMapping = {}, base?: string): NewsComment | undefined {
  const get = (field: keyof CommentMapping): unknown => readField(record, mapping[field], USUAL[field]);
  const id = asId(get('id'));
  if (!id) return undefined;
  const content = get('content');
  const comment: NewsComment = {
    id,
    authorName: clip(htmlText(get('authorName')), MAX_NAME),
    contentHtml: typeof content === 'string' ? content : '',
    status: plainText(get('status')).toLowerCase() || 'approved',
  };
  const parent = parentId(get('parent'));
  if (parent !== undefined && parent !== id) comment.parent = parent;
  const postId = asPositiveInt(get('postId'));
  if (postId !== undefined) comment.postId = postId;
  const authorUrl = safeUrl(get('authorUrl'), { base });
  if (authorUrl) comment.authorUrl = authorUrl;
  const avatar = safeUrl(get('avatar'), { base });
  if (avatar) comment.authorAvatar = avatar;
  const date = asIsoDate(get('date'));
  if (date) comment.date = date;
  const url = safeUrl(get('url'), { base });
  if (url) comment.url = url;
  return comment;
}

/**
 * Reads comments from JSON in hand: WordPress's shape, or any other through `items` + `mapping`.
 * Throws `NewsError('unsupported-shape')` when no list of comments can be found. Duplicate ids keep the first.
 */
export function readComments(json: unknown, options: CommentSourceOptions = {}, base?: string): CommentPage {
  const path = options.items ?? (Array.isArray(json) || isWordPressComments(json) ? '.' : guessItemsPath(json));
  if (path === undefined) {
    throw new NewsError('unsupported-shape', `Could not read comments from ${base ?? 'the data'}: no list of comments was found; set \`items\` to its path`);
  }
  const found = getPath(json, path);
  const records = Array.isArray(found) ? found : asRecord(found) ? [found] : [];
  const seen = new Set<string>();
  const comments: NewsComment[] = [];
  for (const record of records) {
    const comment = finishComment(record, options.mapping, base);
    if (!comment || seen.has(comment.id)) continue;
    seen.add(comment.id);
    comments.push(comment);
  }
  return { comments };
}

/** Comments from app input (`.comments`), finished like fetched ones. */
export function finishCommentInput(input: unknown): NewsComment[] {
  return readComments(asArray(input)).comments;
}

/** At most this many pages are read (10,000 comments at 100 a page): a bound, not a limit any real discussion meets. */
const MAX_PAGES = 100;
/** Pages requested at once after the first. */
const PARALLEL = 4;

export interface LoadCommentsOptions extends CommentSourceOptions, FetchOptions {
  /** `asc` (oldest first, default) or `desc`. */
  order?: 'asc' | 'desc';
}

/** WordPress's comments endpoint (`/wp/v2/comments`, also through `?rest_route=`). */
function isWordPressEndpoint(url: URL): boolean {
  return /\/wp\/v2\/comments\/?$/.test(url.pathname) || /\/wp\/v2\/comments\/?$/.test(url.searchParams.get('rest_route') ?? '');
}

/**
 * Loads every comment of a source. A WordPress comments endpoint is read whole: 100 a page, the first
 * page's `X-WP-TotalPages` says how many more, and those are fetched a few at a time, in the order asked
 * for (`order`, oldest first by default, as WordPress themes show them).
 */
export async function loadComments(url: string, options: LoadCommentsOptions = {}): Promise<CommentPage> {
  const parsed = parseAbsolute(url);
  const wordpress = parsed !== undefined && isWordPressEndpoint(parsed) && !options.items;
  if (!wordpress || !parsed) {
    const response = await fetchJson(url, options);
    return readComments(response.data, options, response.url);
  }
  if (!parsed.searchParams.has('per_page')) parsed.searchParams.set('per_page', '100');
  parsed.searchParams.set('order', options.order ?? 'asc');
  // Threads are drawn from `parent`; the order within each thread follows the order asked for.
  if (!parsed.searchParams.has('orderby')) parsed.searchParams.set('orderby', 'date_gmt');
  const first = await fetchJson(parsed.href, options);
  const pages = Math.min(MAX_PAGES, asPositiveInt(first.headers['x-wp-totalpages']) ?? 1);
  const bodies: unknown[][] = [asArray(first.data)];
  for (let next = 2; next <= pages; next += PARALLEL) {
    const batch = Array.from({ length: Math.min(PARALLEL, pages - next + 1) }, (_, i) => {
      const page = new URL(parsed);
      page.searchParams.set('page', String(next + i));
      return fetchJson(page.href, options).then((response) => asArray(response.data));
    });
    bodies.push(...(await Promise.all(batch)));
  }
  const page = readComments(bodies.flat(), options, first.url);
  const total = asCount(first.headers['x-wp-total']);
  if (total !== undefined) page.total = total;
  return page;
}

/** One comment in a thread: how deep it is drawn, its replies, and whom it answers when drawn flat. */
export interface CommentNode {
  comment: NewsComment;
  /** 0 for a top-level comment; never more than `maxDepth - 1`. */
  depth: number;
  /** The name of the author answered, for a reply drawn at the last level below one it does not follow directly. */
  replyTo?: string;
  replies: CommentNode[];
}

/**
 * Threads comments by `parent` (ids compared as strings, whatever they look like): each reply inside the comment it answers, up to `maxDepth` levels; a
 * deeper reply stays at the last level, right after the comment it answers, and says whom it answers. A
 * reply whose parent is unknown or itself goes to the top level, and so does each comment of a chain of
 * parents that loops. Siblings keep the given order. No recursion, and linear time: ten thousand comments
 * in one chain are fine.
 */
export function threadComments(comments: readonly NewsComment[], maxDepth = 4): CommentNode[] {
  const depthLimit = Math.max(1, Math.floor(Number.isFinite(maxDepth) ? maxDepth : 4));
  const byId = new Map<string, NewsComment>();
  for (const comment of comments) if (!byId.has(comment.id)) byId.set(comment.id, comment);
  const parentOf = (comment: NewsComment): NewsComment | undefined => {
    const parent = comment.parent === undefined ? undefined : byId.get(String(comment.parent));
    return parent === comment ? undefined : parent;
  };
  // Each chain of parents is walked once; where it comes back on itself, the comments of the loop are cut loose.
  const walked = new Set<string>();
  const cut = new Set<string>();
  for (const start of byId.values()) {
    const path: NewsComment[] = [];
    const at = new Map<string, number>();
    for (let current = parentOf(start) === undefined ? undefined : start; current && !walked.has(current.id); current = parentOf(current)) {
      const seen = at.get(current.id);
      if (seen !== undefined) {
        for (const member of path.slice(seen)) cut.add(member.id);
        break;
      }
      at.set(current.id, path.length);
      path.push(current);
    }
    for (const comment of path) walked.add(comment.id);
    walked.add(start.id);
  }
  const repliesTo = new Map<string, NewsComment[]>();
  const roots: NewsComment[] = [];
  for (const comment of byId.values()) {
    const parent = cut.has(comment.id) ? undefined : parentOf(comment);
    if (!parent) {
      roots.push(comment);
      continue;
    }
    const list = repliesTo.get(parent.id);
    if (list) list.push(comment);
    else repliesTo.set(parent.id, [comment]);
  }
  // Depth first, so a reply drawn flat at the last level lands right after what it answers.
  const top: CommentNode[] = [];
  const stack: Array<{ comment: NewsComment; depth: number; into: CommentNode[]; replyTo?: string }> = roots
    .map((comment) => ({ comment, depth: 0, into: top }))
    .reverse();
  while (stack.length > 0) {
    const task = stack.pop()!;
    const node: CommentNode = { comment: task.comment, depth: task.depth, replies: [] };
    if (task.replyTo !== undefined) node.replyTo = task.replyTo;
    task.into.push(node);
    const replies = repliesTo.get(task.comment.id) ?? [];
    const nested = task.depth + 1 < depthLimit;
    for (let i = replies.length - 1; i >= 0; i -= 1) {
      stack.push(
        nested
          ? { comment: replies[i]!, depth: task.depth + 1, into: node.replies }
          : { comment: replies[i]!, depth: task.depth, into: task.into, replyTo: task.comment.authorName },
      );
    }
  }
  return top;
}

/** The number of comments in threads, counting every reply. */
export function countThread(nodes: readonly CommentNode[]): number {
  let count = 0;
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    count += 1;
    stack.push(...node.replies);
  }
  return count;
}
