/**
 * Every JSON format's adapter, for code that reads a known format synchronously (`FORMATS.wordpress.parse`).
 * The feed formats (`rss`, `rdf`, `atom`) read XML text or bytes asynchronously: `await loadFormat('rss')`.
 * The widgets do not import this: they load one format's code once a response turns out to be in it.
 */
import type { FormatAdapter } from './adapter.js';
import type { FeedFormat, FormatName } from './names.js';
import { ghost } from './ghost.js';
import { jsonFeed } from './json-feed.js';
import { jsonLd } from './json-ld.js';
import { newsApi } from './newsapi.js';
import { wordpress } from './wordpress.js';

export const FORMATS = {
  wordpress,
  ghost,
  'json-feed': jsonFeed,
  newsapi: newsApi,
  'json-ld': jsonLd,
} satisfies Record<Exclude<FormatName, FeedFormat>, FormatAdapter>;
