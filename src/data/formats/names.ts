/**
 * The formats a widget reads, by name. Small enough to stay with every widget: telling which format a
 * response is in (`detect.ts`) and reading it (`<name>.ts`) are files a page loads only when it needs them.
 */

/** The JSON formats, in the order detection tries them (WordPress's test first: see `wordpress-shape.ts`). */
export const JSON_FORMATS = ['wordpress', 'ghost', 'json-feed', 'newsapi', 'json-ld'] as const;

/** The feed formats, by the root element of their XML: `<rss>` (0.9x, 2.0), `<rdf:RDF>` (RSS 1.0), `<feed>` or `<entry>` (Atom). */
export type FeedFormat = 'rss' | 'rdf' | 'atom';

export type FormatName = (typeof JSON_FORMATS)[number] | FeedFormat;

/**
 * The feed formats' names. Telling them apart takes the document's root element (`detect-feed.ts`), which
 * the feed reader does itself: what comes as XML text or bytes goes to it.
 */
const FEED_FORMATS: readonly string[] = ['rss', 'rdf', 'atom'] satisfies FeedFormat[];

export function isFormatName(value: unknown): value is FormatName {
  return typeof value === 'string' && ((JSON_FORMATS as readonly string[]).includes(value) || FEED_FORMATS.includes(value));
}
