/**
 * Telling formats apart: each known format's shape test, small enough to stay with every widget while the
 * code that reads a format (`formats/<name>.ts`) is loaded only once a response turns out to be in it.
 * Every test accepts any value and never throws.
 */
import { asArray, asRecord, getPath } from '../values.js';

/** `{ rendered: ... }`, the wrapper WordPress puts around every field it filters for display. */
export function hasRendered(value: unknown): boolean {
  const record = asRecord(value);
  return record !== undefined && Object.hasOwn(record, 'rendered');
}

/** A WordPress REST API post (or page, or custom post type), one or a list. */
export function isWordPress(json: unknown): boolean {
  const post = asRecord(Array.isArray(json) ? json[0] : json);
  if (!post) return false;
  if (hasRendered(post.title)) return true;
  return post.id !== undefined && typeof post.link === 'string' && hasRendered(post.content);
}

/** Fields only Ghost posts carry, for telling a bare `{ posts }` from some other API's. */
const GHOST_FIELDS = ['uuid', 'feature_image', 'published_at', 'custom_excerpt', 'primary_author', 'reading_time', 'comment_id'];

/** Ghost Content API posts: `{ posts, meta: { pagination } }`. */
export function isGhost(json: unknown): boolean {
  const root = asRecord(json);
  if (!root || !Array.isArray(root.posts)) return false;
  const first = root.posts[0];
  // Someone wrapping WordPress posts in `{ posts }` is not Ghost.
  if (hasRendered(getPath(first, 'title'))) return false;
  if (asRecord(getPath(root, 'meta.pagination'))) return true;
  const post = asRecord(first);
  return post !== undefined && typeof post.title === 'string' && GHOST_FIELDS.some((key) => Object.hasOwn(post, key));
}

const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\//i;

/** JSON Feed 1.0 or 1.1, by its `version`, or by the fields only a feed has when that is missing. */
export function isJsonFeed(json: unknown): boolean {
  const feed = asRecord(json);
  if (!feed) return false;
  if (typeof feed.version === 'string' && JSON_FEED_VERSION.test(feed.version)) return true;
  if (!Array.isArray(feed.items)) return false;
  if (typeof feed.home_page_url === 'string' || typeof feed.feed_url === 'string') return true;
  return feed.items.some((value) => {
    const item = asRecord(value);
    return item !== undefined && ['content_html', 'content_text', 'date_published'].some((key) => typeof item[key] === 'string');
  });
}

/** A NewsAPI-style body: `{ status, totalResults, articles }`. */
export function isNewsApi(json: unknown): boolean {
  const body = asRecord(json);
  return body !== undefined && Array.isArray(body.articles) && (typeof body.status === 'string' || typeof body.totalResults === 'number');
}

/** `NewsArticle` from `NewsArticle`, `schema:NewsArticle` or `https://schema.org/NewsArticle`. */
export function localName(value: string): string {
  return value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('#'), value.lastIndexOf(':')) + 1).trim();
}

/** Every `@type` of a node, by local name. */
export function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((name): name is string => typeof name === 'string').map(localName);
}

/** A schema.org node of any `...Article` type or `BlogPosting`. */
export function isLdArticle(node: Record<string, unknown>): boolean {
  return typesOf(node).some((type) => /(?:Article|BlogPosting)$/.test(type));
}

/** A schema.org `ItemList`. */
export function isLdItemList(node: Record<string, unknown>): boolean {
  return typesOf(node).includes('ItemList');
}

function mentionsSchemaOrg(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return /schema\.org/i.test(value);
  if (depth > 2 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((inner) => mentionsSchemaOrg(inner, depth + 1));
}

/** schema.org JSON-LD: a node, an array of them (pages often carry several blocks), or a `@graph`. */
export function isJsonLd(json: unknown): boolean {
  return (Array.isArray(json) ? json.slice(0, 10) : [json]).some((value) => {
    const node = asRecord(value);
    return node !== undefined && (mentionsSchemaOrg(node['@context']) || Array.isArray(node['@graph']) || isLdArticle(node) || isLdItemList(node));
  });
}

/** Splits a list of records out of a response whose shape is unknown: a root array, or the first array-valued field. */
export function guessItemsPath(json: unknown): string | undefined {
  if (Array.isArray(json)) return '.';
  const object = asRecord(json);
  if (!object) return undefined;
  for (const key of ['items', 'articles', 'posts', 'results', 'data', 'stories', 'entries', 'news']) {
    if (Array.isArray(object[key])) return key;
  }
  return Object.keys(object).find((key) => Array.isArray(object[key]) && asArray(object[key]).some((entry) => asRecord(entry)));
}

/** The feed formats, by the root element of their XML: `<rss>` (0.9x, 2.0), `<rdf:RDF>` (RSS 1.0), `<feed>` or `<entry>` (Atom). */
export type FeedFormat = 'rss' | 'rdf' | 'atom';

/**
 * The feed formats' names. Telling them apart takes the document's root element (`detect-feed.ts`), which
 * the feed reader does itself: what comes as XML text or bytes goes to it.
 */
const FEED_FORMATS: readonly string[] = ['rss', 'rdf', 'atom'] satisfies FeedFormat[];

/** Each JSON format's test, in the order they are tried. */
export const DETECTORS = {
  wordpress: isWordPress,
  ghost: isGhost,
  'json-feed': isJsonFeed,
  newsapi: isNewsApi,
  'json-ld': isJsonLd,
} satisfies Record<string, (json: unknown) => boolean>;

export type FormatName = keyof typeof DETECTORS | FeedFormat;

export function isFormatName(value: unknown): value is FormatName {
  return typeof value === 'string' && (Object.hasOwn(DETECTORS, value) || FEED_FORMATS.includes(value));
}

/** Names the JSON format parsed JSON is in, if any. */
export function detectJsonFormat(json: unknown): FormatName | undefined {
  return (Object.keys(DETECTORS) as (keyof typeof DETECTORS)[]).find((name) => DETECTORS[name](json));
}
