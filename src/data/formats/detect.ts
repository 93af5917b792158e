/**
 * Telling formats apart: each known format's shape test (and, for JSON of no known format, where its list of
 * records is: `items-path.ts`). A file of its own in the script-tag build, loaded beside a request that is not to a
 * WordPress REST API (WordPress's test, `wordpress-shape.ts`, stays with every widget), and the code
 * that reads a format (`formats/<name>.ts`) only once a response turns out to be in it.
 * Every test accepts any value and never throws.
 */
import { asRecord, getPath } from '../values.js';
import type { JsonFormat } from './names.js';
import { hasRendered, isWordPress } from './wordpress-shape.js';

export { guessItemsPath } from './items-path.js';

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

/** Each JSON format's test, in the order they are tried. */
export const DETECTORS = {
  wordpress: isWordPress,
  ghost: isGhost,
  'json-feed': isJsonFeed,
  newsapi: isNewsApi,
  'json-ld': isJsonLd,
} satisfies Record<JsonFormat, (json: unknown) => boolean>;

/** Names the JSON format parsed JSON is in, if any. */
export function detectJsonFormat(json: unknown): keyof typeof DETECTORS | undefined {
  return (Object.keys(DETECTORS) as (keyof typeof DETECTORS)[]).find((name) => DETECTORS[name](json));
}
