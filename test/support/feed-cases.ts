/**
 * The rules the feed readers keep, as one table that both paths run: the browser's `DOMParser`
 * (test/browser/feed.test.ts) and Node's xmldom (test/unit/feed.test.ts). Each case reads a feed through an
 * adapter's `parse` and says what a reader would see (a value picked from the page) or which error comes.
 * The feeds are written for these tests; the hard cases are the kinds feed parsers' own test suites collect.
 */
import fc from 'fast-check';
import type { AdapterContext } from '../../src/data/formats/adapter.js';
import { atom, rdf, rss, type FeedAdapter } from '../../src/data/formats/feed.js';
import type { NewsArticle, NewsPage } from '../../src/data/model.js';

export interface FeedCase {
  name: string;
  /** The adapter that reads it (any reads any format); `rss` when not given. */
  adapter?: FeedAdapter;
  /** XML text, bytes, or a file of test/fixtures/feeds. */
  input: string | Uint8Array | { fixture: string };
  context?: AdapterContext;
  /** What a reader would see, picked from the page... */
  pick?: (page: NewsPage) => unknown;
  /** ...and what it must be (deep equality). */
  expected?: unknown;
  /** Or the error the read rejects with: its code and a part of its message. */
  error?: { code: string; message: RegExp };
}

export const FEED_URL = 'https://courier.example/feed/';

const RSS_NS =
  'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom"';

/** An RSS 2.0 document around items (and channel elements). */
export function rssFeed(items: string, channel = '<title>Test</title><link>https://courier.example/</link>'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ${RSS_NS}><channel>${channel}${items}</channel></rss>`;
}

/** An Atom document around entries. */
export function atomFeed(entries: string, head = '<title>Test</title><id>urn:test</id><updated>2026-01-01T00:00:00Z</updated>'): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">${head}${entries}</feed>`;
}

/** A text in a single-byte encoding: each character's code in `table` (Latin-1: the code point itself). */
export function singleByte(text: string, table: (code: number) => number = (code) => code): Uint8Array {
  return Uint8Array.from(text, (char) => table(char.codePointAt(0) ?? 0x3f));
}

/** windows-1251 for Cyrillic (А to я are 0xC0 to 0xFF) and ASCII; enough for the test's text. */
const cp1251 = (code: number): number => (code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code < 0x80 ? code : 0x3f);

/** UTF-16 with a byte-order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const first = (page: NewsPage): NewsArticle => {
  const article = page.articles[0];
  if (!article) throw new Error('no article');
  return article;
};
const titles = (page: NewsPage): string[] => page.articles.map((article) => article.title);

export const FEED_CASES: FeedCase[] = [
  // Formats: any adapter reads any format.
  {
    name: 'reads every item of an RSS 2.0 feed, in feed order',
    input: { fixture: 'rss2.xml' },
    pick: titles,
    expected: [
      'Harbour wall repair approved after storm damage',
      'Regatta returns for its hundredth year',
      'Fog closed the ferry crossing for most of Sunday morning; sailings resume at…',
      'Lifeboat crew honoured',
    ],
  },
  { name: 'reads an Atom feed with the rss adapter (the document decides)', adapter: rss, input: { fixture: 'atom.xml' }, pick: (page) => page.articles.length, expected: 3 },
  { name: 'reads RSS 1.0 items, the siblings of <channel>', adapter: rdf, input: { fixture: 'rdf.xml' }, pick: titles, expected: ['School wins robotics final', 'New bus timetable'] },
  {
    name: 'reads RSS 0.91 (no namespace, no guid)',
    input: '<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>https://old.example/</link><item><title>Old-style story</title><link>https://old.example/1</link><description>Plain.</description></item></channel></rss>',
    pick: (page) => [first(page).title, first(page).url, first(page).id],
    expected: ['Old-style story', 'https://old.example/1', 'https://old.example/1'],
  },
  {
    name: 'reads a standalone Atom entry document as one story',
    adapter: atom,
    input: '<entry xmlns="http://www.w3.org/2005/Atom"><title>Only one</title><id>urn:one</id><link href="https://aldermoor.example/one"/><updated>2026-02-02T02:02:02Z</updated><content>Body text.</content></entry>',
    pick: (page) => [page.articles.length, first(page).title, first(page).bodyHtml],
    expected: [1, 'Only one', '<p>Body text.</p>'],
  },
  { name: 'reads an empty feed as a page with no articles', input: rssFeed(''), pick: (page) => page, expected: { articles: [] } },
  { name: 'reads an empty Atom feed as a page with no articles', adapter: atom, input: atomFeed(''), pick: (page) => page, expected: { articles: [] } },
  {
    name: 'refuses XML that is not a feed, naming its root',
    input: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
    error: { code: 'unsupported-shape', message: /<svg>/ },
  },
  {
    name: 'refuses elements of the right name in the wrong namespace',
    input: '<feed xmlns="urn:not-atom"><entry><title>Nope</title></entry></feed>',
    error: { code: 'unsupported-shape', message: /not RSS, RSS 1.0 or Atom/ },
  },
  {
    name: 'says an HTML page is an HTML page',
    input: '<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>',
    context: { url: 'https://courier.example/' },
    error: { code: 'not-json', message: /HTML page/ },
  },
  {
    name: 'says why text that is not XML even once repaired cannot be read',
    input: '<rss version="2.0"><channel><item><title>Unclosed</item></channel></rss>',
    error: { code: 'unsupported-shape', message: /as XML: ./ },
  },
  { name: 'refuses text with no markup at all', input: 'just words', error: { code: 'unsupported-shape', message: /not XML/ } },

  // Bytes first.
  {
    name: 'decodes windows-1251 bytes named by the HTTP charset',
    input: singleByte(rssFeed('<item><title>Новости города</title><guid>n1</guid></item>'), cp1251),
    context: { headers: { 'content-type': 'application/rss+xml; charset=windows-1251' } },
    pick: (page) => first(page).title,
    expected: 'Новости города',
  },
  {
    name: 'decodes windows-1251 bytes named by the XML declaration',
    input: singleByte(rssFeed('<item><title>Погода</title><guid>n2</guid></item>').replace('encoding="UTF-8"', 'encoding="windows-1251"'), cp1251),
    pick: (page) => first(page).title,
    expected: 'Погода',
  },
  {
    name: 'decodes ISO-8859-1 bytes named by the XML declaration',
    input: singleByte(rssFeed('<item><title>Café de la Gare réouvert</title><guid>f1</guid></item>').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')),
    pick: (page) => first(page).title,
    expected: 'Café de la Gare réouvert',
  },
  {
    name: 'lets the HTTP charset win over the XML declaration',
    input: singleByte(rssFeed('<item><title>Crème brûlée</title><guid>f2</guid></item>')),
    context: { headers: { 'content-type': 'text/xml; charset=iso-8859-1' } },
    pick: (page) => first(page).title,
    expected: 'Crème brûlée',
  },
  {
    name: 'lets a byte-order mark win over everything (UTF-16 LE)',
    input: utf16(rssFeed('<item><title>Zoë’s ☂ story</title><guid>u1</guid></item>').replace('encoding="UTF-8"', 'encoding="windows-1251"'), true),
    context: { headers: { 'content-type': 'application/xml; charset=windows-1251' } },
    pick: (page) => first(page).title,
    expected: 'Zoë’s ☂ story',
  },
  {
    name: 'passes over an encoding name no decoder knows, to UTF-8',
    input: new TextEncoder().encode(rssFeed('<item><title>Ünïcödé</title><guid>u2</guid></item>')),
    context: { headers: { 'content-type': 'application/rss+xml; charset=x-no-such-charset' } },
    pick: (page) => first(page).title,
    expected: 'Ünïcödé',
  },

  // Recovery from ill-formed feeds.
  {
    name: 'reads a feed with HTML entities, a bare &, control characters, junk after the root and space before the declaration',
    input: { fixture: 'illformed.xml' },
    pick: (page) => [first(page).title, first(page).url, first(page).excerpt],
    expected: [
      'Café & bakery opens on Mill Lane …',
      'https://oxley.example/cafe?id=1&ref=rss',
      'Fish & chips, coffee © Oxley &unknownthing; — ☺',
    ],
  },
  {
    name: 'reads a feed with a server\'s warning printed before the XML declaration',
    input: `<br />\n<b>Warning</b>: Undefined variable $x in <b>/srv/site/functions.php</b> on line <b>12</b><br />\n${rssFeed('<item><title>After the warning</title><guid>w1</guid></item>')}`,
    pick: titles,
    expected: ['After the warning'],
  },
  {
    name: 'keeps CDATA sections as they are while repairing',
    input: rssFeed('<item><title>T &amp; C</title><guid>c1</guid><description><![CDATA[<p>Tom &amp; Jerry &nbsp; &copy;</p>]]></description></item>'),
    pick: (page) => [first(page).title, first(page).bodyHtml],
    expected: ['T & C', '<p>Tom &amp; Jerry &nbsp; &copy;</p>'],
  },

  // Namespaces by URI, not prefix.
  {
    name: 'reads content:encoded, dc:creator and media:content under any prefix',
    input:
      '<rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:mrss="http://search.yahoo.com/mrss/"><channel><title>x</title>' +
      '<item><title>Prefixes</title><guid>p1</guid><d:creator>Ola Berg</d:creator><c:encoded>&lt;p&gt;Full story.&lt;/p&gt;</c:encoded><mrss:content url="https://courier.example/p.jpg" medium="image"/></item></channel></rss>',
    pick: (page) => [first(page).bodyHtml, first(page).author?.name, first(page).image?.url],
    expected: ['<p>Full story.</p>', 'Ola Berg', 'https://courier.example/p.jpg'],
  },
  {
    name: 'does not read an element of a known prefix bound to another namespace',
    input: '<rss version="2.0" xmlns:dc="urn:something-else"><channel><item><title>Other dc</title><guid>p2</guid><dc:creator>Not An Author</dc:creator></item></channel></rss>',
    pick: (page) => first(page).authors,
    expected: [],
  },
  {
    name: 'reads an atom:link as an RSS item\'s link when it has no <link>',
    input: rssFeed('<item><title>Atom link</title><atom:link rel="alternate" href="https://courier.example/a"/></item>'),
    pick: (page) => first(page).url,
    expected: 'https://courier.example/a',
  },

  // Images.
  {
    name: 'takes media:content of an image type first, and gives it its size',
    input: { fixture: 'rss2.xml' },
    context: { url: FEED_URL },
    pick: (page) => first(page).image,
    expected: { url: 'https://courier.example/img/harbour-wall.jpg', alt: 'The broken wall at low tide', width: 2048, height: 1366 },
  },
  {
    name: 'takes the widest image of a media:group, never its video',
    input: { fixture: 'rss2.xml' },
    pick: (page) => page.articles[1]?.image?.url,
    expected: 'https://courier.example/img/regatta-large.jpg',
  },
  { name: 'takes an image enclosure', input: { fixture: 'rss2.xml' }, pick: (page) => page.articles[2]?.image?.url, expected: 'https://courier.example/img/fog.jpg' },
  { name: 'takes itunes:image', input: { fixture: 'rss2.xml' }, pick: (page) => page.articles[3]?.image?.url, expected: 'https://courier.example/img/lifeboat-art.png' },
  {
    name: 'takes media:thumbnail when there is no media:content image',
    input: rssFeed('<item><title>Thumb</title><guid>t1</guid><media:thumbnail url="https://courier.example/t.jpg" width="320" height="180"/><enclosure url="https://courier.example/e.jpg" type="image/jpeg"/></item>'),
    pick: (page) => first(page).image,
    expected: { url: 'https://courier.example/t.jpg', alt: '', width: 320, height: 180 },
  },
  {
    name: 'takes the first picture of the body last, passing over tracking pixels',
    input: rssFeed('<item><title>Body image</title><guid>b1</guid><description>&lt;p&gt;Intro&lt;/p&gt;&lt;img src="/px.gif" width="1" height="1"&gt;&lt;img src="/photo.jpg" alt="A photo"&gt;</description></item>'),
    pick: (page) => first(page).image,
    expected: { url: 'https://courier.example/photo.jpg', alt: 'A photo' },
  },
  {
    name: 'takes no enclosure that is not an image',
    input: rssFeed('<item><title>Podcast</title><guid>a1</guid><enclosure url="https://courier.example/e.mp3" type="audio/mpeg"/></item>'),
    pick: (page) => first(page).image,
    expected: undefined,
  },
  {
    name: 'drops the hero from the body when it opens the body and is the picture chosen (any size of it)',
    input: { fixture: 'rss2.xml' },
    pick: (page) => first(page).bodyHtml.startsWith('<p>Wrenmouth') && !first(page).bodyHtml.includes('harbour-wall'),
    expected: true,
  },
  {
    name: 'drops the body\'s first picture when it became the story\'s image',
    input: rssFeed('<item><title>Lead</title><guid>h1</guid><content:encoded><![CDATA[<p><a href="/big.jpg"><img src="/big.jpg"></a></p><p>Text.</p>]]></content:encoded></item>'),
    pick: (page) => [first(page).image?.url, first(page).bodyHtml],
    expected: ['https://courier.example/big.jpg', '<p>Text.</p>'],
  },
  {
    name: 'keeps a picture that comes after text, even when it is the story\'s image',
    input: rssFeed('<item><title>Inline</title><guid>h2</guid><content:encoded><![CDATA[<p>First words.</p><img src="https://courier.example/in.jpg">]]></content:encoded></item>'),
    pick: (page) => [first(page).image?.url, first(page).bodyHtml.includes('<img')],
    expected: ['https://courier.example/in.jpg', true],
  },

  // URLs.
  {
    name: 'resolves item links and every URL in content against the channel\'s link',
    input: { fixture: 'rss2.xml' },
    context: { url: 'https://feeds.example/courier.xml' },
    pick: (page) => [first(page).url, ...[...first(page).bodyHtml.matchAll(/(?:href|src|srcset|poster)="([^"]*)"/g)].map((match) => match[1])],
    expected: [
      'https://courier.example/2026/03/harbour-wall/',
      'https://courier.example/tag/harbour/',
      'https://courier.example/img/map.png',
      'https://courier.example/img/map.png 1x, https://courier.example/img/map@2x.png 2x',
      'https://courier.example/img/poster.jpg',
      'https://courier.example/clip.mp4',
    ],
  },
  {
    name: 'resolves against the feed\'s own URL when the channel has no link',
    input: rssFeed('<item><title>Relative</title><link>story/9</link></item>', '<title>No link</title>'),
    context: { url: 'https://courier.example/feeds/main.xml' },
    pick: (page) => first(page).url,
    expected: 'https://courier.example/feeds/story/9',
  },
  {
    name: 'resolves Atom links against xml:base, scoped and inherited',
    adapter: atom,
    input: { fixture: 'atom.xml' },
    context: { url: 'https://aldermoor.example/feed.atom' },
    pick: (page) => [first(page).url, first(page).image?.url, ...[...first(page).bodyHtml.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1])],
    expected: [
      'https://aldermoor.example/2026/04/library-reopens/',
      'https://aldermoor.example/img/library.jpg',
      'https://aldermoor.example/2026/04/rooms/',
      'https://photos.aldermoor.example/set/shelves.jpg',
    ],
  },
  {
    name: 'applies a relative xml:base once, on top of the feed\'s URL',
    adapter: atom,
    input: atomFeed('<entry xml:base="sub/"><title>x</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated><link href="story"/><link rel="enclosure" type="image/png" href="pic.png"/><content type="html">&lt;a href="more"&gt;more&lt;/a&gt;</content><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xml:base="inner/"><a href="deep">deep</a></div></summary></entry>', '<link rel="next" href="?page=2"/>'),
    context: { url: 'https://aldermoor.example/feeds/main.atom' },
    pick: (page) => [first(page).url, first(page).image?.url, first(page).bodyHtml, page.next],
    expected: [
      'https://aldermoor.example/feeds/sub/story',
      'https://aldermoor.example/feeds/sub/pic.png',
      '<a href="https://aldermoor.example/feeds/sub/more">more</a>',
      'https://aldermoor.example/feeds/main.atom?page=2',
    ],
  },
  {
    name: 'applies nested relative xml:base in xhtml content once each',
    adapter: atom,
    input: atomFeed('<entry xml:base="sub/"><title>x</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xml:base="inner/"><p xml:base="p/"><a href="deep">deep</a></p><img src="i.png"/></div></content></entry>'),
    context: { url: 'https://aldermoor.example/feeds/main.atom' },
    pick: (page) => first(page).bodyHtml,
    expected: '<p><a href="https://aldermoor.example/feeds/sub/inner/p/deep">deep</a></p><img src="https://aldermoor.example/feeds/sub/inner/i.png">',
  },
  {
    name: 'resolves escaped-HTML Atom content against the entry\'s base',
    adapter: atom,
    input: { fixture: 'atom.xml' },
    pick: (page) => page.articles[1]?.image?.url,
    expected: 'https://aldermoor.example/news/img/bridge.jpg',
  },
  {
    name: 'drops links that are not http(s)',
    input: rssFeed('<item><title>Bad link</title><link>javascript:alert(1)</link><guid isPermaLink="false">x1</guid></item>'),
    pick: (page) => first(page).url,
    expected: undefined,
  },

  // Content.
  {
    name: 'reads Atom html content and a text title with markup as text',
    adapter: atom,
    input: { fixture: 'atom.xml' },
    pick: (page) => [first(page).title, page.articles[1]?.bodyHtml.startsWith('<p>Engineers close one lane &amp; check the piers.</p>')],
    expected: ['Library reopens after flood', true],
  },
  {
    name: 'reads Atom xhtml content as HTML, without namespace declarations',
    adapter: atom,
    input: { fixture: 'atom.xml' },
    pick: (page) => first(page).bodyHtml,
    expected:
      '<p>The doors opened at nine. <a href="https://aldermoor.example/2026/04/rooms/">See the new rooms</a>.</p><div><img src="https://photos.aldermoor.example/set/shelves.jpg" alt="New shelves"></div>',
  },
  {
    name: 'reads Atom text content as paragraphs of escaped text',
    adapter: atom,
    input: atomFeed('<entry><title>Text</title><id>urn:t</id><updated>2026-01-01T00:00:00Z</updated><content type="text">1 &lt; 2 &amp; 3\n\nSecond &lt;b&gt;para&lt;/b&gt;</content></entry>'),
    pick: (page) => first(page).bodyHtml,
    expected: '<p>1 &lt; 2 &amp; 3</p><p>Second &lt;b&gt;para&lt;/b&gt;</p>',
  },
  {
    name: 'uses content:encoded for the body and description for the excerpt',
    input: { fixture: 'rss2.xml' },
    pick: (page) => first(page).excerpt,
    expected: 'Councillors approved a £4.2m plan to rebuild the eastern wall.',
  },
  {
    name: 'reads a plain-text description as text, escaped HTML as HTML',
    input: rssFeed('<item><title>A</title><guid>d1</guid><description>5 &lt; 6, said nobody</description></item><item><title>B</title><guid>d2</guid><description>&lt;p&gt;Escaped &lt;i&gt;HTML&lt;/i&gt;&lt;/p&gt;</description></item>'),
    pick: (page) => page.articles.map((article) => [article.excerpt, article.bodyHtml]),
    expected: [
      ['5 < 6, said nobody', '<p>5 &lt; 6, said nobody</p>'],
      ['Escaped HTML', '<p>Escaped <i>HTML</i></p>'],
    ],
  },
  {
    name: 'keeps script in the body as untrusted HTML for the sanitizer, and never in text fields',
    input: rssFeed('<item><title>&lt;script&gt;alert(1)&lt;/script&gt;Headline</title><guid>s1</guid><description><![CDATA[<p>Hi</p><script>alert(2)</script>]]></description></item>'),
    pick: (page) => [first(page).title, first(page).excerpt, first(page).bodyHtml.includes('<script>')],
    expected: ['Headline', 'Hi', true],
  },

  // Items as readers expect them.
  {
    name: 'titles an untitled item with the start of its own text',
    input: { fixture: 'rss2.xml' },
    pick: (page) => page.articles[2]?.title,
    expected: 'Fog closed the ferry crossing for most of Sunday morning; sailings resume at…',
  },
  {
    name: 'drops an item with neither title nor text',
    input: rssFeed('<item><guid>e1</guid></item><item><title>Kept</title><guid>e2</guid></item>'),
    pick: titles,
    expected: ['Kept'],
  },

  // Identity, dates, authors.
  {
    name: 'takes the guid as id, and a permalink guid as the link when there is none',
    input: { fixture: 'rss2.xml' },
    pick: (page) => page.articles.map((article) => [article.id, article.url]),
    expected: [
      ['courier-4410', 'https://courier.example/2026/03/harbour-wall/'],
      ['https://courier.example/?p=4409', 'https://courier.example/2026/03/regatta/'],
      ['https://courier.example/?p=4408', 'https://courier.example/?p=4408'],
      ['https://courier.example/2026/02/lifeboat/', 'https://courier.example/2026/02/lifeboat/'],
    ],
  },
  {
    name: 'does not take a guid with isPermaLink="false" as the link',
    input: rssFeed('<item><title>Not a link</title><guid isPermaLink="false">https://courier.example/?p=1</guid></item>'),
    pick: (page) => [first(page).id, first(page).url],
    expected: ['https://courier.example/?p=1', undefined],
  },
  { name: 'takes the Atom id as id', adapter: atom, input: { fixture: 'atom.xml' }, pick: (page) => first(page).id, expected: 'tag:aldermoor.example,2026:entry-88' },
  { name: 'takes rdf:about as id', adapter: rdf, input: { fixture: 'rdf.xml' }, pick: (page) => page.articles.map((article) => article.id), expected: ['https://fenbury.example/news/101', 'https://fenbury.example/news/100'] },
  {
    name: 'reads RFC 822 dates with named and numeric zones, and drops unparseable ones',
    input: { fixture: 'rss2.xml' },
    pick: (page) => page.articles.map((article) => article.published),
    expected: ['2026-03-03T09:15:00.000Z', '2026-03-02T23:30:00.000Z', '2026-03-01T12:00:00.000Z', undefined],
  },
  {
    name: 'reads RFC 822 zones: PDT, UT, Z, military letters, no seconds, two-digit years',
    input: rssFeed(
      ['Wed, 01 Jul 2026 10:00:00 PDT', 'Wed, 01 Jul 2026 10:00 UT', '1 Jul 2026 10:00:00 Z', 'Wed, 01 Jul 2026 10:00:00 A', 'Wed, 01 Jul 2026 10:00:00 N', 'Thu, 01 Jan 98 00:00:00 +0130', 'Wed, 31 Apr 2026 10:00:00 GMT', 'Wed, 01 Jul 2026 10:00:00 QQQ']
        .map((date, i) => `<item><title>d${i}</title><guid>d${i}</guid><pubDate>${date}</pubDate></item>`)
        .join(''),
    ),
    pick: (page) => page.articles.map((article) => article.published),
    expected: ['2026-07-01T17:00:00.000Z', '2026-07-01T10:00:00.000Z', '2026-07-01T10:00:00.000Z', '2026-07-01T11:00:00.000Z', '2026-07-01T09:00:00.000Z', '1997-12-31T22:30:00.000Z', undefined, undefined],
  },
  {
    name: 'reads W3C dates (dc:date, Atom published/updated), an entry with only updated dated by it',
    adapter: atom,
    input: { fixture: 'atom.xml' },
    pick: (page) => page.articles.map((article) => [article.published, article.modified]),
    expected: [
      ['2026-04-02T07:00:00.000Z', '2026-04-02T08:30:00.000Z'],
      ['2026-04-01T12:00:00.000Z', '2026-04-01T12:00:00.000Z'],
      ['2026-03-30T00:00:00.000Z', '2026-03-30T00:00:00.000Z'],
    ],
  },
  { name: 'reads dc:date in RSS 1.0', adapter: rdf, input: { fixture: 'rdf.xml' }, pick: (page) => page.articles.map((article) => article.published), expected: ['2026-05-04T14:20:00.000Z', '2026-05-03T00:00:00.000Z'] },
  {
    name: 'reads authors from repeated dc:creator, "email (Name)" and itunes:author',
    input: { fixture: 'rss2.xml' },
    pick: (page) => page.articles.map((article) => article.authors),
    expected: [
      [{ name: 'Nia Pascoe' }, { name: 'Tomas Hale' }],
      [{ name: 'Ada Lowen', url: 'mailto:sport@courier.example' }],
      [],
      [{ name: 'Courier Podcast Team' }],
    ],
  },
  {
    name: 'reads "Name <email>" and a bare address as authors',
    input: rssFeed('<item><title>a</title><guid>a1</guid><author>Bo Rask &lt;bo@courier.example&gt;</author></item><item><title>b</title><guid>a2</guid><author>desk@courier.example</author></item>'),
    pick: (page) => page.articles.map((article) => article.author),
    expected: [
      { name: 'Bo Rask', url: 'mailto:bo@courier.example' },
      { name: 'desk@courier.example', url: 'mailto:desk@courier.example' },
    ],
  },
  {
    name: 'reads Atom author/name, and the feed\'s author for entries without one',
    adapter: atom,
    input: { fixture: 'atom.xml' },
    pick: (page) => page.articles.map((article) => article.author),
    expected: [
      { name: 'Priya Okafor', url: 'mailto:priya@aldermoor.example' },
      { name: 'Gazette Desk', url: 'https://aldermoor.example/about/' },
      { name: 'Gazette Desk', url: 'https://aldermoor.example/about/' },
    ],
  },
  { name: 'reads categories (RSS category, Atom label or term, dc:subject)', input: { fixture: 'rss2.xml' }, pick: (page) => first(page).categories, expected: [{ name: 'Council' }, { name: 'Harbour' }] },

  {
    name: 'reads comment counts (slash:comments in RSS, thr:total in Atom, as WordPress writes them)',
    input: rssFeed('<item xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><title>c</title><guid>c1</guid><slash:comments>7</slash:comments></item><item><title>d</title><guid>c2</guid></item>'),
    pick: (page) => page.articles.map((article) => article.commentCount),
    expected: [7, undefined],
  },
  {
    name: 'reads Atom thr:total as the comment count',
    adapter: atom,
    input: atomFeed('<entry xmlns:thr="http://purl.org/syndication/thread/1.0"><title>c</title><id>urn:c</id><updated>2026-01-01T00:00:00Z</updated><thr:total>0</thr:total></entry>'),
    pick: (page) => first(page).commentCount,
    expected: 0,
  },
  {
    name: 'reads an RSS 0.91 feed with the Netscape doctype and the HTML entities it declares',
    input:
      '<?xml version="1.0" encoding="ISO-8859-1"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><link>https://old.example/</link><item><title>R&eacute;sum&eacute; &amp; CV</title><link>https://old.example/2</link></item></channel></rss>',
    pick: (page) => first(page).title,
    expected: 'Résumé & CV',
  },
  {
    name: 'reads an escaped ampersand in a link as one ampersand',
    input: rssFeed('<item><title>Amp</title><link>https://courier.example/get?a=1&amp;b=2</link></item>'),
    pick: (page) => first(page).url,
    expected: 'https://courier.example/get?a=1&b=2',
  },

  // Atom paging.
  {
    name: 'gives the Atom link rel="next" as the next page, resolved',
    adapter: atom,
    input: { fixture: 'atom.xml' },
    context: { url: 'https://aldermoor.example/feed.atom' },
    pick: (page) => page.next,
    expected: 'https://aldermoor.example/news/?page=2',
  },
  {
    name: 'gives no next page that is the page itself',
    adapter: atom,
    input: atomFeed('<entry><title>x</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated></entry>', '<link rel="next" href="https://aldermoor.example/feed.atom"/>'),
    context: { url: 'https://aldermoor.example/feed.atom' },
    pick: (page) => page.next,
    expected: undefined,
  },
];

/** Whether each adapter recognizes each format's document by its root. */
export const DETECT_CASES: Array<{ input: string | Uint8Array; rss: boolean; rdf: boolean; atom: boolean }> = [
  { input: rssFeed(''), rss: true, rdf: false, atom: false },
  { input: new TextEncoder().encode(`\ufeff${rssFeed('')}`), rss: true, rdf: false, atom: false },
  { input: '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', rss: false, rdf: true, atom: false },
  { input: atomFeed(''), rss: false, rdf: false, atom: true },
  { input: '<entry xmlns="http://www.w3.org/2005/Atom"/>', rss: false, rdf: false, atom: true },
  { input: '<!DOCTYPE html><html></html>', rss: false, rdf: false, atom: false },
  { input: '{"items": []}', rss: false, rdf: false, atom: false },
];

export const ADAPTERS = { rss, rdf, atom };

/* Generated feeds, for the property tests (test/unit/feed-robustness.test.ts) and the same documents in the browser. */

/** Text as feeds have it: words, references (known, unknown, bare), markup, control characters, CDATA ends. */
export const feedText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('&', '&nbsp;', '&eacute;', '&amp;', '&#8217;', '&#x1F600;', '&bogus;', '&#0;', '&#x1;', '&#xD800;', '&#99999999;', '&#X41;', '\u0001', '\u000b', '\ufffe', '<b>', '</b>', '<img src="/a.jpg">', ']]>', '<![CDATA[', '<!--', 'undefined', 'null', '\ud800'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** A value safe in element content once `<` is escaped (the rest, `&` included, is left for the repairs). */
const content = feedText.map((text) => text.replace(/</g, '&lt;'));

const dates = fc.oneof(fc.constantFrom('Tue, 03 Mar 2026 09:15:00 GMT', 'Mon, 2 Mar 26 18:30 EST', '2026-03-03T09:15:00+01:00', '2026-03', 'yesterday', 'Wed, 31 Apr 2026 10:00:00 Q'), fc.string({ maxLength: 30 }).map((s) => s.replace(/[<&]/g, '')));
const urls = fc.oneof(fc.webUrl(), fc.constantFrom('/relative/path', 'javascript:alert(1)', 'data:text/html,x', '', 'http://[::1', '//cdn.example/x.jpg'), fc.string({ maxLength: 20 }).map((s) => s.replace(/[<&"]/g, '')));

const optional = (name: string, value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.option(value.map((text) => `<${name}>${text}</${name}>`), { nil: '' });

const rssItem = fc
  .tuple(optional('title', content), optional('link', urls), optional('guid', content), optional('pubDate', dates), optional('description', content), optional('content:encoded', content.map((text) => `<![CDATA[${text.replace(/]]>/g, '')}]]>`)), optional('dc:creator', content), urls)
  .map(([title, link, guid, date, description, encoded, creator, image]) => `<item>${title}${link}${guid}${date}${description}${encoded}${creator}<media:content url="${image}" medium="image"/></item>`);

const atomEntry = fc
  .tuple(optional('title', content), optional('id', content), optional('updated', dates), optional('summary', content), content, urls, fc.constantFrom('text', 'html', 'xhtml'))
  .map(([title, id, updated, summary, body, href, type]) => {
    const inner = type === 'xhtml' ? `<div xmlns="http://www.w3.org/1999/xhtml">${body}</div>` : body;
    return `<entry xml:base="${href}">${title}${id}${updated}${summary}<link href="${href}"/><content type="${type}">${inner}</content></entry>`;
  });

export const rssDocument = fc.array(rssItem, { maxLength: 4 }).map(
  (items) => `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>${items.join('')}</channel></rss>`,
);
export const atomDocument = fc
  .tuple(fc.array(atomEntry, { maxLength: 4 }), urls)
  .map(([entries, next]) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link rel="next" href="${next}"/>${entries.join('')}</feed>`);
const rdfDocument = fc.array(rssItem, { maxLength: 3 }).map(
  (items) =>
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title></channel>${items.join('')}</rdf:RDF>`,
);

/** An RSS, Atom or RSS 1.0 document of generated items: well-formed once repaired. */
export const feedDocument = fc.oneof(rssDocument, atomDocument, rdfDocument);

/** What a case gives: the value picked from the page, or the error the read rejected with. */
export async function runCase(feedCase: FeedCase, load: (fixture: string) => Promise<Uint8Array>): Promise<{ value?: unknown; error?: unknown }> {
  const { input } = feedCase;
  const data = typeof input === 'string' || input instanceof Uint8Array ? input : await load(input.fixture);
  try {
    const page = await (feedCase.adapter ?? rss).parse(data, feedCase.context ?? {});
    return { value: feedCase.pick?.(page) };
  } catch (error) {
    return { error };
  }
}
