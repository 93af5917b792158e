import type { NewsImage, NewsPage, NewsPerson, NewsTerm } from '../model.js';
import { asArray, asCount, asId, asIsoDate, asPositiveInt, asRecord, getPath, htmlText, plainText, safeUrl } from '../values.js';
import { header, largestAvatar, parseAbsolute, withPage, type AdapterContext, type FormatAdapter } from './adapter.js';
import { type ArticleDraft, finishAll, makePerson } from '../finish.js';
import { isWordPress } from './wordpress-shape.js';
import { completeCommentCounts } from './wordpress-comments.js';

/**
 * WordPress REST API v2 posts (`/wp-json/wp/v2/posts`, also pages and custom post types): a list or a
 * single post, with or without `_embed`. Without `_embed` a post only names its author, terms and
 * featured image by id, so those stay empty rather than guessed.
 */
export const wordpress: FormatAdapter = {
  name: 'wordpress',

  detect: isWordPress,

  parse(json: unknown, context: AdapterContext): NewsPage {
    const base = context.url;
    const records = Array.isArray(json) ? json : asRecord(json) ? [json] : [];
    const page: NewsPage = { articles: finishAll(records, (record) => readPost(record, base)) };
    // The pagination headers only come with collections; a single post has no pages.
    if (Array.isArray(json)) addPagination(page, context, json.length);
    return page;
  },

  complete(page, json, context) {
    return context.commentCounts ? completeCommentCounts(page, json, context.requested, context.get) : Promise.resolve(page);
  },
};

function readPost(record: unknown, base: string | undefined): ArticleDraft {
  const post = asRecord(record);
  if (!post) return {};
  const embedded = asRecord(post._embedded);
  const draft: ArticleDraft = {
    id: asId(post.id),
    url: safeUrl(post.link, { base }),
    slug: plainText(post.slug) || undefined,
    title: htmlText(getPath(post, 'title.rendered')),
    excerpt: excerptText(getPath(post, 'excerpt.rendered')),
    bodyHtml: stringOrEmpty(getPath(post, 'content.rendered')),
    // `date_gmt` is UTC; `date` is the site's local time with no zone, only a fallback.
    published: asIsoDate(post.date_gmt) ?? asIsoDate(post.date),
    modified: asIsoDate(post.modified_gmt) ?? asIsoDate(post.modified),
    postId: asPositiveInt(post.id),
    image: readFeaturedMedia(embedded, base) ?? readJetpackImage(post, base),
    authors: readAuthors(embedded, base),
    ...readTerms(embedded, base),
  };
  if (post.comment_status === 'open' || post.comment_status === 'closed') draft.commentStatus = post.comment_status;
  // A password-protected post says so on its content and excerpt, both sent empty until the password is given.
  if (getPath(post, 'content.protected') === true || getPath(post, 'excerpt.protected') === true) draft.protected = true;
  const commentCount = readCommentCount(embedded);
  if (commentCount !== undefined) draft.metrics = { commentCount };
  draft.commentCount = commentCount;
  return draft;
}

function stringOrEmpty(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The `[…]` WordPress puts after a generated excerpt, as text after decoding. */
const MORE_MARKER = /\s*\[\s*(?:\u2026|\.\.\.)\s*\]\s*$/;

/** Plain-text excerpt without the "read more" furniture, which the widget draws itself. */
function excerptText(html: unknown): string {
  if (typeof html !== 'string') return '';
  return htmlText(stripMoreLinks(html)).replace(MORE_MARKER, '');
}

const ANCHOR_START = /<a[\s>]/gi;
const ANCHOR_CLOSE = /<\/a/gi;
const CLASS_ATTRIBUTE = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const MORE_CLASS = /(?:^|\s)(?:more-link|read-more)(?:\s|$)/i;
const MORE_WORDS = /^\s*(?:continue reading|read more)\b/i;

/**
 * Removes the links themes append to excerpts ("Continue reading", "Read more"), known by their class
 * or their opening words. A scan rather than one regex, so hostile markup (thousands of unclosed `<a`)
 * costs linear time, not quadratic.
 */
function stripMoreLinks(html: string): string {
  let out = '';
  let pos = 0;
  ANCHOR_START.lastIndex = 0;
  for (let match = ANCHOR_START.exec(html); match; match = ANCHOR_START.exec(html)) {
    const start = match.index;
    ANCHOR_CLOSE.lastIndex = start;
    const close = ANCHOR_CLOSE.exec(html)?.index;
    if (close === undefined) break;
    const closeEnd = html.indexOf('>', close);
    const end = closeEnd < 0 ? html.length : closeEnd + 1;
    const tagEnd = html.indexOf('>', start);
    const openTag = html.slice(start, tagEnd < 0 || tagEnd > close ? close : tagEnd);
    const inner = tagEnd < 0 || tagEnd > close ? '' : html.slice(tagEnd + 1, close);
    const classes = CLASS_ATTRIBUTE.exec(openTag);
    const isMore = MORE_CLASS.test(classes?.[1] ?? classes?.[2] ?? classes?.[3] ?? '') || MORE_WORDS.test(inner);
    out += html.slice(pos, isMore ? start : end) + (isMore ? ' ' : '');
    pos = end;
    ANCHOR_START.lastIndex = end;
  }
  return out + html.slice(pos);
}

function readAuthors(embedded: Record<string, unknown> | undefined, base: string | undefined): NewsPerson[] {
  const author = asRecord(asArray(embedded?.author)[0]);
  // A user the reader may not see is embedded as an error object, which has no name.
  const name = htmlText(author?.name);
  const person = author ? makePerson(name, author.link, largestAvatar(author.avatar_urls, base), base) : undefined;
  return person ? [person] : [];
}

function readFeaturedMedia(embedded: Record<string, unknown> | undefined, base: string | undefined): NewsImage | undefined {
  const media = asRecord(asArray(embedded?.['wp:featuredmedia'])[0]);
  // Private or deleted media is embedded as `{ code: 'rest_forbidden', ... }`; video or PDF is no image.
  if (!media || media.code !== undefined) return undefined;
  if (media.media_type !== undefined && media.media_type !== 'image') return undefined;
  const url = safeUrl(media.source_url, { base });
  if (!url) return undefined;
  const image: NewsImage = { url, alt: htmlText(media.alt_text) };
  const width = asPositiveInt(getPath(media, 'media_details.width'));
  const height = asPositiveInt(getPath(media, 'media_details.height'));
  if (width !== undefined && height !== undefined) {
    image.width = width;
    image.height = height;
  }
  const srcset = buildSrcset(getPath(media, 'media_details.sizes'), base);
  if (srcset) image.srcset = srcset;
  return image;
}

/**
 * `url 150w, url 300w, ...` from `media_details.sizes`, narrowest first. One candidate per URL and per
 * width (a repeated width makes browsers discard the srcset), and no URL the srcset syntax would split.
 */
function buildSrcset(value: unknown, base: string | undefined): string | undefined {
  const sizes = asRecord(value);
  if (!sizes) return undefined;
  const byWidth = new Map<number, string>();
  const seen = new Set<string>();
  for (const size of Object.values(sizes)) {
    const width = asPositiveInt(getPath(size, 'width'));
    const url = safeUrl(getPath(size, 'source_url'), { base });
    if (width === undefined || !url || /\s/.test(url) || url.startsWith(',') || url.endsWith(',')) continue;
    if (byWidth.has(width) || seen.has(url)) continue;
    byWidth.set(width, url);
    seen.add(url);
  }
  if (byWidth.size === 0) return undefined;
  return [...byWidth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ');
}

/** Jetpack (and WordPress.com) put the featured image URL on the post itself, no `_embed` needed. */
function readJetpackImage(post: Record<string, unknown>, base: string | undefined): NewsImage | undefined {
  const url = safeUrl(post.jetpack_featured_media_url, { base });
  return url ? { url, alt: '' } : undefined;
}

/** `wp:term` is one array per taxonomy; categories and tags are told apart by `taxonomy`. */
function readTerms(embedded: Record<string, unknown> | undefined, base: string | undefined): { categories: NewsTerm[]; tags: NewsTerm[] } {
  const categories: NewsTerm[] = [];
  const tags: NewsTerm[] = [];
  for (const group of asArray(embedded?.['wp:term'])) {
    for (const raw of asArray(group)) {
      const term = asRecord(raw);
      // Term names are stored HTML-escaped (`News &amp; Views`).
      const name = htmlText(term?.name);
      if (!term || name === '') continue;
      const target = term.taxonomy === 'category' ? categories : term.taxonomy === 'post_tag' ? tags : undefined;
      if (!target) continue;
      const out: NewsTerm = { name };
      const url = safeUrl(term.link, { base });
      if (url) out.url = url;
      const slug = plainText(term.slug);
      if (slug) out.slug = slug;
      target.push(out);
    }
  }
  return { categories, tags };
}

/** `_embedded.replies[0]` is the first page of approved comments; an error object when there are none to see. */
function readCommentCount(embedded: Record<string, unknown> | undefined): number | undefined {
  const replies = asArray(embedded?.replies)[0];
  return Array.isArray(replies) ? asCount(replies.length) : undefined;
}

/** WordPress's page size when the URL does not set `per_page`. */
const DEFAULT_PER_PAGE = 10;

/**
 * The next page, from `X-WP-TotalPages`. A response without it (a proxy or CORS set-up that hides the
 * header) that came back full may well have a next page, so one is offered; past the end WordPress answers
 * `400 rest_post_invalid_page_number`, which `loadArticles` reads as an empty last page.
 */
function addPagination(page: NewsPage, context: AdapterContext, count: number): void {
  const total = asCount(header(context, 'x-wp-total'));
  const totalPages = asCount(header(context, 'x-wp-totalpages'));
  if (total !== undefined) page.total = total;
  if (totalPages !== undefined) page.totalPages = totalPages;
  const current = currentPage(context.url);
  if (current === undefined) return;
  const hidden = totalPages === undefined && context.headers !== undefined;
  const perPage = asPositiveInt(parseAbsolute(context.url)?.searchParams.get('per_page')) ?? DEFAULT_PER_PAGE;
  if ((totalPages !== undefined && current < totalPages) || (hidden && count >= perPage)) {
    const next = withPage(context.url, current + 1);
    if (next) page.next = next;
  }
}

/** The `page` query parameter of an absolute URL, 1 when absent; undefined when the URL is unusable. */
function currentPage(url: string | undefined): number | undefined {
  const parsed = parseAbsolute(url);
  if (!parsed) return undefined;
  const param = parsed.searchParams.get('page');
  return param === null ? 1 : asPositiveInt(param);
}
