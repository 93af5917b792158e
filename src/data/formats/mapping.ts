import type { NewsImage, NewsPage, NewsPerson, NewsTerm } from '../model.js';
import {
  asCount,
  asIsoDate,
  asNumber,
  asPositiveInt,
  asRecord,
  getPath,
  htmlText,
  plainText,
  safeUrl,
} from '../values.js';
import type { AdapterContext } from './adapter.js';
import { type ArticleDraft, finishAll, makePerson } from '../finish.js';

/** A dot path into a record (`author.name`, `media.0.src`) or a function of the record. */
export type FieldGetter = string | ((record: unknown) => unknown);

/**
 * Describes any JSON shape in terms of the article model. Every field is optional; unnamed fields are
 * looked for under their usual names (`title`/`headline`/`name`, `url`/`link`, ...).
 */
export interface FieldMapping {
  id?: FieldGetter;
  url?: FieldGetter;
  slug?: FieldGetter;
  title?: FieldGetter;
  /** Text or HTML; markup is removed. */
  excerpt?: FieldGetter;
  /** HTML (sanitized when shown). */
  body?: FieldGetter;
  /** A URL string, or an object with `url`/`src`, `alt`, `width`, `height`. */
  image?: FieldGetter;
  imageAlt?: FieldGetter;
  /** A name, an object with `name`/`url`, or an array of either. */
  author?: FieldGetter;
  published?: FieldGetter;
  modified?: FieldGetter;
  /** Names, `{name, url}` objects, or a comma-separated string. */
  categories?: FieldGetter;
  tags?: FieldGetter;
  readingTime?: FieldGetter;
  commentCount?: FieldGetter;
  postId?: FieldGetter;
  /** Numeric fields to rank by: `{ views: 'stats.views' }`. */
  metrics?: Record<string, FieldGetter>;
  /** Dot path, in the whole response, to the next page's URL. */
  next?: string;
  /** Dot path, in the whole response, to the total number of items. */
  total?: string;
}

const USUAL: Required<Pick<FieldMapping, 'id' | 'url' | 'slug' | 'title' | 'excerpt' | 'body' | 'image' | 'imageAlt' | 'author' | 'published' | 'modified' | 'categories' | 'tags' | 'readingTime' | 'commentCount' | 'postId'>> = {
  id: firstOf('id', 'guid', 'uuid', 'slug'),
  url: firstOf('url', 'link', 'href', 'permalink', 'canonical_url'),
  slug: 'slug',
  title: firstOf('title.rendered', 'title', 'headline', 'name'),
  excerpt: firstOf('excerpt.rendered', 'excerpt', 'summary', 'description', 'dek', 'standfirst', 'lead'),
  body: firstOf('content.rendered', 'content_html', 'body_html', 'body', 'html', 'content', 'text'),
  image: firstOf('image', 'thumbnail', 'image_url', 'imageUrl', 'urlToImage', 'feature_image', 'featured_image', 'picture', 'photo'),
  imageAlt: firstOf('image_alt', 'imageAlt', 'alt'),
  author: firstOf('authors', 'author', 'byline', 'creator'),
  published: firstOf('published', 'published_at', 'publishedAt', 'date_published', 'datePublished', 'pubDate', 'date', 'created_at', 'createdAt'),
  modified: firstOf('modified', 'updated', 'updated_at', 'updatedAt', 'date_modified', 'dateModified'),
  categories: firstOf('categories', 'category', 'section', 'sections'),
  tags: firstOf('tags', 'keywords'),
  readingTime: firstOf('reading_time', 'readingTime', 'read_time'),
  commentCount: firstOf('comment_count', 'commentCount', 'comments_count', 'comments'),
  postId: firstOf('post_id', 'postId'),
};

/** A getter that takes the first of several paths holding a value. */
export function firstOf(...paths: string[]): (record: unknown) => unknown {
  return (record) => {
    for (const path of paths) {
      const value = getPath(record, path);
      if (value !== undefined && value !== null && value !== '') return value;
    }
    return undefined;
  };
}

/** One field of a record, by the mapping's getter or else the usual places; a throwing getter gives nothing. */
export function readField(record: unknown, getter: FieldGetter | undefined, fallback: FieldGetter): unknown {
  const chosen = getter ?? fallback;
  try {
    return typeof chosen === 'function' ? chosen(record) : getPath(record, chosen);
  } catch {
    // A mapping function written by the page may throw on an odd record; that field is then missing.
    return undefined;
  }
}

function toImage(value: unknown, alt: unknown, base: string | undefined): NewsImage | undefined {
  const object = asRecord(value);
  const url = safeUrl(object ? (object.url ?? object.src ?? object.source_url ?? object.href) : value, { base });
  if (!url) return undefined;
  const image: NewsImage = { url, alt: htmlText(alt) || htmlText(object?.alt ?? object?.caption) };
  const width = asPositiveInt(object?.width);
  const height = asPositiveInt(object?.height);
  if (width && height) Object.assign(image, { width, height });
  return image;
}

function toPeople(value: unknown, base: string | undefined): NewsPerson[] {
  const list = Array.isArray(value) ? value : [value];
  const people: NewsPerson[] = [];
  for (const entry of list) {
    const object = asRecord(entry);
    const name = htmlText(object ? (object.name ?? object.display_name ?? object.title) : entry);
    const person = makePerson(name, object?.url ?? object?.link, object?.avatar ?? object?.image ?? object?.profile_image, base);
    if (person) people.push(person);
  }
  return people;
}

/** Terms from names, `{name, url}` objects, or one comma-separated string. */
export function toTerms(value: unknown, base?: string): NewsTerm[] {
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : value === undefined ? [] : [value];
  const terms: NewsTerm[] = [];
  for (const entry of list) {
    const object = asRecord(entry);
    const name = htmlText(object ? (object.name ?? object.title ?? object.label) : entry);
    if (!name) continue;
    const term: NewsTerm = { name };
    const url = safeUrl(object?.url ?? object?.link, { base });
    const slug = plainText(object?.slug);
    if (url) term.url = url;
    if (slug) term.slug = slug;
    terms.push(term);
  }
  return terms;
}

/** Reads one record through a mapping into an article draft. */
export function mapRecord(record: unknown, mapping: FieldMapping, base?: string): ArticleDraft {
  const get = (field: keyof typeof USUAL): unknown => readField(record, mapping[field], USUAL[field]);
  const draft: ArticleDraft = {
    title: htmlText(get('title')),
    excerpt: htmlText(get('excerpt')),
    bodyHtml: typeof get('body') === 'string' ? (get('body') as string) : '',
    authors: toPeople(get('author'), base),
    categories: toTerms(get('categories'), base),
    tags: toTerms(get('tags'), base),
  };
  const metrics: Record<string, number> = {};
  draft.metrics = metrics;
  const id = get('id');
  if (typeof id === 'string' || typeof id === 'number') draft.id = String(id);
  const url = safeUrl(get('url'), { base });
  if (url) draft.url = url;
  const slug = plainText(get('slug'));
  if (slug) draft.slug = slug;
  const image = toImage(get('image'), get('imageAlt'), base);
  if (image) draft.image = image;
  const published = asIsoDate(get('published'));
  if (published) draft.published = published;
  const modified = asIsoDate(get('modified'));
  if (modified) draft.modified = modified;
  const readingTime = asPositiveInt(get('readingTime'));
  if (readingTime) draft.readingTimeMinutes = readingTime;
  const commentCount = asCount(get('commentCount'));
  if (commentCount !== undefined) draft.commentCount = commentCount;
  const postId = asPositiveInt(get('postId'));
  if (postId) draft.postId = postId;
  for (const [name, getter] of Object.entries(mapping.metrics ?? {})) {
    const value = asNumber(readField(record, getter, getter));
    if (value !== undefined) metrics[name] = value;
  }
  return draft;
}

/**
 * Reads any JSON: `items` is the dot path to the array of records (`.` for a root array, as amp-list
 * does), `mapping` says where each field is.
 */
export function parseMapped(json: unknown, items: string, mapping: FieldMapping, context: AdapterContext): NewsPage {
  const base = context.url;
  const found = getPath(json, items);
  // A path that names one record (a single-article endpoint) is read as a list of one.
  const records = Array.isArray(found) ? found : asRecord(found) ? [found] : [];
  const page: NewsPage = { articles: finishAll(records, (record) => mapRecord(record, mapping, base)) };
  const next = mapping.next ? safeUrl(getPath(json, mapping.next), { base }) : undefined;
  if (next) page.next = next;
  const total = mapping.total ? asCount(getPath(json, mapping.total)) : undefined;
  if (total !== undefined) page.total = total;
  return page;
}
