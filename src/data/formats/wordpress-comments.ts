import type { JsonResponse } from '../fetch-json.js';
import type { NewsArticle, NewsPage } from '../model.js';
import { asArray, asCount, asPositiveInt, getPath } from '../values.js';
import { parseAbsolute } from './adapter.js';

/**
 * Real comment counts from a stock WordPress. A post's REST answer carries no count: `_embed` holds only
 * the first page of its comments (10), so a post with 23 reads as 10. The comments endpoint says more:
 *
 * - one post: `comments?post=ID&per_page=1`, whose `X-WP-Total` is the count (asked only when the
 *   embedded page is full, i.e. there may be more);
 * - a list: one request for the comments of every post whose count is not known yet
 *   (`comments?post=1,2,3&per_page=100&_fields=post`), counted per post, and a second page of it when
 *   there are more than 100. Never one request per story.
 *
 * Only approved comments are public, so those are what is counted, as WordPress's own count does.
 * With more than 200 comments among the posts asked about, the counts not read to the end are lower
 * bounds, and say so (`commentCountIsMinimum`): the comments are asked for by post, so those are the
 * posts from the last one read on.
 */

/** WordPress embeds this many comments per post (the comments endpoint's default page size). */
export const EMBEDDED_COMMENTS = 10;
const COUNT_PAGE = 100;
const COUNT_PAGES = 2;

type Get = (url: string) => Promise<JsonResponse>;

/**
 * The comments collection beside the posts endpoint the page named (same origin, same path up to
 * `/wp/v2/`), never an address from the payload: a post's `_links` name the site as WordPress sees itself,
 * which behind a proxy or CDN, or with an `http:` home on an `https:` site, is another origin or a
 * mixed-content URL, where the widget must not send anyone.
 */
export function commentsEndpoint(url: string | undefined): string | undefined {
  const endpoint = parseAbsolute(url);
  if (!endpoint) return undefined;
  const route = endpoint.searchParams.get('rest_route');
  endpoint.search = '';
  if (route !== null) {
    // Plain permalinks: `?rest_route=/wp/v2/posts`.
    endpoint.searchParams.set('rest_route', route.replace(/\/wp\/v2\/[^/]+.*$/, '/wp/v2/comments'));
    return endpoint.href;
  }
  if (!/\/wp\/v2\/[^/]+/.test(endpoint.pathname)) return undefined;
  endpoint.pathname = endpoint.pathname.replace(/\/wp\/v2\/[^/]+.*$/, '/wp/v2/comments');
  return endpoint.href;
}

/**
 * Whether an article's count may be short (unknown, or exactly one full embedded page) and can be asked
 * for. A password-protected post's comments are not public: WordPress answers a request naming one with
 * `401 rest_cannot_read_post`, refusing the counts of every other post in it too, so it is left out.
 */
function uncertain(article: NewsArticle): boolean {
  return article.postId !== undefined && !article.protected && (article.commentCount === undefined || article.commentCount >= EMBEDDED_COMMENTS);
}

function withoutCount(article: NewsArticle): NewsArticle {
  const copy = { ...article };
  delete copy.commentCount;
  return copy;
}

function withCount(article: NewsArticle, count: number, minimum: boolean): NewsArticle {
  const counted: NewsArticle = { ...article, commentCount: count, metrics: { ...article.metrics, commentCount: count } };
  if (minimum) counted.commentCountIsMinimum = true;
  else delete counted.commentCountIsMinimum;
  return counted;
}

/** Comment counts by post id, and the posts whose count is only a lower bound. */
interface Counts {
  counts: Map<number, number>;
  minimum: Set<number>;
}

/**
 * The page with real comment counts, in at most two further requests (one for a single post). A failed
 * count request never fails the page (a count is worth less than the stories): the counts it could not
 * tell are left out.
 */
export async function completeCommentCounts(page: NewsPage, json: unknown, url: string | undefined, get: Get): Promise<NewsPage> {
  const unsure = page.articles.filter(uncertain);
  const endpoint = commentsEndpoint(url);
  if (unsure.length === 0 || !endpoint) return page;
  let found: Counts;
  try {
    found = Array.isArray(json) ? await countMany(endpoint, unsure, get) : await countOne(endpoint, unsure[0]!, get);
  } catch {
    // Without an answer a full embedded page says "10 or more": no count is shown rather than a wrong one
    // (the 10 stays as a metric, the best there is to rank by).
    return { ...page, articles: page.articles.map((article) => (unsure.includes(article) ? withoutCount(article) : article)) };
  }
  const { counts, minimum } = found;
  return {
    ...page,
    articles: page.articles.map((article) => {
      const count = article.postId === undefined ? undefined : counts.get(article.postId);
      return count === undefined ? article : withCount(article, count, minimum.has(article.postId!));
    }),
  };
}

async function countOne(endpoint: string, article: NewsArticle, get: Get): Promise<Counts> {
  const url = new URL(endpoint);
  url.searchParams.set('post', String(article.postId));
  url.searchParams.set('per_page', '1');
  url.searchParams.set('_fields', 'id');
  const response = await get(url.href);
  const total = asCount(response.headers['x-wp-total']);
  const counts = new Map<number, number>();
  // Without the header (a proxy that hides it), the embedded page is still the best we know.
  if (total !== undefined) counts.set(article.postId!, total);
  return { counts, minimum: new Set() };
}

async function countMany(endpoint: string, articles: NewsArticle[], get: Get): Promise<Counts> {
  const ids = [...new Set(articles.map((article) => article.postId!))];
  const counts = new Map<number, number>(ids.map((id) => [id, 0]));
  // In post order, so that when reading stops early the posts read to the end are known.
  let last = 0;
  let inOrder = true;
  let more = false;
  for (let page = 1; page <= COUNT_PAGES; page += 1) {
    const url = new URL(endpoint);
    url.searchParams.set('post', ids.join(','));
    url.searchParams.set('per_page', String(COUNT_PAGE));
    if (ids.length > 1) {
      url.searchParams.set('orderby', 'post');
      url.searchParams.set('order', 'asc');
    }
    url.searchParams.set('_fields', 'post');
    if (page > 1) url.searchParams.set('page', String(page));
    const response = await get(url.href);
    const comments = asArray(response.data);
    for (const comment of comments) {
      const post = asPositiveInt(getPath(comment, 'post'));
      if (post === undefined || !counts.has(post)) continue;
      counts.set(post, counts.get(post)! + 1);
      if (post < last) inOrder = false;
      last = post;
    }
    const totalPages = asCount(response.headers['x-wp-totalpages']);
    more = totalPages !== undefined ? page < totalPages : comments.length === COUNT_PAGE;
    if (!more) break;
  }
  // Not read to the end: the last post read and every later one may have more (all of them, if the
  // server ignored the order asked for).
  const minimum = new Set(more ? ids.filter((id) => !inOrder || id >= last) : []);
  // A post found with fewer than its embedded page counts no less than what was embedded.
  for (const article of articles) {
    const known = article.commentCount ?? 0;
    if (counts.get(article.postId!)! < known) counts.set(article.postId!, known);
  }
  return { counts, minimum };
}
