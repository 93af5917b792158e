/**
 * RSS (0.9x and 2.0), RSS 1.0 (RDF) and Atom 1.0 feeds. The three adapters read any of the three formats:
 * the name says what detection or the page's `format` expected, the document decides. Input is the
 * response's bytes (`Uint8Array`, decoded by `feed-xml.ts` with the HTTP charset in `content-type`) or
 * XML text (a `.data` property, inline markup).
 *
 * `parse` returns a Promise: in Node the XML parser is loaded on first use. It rejects only with a
 * NewsError: `not-json` for an HTML page, `unsupported-shape` for XML that is not a feed or text that is
 * not XML even once repaired. An empty feed is a page with no articles.
 */
import { truncateText } from '../excerpt.js';
import { NewsError } from '../errors.js';
import { type ArticleDraft, finishAll, makePerson } from '../finish.js';
import type { NewsImage, NewsPage, NewsPerson } from '../model.js';
import { inSlices } from '../slices.js';
import { decodedText, htmlText, safeUrl } from '../values.js';
import type { AdapterContext, FormatAdapter } from './adapter.js';
import type { FeedFormat } from './names.js';
import { sniffFeed, textStart } from './detect-feed.js';
import { NS, all, atomText, attr, baseOf, first, namespaceOf, rawText, sniffedText, textOf, type FeedText } from './feed-dom.js';
import { feedDate } from './feed-dates.js';
import { pickImage } from './feed-images.js';
import { withoutLeadingImage } from './feed-html.js';
import { decodeFeed, isHtmlPage, parseXml } from './feed-xml.js';

/** A title made from an untitled item's own text is at most this long (as untitled JSON Feed items are). */
const DERIVED_TITLE_LENGTH = 80;

/** Where an item is read: the base its relative URLs resolve against, and what it inherits from its feed. */
interface Scope {
  start: string | undefined;
  feedAuthors: NewsPerson[];
}

/** An email address, a name or both, as RSS `author` / `managingEditor` write them: `a@b.example (Name)`, `Name <a@b.example>`. */
function readAuthorText(value: string): NewsPerson | undefined {
  // Names are short (finishing keeps 300 characters of one); the cut keeps the patterns below cheap on hostile input.
  const text = decodedText(value).slice(0, 320);
  const parenthesized = /^(\S+@\S+)\s*\((.+)\)$/.exec(text);
  const angled = /^(.*?)\s*<(\S+@\S+)>$/.exec(text);
  const email = parenthesized?.[1] ?? angled?.[2] ?? (/^\S+@\S+\.\w+$/.test(text) ? text : undefined);
  const name = parenthesized?.[2] ?? angled?.[1] ?? text;
  // A bare address is all the feed says about who wrote it: shown as the name, as feed readers do.
  return makePerson(name.trim() || (email ?? ''), email ? `mailto:${email}` : undefined, undefined, undefined);
}

/** Atom `author` (and `contributor`) elements: `name`, `uri`, `email`. */
function atomPeople(nodes: Element[], start: string | undefined): NewsPerson[] {
  return nodes.flatMap((node) => {
    const uri = first(node, NS.atom, 'uri');
    const email = textOf(first(node, NS.atom, 'email'));
    const link = uri ? safeUrl(textOf(uri), { base: baseOf(uri, start) }) : email ? `mailto:${email}` : undefined;
    const person = makePerson(textOf(first(node, NS.atom, 'name')) || email, link, undefined, undefined);
    return person ? [person] : [];
  });
}

/** The people an RSS item or channel names: every `dc:creator` and `author`, else `itunes:author`. */
function rssPeople(node: Element, own: string): NewsPerson[] {
  const named = [...all(node, NS.dc, 'creator'), ...all(node, own, 'author')]
    .map((element) => readAuthorText(rawText(element)))
    .filter((person): person is NewsPerson => person !== undefined);
  const itunes = named.length > 0 ? undefined : readAuthorText(rawText(first(node, NS.itunes, 'author')));
  const people = itunes ? [itunes] : named;
  // The same person as `dc:creator` and `author` is one byline.
  return people.filter((person, i) => people.findIndex((other) => other.name === person.name) === i);
}

/** Distinct non-empty names. */
function terms(names: string[]): Array<{ name: string }> {
  return [...new Set(names.map((name) => decodedText(name)).filter((name) => name !== ''))].map((name) => ({ name }));
}

/** An Atom `link` of a relation (`alternate` when it has none), preferring an HTML page among several. */
function atomLink(node: Element, rel: string, start: string | undefined): string | undefined {
  const links = all(node, NS.atom, 'link').filter((link) => (attr(link, 'rel') || 'alternate') === rel);
  const link = links.find((candidate) => /html/.test(attr(candidate, 'type'))) ?? links[0];
  return link ? safeUrl(attr(link, 'href'), { base: baseOf(link, start) }) : undefined;
}

/** What the three formats' items have, once found; text where a draft wants a type, `finishArticle` checks it. */
interface ItemFields {
  id: string;
  url: string | undefined;
  title: FeedText;
  excerpt: string;
  /** HTML, its URLs resolved. */
  body: string;
  image: NewsImage | undefined;
  authors: NewsPerson[];
  published: string | undefined;
  modified: string | undefined;
  categories: Array<{ name: string }>;
  commentCount: string;
}

/** An item's draft: the picture chosen taken out of the body's opening, an untitled item titled. */
function draft({ id, title, body, commentCount, ...fields }: ItemFields): ArticleDraft {
  const bodyHtml = fields.image ? withoutLeadingImage(body, fields.image.url) : body;
  return {
    ...fields,
    id: id || undefined,
    // An untitled item (RSS allows one: a title or a description is enough) is titled with its own text.
    title: title.text || truncateText(fields.excerpt || htmlText(body), DERIVED_TITLE_LENGTH),
    bodyHtml,
    commentCount: commentCount || undefined,
  };
}

/** An RSS 2.0 / 0.9x or RSS 1.0 item: the same local names, in no namespace or in RSS 1.0's. */
function readRssItem(item: Element, scope: Scope): ArticleDraft {
  const own = namespaceOf(item);
  const base = baseOf(item, scope.start);
  const guid = first(item, own, 'guid');
  const guidText = textOf(guid);
  const permalink = guid && attr(guid, 'isPermaLink').toLowerCase() !== 'false' ? safeUrl(guidText, { base }) : undefined;
  const linkNode = first(item, own, 'link');
  const url =
    (linkNode ? safeUrl(textOf(linkNode), { base: baseOf(linkNode, scope.start) }) : undefined) ??
    atomLink(item, 'alternate', scope.start) ??
    (permalink && /^https?:/.test(permalink) ? permalink : undefined);
  const descriptionNode = first(item, own, 'description') ?? first(item, NS.dc, 'description');
  const description = sniffedText(descriptionNode, descriptionNode ? baseOf(descriptionNode, scope.start) : base);
  const encodedNode = first(item, NS.content, 'encoded');
  const encoded = encodedNode ? sniffedText(encodedNode, baseOf(encodedNode, scope.start)) : undefined;
  const body = encoded?.text ? encoded.html : description.html;
  const people = rssPeople(item, own);
  const updated = feedDate(textOf(first(item, NS.atom, 'updated')) || textOf(first(item, NS.dcterms, 'modified')));
  return draft({
    id: guidText || (item.getAttributeNS(NS.rdf, 'about') ?? ''),
    url,
    title: sniffedText(first(item, own, 'title') ?? first(item, NS.dc, 'title'), base),
    excerpt: description.text,
    body,
    image: pickImage(item, own, scope.start, body),
    authors: people.length > 0 ? people : scope.feedAuthors,
    published: feedDate(textOf(first(item, own, 'pubDate'))) ?? feedDate(textOf(first(item, NS.dc, 'date'))) ?? feedDate(textOf(first(item, NS.dcterms, 'issued'))) ?? updated,
    modified: updated,
    categories: terms([...all(item, own, 'category'), ...all(item, NS.dc, 'subject')].map(rawText)),
    commentCount: textOf(first(item, NS.slash, 'comments')),
  });
}

/** An Atom entry; the feed's authors stand in when it and its `source` name none (RFC 4287, 4.2.1). */
function readAtomEntry(entry: Element, scope: Scope): ArticleDraft {
  const content = atomText(first(entry, NS.atom, 'content'), scope.start);
  const summary = atomText(first(entry, NS.atom, 'summary'), scope.start);
  const body = content.html || summary.html;
  const source = first(entry, NS.atom, 'source');
  const authors = atomPeople(all(entry, NS.atom, 'author'), scope.start);
  const sourceAuthors = source ? atomPeople(all(source, NS.atom, 'author'), scope.start) : [];
  const itunes = authors.length + sourceAuthors.length === 0 ? rssPeople(entry, NS.atom) : [];
  const updated = feedDate(textOf(first(entry, NS.atom, 'updated')));
  return draft({
    id: textOf(first(entry, NS.atom, 'id')),
    url: atomLink(entry, 'alternate', scope.start),
    title: atomText(first(entry, NS.atom, 'title'), scope.start),
    excerpt: summary.text,
    body,
    image: pickImage(entry, NS.atom, scope.start, body),
    authors: [authors, sourceAuthors, itunes, scope.feedAuthors].find((people) => people.length > 0) ?? [],
    published: feedDate(textOf(first(entry, NS.atom, 'published'))) ?? updated,
    modified: updated,
    categories: terms(all(entry, NS.atom, 'category').map((category) => attr(category, 'label') || attr(category, 'term'))),
    commentCount: textOf(first(entry, NS.thread, 'total')),
  });
}

/** The base of an RSS channel: its `link` (the site), else the feed's own URL. */
function channelBase(channel: Element | undefined, own: string, url: string | undefined): string | undefined {
  const link = channel && first(channel, own, 'link');
  return (link && safeUrl(textOf(link), { base: baseOf(link, url) })) || url;
}

function unsupported(url: string | undefined, why: string): NewsError {
  return new NewsError('unsupported-shape', `Could not read ${url ?? 'the data'} as a feed: ${why}`, url === undefined ? {} : { url });
}

/** A page from a parsed document, by its root element. */
function readDocument(document: Document, url: string | undefined): NewsPage {
  const root = document.documentElement;
  const ns = namespaceOf(root);
  const name = root.localName;
  if (name === 'rss' && ns === NS.none) {
    const channel = first(root, NS.none, 'channel');
    const start = channelBase(channel, NS.none, url);
    // RSS 0.9x feeds exist with their items beside the channel, as in RSS 1.0.
    const items = channel ? [...all(channel, NS.none, 'item'), ...all(root, NS.none, 'item')] : all(root, NS.none, 'item');
    const feedAuthors = channel ? rssPeople(channel, NS.none) : [];
    return { articles: finishAll(items, (item) => readRssItem(item as Element, { start, feedAuthors })) };
  }
  if (name === 'RDF' && ns === NS.rdf) {
    const channel = first(root, NS.rss1, 'channel') ?? first(root, NS.rss090, 'channel');
    const own = channel ? namespaceOf(channel) : NS.rss1;
    const start = channelBase(channel, own, url);
    const feedAuthors = channel ? rssPeople(channel, own) : [];
    // RSS 1.0 items are the channel's siblings, listed in order by its rdf:Seq.
    return { articles: finishAll(all(root, own, 'item'), (item) => readRssItem(item as Element, { start, feedAuthors })) };
  }
  if ((name === 'feed' || name === 'entry') && ns === NS.atom) {
    const start = url ?? atomLink(root, 'alternate', undefined);
    if (name === 'entry') return { articles: finishAll([root], (entry) => readAtomEntry(entry as Element, { start, feedAuthors: [] })) };
    const scope = { start, feedAuthors: atomPeople(all(root, NS.atom, 'author'), start) };
    const page: NewsPage = { articles: finishAll(all(root, NS.atom, 'entry'), (entry) => readAtomEntry(entry as Element, scope)) };
    // RFC 5005 paging; a next page that is this page would make "load more" loop.
    const next = atomLink(root, 'next', start);
    if (next && /^https?:/.test(next) && next !== url) page.next = next;
    return page;
  }
  if (name.toLowerCase() === 'html') throw new NewsError('not-json', `${url ?? 'The data'} is an HTML page, not a feed`, url === undefined ? {} : { url });
  throw unsupported(url, `its root element <${root.nodeName}> is not RSS, RSS 1.0 or Atom`);
}

/** A feed's text from whatever the adapter was given (text, or bytes as a `Uint8Array` or `ArrayBuffer`); undefined for anything else. */
function feedText(input: unknown, context: AdapterContext): string | undefined {
  if (typeof input === 'string') return input;
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input instanceof Uint8Array ? input : undefined;
  return bytes && decodeFeed(bytes, context.headers?.['content-type']);
}

async function parseFeed(input: unknown, context: AdapterContext): Promise<NewsPage> {
  const { url } = context;
  let text: string | undefined;
  try {
    text = feedText(input, context);
  } catch {
    // A detached buffer: as if nothing was given.
  }
  if (text === undefined) throw unsupported(url, 'a feed is XML text or its bytes');
  if (isHtmlPage(text)) throw new NewsError('not-json', `${url ?? 'The data'} returned an HTML page, not a feed`, url === undefined ? {} : { url });
  if (!/</.test(text)) throw unsupported(url, 'it is not XML');
  const document = await parseXml(text, url);
  try {
    // The document is parsed in one go; its items are read in slices (a feed may hold hundreds).
    return await inSlices(() => readDocument(document, url));
  } catch (error) {
    if (error instanceof NewsError) throw error;
    throw unsupported(url, error instanceof Error ? error.message : String(error));
  }
}

/** A feed format's adapter: `parse` returns a Promise (see above); the caller awaits it. */
export interface FeedAdapter extends Omit<FormatAdapter, 'parse' | 'name'> {
  readonly name: FeedFormat;
  parse(input: unknown, context: AdapterContext): Promise<NewsPage>;
}

function feedAdapter(name: FeedFormat): FeedAdapter {
  return { name, detect: (input) => sniffFeed(textStart(input)) === name, parse: parseFeed };
}

/** RSS 0.9x and 2.0 (`<rss>`). */
export const rss = feedAdapter('rss');
/** RSS 1.0 and 0.90 (`<rdf:RDF>`). */
export const rdf = feedAdapter('rdf');
/** Atom 1.0 (`<feed>`, or a lone `<entry>` read as one story). */
export const atom = feedAdapter('atom');
