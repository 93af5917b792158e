import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewsError } from '../../src/data/errors.js';
import { finishArticle } from '../../src/data/finish.js';
import { atom, rdf, rss } from '../../src/data/formats/feed.js';
import type { NewsPage } from '../../src/data/model.js';
import { atomDocument, feedDocument, feedText, rssDocument } from '../support/feed-cases.js';
import { strings } from '../support/fixtures.js';

const ADAPTERS = [rss, rdf, atom];
/** What our own code would leak (the feeds' text may say "undefined" among other words: that is theirs). */
const JUNK = /^(undefined|null|\[object Object\]|NaN)$|\[object Object\]/;

/** Every article is finished: finishing it again changes nothing, and no text field shows serializer junk. */
function expectFinished(page: NewsPage): void {
  expect(Array.isArray(page.articles)).toBe(true);
  for (const article of page.articles) {
    expect(article.title).not.toBe('');
    expect(finishArticle(article)).toEqual(article);
  }
  // bodyHtml is the source's own HTML, shown only through the sanitizer; every other text is ours.
  for (const text of strings(page.articles.map(({ bodyHtml: _body, ...fields }) => fields))) expect(JUNK.test(text), JSON.stringify(text)).toBe(false);
  if (page.next !== undefined) expect(page.next).toMatch(/^https?:\/\//);
}

/** Reads with each adapter: a finished page, or a NewsError and nothing else. */
async function readEach(input: unknown, context = {}): Promise<void> {
  for (const adapter of ADAPTERS) {
    expect(typeof adapter.detect(input)).toBe('boolean');
    try {
      expectFinished(await adapter.parse(input, context));
    } catch (error) {
      expect(error).toBeInstanceOf(NewsError);
    }
  }
}

describe('feed readers on arbitrary input', () => {
  it('never reject with anything but a NewsError, whatever the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.string(), fc.uint8Array({ maxLength: 200 }), feedText), async (input) => readEach(input, { url: 'https://news.example/feed' })),
      { numRuns: 300 },
    );
  });

  it('refuse a detached buffer (its bytes sent to a worker) with a NewsError', async () => {
    const bytes = new TextEncoder().encode('<rss version="2.0"><channel/></rss>');
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
    await readEach(bytes.buffer);
    await readEach(bytes);
  });

  it('read any feed-shaped document into finished articles (the repairs make them all parse)', async () => {
    await fc.assert(
      fc.asyncProperty(feedDocument, fc.constantFrom(undefined, 'https://news.example/feed/'), async (xml, url) => {
        const page = await rss.parse(xml, url ? { url } : {});
        expectFinished(page);
      }),
      { numRuns: 300 },
    );
  });

  it('read the same documents as bytes, with or without a charset', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(rssDocument, atomDocument), fc.constantFrom(undefined, 'text/xml; charset=utf-8', 'application/rss+xml; charset=nonsense'), async (xml, type) => {
        expectFinished(await atom.parse(new TextEncoder().encode(xml), type ? { headers: { 'content-type': type } } : {}));
      }),
      { numRuns: 100 },
    );
  });

  it('stay linear on hostile input (unclosed sections, many ampersands and wrappers)', async () => {
    const many = 60_000;
    const hostile = [
      `<rss version="2.0"><channel><item><title>x</title><description>${'<![CDATA['.repeat(many)}</description></item></channel></rss>`,
      `<rss version="2.0"><channel><item><title>x</title><description>${'<!--'.repeat(many)}</description></item></channel></rss>`,
      `<rss version="2.0"><channel><item><title>${'&'.repeat(many)}${'&nbsp;'.repeat(many)}</title></item></channel></rss>`,
      `<rss version="2.0"><channel><item><title>x</title><description>${'&lt;p&gt;&lt;/p&gt;'.repeat(many)}&lt;img src="/a.jpg"&gt;</description></item></channel></rss>`,
      `<rss version="2.0"><channel><item><title>x</title><description>${'&lt;a '.repeat(many)}</description></item></channel></rss>`,
      `<rss version="2.0"><channel><item><title>x</title><author>${'@'.repeat(many)}</author><pubDate>${'1 '.repeat(many)}</pubDate></item></channel></rss>`,
    ];
    for (const xml of hostile) await readEach(xml);
  });
});
