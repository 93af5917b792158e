/**
 * The formats a widget reads, by name. Small enough to stay with every widget: telling which format a
 * response is in (`detect.ts`) and reading it (`<name>.ts`) are files a page loads only when it needs them.
 * The JSON formats come in the order detection tries them (WordPress's test first: `wordpress-shape.ts`),
 * then the feed formats, by the root element of their XML: `<rss>` (0.9x, 2.0), `<rdf:RDF>` (RSS 1.0),
 * `<feed>` or `<entry>` (Atom), which the feed reader tells apart itself (`detect-feed.ts`).
 */
const FORMATS = ['wordpress', 'ghost', 'json-feed', 'newsapi', 'json-ld', 'rss', 'rdf', 'atom'] as const;

export type FormatName = (typeof FORMATS)[number];

export type FeedFormat = Extract<FormatName, 'rss' | 'rdf' | 'atom'>;

/** The JSON formats, each told by a test of its shape. */
export type JsonFormat = Exclude<FormatName, FeedFormat>;

export function isFormatName(value: unknown): value is FormatName {
  return (FORMATS as readonly unknown[]).includes(value);
}
