import { NewsError } from './errors.js';

/**
 * Telling a CORS refusal from being offline, after a request to another origin failed with fetch's bare
 * `TypeError` (the same for both). Loaded only then, so a page whose requests succeed never downloads it.
 */

/** Origins the site owner has been told about: one console note each, however many widgets read them. */
const told = new Set<string>();

/**
 * Asks the server again in `no-cors` mode (no credentials, no cache, under the first request's timeout
 * and cancellation): an opaque answer means it is up and answered, but does not let this page read it.
 * Resolves with that refusal (code `cors`), or undefined when nothing answered; rejects when the probe
 * itself fails (offline, cancelled, timed out), which the caller reads as it would the first failure.
 */
export async function corsRefusal(url: string, doFetch: typeof fetch, signal: AbortSignal): Promise<NewsError | undefined> {
  const answer = await doFetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal });
  if (answer.type !== 'opaque') return undefined;
  const page = location.origin;
  const server = new URL(url, location.href).origin;
  if (!told.has(server)) {
    told.add(server);
    console.warn(
      `news-widgets: ${server} answers, but does not let this page (${page}) read ${url}: it sends no Access-Control-Allow-Origin header that allows it. ` +
        `Have ${server} send "Access-Control-Allow-Origin: ${page}" (or "*" for public news), or read it through a proxy of your own with configure({ proxy }). ` +
        'The README\'s "Sources on another site (CORS)" shows how for WordPress, Ghost, nginx, Apache and static hosts.',
    );
  }
  return new NewsError('cors', `${url} answered, but does not allow ${page} to read it (no Access-Control-Allow-Origin header for it)`, { url });
}
