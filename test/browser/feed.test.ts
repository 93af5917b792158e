import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { NewsError } from '../../src/data/errors.js';
import { rss } from '../../src/data/formats/feed.js';
import { ADAPTERS, DETECT_CASES, FEED_CASES, feedDocument, runCase } from '../support/feed-cases.js';

const load = async (name: string): Promise<Uint8Array> => new Uint8Array(await (await fetch(new URL(`../fixtures/feeds/${name}`, import.meta.url))).arrayBuffer());

describe('feed readers in the browser (DOMParser)', () => {
  it('has DOMParser here: the browser path is the one under test', () => {
    expect(typeof DOMParser).to.equal('function');
  });

  for (const feedCase of FEED_CASES) {
    it(feedCase.name, async () => {
      const { value, error } = await runCase(feedCase, load);
      if (feedCase.error) {
        expect(error).to.be.instanceOf(NewsError);
        expect((error as NewsError).code).to.equal(feedCase.error.code);
        expect((error as NewsError).message).to.match(feedCase.error.message);
      } else {
        expect(error).to.equal(undefined);
        expect(value).to.deep.equal(feedCase.expected);
      }
    });
  }

  it('detects each format by its root element', () => {
    for (const { input, ...expected } of DETECT_CASES) {
      expect({ rss: ADAPTERS.rss.detect(input), rdf: ADAPTERS.rdf.detect(input), atom: ADAPTERS.atom.detect(input) }).to.deep.equal(expected);
    }
  });
});

describe('feed readers in the browser on generated feeds', () => {
  it('parse every generated document, as xmldom does in Node (the repairs suit both parsers)', async () => {
    await fc.assert(
      fc.asyncProperty(feedDocument, async (xml) => {
        const page = await rss.parse(xml, { url: 'https://news.example/feed/' });
        for (const article of page.articles) expect(article.title).to.not.equal('');
      }),
      { numRuns: 200 },
    );
  });
});
