/**
 * Telling a feed apart by its text: which feed format a document is, from its root element. The feed
 * reader uses it (in its own file), and so does `detectFormat` of the data API (`detect-any.ts`); the widgets'
 * shared code needs none of it, since what comes as XML text or bytes goes to the feed reader, which decides.
 */
import type { FeedFormat } from './names.js';

/**
 * What may come before an XML document's root element: a byte-order mark, white space, the XML
 * declaration and other processing instructions, comments, a doctype (with an internal subset).
 */
const FEED_ROOT = /^(?:\uFEFF|\s|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>[]*(?:\[[^]*?\])?\s*>)*<(?:[\w.-]+:)?(rss|RDF|feed|entry)[\s/>]/;

/**
 * The feed format of a document, from the start of its text, by its root element's local name; undefined
 * for anything else (HTML, JSON, another XML vocabulary). The reader checks the namespace.
 */
export function sniffFeed(text: string): FeedFormat | undefined {
  const root = FEED_ROOT.exec(text.slice(0, 4096))?.[1];
  return root === 'rss' ? 'rss' : root === 'RDF' ? 'rdf' : root ? 'atom' : undefined;
}

/**
 * The start of a document in hand, as text: XML text itself, or bytes (a byte-order mark and the ASCII
 * markup that names the root read the same in UTF-8 and the single-byte encodings feeds use; UTF-16 is
 * told by its byte-order mark). A detached buffer (moved to a worker) holds nothing to read.
 */
export function textStart(input: unknown): string {
  if (typeof input === 'string') return input.slice(0, 4096);
  try {
    if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
      const bytes = new Uint8Array(input.slice(0, 4096));
      const label = bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8';
      return new TextDecoder(label).decode(bytes);
    }
  } catch {
    // Detached: nothing to read.
  }
  return '';
}
