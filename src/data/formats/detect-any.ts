/**
 * `detectFormat` of the data API: a feed by its root element (`detect-feed.ts`), JSON by its shape
 * (`detect.ts`). The widgets read through `load.ts`, which needs the one or the other, never both.
 */
import { detectJsonFormat } from './detect.js';
import { sniffFeed, textStart } from './detect-feed.js';
import type { FormatName } from './names.js';

/** Names the known format of data in hand, if any: a feed (XML text or bytes) by its root, JSON by its shape. */
export function detectFormat(data: unknown): FormatName | undefined {
  return sniffFeed(textStart(data)) ?? detectJsonFormat(data);
}
