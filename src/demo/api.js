// @ts-check
/**
 * The demo news API that `npm start` and the browser tests serve: an in-memory imitation of the
 * WordPress REST API v2 (posts, categories, tags, comments) over the sample articles in `posts.js`,
 * WordPress's classic comment endpoint (`/wp-comments-post.php`) and the article pages it redirects to,
 * the same articles as a JSON Feed and in a made-up custom shape, and generated SVG pictures.
 *
 * Plain Node, no dependencies: it works on `http.IncomingMessage`/`ServerResponse`, so a bare
 * `http.createServer`, Vite (connect) and Koa (`ctx.req`/`ctx.res`) can all mount it.
 */
import { createHash } from 'node:crypto';
import { AUTHORS, CATEGORIES, POSTS, SEED_COMMENTS, SITE, TAGS, slugify } from './posts.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./posts.js').Post} Post */
/** @typedef {import('./posts.js').Category | import('./posts.js').Tag} Term */
/** @typedef {Omit<import('./posts.js').SeedComment, 'date'> & { time: number }} StoredComment */
/**
 * What a handler answers; `body` is JSON unless `type` says otherwise.
 * @typedef {{ status?: number, body?: unknown, type?: string, headers?: Record<string, string> }} Reply
 */
/**
 * @typedef {object} Store
 * @property {StoredComment[]} comments
 * @property {number} nextId
 * @property {number} floodMs
 */
/**
 * @typedef {object} Context
 * @property {Request} req
 * @property {RegExpExecArray} match The route's match on the path.
 * @property {Record<string, string>} query `name[]=a&name[]=b` arrives as `name: 'a,b'`.
 * @property {string} origin `http://` and the request's Host, for absolute links.
 * @property {Store} store
 * @property {(posts?: number[]) => void} reset
 */
/** @typedef {(context: Context) => Reply | Promise<Reply>} Handler */
/** @typedef {{ post: number, parent: number, author_name: string, author_email: string, author_url: string, content: string }} CommentInput */

const JSON_TYPE = 'application/json; charset=UTF-8';
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages',
};
/**
 * Featured image sizes as WordPress generates them, [width, height]; `full` is the original.
 * @type {Record<'thumbnail' | 'medium' | 'large' | 'full', [number, number]>}
 */
const MEDIA_SIZES = { thumbnail: [150, 150], medium: [300, 200], large: [1024, 683], full: [1600, 1067] };
const AVATAR_SIZES = [24, 48, 96];
const FEED_PAGE_SIZE = 6;
const MAX_BODY_BYTES = 1 << 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** New comments with a link or the word "moderate" wait for moderation, so the demo shows both outcomes. */
const NEEDS_MODERATION = /http|\bmoderate\b/i;
const TOO_LONG = 'Comment field exceeds maximum length allowed.';

/** A WordPress-style error: `{ code, message, data: { status, ... } }`. */
class RestError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {Record<string, unknown>} [data]
   */
  constructor(status, code, message, data = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.data = data;
  }

  /** @returns {Reply} */
  get reply() {
    return { status: this.status, body: { code: this.code, message: this.message, data: { status: this.status, ...this.data } } };
  }
}

/** @param {string} name @param {string} problem */
const invalidParam = (name, problem) =>
  new RestError(400, 'rest_invalid_param', `Invalid parameter(s): ${name}`, { params: { [name]: problem } });

/** @param {{ author_email: string }} a @param {{ author_email: string }} b */
const sameEmail = (a, b) => a.author_email !== '' && a.author_email.toLowerCase() === b.author_email.toLowerCase();

/**
 * The same text on the same post and parent, by the same name or email: WordPress's duplicate check.
 * @param {CommentInput} c @param {Store} store
 */
const isDuplicate = (c, store) =>
  store.comments.some((o) => o.post === c.post && o.parent === c.parent && o.content === c.content && (o.author_name === c.author_name || sameEmail(o, c)));

/** Another comment from the same email within the flood window. @param {CommentInput} c @param {Store} store @param {number} now */
const isFlood = (c, store, now) => store.comments.some((o) => sameEmail(o, c) && o.time <= now && now - o.time < store.floodMs);

/** @template {{ id: number }} T @param {T[]} items */
const byId = (items) => new Map(items.map((item) => [item.id, item]));
const POST_BY_ID = byId(POSTS);
const AUTHOR_BY_ID = byId(AUTHORS);
const CATEGORY_BY_ID = byId(CATEGORIES);
const TAG_BY_ID = byId(TAGS);

/**
 * The checks WordPress makes, in its order, before it stores an anonymous comment (after the
 * parameters themselves are valid): [status, code, message, broken?].
 * @type {Array<[number, string, string, (input: CommentInput, store: Store, now: number) => boolean]>}
 */
const COMMENT_RULES = [
  [403, 'rest_comment_invalid_post_id', 'Sorry, you are not allowed to create this comment without a post.', (c) => c.post === 0],
  [403, 'rest_comment_invalid_post_id', 'Sorry, you are not allowed to create a comment on this post.', (c) => !POST_BY_ID.has(c.post)],
  [403, 'rest_comment_closed', 'Sorry, comments are closed for this item.', (c) => POST_BY_ID.get(c.post)?.commentStatus !== 'open'],
  [400, 'rest_comment_content_invalid', 'Invalid comment content.', (c) => c.content === ''],
  [400, 'rest_comment_author_data_required', 'Creating a comment requires valid author name and email values.', (c) => !c.author_name || !c.author_email],
  // wp_check_comment_data_max_lengths() counts UTF-8 bytes for all four (`mb_strlen($value, '8bit')` for
  // the name and content, `strlen()` for the email and URL), against wp_get_comment_fields_max_lengths().
  [400, 'comment_author_column_length', TOO_LONG, (c) => Buffer.byteLength(c.author_name) > 245],
  [400, 'comment_author_email_column_length', TOO_LONG, (c) => Buffer.byteLength(c.author_email) > 100],
  [400, 'comment_author_url_column_length', TOO_LONG, (c) => Buffer.byteLength(c.author_url) > 200],
  [400, 'comment_content_column_length', TOO_LONG, (c) => Buffer.byteLength(c.content) > 65525],
  [409, 'comment_duplicate', 'Duplicate comment detected; it looks as though you\u2019ve already said that!', (c, store) => isDuplicate(c, store)],
  [400, 'comment_flood', 'You are posting comments too quickly. Slow down.', (c, store, now) => isFlood(c, store, now)],
];

/**
 * @template T
 * @param {T[]} items
 * @param {(item: T) => string | number} key
 * @param {string} order `asc` or `desc`
 */
function sortBy(items, key, order) {
  const sign = order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -sign : x > y ? sign : 0;
  });
}

const POSTS_BY_DATE = sortBy(POSTS, (post) => post.date, 'desc');

/** @type {Record<string, (post: Post) => string | number>} */
const POST_ORDERS = {
  date: (post) => post.date,
  modified: (post) => post.modified,
  id: (post) => post.id,
  title: (post) => post.title.toLowerCase(),
  slug: (post) => post.slug,
  views: (post) => post.views,
};

/**
 * The id lists `/posts` can be filtered by.
 * @type {Record<string, (post: Post) => number[]>} */
const POST_ID_FILTERS = {
  include: (post) => [post.id],
  author: (post) => [post.author],
  categories: (post) => post.categories,
  tags: (post) => post.tags,
};

// ---- parameters -------------------------------------------------------------------------------

/**
 * An integer parameter, checked the way WordPress checks its schema.
 * @param {unknown} value
 * @param {string} name
 * @param {number} fallback
 */
function intParam(value, name, fallback, min = 0, max = Infinity) {
  if (value === undefined || value === null || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number)) throw invalidParam(name, `${name} is not of type integer.`);
  if (number < min || number > max) {
    const range = max === Infinity ? `greater than or equal to ${min}` : `between ${min} (inclusive) and ${max} (inclusive)`;
    throw invalidParam(name, `${name} must be ${range}`);
  }
  return number;
}

/** @param {unknown} value @param {string} name @param {string[]} allowed */
function oneOf(value, name, allowed) {
  if (value === undefined || value === '') return allowed[0] ?? '';
  if (typeof value === 'string' && allowed.includes(value)) return value;
  throw invalidParam(name, `${name} is not one of ${allowed.join(', ')}.`);
}

/** A comma-separated (or JSON array) list of ids, undefined when absent. @param {unknown} value @param {string} name */
function idList(value, name) {
  if (value === undefined || value === '') return undefined;
  const parts = Array.isArray(value) ? value : String(value).split(',');
  return parts.map((part) => intParam(String(part).trim(), name, 0));
}

/** @param {unknown} value */
const text = (value) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** Query parameters, with `name[]=a&name[]=b` folded into `name: 'a,b'`. @param {URL} url */
function queryParams(url) {
  /** @type {Record<string, string>} */
  const params = {};
  for (const [key, value] of url.searchParams) {
    const name = key.replace(/\[\]$/, '');
    params[name] = name !== key && params[name] ? `${params[name]},${value}` : value;
  }
  return params;
}

/**
 * The request body as parameters: JSON or a form. A body another middleware already parsed is used as is.
 * @param {Request} req
 * @returns {Promise<Record<string, unknown>>}
 */
async function readBody(req) {
  const parsed = /** @type {{ body?: unknown }} */ (req).body;
  if (parsed && typeof parsed === 'object') return /** @type {Record<string, unknown>} */ (parsed);
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RestError(413, 'rest_request_too_large', 'The request body is too large.');
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks).toString('utf8');
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body));
  if (!type.includes('json') || body.trim() === '') return {};
  try {
    const json = JSON.parse(body);
    return json && typeof json === 'object' && !Array.isArray(json) ? json : {};
  } catch {
    throw new RestError(400, 'rest_invalid_json', 'Invalid JSON body passed.', { json_error_code: 4, json_error_message: 'Syntax error' });
  }
}

// ---- rendering --------------------------------------------------------------------------------

/** Typographic characters as the numeric entities WordPress sends (`’` as `&#8217;`). @param {string} html */
const entities = (html) => html.replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u2026]/g, (c) => `&#${c.charCodeAt(0)};`);
/** @param {string} value */
const escapeHtml = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Plain text as WordPress renders a title: `&` as `&#038;`, typography as entities. @param {string} value */
const rendered = (value) => entities(escapeHtml(value).replace(/&amp;/g, '&#038;'));
/** Root-relative `src` attributes made absolute, as WordPress stores them. @param {string} html @param {string} origin */
const absoluteSources = (html, origin) => html.replace(/\bsrc="\//g, `src="${origin}/`);

/** @param {string} origin @param {string} name @param {number} width @param {number} height */
const mediaUrl = (origin, name, width, height) => `${origin}/demo-media/${name}.svg?w=${width}&h=${height}`;
/** @param {string} origin @param {string} name */
const avatarUrls = (origin, name) =>
  Object.fromEntries(AVATAR_SIZES.map((size) => [size, mediaUrl(origin, `avatar-${slugify(name) || 'anonymous'}`, size, size)]));
/** @param {string} origin @param {string} slug */
const postLink = (origin, slug) => `${origin}/news/${slug}/`;
/** @param {Post} post */
const authorOf = (post) => /** @type {import('./posts.js').Author} */ (AUTHOR_BY_ID.get(post.author));
/** @param {Post} post */
const categoryOf = (post) => /** @type {import('./posts.js').Category} */ (CATEGORY_BY_ID.get(post.categories[0] ?? 0));

/** @param {Term} term @param {'category' | 'post_tag'} taxonomy @param {string} origin */
function termJson(term, taxonomy, origin) {
  const base = taxonomy === 'category' ? 'category' : 'tag';
  return { id: term.id, link: `${origin}/news/${base}/${term.slug}/`, name: escapeHtml(term.name), slug: term.slug, taxonomy };
}

/** @param {Post} post @param {string} origin */
function mediaJson(post, origin) {
  const image = post.image ?? { alt: '', caption: '' };
  const file = `${post.slug}.svg`;
  const sizes = Object.fromEntries(
    Object.entries(MEDIA_SIZES).map(([name, [width, height]]) => [
      name,
      { file, width, height, mime_type: 'image/svg+xml', source_url: mediaUrl(origin, post.slug, width, height) },
    ]),
  );
  const [width, height] = MEDIA_SIZES.full;
  return {
    id: 100 + post.id,
    date: post.date,
    slug: `${post.slug}-image`,
    type: 'attachment',
    link: `${postLink(origin, post.slug)}${post.slug}-image/`,
    title: { rendered: rendered(image.alt) },
    author: post.author,
    caption: { rendered: `<p>${rendered(image.caption)}</p>\n` },
    alt_text: image.alt,
    media_type: 'image',
    mime_type: 'image/svg+xml',
    media_details: { width, height, file, sizes },
    source_url: mediaUrl(origin, post.slug, width, height),
  };
}

/** @param {import('./posts.js').Author} author @param {string} origin */
function authorJson(author, origin) {
  const { id, name, slug, description } = author;
  return { id, name, url: '', description, link: `${origin}/news/author/${slug}/`, slug, avatar_urls: avatarUrls(origin, slug) };
}

/** @param {StoredComment} comment @param {string} origin */
function commentJson(comment, origin) {
  const date = new Date(comment.time).toISOString().slice(0, 19);
  // Anonymous comments may not carry markup: escape it, and make paragraphs and line breaks as WordPress does.
  const content = comment.content
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br />\n')}</p>\n`)
    .join('');
  const post = POST_BY_ID.get(comment.post);
  return {
    id: comment.id,
    post: comment.post,
    parent: comment.parent,
    author: 0,
    author_name: comment.author_name,
    author_url: /^https?:\/\//i.test(comment.author_url) ? comment.author_url : '',
    date,
    date_gmt: date,
    content: { rendered: content },
    link: `${postLink(origin, post?.slug ?? String(comment.post))}#comment-${comment.id}`,
    status: comment.status,
    type: 'comment',
    author_avatar_urls: avatarUrls(origin, comment.author_name),
  };
}

/** Approved comments, oldest first. @param {Store} store @param {(comment: StoredComment) => boolean} [where] */
const approved = (store, where = () => true) =>
  sortBy(store.comments.filter((c) => c.status === 'approved' && where(c)), (c) => c.time, 'asc');

/**
 * A post as `/wp/v2/posts` sends it, with `_embedded` when `_embed` asks (all links, or a list of them).
 * @param {Post} post
 * @param {Context} context
 */
function postJson(post, { origin, query, store }) {
  const json = {
    id: post.id,
    date: post.date,
    date_gmt: post.date,
    guid: { rendered: `${origin}/?p=${post.id}` },
    modified: post.modified,
    modified_gmt: post.modified,
    slug: post.slug,
    status: 'publish',
    type: 'post',
    link: postLink(origin, post.slug),
    title: { rendered: rendered(post.title) },
    content: { rendered: entities(absoluteSources(post.content, origin)), protected: false },
    excerpt: { rendered: `<p>${rendered(post.excerpt)}</p>\n`, protected: false },
    author: post.author,
    featured_media: post.image ? 100 + post.id : 0,
    comment_status: post.commentStatus,
    ping_status: 'closed',
    sticky: false,
    format: 'standard',
    meta: { views: post.views },
    categories: post.categories,
    tags: post.tags,
  };
  const embed = query._embed;
  if (embed === undefined) return json;
  /** @param {string} rel */
  const wants = (rel) => ['', '1', 'true'].includes(embed) || embed.split(',').includes(rel);
  /** @type {Record<string, unknown>} */
  const embedded = {};
  if (wants('author')) embedded.author = [authorJson(authorOf(post), origin)];
  // As WordPress: the embedded replies are the first page of the comments endpoint, 10 at most.
  if (wants('replies')) embedded.replies = [approved(store, (c) => c.post === post.id).slice(0, 10).map((c) => commentJson(c, origin))];
  if (wants('wp:featuredmedia') && post.image) embedded['wp:featuredmedia'] = [mediaJson(post, origin)];
  if (wants('wp:term')) {
    embedded['wp:term'] = [
      post.categories.map((id) => termJson(/** @type {Term} */ (CATEGORY_BY_ID.get(id)), 'category', origin)),
      post.tags.map((id) => termJson(/** @type {Term} */ (TAG_BY_ID.get(id)), 'post_tag', origin)),
    ];
  }
  return { ...json, _embedded: embedded };
}

/**
 * One page of `items` and the totals.
 * @template T
 * @param {T[]} items
 * @param {number} page
 * @param {number} perPage
 */
function pageOf(items, page, perPage) {
  return { items: items.slice((page - 1) * perPage, page * perPage), total: items.length, totalPages: Math.ceil(items.length / perPage) };
}

/**
 * A WordPress collection: `page`/`per_page`, `X-WP-Total`/`X-WP-TotalPages`, and (with `errorCode`) a
 * 400 for a page past the last one.
 * @template T
 * @param {T[]} items
 * @param {Context} context
 * @param {(item: T) => unknown} toJson
 * @param {string} [errorCode]
 * @returns {Reply}
 */
function collection(items, { query }, toJson, errorCode) {
  const page = intParam(query.page, 'page', 1, 1);
  const { items: slice, total, totalPages } = pageOf(items, page, intParam(query.per_page, 'per_page', 10, 1, 100));
  if (errorCode && total > 0 && page > totalPages) {
    throw new RestError(400, errorCode, 'The page number requested is larger than the number of pages available.');
  }
  return { body: slice.map(toJson), headers: { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(totalPages) } };
}

// ---- routes -----------------------------------------------------------------------------------

/** @type {Handler} */
function listPosts(context) {
  const { query } = context;
  const orderby = oneOf(query.orderby, 'orderby', Object.keys(POST_ORDERS));
  const order = oneOf(query.order, 'order', ['desc', 'asc']);
  let posts = POSTS;
  for (const [name, idsOf] of Object.entries(POST_ID_FILTERS)) {
    const wanted = idList(query[name], name);
    if (wanted) posts = posts.filter((post) => idsOf(post).some((id) => wanted.includes(id)));
  }
  const slugs = query.slug?.split(',').map((slug) => slug.trim());
  if (slugs) posts = posts.filter((post) => slugs.includes(post.slug));
  const search = query.search?.trim().toLowerCase();
  if (search) {
    posts = posts.filter((post) => [post.title, post.excerpt, post.content.replace(/<[^>]*>/g, ' ')].join(' ').toLowerCase().includes(search));
  }
  const key = /** @type {(post: Post) => string | number} */ (POST_ORDERS[orderby]);
  return collection(sortBy(posts, key, order), context, (post) => postJson(post, context), 'rest_post_invalid_page_number');
}

/** @type {Handler} */
function getPost(context) {
  const post = POST_BY_ID.get(Number(context.match[1]));
  if (!post) throw new RestError(404, 'rest_post_invalid_id', 'Invalid post ID.');
  return { body: postJson(post, context) };
}

/** @type {Handler} */
function listTerms(context) {
  const tags = context.match[1] === 'tags';
  /** @type {Term[]} */
  const terms = tags ? TAGS : CATEGORIES;
  const order = oneOf(context.query.order, 'order', ['asc', 'desc']);
  return collection(sortBy(terms, (term) => term.name, order), context, (term) => {
    const count = POSTS.filter((post) => (tags ? post.tags : post.categories).includes(term.id)).length;
    const description = 'description' in term ? term.description : '';
    return { ...termJson(term, tags ? 'post_tag' : 'category', context.origin), count, description, ...(tags ? {} : { parent: 0 }), meta: [] };
  });
}

/** @type {Handler} */
function listComments(context) {
  const { query, store, origin } = context;
  const posts = idList(query.post, 'post');
  const parents = idList(query.parent, 'parent');
  const order = oneOf(query.order, 'order', ['desc', 'asc']);
  const comments = approved(store, (c) => (!posts || posts.includes(c.post)) && (!parents || parents.includes(c.parent)));
  return collection(order === 'asc' ? comments : comments.reverse(), context, (c) => commentJson(c, origin), 'rest_comment_invalid_page_number');
}

/** @param {Context} context @returns {Promise<Reply>} */
async function createComment(context) {
  const { store, origin } = context;
  const params = { ...context.query, ...(await readBody(context.req)) };
  const content = params.content && typeof params.content === 'object' ? /** @type {{ raw?: unknown }} */ (params.content).raw : params.content;
  /** @type {CommentInput} */
  const input = {
    post: intParam(params.post, 'post', 0),
    parent: intParam(params.parent, 'parent', 0),
    author_name: text(params.author_name),
    author_email: text(params.author_email),
    author_url: text(params.author_url),
    content: text(content),
  };
  if (input.author_email && !EMAIL.test(input.author_email)) throw invalidParam('author_email', 'Invalid email address.');
  const now = Date.now();
  const broken = COMMENT_RULES.find(([, , , test]) => test(input, store, now));
  if (broken) throw new RestError(broken[0], broken[1], broken[2]);
  /** @type {StoredComment} */
  const comment = { id: store.nextId++, ...input, time: now, status: NEEDS_MODERATION.test(input.content) ? 'hold' : 'approved' };
  store.comments.push(comment);
  return { status: 201, body: commentJson(comment, origin), headers: { Location: `${origin}/wp-json/wp/v2/comments/${comment.id}` } };
}

// ---- the classic form endpoint ----------------------------------------------------------------

const HTML_TYPE = 'text/html; charset=UTF-8';

/**
 * The page `wp_die()` answers a browser with: the message in `.wp-die-message`, a back link after it.
 * @param {string} message HTML, as WordPress's translations write it.
 * @param {string} [title]
 */
function wpDiePage(message, title = 'Comment Submission Failure') {
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width">
	<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>${title}</title>
</head>
<body id="error-page">
	<div class="wp-die-message"><p>${message}</p></div>
<p><a href='javascript:history.back()'>&laquo; Back</a></p></body>
</html>
`;
}

/** @param {number} status @param {string} message @returns {Reply} */
const wpDie = (status, message) => ({ status, body: wpDiePage(message), type: HTML_TYPE });

/**
 * `wp_handle_comment_submission()`'s checks for an anonymous reader, in its order, then
 * `wp_allow_comment()`'s: [status, message, broken?]. A 200 is WordPress's own status for these pages.
 * @type {Array<[number, string, (input: CommentInput, store: Store, now: number) => boolean]>}
 */
const CLASSIC_RULES = [
  [403, 'Sorry, comments are closed for this item.', (c) => POST_BY_ID.get(c.post)?.commentStatus !== 'open'],
  [200, '<strong>Error:</strong> Please fill the required fields.', (c) => !c.author_name || !c.author_email],
  [200, '<strong>Error:</strong> Please enter a valid email address.', (c) => !EMAIL.test(c.author_email)],
  [200, '<strong>Error:</strong> Your name is too long.', (c) => Buffer.byteLength(c.author_name) > 245],
  [200, '<strong>Error:</strong> Your email address is too long.', (c) => Buffer.byteLength(c.author_email) > 100],
  [200, '<strong>Error:</strong> Your URL is too long.', (c) => Buffer.byteLength(c.author_url) > 200],
  [200, '<strong>Error:</strong> Your comment is too long.', (c) => Buffer.byteLength(c.content) > 65525],
  [200, '<strong>Error:</strong> Please type your comment text.', (c) => c.content === ''],
  [409, 'Duplicate comment detected; it looks as though you&#8217;ve already said that!', (c, store) => isDuplicate(c, store)],
  [429, 'You are posting comments too quickly. Slow down.', (c, store, now) => isFlood(c, store, now)],
];

/** @param {Request} req */
async function drain(req) {
  if (/** @type {{ body?: unknown }} */ (req).body !== undefined) return;
  for await (const chunk of req) void chunk;
}

/**
 * `POST /wp-comments-post.php` as WordPress answers it: form fields only (a JSON body reads as no
 * fields: 200, empty, nothing stored), a 302 to the comment on its article when it is stored (with
 * `?unapproved=ID&moderation-hash=…` when it is held and the reader gave no cookie consent), a
 * `wp_die()` page otherwise. Any other method is 405. No CORS headers: another origin cannot read it.
 * @param {Context} context
 * @returns {Promise<Reply>}
 */
async function postClassicComment({ req, store, origin }) {
  if (req.method !== 'POST') return { status: 405, body: '', type: 'text/plain', headers: { Allow: 'POST' } };
  const form = String(req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
  /** @type {Record<string, unknown>} */
  const params = form ? await readBody(req) : {};
  if (!form) await drain(req);
  /** @param {unknown} value PHP's `(int)`. */
  const int = (value) => Math.max(0, Number.parseInt(text(value), 10) || 0);
  /** @type {CommentInput} */
  const input = {
    post: int(params.comment_post_ID),
    parent: int(params.comment_parent),
    author_name: text(params.author),
    author_email: text(params.email),
    author_url: text(params.url),
    content: text(params.comment),
  };
  const post = POST_BY_ID.get(input.post);
  // `comment_id_not_found`: WordPress fires an action and exits with nothing at all.
  if (!post) return { status: 200, body: '', type: HTML_TYPE };
  const now = Date.now();
  const broken = CLASSIC_RULES.find(([, , test]) => test(input, store, now));
  if (broken) return wpDie(broken[0], broken[1]);
  /** @type {StoredComment} */
  const comment = { id: store.nextId++, ...input, time: now, status: NEEDS_MODERATION.test(input.content) ? 'hold' : 'approved' };
  store.comments.push(comment);
  const consent = params['wp-comment-cookies-consent'] !== undefined;
  const held = comment.status === 'hold' && !consent && comment.author_email !== '';
  const hash = createHash('md5').update(`${comment.id}:${comment.time}`).digest('hex');
  const query = held ? `?unapproved=${comment.id}&moderation-hash=${hash}` : '';
  return { status: 302, headers: { Location: `${postLink(origin, post.slug)}${query}#comment-${comment.id}` } };
}

/**
 * An article's page, where the classic endpoint sends the reader: the story, its approved comments
 * (each `#comment-ID`), and the reader's own held one when the URL carries its `unapproved` id.
 * @type {Handler}
 */
function articlePage({ match, query, store }) {
  const post = POSTS.find((item) => item.slug === match[1]);
  if (!post) return { status: 404, body: wpDiePage('Page not found.', 'Page not found'), type: HTML_TYPE };
  const own = store.comments.find((c) => c.status === 'hold' && c.post === post.id && String(c.id) === query.unapproved);
  /** @param {StoredComment} c @param {string} [note] */
  const item = (c, note = '') =>
    `<li id="comment-${c.id}"><p class="author">${escapeHtml(c.author_name)}</p>${note}<p>${escapeHtml(c.content)}</p></li>`;
  const comments = approved(store, (c) => c.post === post.id).map((c) => item(c));
  if (own) comments.push(item(own, '<p class="moderation">Your comment is awaiting moderation.</p>'));
  const body = `<!DOCTYPE html>
<html lang="${SITE.language}">
<head><meta charset="utf-8"><title>${rendered(post.title)} &#8211; ${rendered(SITE.name)}</title></head>
<body>
<article><h1>${rendered(post.title)}</h1>${entities(post.content)}</article>
<section id="comments"><h2>Comments</h2><ol class="comment-list">${comments.join('')}</ol></section>
</body>
</html>
`;
  return { body, type: HTML_TYPE };
}

/** @type {Handler} */
function resetComments({ req, query, reset, store }) {
  if (req.headers['x-demo-reset'] !== '1') throw new RestError(403, 'rest_forbidden', 'Sorry, you are not allowed to do that.');
  // `?post=1,2`: only those articles' comments, so tests of other articles running meanwhile keep theirs.
  reset(idList(query.post, 'post'));
  return { body: { reset: true, comments: store.comments.length } };
}

/** @type {Handler} */
function jsonFeed({ query, origin }) {
  const page = intParam(query.page, 'page', 1, 1);
  const { items, totalPages } = pageOf(POSTS_BY_DATE, page, FEED_PAGE_SIZE);
  const feedUrl = `${origin}/feeds/json-feed.json`;
  return {
    body: {
      version: 'https://jsonfeed.org/version/1.1',
      title: SITE.name,
      home_page_url: `${origin}/`,
      feed_url: page > 1 ? `${feedUrl}?page=${page}` : feedUrl,
      description: SITE.description,
      language: SITE.language,
      ...(page < totalPages ? { next_url: `${feedUrl}?page=${page + 1}` } : {}),
      items: items.map((post) => {
        const author = authorOf(post);
        return {
          id: String(post.id),
          url: postLink(origin, post.slug),
          title: post.title,
          content_html: absoluteSources(post.content, origin),
          summary: post.excerpt,
          ...(post.image ? { image: mediaUrl(origin, post.slug, ...MEDIA_SIZES.full) } : {}),
          date_published: `${post.date}Z`,
          date_modified: `${post.modified}Z`,
          authors: [{ name: author.name, url: `${origin}/news/author/${author.slug}/`, avatar: avatarUrls(origin, author.slug)[96] }],
          tags: [categoryOf(post).name, ...post.tags.map((id) => TAG_BY_ID.get(id)?.name ?? '')],
        };
      }),
    },
  };
}

/** Text for XML: the five characters markup reserves, escaped. @param {string} value */
const xmlText = (value) => escapeHtml(value).replace(/'/g, '&apos;');
/** Markup for XML, as WordPress writes it: in a CDATA section (a `]]>` inside split across two). @param {string} html */
const cdata = (html) => `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
/** RFC 822 dates, as RSS 2.0 has them. @param {string} date */
const rfc822 = (date) => new Date(`${date}Z`).toUTCString().replace('GMT', '+0000');

/**
 * The site's RSS 2.0 feed, as WordPress writes `/feed/` (10 stories a page, `?paged=2` the next; the
 * story's body in `content:encoded`, its excerpt in `description`, its author in `dc:creator`), with the
 * featured image as `media:content` as many sites add. A plain page: no CORS header, as WordPress's feeds.
 * @type {Handler}
 */
function rssFeed({ query, origin }) {
  const page = intParam(query.paged, 'paged', 1, 1);
  const { items } = pageOf(POSTS_BY_DATE, page, 10);
  const entries = items.map((post) => {
    const link = postLink(origin, post.slug);
    const image = post.image ? `\n      <media:content url="${xmlText(mediaUrl(origin, post.slug, ...MEDIA_SIZES.large))}" medium="image" width="1024" height="683" />` : '';
    return `    <item>
      <title>${xmlText(post.title)}</title>
      <link>${link}</link>
      <dc:creator>${cdata(authorOf(post).name)}</dc:creator>
      <pubDate>${rfc822(post.date)}</pubDate>
      <category>${cdata(categoryOf(post).name)}</category>
      <guid isPermaLink="false">${origin}/?p=${post.id}</guid>
      <description>${cdata(post.excerpt)}</description>
      <content:encoded>${cdata(absoluteSources(post.content, origin))}</content:encoded>${image}
    </item>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${xmlText(SITE.name)}</title>
    <atom:link href="${origin}/feed/" rel="self" type="application/rss+xml" />
    <link>${origin}/</link>
    <description>${xmlText(SITE.description)}</description>
    <language>${SITE.language}</language>
${entries.join('\n')}
  </channel>
</rss>
`;
  return { body, type: 'application/rss+xml; charset=UTF-8' };
}

/**
 * The site's Atom 1.0 feed (`/feed/atom/`), paged with `rel="next"` links (RFC 5005), 6 stories a page.
 * @type {Handler}
 */
function atomFeed({ query, origin }) {
  const page = intParam(query.paged, 'paged', 1, 1);
  const { items, totalPages } = pageOf(POSTS_BY_DATE, page, FEED_PAGE_SIZE);
  const self = `${origin}/feed/atom/`;
  const entries = items.map((post) => `  <entry>
    <title type="text">${xmlText(post.title)}</title>
    <link rel="alternate" type="text/html" href="${postLink(origin, post.slug)}" />
    <id>${origin}/?p=${post.id}</id>
    <published>${post.date}Z</published>
    <updated>${post.modified}Z</updated>
    <author><name>${xmlText(authorOf(post).name)}</name></author>
    <category term="${xmlText(categoryOf(post).name)}" />
    <summary type="text">${xmlText(post.excerpt)}</summary>
    <content type="html">${xmlText(absoluteSources(post.content, origin))}</content>
  </entry>`);
  const next = page < totalPages ? `\n  <link rel="next" href="${self}?paged=${page + 1}" />` : '';
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${SITE.language}">
  <title type="text">${xmlText(SITE.name)}</title>
  <subtitle type="text">${xmlText(SITE.description)}</subtitle>
  <id>${self}</id>
  <updated>${POSTS_BY_DATE[0]?.modified ?? ''}Z</updated>
  <link rel="alternate" type="text/html" href="${origin}/" />
  <link rel="self" type="application/atom+xml" href="${self}${page > 1 ? `?paged=${page}` : ''}" />${next}
${entries.join('\n')}
</feed>
`;
  return { body, type: 'application/atom+xml; charset=UTF-8' };
}

/**
 * A second, smaller invented news site beside the Courier, with an Atom feed of its own: the demo's list
 * of several sources merges it with the Courier's RSS.
 */
const GAZETTE = {
  name: 'The Wend Valley Gazette',
  stories: [
    { slug: 'orchard-cooperative-buys-cider-press', date: '2026-11-25T09:00:00', title: 'Orchard co-operative buys the old cider press', summary: 'Forty growers pooled their savings to keep the valley\'s last working press turning.' },
    { slug: 'footbridge-reopens-at-millers-ford', date: '2026-11-20T16:30:00', title: 'Footbridge reopens at Miller\'s Ford', summary: 'Walkers can cross the Wend again after the flood-damaged bridge was rebuilt in larch.' },
    { slug: 'choir-of-three-villages-sings-again', date: '2026-11-13T19:00:00', title: 'The choir of three villages sings again', summary: 'After a year without a conductor, the valley choir fills St Aldric\'s for its winter concert.' },
    { slug: 'bus-timetable-consultation-opens', date: '2026-11-02T08:15:00', title: 'Valley bus timetable consultation opens', summary: 'Riders have until the end of the month to say which evening journeys they cannot do without.' },
  ],
};

/** @type {Handler} */
function gazetteFeed({ origin }) {
  const home = `${origin}/gazette/`;
  const entries = GAZETTE.stories.map((story) => `  <entry>
    <title>${xmlText(story.title)}</title>
    <link href="${home}${story.slug}/" />
    <id>${home}${story.slug}/</id>
    <published>${story.date}Z</published>
    <updated>${story.date}Z</updated>
    <author><name>Gazette staff</name></author>
    <summary>${xmlText(story.summary)}</summary>
  </entry>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xmlText(GAZETTE.name)}</title>
  <id>${home}</id>
  <updated>${GAZETTE.stories[0]?.date ?? ''}Z</updated>
  <link href="${home}" />
${entries.join('\n')}
</feed>
`;
  return { body, type: 'application/atom+xml; charset=UTF-8' };
}

/**
 * Comments in a shape of no known format, for `<comment-list items="thread" mapping=...>`: the approved
 * comments of `?post=` (default 1), each named the way some other comment service might name it.
 * @type {Handler}
 */
function customComments({ query, store, origin }) {
  const post = intParam(query.post, 'post', 1, 1);
  const thread = store.comments
    .filter((comment) => comment.post === post && comment.status === 'approved')
    .map((comment) => ({
      ref: comment.id,
      replyTo: comment.parent || null,
      who: { name: comment.author_name, site: /^https?:\/\//i.test(comment.author_url) ? comment.author_url : null },
      said: escapeHtml(comment.content),
      at: new Date(comment.time).toISOString(),
      link: `${postLink(origin, POST_BY_ID.get(post)?.slug ?? String(post))}#comment-${comment.id}`,
    }));
  return { body: { thread, count: thread.length } };
}

/**
 * Takes a comment in the `generic` shape `<comment-form format="generic">` sends (WordPress's field names
 * as JSON) and answers as a service that moderates everything would: 202, `status: "pending"`. It keeps
 * nothing: the custom comments above stay as seeded.
 * @param {Context} context @returns {Promise<Reply>}
 */
async function takeGenericComment({ req }) {
  const body = /** @type {Record<string, unknown>} */ (await readBody(req));
  if (typeof body.content !== 'string' || body.content.trim() === '') throw new RestError(400, 'empty_comment', 'A comment needs some text.');
  return { status: 202, body: { received: true, status: 'pending' } };
}

/** @type {Handler} */
function customFeed({ origin }) {
  const stories = POSTS_BY_DATE.map((post) => ({
    ref: `story-${post.id}`,
    headline: { main: post.title },
    permalink: postLink(origin, post.slug),
    teaser: post.excerpt,
    media: post.image ? [{ src: mediaUrl(origin, post.slug, 1024, 683), caption: post.image.caption, alt: post.image.alt }] : [],
    byline: { display: authorOf(post).name },
    ts: Math.floor(Date.parse(`${post.date}Z`) / 1000),
    section: categoryOf(post).name,
    stats: { views: post.views },
  }));
  return { body: { data: { stories, count: stories.length } } };
}

/** @type {Handler} */
function mediaFile({ match, query }) {
  const name = match[1] ?? '';
  const width = intParam(query.w, 'w', 1600, 1, 4000);
  const height = intParam(query.h, 'h', Math.round(width / 1.5), 1, 4000);
  const post = POSTS.find((item) => item.slug === name);
  const avatar = !post && name.startsWith('avatar-');
  const words = name.replace(/^avatar-/, '').split('-');
  // A post's picture is labelled with its section, an avatar with initials, anything else with its name.
  const label = post ? categoryOf(post).name : avatar ? words.map((word) => word.charAt(0)).join('').slice(0, 2).toUpperCase() : words.join(' ');
  const hue = post ? categoryOf(post).hue : [...name].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) % 360, 7);
  const size = Math.round(Math.min(height * (avatar ? 0.4 : 0.18), (width * 1.6) / Math.max(label.length, 2)));
  /** @param {number} fraction @param {number} of */
  const at = (fraction, of) => Math.round(fraction * of);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},62%,52%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},58%,24%)"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<path d="M0 ${at(0.74, height)} Q${at(0.25, width)} ${at(0.64, height)} ${at(0.5, width)} ${at(0.72, height)} T${width} ${at(0.68, height)} V${height} H0 Z" fill="#fff" fill-opacity="0.14"/>
<text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" font-family="system-ui, sans-serif" font-weight="700" font-size="${size}" fill="#fff">${escapeHtml(label)}</text>
</svg>`;
  return { body: svg, type: 'image/svg+xml', headers: { 'Cache-Control': 'public, max-age=86400' } };
}

/**
 * Path, handlers by method (`*`: any other), and whether the route is a plain page: no CORS headers and
 * no preflight answer, as WordPress's PHP pages outside the REST API.
 * @type {Array<[RegExp, Partial<Record<string, Handler>>, { plain: true }?]>}
 */
const ROUTES = [
  [/^\/wp-comments-post\.php$/, { '*': postClassicComment }, { plain: true }],
  [/^\/news\/([a-z0-9-]+)\/?$/, { GET: articlePage }, { plain: true }],
  [/^\/wp-json\/wp\/v2\/posts\/?$/, { GET: listPosts }],
  [/^\/wp-json\/wp\/v2\/posts\/(\d+)\/?$/, { GET: getPost }],
  [/^\/wp-json\/wp\/v2\/(categories|tags)\/?$/, { GET: listTerms }],
  [/^\/wp-json\/wp\/v2\/comments\/?$/, { GET: listComments, POST: createComment }],
  [/^\/wp-json\/wp\/v2\/comments\/reset\/?$/, { POST: resetComments }],
  [/^\/feed\/?$/, { GET: rssFeed }, { plain: true }],
  [/^\/feed\/atom\/?$/, { GET: atomFeed }, { plain: true }],
  [/^\/gazette\/atom\.xml$/, { GET: gazetteFeed }, { plain: true }],
  [/^\/feeds\/json-feed\.json$/, { GET: jsonFeed }],
  [/^\/feeds\/custom\.json$/, { GET: customFeed }],
  [/^\/feeds\/comments\.json$/, { GET: customComments, POST: takeGenericComment }],
  [/^\/demo-media\/([a-z0-9-]+)\.svg$/, { GET: mediaFile }],
];

/** @param {Response} res @param {Reply} reply @param {boolean} [cors] */
function send(res, { status = 200, body, type = JSON_TYPE, headers = {} }, cors = true) {
  const payload = body === undefined ? '' : type === JSON_TYPE ? JSON.stringify(body) : String(body);
  const entity = body === undefined ? {} : { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(payload)) };
  res.writeHead(status, { ...(cors ? CORS_HEADERS : {}), ...entity, ...headers });
  res.end(payload);
}

/**
 * @param {{ floodSeconds?: number }} [options] `floodSeconds`: how soon the same email may comment again
 *   (WordPress: 15); tests lower it, 0 turns the check off.
 * @returns {{ handle(req: Request, res: Response): Promise<boolean> }}
 */
export function createDemoApi({ floodSeconds = 15 } = {}) {
  /** @type {Store} */
  const store = { comments: [], nextId: 1, floodMs: floodSeconds * 1000 };
  /** @param {number[] | undefined} [posts] */
  const reset = (posts) => {
    const seeded = SEED_COMMENTS.filter((comment) => !posts || posts.includes(comment.post)).map(({ date, ...comment }) => ({ ...comment, time: Date.parse(`${date}Z`) }));
    store.comments = posts ? [...store.comments.filter((comment) => !posts.includes(comment.post)), ...seeded].sort((a, b) => a.id - b.id) : seeded;
    store.nextId = posts ? Math.max(store.nextId, SEED_COMMENTS.length + 1) : store.comments.length + 1;
  };
  reset();

  return {
    /** Answers the request and resolves true, or resolves false (untouched) for a path it does not serve. */
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const route = ROUTES.map(([pattern, methods, kind]) => ({ match: pattern.exec(url.pathname), methods, plain: Boolean(kind?.plain) })).find(
        (r) => r.match,
      );
      // Everything under /wp-json/ is ours: unknown routes get WordPress's 404.
      if (!route && !url.pathname.startsWith('/wp-json/')) return false;
      const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
      if (method === 'OPTIONS' && !route?.plain) {
        send(res, {
          status: 204,
          headers: {
            'Access-Control-Allow-Methods': [...Object.keys(route?.methods ?? {}), 'OPTIONS'].join(', '),
            'Access-Control-Allow-Headers': 'Content-Type, X-WP-Nonce, X-Demo-Reset',
            'Access-Control-Max-Age': '600',
          },
        });
        return true;
      }
      const handler = route?.methods[method] ?? route?.methods['*'];
      const host = req.headers.host ?? '';
      const origin = `http://${/^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i.test(host) ? host : 'localhost'}`;
      try {
        if (!route?.match || !handler) throw new RestError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
        send(res, await handler({ req, match: route.match, query: queryParams(url), origin, store, reset }), !route.plain);
      } catch (error) {
        if (!(error instanceof RestError)) console.error('demo api:', error);
        const failure = error instanceof RestError ? error : new RestError(500, 'internal_server_error', 'There has been a critical error on this website.');
        send(res, failure.reply);
      }
      return true;
    },
  };
}
