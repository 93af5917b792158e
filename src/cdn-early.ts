/**
 * No waterfall: the script-tag core sees each widget's tag before the widget's files have loaded, so it
 * starts the widget's first data request at once, beside those files, rather than after them. The
 * element's data layer (`fetchJson`, src/data/fetch-json.ts) takes that request in place of sending its
 * own, once: one request, shared; its timeout, errors and CORS reading are the data layer's, as for any
 * request. This module is where both sides meet: what the request is (`ACCEPT`, `requestKey`), where it
 * waits (`takeEarly`), and the core's side (`startEarly`). In the script-tag build the element files take
 * the first three from the core (src/cdn-from-core.ts); the npm build carries them (and finds nothing to take).
 *
 * Only a request the element would send as it is: a `src` of its own (not a lazy widget, which asks
 * nothing until it comes near the viewport), no inline data, no links (several sources), no cookies, no
 * page-wide `proxy` or `fetch`, not a widget already upgraded or rendered on the server, not a WordPress
 * comments endpoint (whose first address the list works out). Whatever is in doubt is left to the element:
 * a request missed costs time, a wrong one would cost a request.
 */
import { getDefaults, resolveUrl } from './config.js';

/**
 * JSON first, then the feed types. Short enough (128 bytes at most) to stay a CORS-safelisted header: a
 * longer one would need a preflight, which servers that send no CORS headers refuse.
 */
export const ACCEPT = 'application/json,application/rss+xml;q=0.9,application/atom+xml;q=0.9,application/rdf+xml;q=0.9,*/*;q=0.8';

/** One request's identity: the same URL, credentials and headers are the same request, whoever asks. */
export const requestKey = (url: string, credentials: RequestCredentials, headers?: Record<string, string>): string =>
  `${url}\n${credentials}\n${JSON.stringify(headers ?? {})}`;

/** A widget's inline data (`application/json`, `application/ld+json`), which it reads rather than its `src`. */
const INLINE = ':scope>script[type*=json]';

/** A request started early: its answer, given the cancellation (and timeout) of the one who takes it. */
export type EarlyRequest = (signal: AbortSignal) => Promise<Response>;

/** The requests started and not yet taken, by `requestKey`, shared through the global object. */
const waiting = (): Map<string, EarlyRequest> => ((globalThis as { [key: symbol]: Map<string, EarlyRequest> })[Symbol.for('news-widgets.early')] ??= new Map());

/** The request started early under `key`, if any; taken once (whoever asks again sends a request of its own). */
export function takeEarly(key: string): EarlyRequest | undefined {
  const started = waiting();
  const early = started.get(key);
  started.delete(key);
  return early;
}

/** Starts a widget's first data request, when the element would send that very request; returns its URL then. */
export function startEarly(widget: Element): string | undefined {
  const src = widget.getAttribute('src');
  const { proxy, fetch: pageFetch, baseUrl } = getDefaults();
  if (
    !src ||
    proxy ||
    pageFetch ||
    // A relative `src` while the page is still arriving: a config element further down may yet set `baseUrl`.
    (document.readyState === 'loading' && !baseUrl && !/^\w+:/.test(src)) ||
    widget.shadowRoot ||
    // Upgraded already; lazy; with cookies (`credentials` other than `omit`).
    widget.matches(':defined,[loading=lazy],[credentials]:not([credentials=omit])') ||
    // Inline JSON (it wins over `src`), links (a list's sources; in an article, slotted content), or data
    // an app set before the upgrade.
    widget.querySelector(widget.localName === 'news-article' ? INLINE : `${INLINE},a[href]`) ||
    Object.keys(widget).length ||
    /wp\/v2\/comments/.test(src)
  )
    return;
  const url = resolveUrl(src);
  const key = requestKey(url, 'omit');
  const started = waiting();
  if (started.has(key)) return url;
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'omit', headers: { Accept: ACCEPT }, signal: controller.signal });
  // Its failure is the taker's to report; untaken, it is nobody's.
  response.catch(() => undefined);
  started.set(key, (signal) => {
    signal.addEventListener('abort', () => controller.abort());
    return response;
  });
  // Not taken by the element's first update (where its first request is made), or never upgraded (the
  // widget left the page first): nobody wants it, so it stops.
  const drop = (): unknown => started.delete(key) && controller.abort();
  customElements
    .whenDefined(widget.localName)
    .then(() => (widget as { updateComplete?: unknown }).updateComplete)
    .then(drop, drop);
  return url;
}
