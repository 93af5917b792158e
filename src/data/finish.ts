import type { NewsArticle, NewsImage, NewsPage, NewsPerson, NewsTerm } from './model.js';
import { slicing } from './slices.js';
import { asArray, asCount, asId, asIsoDate, asNumber, asPositiveInt, asRecord, htmlText, plainText, safeUrl } from './values.js';

/**
 * The one finishing step every article passes before any element draws it, whatever its origin: an
 * adapter's reading of an endpoint, inline JSON, `.data`, or objects an app hands in as `.articles` /
 * `.article`. It applies the model's promises (links only through the URL policy, dates valid ISO
 * strings, text fields plain text of sane length, counts whole numbers) to values of any type, and
 * never throws, so an element can trust what it receives.
 */

/** Fields found for one record; any of them may be missing or of the wrong type until `finishArticle` checks it. */
export interface ArticleDraft {
  id?: unknown;
  url?: unknown;
  slug?: unknown;
  title?: unknown;
  excerpt?: unknown;
  bodyHtml?: unknown;
  image?: unknown;
  /** The first author, when there is no `authors` list (an app's shorthand). */
  author?: unknown;
  authors?: unknown;
  published?: unknown;
  modified?: unknown;
  categories?: unknown;
  tags?: unknown;
  readingTimeMinutes?: unknown;
  commentStatus?: unknown;
  postId?: unknown;
  commentCount?: unknown;
  /** `true` when `commentCount` is a lower bound (the source counted only so far). */
  commentCountIsMinimum?: unknown;
  metrics?: unknown;
  /** `true` when the source protects the story with a password; anything else counts as not protected. */
  protected?: unknown;
  /** `{ name, url }` of the source the story came from; kept only with both (the url through the URL policy). */
  source?: unknown;
}

/** What an app may hand to `.articles` / `.article`: the normalized shape, every field checked on the way in. */
export type ArticleInput = Partial<NewsArticle> & { title: string };

const WORDS_PER_MINUTE = 230;
const EXCERPT_FROM_BODY = 400;
/** Longest title, excerpt and name kept, in UTF-16 units: enough for any real headline, and a hostile megabyte stays out of layout. */
const MAX_TITLE = 1_000;
const MAX_EXCERPT = 10_000;
const MAX_NAME = 300;

/** The first `max` UTF-16 units of a text, without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

function text(value: unknown, max: number): string {
  return clip(plainText(value), max);
}

/** A person from a `{ name, url, avatar }` object or a bare name; undefined without a name. */
export function finishPerson(value: unknown, base?: string): NewsPerson | undefined {
  const record = asRecord(value);
  const name = text(record ? record.name : value, MAX_NAME);
  return makePerson(name, record?.url, record?.avatar, base);
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

function finishTerm(value: unknown): NewsTerm | undefined {
  const record = asRecord(value);
  const name = text(record ? record.name : value, MAX_NAME);
  if (name === '') return undefined;
  const term: NewsTerm = { name };
  const url = safeUrl(record?.url);
  if (url) term.url = url;
  const slug = text(record?.slug, MAX_NAME);
  if (slug) term.slug = slug;
  return term;
}

function finishList<T>(value: unknown, finish: (item: unknown) => T | undefined): T[] {
  return asArray(value).flatMap((item) => finish(item) ?? []);
}

/** `url 300w, url 2x` with every candidate's URL through the URL policy; unsafe candidates are dropped. */
export function finishSrcset(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept = value
    .split(/,\s+/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const safe = safeUrl(url);
      return safe && descriptor.every((d) => /^\d+(\.\d+)?[wx]$/.test(d)) ? [safe, ...descriptor].join(' ') : '';
    })
    .filter(Boolean);
  return kept.length ? kept.join(', ') : undefined;
}

/** An image whose URL passes the URL policy, with a plain-text alt and whole-pixel sizes. */
export function finishImage(value: unknown): NewsImage | undefined {
  const record = asRecord(value);
  const url = safeUrl(record ? record.url : value);
  if (!url) return undefined;
  const image: NewsImage = { url, alt: text(record?.alt, MAX_EXCERPT) };
  const width = asPositiveInt(record?.width);
  const height = asPositiveInt(record?.height);
  if (width && height) {
    image.width = width;
    image.height = height;
  }
  const srcset = finishSrcset(record?.srcset);
  if (srcset) image.srcset = srcset;
  return image;
}

function finishMetrics(value: unknown): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const [key, n] of Object.entries(asRecord(value) ?? {})) {
    const number = asNumber(n);
    if (number !== undefined) metrics[key] = number;
  }
  return metrics;
}

/**
 * A short hash of a text (two FNV-1a-style 32-bit hashes, base 36): the same content gives the same id
 * wherever and on whichever page it appears, which a position in a page never does.
 */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  let g = 0x9e3779b9;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h = Math.imul(h ^ code, 16777619);
    g = Math.imul(g ^ code, 2246822507);
  }
  return (h >>> 0).toString(36) + (g >>> 0).toString(36);
}

/** Articles whose id was made from their content (see `uniqueIds`). */
const madeIds = new WeakSet<NewsArticle>();

/**
 * Turns a draft into an article, or `undefined` when the record has no usable title (it is dropped:
 * a headline-less card helps no reader). Fills what can be derived: an id from the source's id, else the
 * url, the slug, or a hash of the content (title, date, excerpt, body); an excerpt from the body; reading
 * time from the body's word count.
 */
export function finishArticle(draft: ArticleDraft): NewsArticle | undefined {
  const title = text(draft.title, MAX_TITLE);
  if (title === '') return undefined;
  const bodyHtml = typeof draft.bodyHtml === 'string' ? draft.bodyHtml : '';
  const givenMinutes = asPositiveInt(draft.readingTimeMinutes);
  const givenExcerpt = text(draft.excerpt, MAX_EXCERPT);
  const bodyText = givenMinutes === undefined || !givenExcerpt ? htmlText(bodyHtml) : '';
  const excerpt = givenExcerpt || bodyText.slice(0, EXCERPT_FROM_BODY);
  const words = bodyText === '' ? 0 : bodyText.split(' ').length;
  const authors = finishList(draft.authors, (person) => finishPerson(person));
  if (authors.length === 0) {
    const single = finishPerson(draft.author);
    if (single) authors.push(single);
  }
  const url = safeUrl(draft.url);
  const slug = text(draft.slug, MAX_NAME);
  const article: NewsArticle = {
    id: asId(draft.id) ?? url ?? slug,
    title,
    excerpt,
    bodyHtml,
    authors,
    categories: finishList(draft.categories, finishTerm),
    tags: finishList(draft.tags, finishTerm),
    metrics: finishMetrics(draft.metrics),
  };
  const author = authors[0];
  if (author) article.author = author;
  if (url) article.url = url;
  if (slug) article.slug = slug;
  const image = finishImage(draft.image);
  if (image) article.image = image;
  const published = asIsoDate(draft.published);
  if (published) article.published = published;
  const modified = asIsoDate(draft.modified);
  if (modified) article.modified = modified;
  const minutes = givenMinutes ?? (words > 0 ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : undefined);
  if (minutes !== undefined) article.readingTimeMinutes = minutes;
  if (draft.commentStatus === 'open' || draft.commentStatus === 'closed') article.commentStatus = draft.commentStatus;
  const postId = asPositiveInt(draft.postId);
  if (postId !== undefined) article.postId = postId;
  const commentCount = asCount(draft.commentCount);
  if (commentCount !== undefined) {
    article.commentCount = commentCount;
    article.metrics.commentCount ??= commentCount;
    if (draft.commentCountIsMinimum === true) article.commentCountIsMinimum = true;
  }
  if (draft.protected === true) article.protected = true;
  const source = finishTerm(draft.source);
  if (source?.url) article.source = { name: source.name, url: source.url };
  if (!article.id) {
    article.id = `item-${contentHash([title, published, givenExcerpt, bodyHtml].join('\n'))}`;
    madeIds.add(article);
  }
  return article;
}

/**
 * The articles with ids unique within their page: the second article whose id was made from the same
 * content (the same story twice, with no id, url or slug) becomes `item-…-2`, and so on. Ids the source
 * gave are left as they are (a story listed twice is the same story).
 */
function uniqueIds(articles: NewsArticle[]): NewsArticle[] {
  const seen = new Map<string, number>();
  return articles.map((article) => {
    const n = (seen.get(article.id) ?? 0) + 1;
    seen.set(article.id, n);
    return n > 1 && madeIds.has(article) ? { ...article, id: `${article.id}-${n}` } : article;
  });
}

/**
 * Maps each record with `read` and keeps the articles that came out whole. Under `inSlices`, it stops when
 * the slice's time is up (having finished one record at least) and goes on from there when the reader runs again.
 */
export function finishAll(records: unknown, read: (record: unknown) => ArticleDraft): NewsArticle[] {
  const list = asArray(records);
  const state = slicing;
  const done = state ? (state.done[state.call++] ??= []) : [];
  for (let i = done.length, from = i; i < list.length; i += 1) {
    if (state && i > from && performance.now() > state.until) {
      state.more = true;
      break;
    }
    done.push(finishArticle(read(list[i])));
  }
  return uniqueIds(done.filter((article) => article !== undefined));
}

/**
 * Finished copies of articles an app handed in, one per input object and kept for it: setting the same
 * objects again gives the same articles (so nothing re-renders or re-fetches). Treat handed-in objects as
 * immutable: to change one, pass a new object.
 */
const finishedInput = new WeakMap<object, NewsArticle | null>();

/** Articles from app input (`.articles`, `.article`): each checked like fetched data; unusable ones dropped. */
export function finishInput(input: unknown): NewsArticle[] {
  const articles: NewsArticle[] = [];
  for (const value of asArray(input)) {
    const record = asRecord(value);
    if (!record) continue;
    let finished = finishedInput.get(record);
    if (finished === undefined) {
      finished = finishArticle(record) ?? null;
      finishedInput.set(record, finished);
    }
    if (finished) articles.push(finished);
  }
  return uniqueIds(articles);
}

/** A page of app input, finished. */
export function finishInputPage(input: unknown): NewsPage {
  return { articles: finishInput(input) };
}
