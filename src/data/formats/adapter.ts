import type { NewsArticle, NewsImage, NewsPage, NewsPerson, NewsTerm } from '../model.js';
import { asArray, asId, htmlText, plainText, safeUrl } from '../values.js';

/** What an adapter knows about the response it reads. */
export interface AdapterContext {
  /** The URL the JSON came from: relative links resolve against it, next pages are built from it. */
  url?: string;
  /** Response headers, lower-case names (e.g. `x-wp-totalpages`). */
  headers?: Record<string, string>;
}

/** Reads one known format into the normalized model. Both methods accept any value and never throw. */
export interface FormatAdapter {
  readonly name: string;
  /** True when the value has this format's shape. */
  detect(json: unknown): boolean;
  parse(json: unknown, context: AdapterContext): NewsPage;
}

/** Fields an adapter found for one record; everything is optional until `finishArticle` checks it. */
export interface ArticleDraft {
  id?: string;
  url?: string;
  slug?: string;
  title?: string;
  excerpt?: string;
  bodyHtml?: string;
  image?: NewsImage;
  authors?: NewsPerson[];
  published?: string;
  modified?: string;
  categories?: NewsTerm[];
  tags?: NewsTerm[];
  readingTimeMinutes?: number;
  commentStatus?: 'open' | 'closed';
  postId?: number;
  commentCount?: number;
  metrics?: Record<string, number>;
}

const WORDS_PER_MINUTE = 230;
const EXCERPT_FROM_BODY = 400;

/**
 * Turns a draft into an article, or `undefined` when the record has no usable title (it is dropped:
 * a headline-less card helps no reader). Fills what can be derived: id from url or position, an excerpt
 * from the body, reading time from the body's word count.
 */
export function finishArticle(draft: ArticleDraft, index: number): NewsArticle | undefined {
  const title = plainText(draft.title);
  if (title === '') return undefined;
  const bodyHtml = typeof draft.bodyHtml === 'string' ? draft.bodyHtml : '';
  const bodyText = draft.readingTimeMinutes === undefined || !draft.excerpt ? htmlText(bodyHtml) : '';
  const excerpt = plainText(draft.excerpt) || bodyText.slice(0, EXCERPT_FROM_BODY);
  const words = bodyText === '' ? 0 : bodyText.split(' ').length;
  const authors = (draft.authors ?? []).filter((a) => a.name !== '');
  const article: NewsArticle = {
    id: asId(draft.id) ?? draft.url ?? draft.slug ?? `item-${index}`,
    title,
    excerpt,
    bodyHtml,
    authors,
    categories: draft.categories ?? [],
    tags: draft.tags ?? [],
    metrics: { ...draft.metrics },
  };
  const author = authors[0];
  if (author) article.author = author;
  if (draft.url) article.url = draft.url;
  if (draft.slug) article.slug = draft.slug;
  if (draft.image) article.image = draft.image;
  if (draft.published) article.published = draft.published;
  if (draft.modified) article.modified = draft.modified;
  const minutes = draft.readingTimeMinutes ?? (words > 0 ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : undefined);
  if (minutes !== undefined) article.readingTimeMinutes = minutes;
  if (draft.commentStatus) article.commentStatus = draft.commentStatus;
  if (draft.postId !== undefined) article.postId = draft.postId;
  if (draft.commentCount !== undefined) {
    article.commentCount = draft.commentCount;
    article.metrics.commentCount ??= draft.commentCount;
  }
  return article;
}

/** Maps each record with `read` and keeps the articles that came out whole. */
export function finishAll(records: unknown, read: (record: unknown) => ArticleDraft): NewsArticle[] {
  const articles: NewsArticle[] = [];
  asArray(records).forEach((record, index) => {
    const article = finishArticle(read(record), index);
    if (article) articles.push(article);
  });
  return articles;
}

/** Lower-case header lookup. */
export function header(context: AdapterContext, name: string): string | undefined {
  return context.headers?.[name.toLowerCase()];
}

/** An absolute http(s) URL, parsed; undefined for anything else. */
export function parseAbsolute(url: string | undefined): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `url` with its `page` query parameter set, other parameters kept (how page-numbered APIs go on). */
export function withPage(url: string | undefined, page: number): string | undefined {
  const parsed = parseAbsolute(url);
  if (!parsed) return undefined;
  parsed.searchParams.set('page', String(page));
  return parsed.href;
}

/**
 * A person as every format ends up describing one: a name, a profile link (which may be `mailto:`) and an
 * avatar image, each link kept only when safe. Undefined when there is no name.
 */
export function makePerson(name: string, url: unknown, avatar: unknown, base: string | undefined): NewsPerson | undefined {
  if (name === '') return undefined;
  const person: NewsPerson = { name };
  const link = safeUrl(url, { base, mailto: true });
  if (link) person.url = link;
  const image = safeUrl(avatar, { base });
  if (image) person.avatar = image;
  return person;
}
