import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIVE_WIDGETS, launch, quiet, startSite, wholePageContext, widgetsShown, type Page_, type Site } from './site.js';

/**
 * The script-tag core on another origin than the page. A host that sends CORS headers, and a script tag
 * that says so (`crossorigin`, or `type="module"`), get the element files, exactly as on the page's own
 * origin. Otherwise the core cannot tell without a request that fails, and Chromium reports every failed
 * one in red on the console (two lines each), so it loads the one classic file and says so once.
 */
interface Manifest {
  elements: Record<string, { files: string[] }>;
  formats: Record<string, { files: string[] }>;
}

const TAGS = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'];
const page = (script: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${script}</head><body>${FIVE_WIDGETS}</body></html>`;

let browser: Browser;
let manifest: Manifest;
/** Serves the pages and the endpoints; its files are read from `localhost`, another origin than `127.0.0.1`. */
let plain: Site;
/** The same with `Access-Control-Allow-Origin: *` on the files. */
let cors: Site;

const cdnOf = (site: Site): string => site.origin.replace('//127.0.0.1:', '//localhost:');
const pagesFor = (cdn: string): Record<string, Page_> => ({
  '/classic.html': { html: page(`<script src="${cdn}/news-widgets.js" defer></script>`) },
  '/crossorigin.html': { html: page(`<script src="${cdn}/news-widgets.js" crossorigin defer></script>`) },
  '/module.html': { html: page(`<script type="module" src="${cdn}/news-widgets.js"></script>`) },
});

beforeAll(async () => {
  manifest = JSON.parse(await readFile(new URL('../../dist/cdn/news-widgets.manifest.json', import.meta.url), 'utf8')) as Manifest;
  browser = await launch();
  // The pages name the files' origin, known once the site listens: they are added then (pages are looked up per request).
  const plainPages: Record<string, Page_> = {};
  const corsPages: Record<string, Page_> = {};
  plain = await startSite(plainPages);
  cors = await startSite(corsPages, { cors: true });
  Object.assign(plainPages, pagesFor(cdnOf(plain)));
  Object.assign(corsPages, pagesFor(cdnOf(cors)));
});

afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await cors?.close();
});

/** Opens a page, recording every console line (any type) and uncaught error, and every script file asked for, in order. */
async function open(site: Site, path: string) {
  const context = await wholePageContext(browser);
  const pw = await context.newPage();
  const lines: { type: string; text: string }[] = [];
  const scripts: string[] = [];
  pw.on('console', (message) => lines.push({ type: message.type(), text: message.text() }));
  pw.on('pageerror', (error) => lines.push({ type: 'pageerror', text: error.message }));
  pw.on('request', (request) => {
    const url = new URL(request.url());
    if (/^\/news-widgets[\w.-]*\.js$/.test(url.pathname)) scripts.push(`${url.host}${url.pathname}`);
  });
  await pw.goto(`${site.origin}${path}`);
  await widgetsShown(pw, TAGS);
  return { pw, lines, scripts, close: () => context.close() };
}

/** Every file the five elements and their WordPress data need, on the files' host, with the core. */
const elementFiles = (site: Site): string[] => {
  const host = new URL(cdnOf(site)).host;
  const files = new Set([...TAGS.flatMap((tag) => manifest.elements[tag]!.files), ...manifest.formats.wordpress!.files]);
  return ['news-widgets.js', ...files].map((file) => `${host}/${file}`).sort();
};

describe('the script-tag core on another origin', () => {
  it('from a host without CORS headers: the one classic file, and one console line, a warning that names Access-Control-Allow-Origin', async () => {
    const { pw, lines, scripts, close } = await open(plain, '/classic.html');
    await quiet(pw); // all the page does on its own is done: widgets drawn, images loaded
    expect(lines, lines.map((line) => `${line.type}: ${line.text}`).join('\n')).toHaveLength(1);
    expect(lines[0]!.type).toBe('warning');
    expect(lines[0]!.text).toContain('Access-Control-Allow-Origin');
    expect(lines[0]!.text).toContain(`${cdnOf(plain)}/`);
    const host = new URL(cdnOf(plain)).host;
    expect(scripts).toEqual([`${host}/news-widgets.js`, `${host}/news-widgets.all.js`]);
    await close();
  });

  for (const [name, path] of [
    ['a classic tag with crossorigin', '/crossorigin.html'],
    ['a module tag', '/module.html'],
  ] as const) {
    it(`from a host with CORS headers, ${name}: the element files, as on the page's own origin, and nothing on the console`, async () => {
      const { pw, lines, scripts, close } = await open(cors, path);
      await quiet(pw); // all the page does on its own is done: widgets drawn, images loaded
      // Each file once, and no other request: no probe, no single file.
      expect(scripts.slice().sort()).toEqual(elementFiles(cors));
      expect(lines).toEqual([]);
      await close();
    });
  }

  it('from a host with CORS headers but a tag that does not say so: the one classic file and the same one warning, with no failing request', async () => {
    const { pw, lines, scripts, close } = await open(cors, '/classic.html');
    await quiet(pw);
    const host = new URL(cdnOf(cors)).host;
    expect(scripts).toEqual([`${host}/news-widgets.js`, `${host}/news-widgets.all.js`]);
    expect(lines.map((line) => line.type)).toEqual(['warning']);
    expect(lines[0]!.text).toMatch(/Access-Control-Allow-Origin.*crossorigin/);
    await close();
  });
});
