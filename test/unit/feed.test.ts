import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NewsError } from '../../src/data/errors.js';
import { HTML_ENTITIES } from '../../src/data/formats/feed-entities.js';
import { ADAPTERS, DETECT_CASES, FEED_CASES, runCase } from '../support/feed-cases.js';

const load = async (name: string): Promise<Uint8Array> => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

describe('feed readers in Node (xmldom)', () => {
  it('has no DOMParser here: the Node path is the one under test', () => {
    expect(typeof (globalThis as { DOMParser?: unknown }).DOMParser).toBe('undefined');
  });

  for (const feedCase of FEED_CASES) {
    it(feedCase.name, async () => {
      const { value, error } = await runCase(feedCase, load);
      if (feedCase.error) {
        expect(error).toBeInstanceOf(NewsError);
        expect((error as NewsError).code).toBe(feedCase.error.code);
        expect((error as NewsError).message).toMatch(feedCase.error.message);
      } else {
        expect(error).toBeUndefined();
        expect(value).toEqual(feedCase.expected);
      }
    });
  }

  it('knows the named references of HTML 4.01 that XML lacks (252 less amp, lt, gt, quot), each at its code point', () => {
    expect(HTML_ENTITIES.size).toBe(248);
    const samples = { nbsp: 0xa0, iquest: 0xbf, Agrave: 0xc0, yuml: 0xff, Rho: 0x3a1, Sigma: 0x3a3, Omega: 0x3a9, sigmaf: 0x3c2, omega: 0x3c9, hellip: 0x2026, euro: 0x20ac, diams: 0x2666 };
    expect(Object.fromEntries(Object.keys(samples).map((name) => [name, HTML_ENTITIES.get(name)]))).toEqual(samples);
  });

  it('detects each format by its root element', () => {
    for (const { input, ...expected } of DETECT_CASES) {
      expect({ rss: ADAPTERS.rss.detect(input), rdf: ADAPTERS.rdf.detect(input), atom: ADAPTERS.atom.detect(input) }).toEqual(expected);
    }
  });
});
