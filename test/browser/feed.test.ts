import { expect } from '@open-wc/testing';
import { NewsError } from '../../src/data/errors.js';
import { ADAPTERS, DETECT_CASES, FEED_CASES, runCase } from '../support/feed-cases.js';

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
