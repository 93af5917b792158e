/** NewsAPI.org-style responses: `{ status, totalResults, articles: [...] }`. */
import type { NewsImage, NewsPage, NewsPerson, NewsTerm } from '../model.js';
import { asCount, asId, asIsoDate, asRecord, decodedText, htmlText, safeUrl } from '../values.js';
import type { AdapterContext, FormatAdapter } from './adapter.js';
import { type ArticleDraft, finishAll } from '../finish.js';
import { isNewsApi } from './detect.js';
import { textToHtml } from './text-to-html.js';

/** The marker NewsAPI puts where it cut `content` off: `… [+2345 chars]`. */
const TRUNCATION_MARKER = /\s*\[\+\d+\s*chars?\]\s*$/i;

/** Author fields that hold a profile link instead of a name (`https://www.facebook.com/...`, `www.x.example/y`). */
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/\/|www\.)\S*$|^[\w-]+(?:\.[\w-]+)+\/\S*$/i;

/** What NewsAPI sends in every field of an article that was taken down. */
const REMOVED = '[Removed]';

/** The free text without the truncation marker; the cut is kept visible with '…' so it does not read as an ending. */
function readContent(value: unknown): string {
  if (typeof value !== 'string') return '';
  const cut = value.replace(TRUNCATION_MARKER, '');
  if (cut === value) return value;
  const text = cut.trimEnd();
  return text === '' || /(?:\u2026|\.\.\.)$/.test(text) ? text : `${text}\u2026`;
}

/**
 * NewsAPI's author is free text: a name, several names joined by commas, or a URL. A comma list is kept as
 * one byline, since splitting on commas would also split "Doe, Jane" and "Jane Doe, Staff Writer".
 */
function readAuthors(value: unknown): NewsPerson[] {
  const name = decodedText(value);
  return name === '' || LINK.test(name) ? [] : [{ name }];
}

/** The publication (`source.name`) is the one grouping NewsAPI gives, so it becomes the category. */
function readSource(value: unknown): NewsTerm[] {
  const source = asRecord(value);
  const name = decodedText(source?.name);
  if (name === '') return [];
  const term: NewsTerm = { name };
  const slug = asId(source?.id);
  if (slug) term.slug = slug;
  return [term];
}

function readArticle(value: unknown, base: string | undefined): ArticleDraft {
  const article = asRecord(value);
  if (!article || article.title === REMOVED) return {};
  const url = safeUrl(article.url, { base });
  const imageUrl = safeUrl(article.urlToImage, { base });
  const image: NewsImage | undefined = imageUrl ? { url: imageUrl, alt: '' } : undefined;
  return {
    id: url,
    url,
    // Titles often end in " - Source Name"; that is how NewsAPI sends them, so they are left whole.
    title: decodedText(article.title),
    // Descriptions are copied from the source page's meta tags and sometimes carry markup or entities.
    excerpt: htmlText(article.description),
    bodyHtml: textToHtml(readContent(article.content)),
    image,
    authors: readAuthors(article.author),
    published: asIsoDate(article.publishedAt),
    categories: readSource(article.source),
  };
}

export const newsApi: FormatAdapter = {
  name: 'newsapi',

  detect: isNewsApi,

  parse(json: unknown, context: AdapterContext): NewsPage {
    const body = asRecord(json);
    // An error body ({status: 'error', code, message}) has no articles; the fetch layer reports HTTP errors.
    if (!body || body.status === 'error') return { articles: [] };
    const page: NewsPage = { articles: finishAll(body.articles, (article) => readArticle(article, context.url)) };
    const total = asCount(body.totalResults);
    if (total !== undefined) page.total = total;
    return page;
  },
};
