import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbedSource, SanitizeOptions } from '../../src/data/sanitize.js';
import { serverSanitizer, type ServerSanitize } from '../../src/ssr/sanitize.js';
import { hostileArticles, hostileFeed } from '../fixtures/hostile.js';
import { launch, startSite, type Site } from './site.js';

/**
 * The sanitizer on the server gives the HTML the browser's gives. One corpus (the hostile vectors, the
 * WordPress-like bodies and the embedded frames of `xss-vectors.json`, and the HTML bodies of
 * `hostile.js`) goes through the server sanitizer in Node and through both engines of the script-tag
 * bundle in Chromium (the native Sanitizer API and DOMPurify, from `news-widgets.purify.js`), each with
 * the same options, and the markup must be the same string: the browser's fragment serialized as the
 * page would (its `innerHTML` in a `<div>`). The server's output of each hostile vector is then checked
 * on its own: nothing in it can run or load what the rules forbid, read as a browser reads it.
 */

interface Entry {
  id: string;
  html: string;
}

const fixtures = JSON.parse(await readFile(new URL('../fixtures/xss-vectors.json', import.meta.url), 'utf8')) as Record<'hostile' | 'benign' | 'embeds', Entry[]>;
/** The HTML bodies of the "every way in" data, as an app hands them in and as an endpoint sends them. */
const bodies = (from: unknown[], prefix: string, field: string): Entry[] =>
  from.flatMap((record) => {
    const { id, [field]: html } = ((typeof record === 'object' && record) || {}) as Record<string, unknown>;
    return typeof html === 'string' ? [{ id: `hostile.js/${prefix}-${String(id)}`, html }] : [];
  });
const hostileBodies: Entry[] = [...bodies(hostileArticles(), 'article', 'bodyHtml'), ...bodies(hostileFeed().items, 'feed', 'content_html')];

const BASE = 'https://news.example/wp-json/wp/v2/posts';
/** Labels for the links that replace frames, as a page in another language gives them; the same on both sides. */
const LABELS = { youtube: 'Regarder sur YouTube', vimeo: 'Regarder sur Vimeo', other: 'Voir le contenu intégré sur {host} <b>&</b>' };
type Labels = typeof LABELS;

/** Options as data (the page gets them as JSON); `labels` becomes an `embedLabel` on each side. */
type OptionSet = Omit<SanitizeOptions, 'embedLabel'> & { labels?: Labels };
/** Each entry is compared under each set: the endpoint's URL alone (as the widgets call it), every option chosen, and no base. */
const OPTION_SETS: Record<string, OptionSet> = {
  base: { base: BASE },
  chosen: { base: BASE, linkTarget: '_blank', referrerPolicy: '', idPrefix: 'c7-', labels: LABELS },
  'no base': {},
};

function withLabels({ labels, ...options }: OptionSet): SanitizeOptions {
  if (!labels) return options;
  const embedLabel = (embed: EmbedSource): string => (embed.provider ? labels[embed.provider] : labels.other.replace('{host}', embed.host));
  return { ...options, embedLabel };
}

let browser: Browser;
let site: Site;
let page: Page;
let pageUrl: string;
let sanitize: ServerSanitize;

beforeAll(async () => {
  [browser, site, sanitize] = await Promise.all([
    launch(),
    startSite({
      '/sanitize.html': { html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/news-widgets.js" defer></script></head><body></body></html>' },
    }),
    serverSanitizer(),
  ]);
  page = await browser.newPage();
  pageUrl = `${site.origin}/sanitize.html`;
  await page.goto(pageUrl);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the page's own address adds to the corpus: media and links on its origin, relative URLs, a frame with a relative source. */
function pageEntries(): Entry[] {
  return [
    { id: 'page/poster-on-its-origin', html: `<video controls poster="${site.origin}/media/poster.jpg" src="${site.origin}/media/clip.mp4"><track kind="captions" src="${site.origin}/media/en.vtt" default></video>` },
    { id: 'page/relative-urls', html: '<p><a href="/local">local</a> <img src="media/a.jpg" alt="a"></p><video poster="/media/p.jpg"></video><iframe src="/embed/card"></iframe>' },
    { id: 'page/link-to-its-origin', html: `<a href="${site.origin}/elsewhere">same site</a> <a href="https://elsewhere.example/">other site</a>` },
  ];
}

/** The browser's markup for each entry and option set, from both engines of the script-tag bundle. */
function inBrowser(entries: Entry[]): Promise<Array<Record<string, { native: string; dompurify: string }>>> {
  return page.evaluate(
    async ({ entries, sets }) => {
      type Api = { load(): Promise<unknown>; getSanitizer(engine: string): Promise<(html: string, options?: object) => DocumentFragment> };
      const api = (window as unknown as { NewsWidgets: Api }).NewsWidgets;
      await api.load();
      const engines = { native: await api.getSanitizer('native'), dompurify: await api.getSanitizer('dompurify') };
      const serialized = (fragment: DocumentFragment): string => {
        const container = document.createElement('div');
        container.append(fragment);
        return container.innerHTML;
      };
      return entries.map(({ html }) =>
        Object.fromEntries(
          Object.entries(sets).map(([name, { labels, ...options }]) => {
            const embedLabel = labels && ((embed: { provider?: 'youtube' | 'vimeo'; host: string }) => (embed.provider ? labels[embed.provider] : labels.other.replace('{host}', embed.host)));
            const chosen = embedLabel ? { ...options, embedLabel } : options;
            return [name, { native: serialized(engines.native(html, chosen)), dompurify: serialized(engines.dompurify(html, chosen)) }];
          }),
        ),
      );
    },
    { entries, sets: OPTION_SETS },
  );
}

describe('the server sanitizer and both browser engines on one corpus', () => {
  const corpus = [...fixtures.hostile, ...fixtures.benign, ...fixtures.embeds, ...hostileBodies];
  let browserMarkup: Map<string, Record<string, { native: string; dompurify: string }>>;

  beforeAll(async () => {
    const entries = [...corpus, ...pageEntries()];
    const outputs = await inBrowser(entries);
    browserMarkup = new Map(entries.map((entry, index) => [entry.id, outputs[index]!]));
  });

  it('has the whole corpus', () => {
    expect(fixtures.hostile.length).toBeGreaterThanOrEqual(60);
    expect(hostileBodies.map((entry) => entry.id)).toEqual(['hostile.js/article-h1', 'hostile.js/article-h3', 'hostile.js/feed-h1']);
  });

  const compare = (entry: Entry): void => {
    for (const [name, set] of Object.entries(OPTION_SETS)) {
      const server = sanitize(entry.html, { ...withLabels(set), page: pageUrl });
      const browserSide = browserMarkup.get(entry.id)![name]!;
      expect(browserSide.dompurify, `${name}: the two browser engines`).toBe(browserSide.native);
      expect(server, `${name}: server and browser`).toBe(browserSide.native);
    }
  };

  for (const entry of corpus) it(`gives the same HTML for ${entry.id}`, () => compare(entry));

  it('gives the same HTML where the page address matters', () => {
    for (const entry of pageEntries()) compare(entry);
    // The address did matter: under the widget's referrer policy the poster on the page's origin stays, one elsewhere goes.
    const [own, relative] = pageEntries().map((entry) => sanitize(entry.html, { base: BASE, page: pageUrl }));
    expect(own).toContain(`poster="${site.origin}/media/poster.jpg"`);
    expect(sanitize(pageEntries()[0]!.html, { base: BASE })).not.toContain('poster=');
    expect(relative).toContain('href="https://news.example/local"');
  });
});

/** Elements and attributes the rules never leave (the browser test's list, for the server's markup). */
const NEVER_KEPT =
  'script, style, iframe, frame, frameset, object, embed, applet, param, form, input, button, select, option, textarea, ' +
  'label, output, link, meta, base, template, noscript, xmp, noembed, noframes, plaintext, title, portal, dialog, slot, isindex, marquee, math';
const NEVER_KEPT_ATTRIBUTES = ['style', 'srcdoc', 'formaction', 'action', 'ping', 'is', 'name', 'autoplay', 'download'];
const SVG_KEPT = ['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect'];

describe('the server output of each hostile vector', () => {
  const { document } = new JSDOM('').window;

  for (const vector of [...fixtures.hostile, ...hostileBodies]) {
    it(`is inert for ${vector.id}`, async () => {
      const markup = sanitize(vector.html, { base: BASE, page: pageUrl });
      // Read as a browser reads the declarative shadow root it is written into.
      const template = document.createElement('template');
      template.innerHTML = markup;
      const what = `${vector.id}: ${markup.slice(0, 300)}`;
      expect(template.content.querySelectorAll(NEVER_KEPT).length, what).toBe(0);
      for (const element of template.content.querySelectorAll('*')) {
        expect(['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg'], what).toContain(element.namespaceURI);
        if (element.namespaceURI === 'http://www.w3.org/2000/svg') expect(SVG_KEPT, what).toContain(element.localName);
        for (const attr of element.attributes) {
          const at = `${what} (${attr.name}="${attr.value}" on <${element.localName}>)`;
          expect(attr.namespaceURI, at).toBe(null);
          expect(attr.localName, at).not.toMatch(/^(on|data-)/i);
          expect(NEVER_KEPT_ATTRIBUTES, at).not.toContain(attr.localName);
          // eslint-disable-next-line no-control-regex -- white space and control characters a URL reader may skip
          expect(attr.value.replace(/[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g, ''), at).not.toMatch(/(javascript|vbscript|data):/i);
          if (['href', 'src', 'poster', 'cite'].includes(attr.localName)) expect(attr.value, at).toMatch(attr.localName === 'href' ? /^(https?:|mailto:|#[\w:.-]+$)/ : /^https?:/);
        }
      }
      // And in the page: put in place as the server's HTML is, with every handler an element could have
      // fired, nothing calls the corpus's `__xss` (nor, for hostile.js, sets `__pwned`), and no customized
      // built-in of the names the corpus uses is created.
      const ran = await page.evaluate((html) => {
        const calls: string[] = [];
        const globals = window as unknown as { __xss?: (tag?: unknown) => void; __pwned?: unknown; alert: (message?: unknown) => void; __upgraded: string[] };
        if (!customElements.get('x-hostile-paragraph')) {
          globals.__upgraded = [];
          const upgraded = globals.__upgraded;
          customElements.define('x-hostile-paragraph', class extends HTMLParagraphElement { constructor() { super(); upgraded.push('p'); } }, { extends: 'p' });
          customElements.define('x-hostile-button', class extends HTMLButtonElement { constructor() { super(); upgraded.push('button'); } }, { extends: 'button' });
        }
        globals.__upgraded.length = 0;
        globals.__xss = (tag) => calls.push(String(tag));
        globals.alert = (message) => calls.push(`alert ${String(message)}`);
        delete globals.__pwned;
        const host = document.createElement('div');
        document.body.append(host);
        host.setHTMLUnsafe(html);
        for (const element of host.querySelectorAll('*')) {
          for (const type of ['click', 'mouseover', 'focus', 'toggle', 'load', 'error', 'begin']) element.dispatchEvent(new Event(type));
        }
        host.remove();
        return [...calls, ...globals.__upgraded.map((tag) => `customized <${tag}>`), ...(globals.__pwned === undefined ? [] : [`__pwned ${String(globals.__pwned)}`])];
      }, markup);
      expect(ran, what).toEqual([]);
    });
  }
});
