import { resolveUrl } from '../../config.js';
import { NewsError, isAbort } from '../../data/errors.js';
import type { FetchOptions } from '../../data/fetch-json.js';
import { clip } from '../../data/finish.js';
import type { NewsArticle, NewsPage } from '../../data/model.js';
import { asRecord, plainText, safeUrl } from '../../data/values.js';
import type { NewsListElement } from './news-list.js';

/**
 * A list that reads several sources: each is asked at once, the answers merged newest first, the same
 * story (the same URL) kept once, each story marked with its source. A module of its own, loaded by a
 * list the first time it has more than one source, or `.sources` to check: a list with `src` alone, or
 * one link alone, downloads none of it.
 */

/** A source checked: its endpoint (absolute, http or https) and the name its stories show. */
interface CheckedSource {
  url: string;
  name: string;
}

/** Longest source name kept, as for other names. */
const MAX_NAME = 300;

/** `harbour.example` for `https://www.harbour.example/feed/`: what names a source given without a name. */
function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * A source as the list names it: `src` (a string), a link inside the list (its `href`, resolved by the
 * document as a reader's click would be, and its text), or an entry of `.sources` (`{ url, name? }`).
 */
function described(ref: unknown): { url?: unknown; name?: unknown } {
  if (typeof ref === 'string') return { url: ref };
  // (No `Element` on a server, where a list's links come as entries of `.sources`: news-widgets/ssr.)
  if (typeof Element === 'function' && ref instanceof Element) return { url: (ref as HTMLAnchorElement).href, name: ref.textContent };
  return asRecord(ref) ?? {};
}

/**
 * The usable sources among those a list names (`src`, its links, `.sources`), in that order: each needs
 * an http(s) URL (relative ones resolve as `src` does); the same endpoint twice counts once. Any other is
 * ignored, with a warning that shows it, so an app's mistake is found, not hidden.
 */
export function checkSources(refs: readonly unknown[]): CheckedSource[] {
  const checked: CheckedSource[] = [];
  for (const ref of refs) {
    // No `src`, no `.sources`: nothing to check.
    if (ref === '' || ref === undefined) continue;
    const { url: given, name } = described(ref);
    const url = typeof given === 'string' && given.trim() ? safeUrl(resolveUrl(given.trim())) : undefined;
    if (!url || !/^https?:/.test(url)) {
      console.warn('news-widgets: a source of the list was ignored: it needs an http(s) URL, as a link\'s href or { url, name? } in .sources.', ref);
      continue;
    }
    if (checked.some((source) => source.url === url)) continue;
    checked.push({ url, name: clip(plainText(name), MAX_NAME) || hostName(url) });
  }
  return checked;
}

/** A failure of one source as a `NewsError` that names that source's URL. */
function sourceError(error: unknown, url: string): NewsError {
  if (error instanceof NewsError && error.url) return error;
  const code = error instanceof NewsError ? error.code : 'unsupported-shape';
  return new NewsError(code, `Could not read ${url}: ${error instanceof Error ? error.message : String(error)}`, { url, cause: error });
}

/** The time a story was published, for ordering; undefined when it has no date. */
function time(article: NewsArticle): number | undefined {
  const ms = article.published ? Date.parse(article.published) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The stories of several sources as one list: newest first, undated ones after the dated ones (in source
 * order), the same URL once (its first place in that order), each with its source, and an id made unique
 * per source (two sources may both have a story "1").
 */
export function mergeSources(pages: readonly { source: CheckedSource; page: NewsPage }[]): NewsPage {
  const all = pages.flatMap(({ source, page }) =>
    page.articles.map((article): NewsArticle => ({ ...article, id: `${source.url} ${article.id}`, source: { name: source.name, url: source.url } })),
  );
  // Array#sort is stable: stories of the same time, and undated ones, keep their source order.
  const sorted = all
    .map((article) => ({ article, time: time(article) }))
    .sort((a, b) => (a.time === b.time ? 0 : a.time === undefined ? 1 : b.time === undefined ? -1 : b.time - a.time));
  const urls = new Set<string>();
  const articles: NewsArticle[] = [];
  for (const { article } of sorted) {
    if (article.url) {
      if (urls.has(article.url)) continue;
      urls.add(article.url);
    }
    articles.push(article);
  }
  return { articles };
}

/**
 * Reads every source a list names with `load` (the list's own reading of one endpoint: its request
 * options, each answer's format detected on its own), all at once, and merges them. A source that fails is
 * told to `report` (a `NewsError` with its `url`) and the others are shown; when all fail, the first
 * failure is thrown (the list's error state) and the others reported. A cancelled request (the sources
 * changed, the list left the page) is thrown before anything is reported. Several sources have no next
 * page: a merged list is the first page of each.
 */
export async function loadSources(list: NewsListElement, request: FetchOptions): Promise<NewsPage> {
  // This module is a part of the list: it reads one endpoint as the list reads one (its `loadUrl`, given a
  // URL of its own rather than the list's SEVERAL), and reports a failure as the list reports one.
  const friend = list as unknown as { loadUrl(url: string, request: FetchOptions): Promise<NewsPage>; reportError(error: unknown): void };
  const load = (url: string): Promise<NewsPage> => friend.loadUrl(url, request);
  const report = (error: NewsError): void => friend.reportError(error);
  const sources = checkSources([list.src, ...(list._links ?? []), ...[list.sources].flat()]);
  const [first] = sources;
  if (!first) return { articles: [] };
  // One usable source is read as a list of one reads it: its stories unmarked, its paging kept.
  if (sources.length === 1) return load(first.url);
  const results = await Promise.allSettled(sources.map((source) => load(source.url)));
  const aborted = results.find((result) => result.status === 'rejected' && isAbort(result.reason));
  if (aborted) throw (aborted as PromiseRejectedResult).reason;
  const failures: NewsError[] = [];
  const pages: { source: CheckedSource; page: NewsPage }[] = [];
  results.forEach((result, i) => {
    const source = sources[i]!;
    if (result.status === 'fulfilled') pages.push({ source, page: result.value });
    else failures.push(sourceError(result.reason, source.url));
  });
  if (pages.length === 0) {
    failures.slice(1).forEach(report);
    throw failures[0];
  }
  failures.forEach(report);
  return mergeSources(pages);
}
