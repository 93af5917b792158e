/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
import type { NewsImage, NewsPage, NewsPerson, NewsTerm } from '../model.js';
import { asArray, asId, asIsoDate, asRecord, decodedText, htmlText, safeUrl } from '../values.js';
import type { AdapterContext, FormatAdapter } from './adapter.js';
import { type ArticleDraft, finishAll, makePerson } from '../finish.js';
import { isJsonFeed } from './detect.js';
import { textToHtml } from './text-to-html.js';

const DERIVED_TITLE_LENGTH = 80;

function readPerson(value: unknown, base: string | undefined): NewsPerson | undefined {
  // Not allowed by the spec, but some generators write the author as a bare name.
  if (typeof value === 'string') {
    const name = decodedText(value);
    return name === '' ? undefined : { name };
  }
  const record = asRecord(value);
  const name = decodedText(record?.name);
  // The spec names mailto: as a possible author URL; it is a link, never an image.
  return record ? makePerson(name, record.url, record.avatar, base) : undefined;
}

/** 1.1 `authors` (an array); else 1.0 `author` (one object), which 1.1 asks readers to fall back to. */
function readAuthors(record: Record<string, unknown>, base: string | undefined): NewsPerson[] {
  const read = (list: unknown[]): NewsPerson[] =>
    list.map((value) => readPerson(value, base)).filter((person): person is NewsPerson => person !== undefined);
  const authors = read(asArray(record.authors));
  return authors.length > 0 ? authors : read([record.author]);
}

function readTags(value: unknown): NewsTerm[] {
  const names = new Set(asArray(value).map(decodedText).filter((name) => name !== ''));
  return [...names].map((name) => ({ name }));
}

/**
 * JSON Feed lets an item go without a title (microblog posts), but finishArticle drops title-less records
 * because a card needs a headline. Such an item is titled with the start of its own text instead: at most
 * 80 characters, cut at the last word boundary (a hard cut only when a single word runs past half that),
 * with trailing punctuation trimmed and '…' added to show the text goes on.
 */
function deriveTitle(text: string): string {
  if (text.length <= DERIVED_TITLE_LENGTH) return text;
  const head = text.slice(0, DERIVED_TITLE_LENGTH + 1);
  const space = head.lastIndexOf(' ');
  const cut = space >= DERIVED_TITLE_LENGTH / 2 ? head.slice(0, space) : text.slice(0, DERIVED_TITLE_LENGTH);
  // A hard cut may split a surrogate pair; a lone high surrogate would render as garbage.
  return `${cut.replace(/[\ud800-\udbff]$/, '').replace(/[\s.,;:!?\-\u2013\u2014]+$/, '')}\u2026`;
}

function readImage(item: Record<string, unknown>, base: string | undefined): NewsImage | undefined {
  // `image` is the item's main image; `banner_image` is a header picture, used only when there is no main one.
  const url = safeUrl(item.image, { base }) ?? safeUrl(item.banner_image, { base });
  return url ? { url, alt: '' } : undefined;
}

function readItem(value: unknown, feedAuthors: NewsPerson[], base: string | undefined): ArticleDraft {
  const item = asRecord(value);
  if (!item) return {};
  const html = typeof item.content_html === 'string' && item.content_html.trim() !== '' ? item.content_html : undefined;
  const text = typeof item.content_text === 'string' ? item.content_text : '';
  const summary = decodedText(item.summary);
  const ownAuthors = readAuthors(item, base);
  return {
    id: asId(item.id),
    // `external_url` is the page a link post is about; it stands in only when the item has no permalink.
    url: safeUrl(item.url, { base }) ?? safeUrl(item.external_url, { base }),
    title: decodedText(item.title) || deriveTitle(summary || decodedText(text) || htmlText(html)),
    excerpt: summary,
    bodyHtml: html ?? textToHtml(text),
    image: readImage(item, base),
    authors: ownAuthors.length > 0 ? ownAuthors : feedAuthors.map((person) => ({ ...person })),
    published: asIsoDate(item.date_published),
    modified: asIsoDate(item.date_modified),
    tags: readTags(item.tags),
  };
}

/** An absolute http(s) URL from the feed itself, for resolving relative links when the caller gave none. */
function absoluteUrl(value: unknown): string | undefined {
  const url = safeUrl(value);
  return url !== undefined && /^https?:/i.test(url) ? url : undefined;
}

export const jsonFeed: FormatAdapter = {
  name: 'json-feed',

  detect: isJsonFeed,

  parse(json: unknown, context: AdapterContext): NewsPage {
    const feed = asRecord(json);
    if (!feed) return { articles: [] };
    const base = context.url ?? absoluteUrl(feed.feed_url) ?? absoluteUrl(feed.home_page_url);
    const feedAuthors = readAuthors(feed, base);
    const page: NewsPage = { articles: finishAll(feed.items, (item) => readItem(item, feedAuthors, base)) };
    const next = safeUrl(feed.next_url, { base });
    // A feed whose next page is itself would make a "load more" button loop forever.
    if (next !== undefined && next !== context.url) page.next = next;
    return page;
  },
};
