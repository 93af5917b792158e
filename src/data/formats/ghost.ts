import type { NewsImage, NewsPage, NewsPerson, NewsTerm } from '../model.js';
import { asArray, asCount, asId, asIsoDate, asPositiveInt, asRecord, getPath, plainText, safeUrl } from '../values.js';
import { withPage, type AdapterContext, type FormatAdapter } from './adapter.js';
import { type ArticleDraft, finishAll, makePerson } from '../finish.js';
import { isGhost } from './detect.js';

/**
 * Ghost Content API posts (`/ghost/api/content/posts/`): `{ posts, meta: { pagination } }`. A single
 * post (`/posts/{id}/`) comes in the same envelope. Titles and excerpts are plain text in Ghost.
 */
export const ghost: FormatAdapter = {
  name: 'ghost',

  detect: isGhost,

  parse(json: unknown, context: AdapterContext): NewsPage {
    const base = context.url;
    const page: NewsPage = { articles: finishAll(getPath(json, 'posts'), (record) => readPost(record, base)) };
    addPagination(page, asRecord(getPath(json, 'meta.pagination')), context);
    return page;
  },
};

function readPost(record: unknown, base: string | undefined): ArticleDraft {
  const post = asRecord(record);
  if (!post) return {};
  const readingTime = asPositiveInt(post.reading_time);
  const { categories, tags } = readTags(post, base);
  return {
    id: asId(post.id) ?? asId(post.uuid),
    url: safeUrl(post.url, { base }),
    slug: plainText(post.slug) || undefined,
    title: plainText(post.title),
    // `custom_excerpt` is the one the editor wrote; `excerpt` is cut from the body by Ghost.
    excerpt: plainText(post.custom_excerpt) || plainText(post.excerpt),
    bodyHtml: typeof post.html === 'string' ? post.html : '',
    image: readImage(post, base),
    authors: readAuthors(post, base),
    published: asIsoDate(post.published_at),
    modified: asIsoDate(post.updated_at),
    categories,
    tags,
    readingTimeMinutes: readingTime,
    metrics: readingTime === undefined ? {} : { readingTimeMinutes: readingTime },
  };
}

function readImage(post: Record<string, unknown>, base: string | undefined): NewsImage | undefined {
  const url = safeUrl(post.feature_image, { base });
  return url ? { url, alt: plainText(post.feature_image_alt) } : undefined;
}

/** `authors` lists everyone, primary first; `primary_author` alone when the request only included that. */
function readAuthors(post: Record<string, unknown>, base: string | undefined): NewsPerson[] {
  const listed = asArray(post.authors);
  const records = listed.length > 0 ? listed : [post.primary_author];
  const people: NewsPerson[] = [];
  for (const record of records) {
    const person = readPerson(record, base);
    if (person) people.push(person);
  }
  return people;
}

function readPerson(value: unknown, base: string | undefined): NewsPerson | undefined {
  const author = asRecord(value);
  const name = plainText(author?.name);
  return author ? makePerson(name, author.url, author.profile_image, base) : undefined;
}

/**
 * Public tags become tags; the primary tag (Ghost's first public tag) is the category. Internal tags
 * (`#hash` names, `visibility: 'internal'`) are for theming and never shown.
 */
function readTags(post: Record<string, unknown>, base: string | undefined): { categories: NewsTerm[]; tags: NewsTerm[] } {
  const tags: NewsTerm[] = [];
  for (const raw of asArray(post.tags)) {
    const tag = readTag(raw, base);
    if (tag) tags.push(tag);
  }
  const primary = readTag(post.primary_tag, base) ?? tags[0];
  return { categories: primary ? [primary] : [], tags };
}

function readTag(value: unknown, base: string | undefined): NewsTerm | undefined {
  const tag = asRecord(value);
  const name = plainText(tag?.name);
  if (!tag || name === '' || tag.visibility === 'internal' || name.startsWith('#')) return undefined;
  const term: NewsTerm = { name };
  const url = safeUrl(tag.url, { base });
  if (url) term.url = url;
  const slug = plainText(tag.slug);
  if (slug) term.slug = slug;
  return term;
}

function addPagination(page: NewsPage, pagination: Record<string, unknown> | undefined, context: AdapterContext): void {
  if (!pagination) return;
  const total = asCount(pagination.total);
  const totalPages = asCount(pagination.pages);
  if (total !== undefined) page.total = total;
  if (totalPages !== undefined) page.totalPages = totalPages;
  // `next` is the next page number, or null on the last page.
  const nextPage = asPositiveInt(pagination.next);
  if (typeof pagination.next !== 'number' || nextPage === undefined) return;
  const next = withPage(context.url, nextPage);
  if (next) page.next = next;
}
