import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, recordViolations, startSite, violations, wholePageContext, widgetsShown, type Site } from './site.js';

/**
 * The script-tag core loads only the code of the elements a page shows: each element's files (listed in
 * the manifest the build writes beside them) requested together, shared chunks once, nothing for the
 * elements the page does not have. A file that does not arrive leaves its element with an error, not a
 * blank box, and the other elements work.
 */
interface Manifest {
  elements: Record<string, { files: string[] }>;
  formats: Record<string, { files: string[] }>;
}

const FIVE = `
  <news-article src="/wp-json/wp/v2/posts/1?_embed"></news-article>
  <news-list src="/wp-json/wp/v2/posts?_embed&per_page=4"></news-list>
  <popular-news src="/wp-json/wp/v2/posts?_embed&per_page=3" limit="3"></popular-news>
  <comment-list post-id="1" src="/wp-json/wp/v2/comments?post=1"></comment-list>
  <comment-form action="/wp-json/wp/v2/comments" post-id="1"></comment-form>`;

const page = (body: string, script = '<script src="/news-widgets.js" defer></script>'): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${script}</head><body>${body}</body></html>`;

let browser: Browser;
let site: Site;
let manifest: Manifest;

beforeAll(async () => {
  manifest = JSON.parse(await readFile(new URL('../../dist/cdn/news-widgets.manifest.json', import.meta.url), 'utf8')) as Manifest;
  browser = await launch();
  site = await startSite({
    '/list.html': { html: page('<news-list src="/wp-json/wp/v2/posts?_embed&per_page=4"></news-list>') },
    '/list-json-feed.html': { html: page('<news-list src="/feeds/json-feed.json"></news-list>') },
    '/list-inline-feed.html': {
      html: page(
        `<news-list><script type="application/json">${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Inline', items: [{ id: 'a', url: 'https://example.com/a', title: 'An inline story', date_published: '2026-01-02T10:00:00Z' }] })}</script></news-list>`,
      ),
    },
    '/list-more.html': { html: page('<news-list load-more="manual" src="/wp-json/wp/v2/posts?_embed&per_page=2"></news-list>') },
    '/five.html': { html: page(FIVE) },
    '/five-module.html': { html: page(FIVE, '<script type="module" src="/news-widgets.js"></script>') },
    '/five-twice.html': { html: page(FIVE, '<script src="/news-widgets.js"></script><script src="/news-widgets.js" defer></script>') },
    '/five-fr.html': { html: page(FIVE).replace('<html lang="en">', '<html lang="fr">') },
    '/list-ar.html': { html: page('<news-list src="/wp-json/wp/v2/posts?_embed&per_page=4"></news-list>').replace('<html lang="en">', '<html lang="ar">') },
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The files of some elements, and of the formats their data is in (WordPress here), each once. */
const filesOf = (...tags: string[]): string[] =>
  [...new Set([...tags.flatMap((tag) => manifest.elements[tag]!.files), ...manifest.formats.wordpress!.files])].map((file) => `/${file}`);

/** The script files the server was asked for since `from`, in order, with repeats. */
const scriptsSince = (from: number): string[] => site.requests.slice(from).filter((path) => /^\/news-widgets[\w.-]*\.js$/.test(path));

/** Opens a page, waits until `shown`, then for the network to be quiet; the script files it fetched, and its errors. */
async function openPage(path: string, shown: (pw: Page) => Promise<unknown>) {
  const context = await wholePageContext(browser);
  const pw = await context.newPage();
  const errors: string[] = [];
  pw.on('pageerror', (error) => errors.push(error.message));
  const from = site.requests.length;
  await pw.goto(`${site.origin}${path}`);
  await shown(pw);
  // What is not fetched is checked once the page's network is quiet (nothing in flight for a while), however slow the machine.
  await pw.waitForLoadState('networkidle');
  return { pw, context, errors, fetched: scriptsSince(from) };
}

/** A page with a <news-list>, opened until its stories show. */
const openList = (path: string) =>
  openPage(path, (pw) => pw.waitForFunction(() => (document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0));

const ALL_FIVE = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'];
const allFiveShown = (pw: Page): Promise<void> => widgetsShown(pw, ALL_FIVE);

describe('the script-tag core loads the code of the elements on the page', () => {
  it('the manifest gives each element its own entry file and shares the rest', () => {
    for (const tag of ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form']) {
      expect(manifest.elements[tag]!.files[0]).toBe(`news-widgets.${tag}.js`);
    }
    const shared = manifest.elements['news-list']!.files.filter((file) => manifest.elements['comment-form']!.files.includes(file));
    expect(shared.length, 'Lit and the base classes are shared, not copied').toBeGreaterThan(0);
  });

  it('a page with only a <news-list> fetches the core, the shared chunks, the list’s files and the reader of its data’s format, nothing else', async () => {
    const { pw, context, errors, fetched } = await openList('/list.html');
    expect(fetched.slice().sort()).toEqual(['/news-widgets.js', ...filesOf('news-list')].slice().sort());
    for (const tag of ['news-article', 'popular-news', 'comment-list', 'comment-form']) expect(fetched).not.toContain(`/news-widgets.${tag}.js`);
    // Neither the sanitizer (a list shows no HTML) nor the other formats' readers.
    for (const name of ['ghost', 'json-feed', 'newsapi', 'json-ld']) expect(fetched).not.toContain(`/${manifest.formats[name]!.files[0]}`);
    expect(fetched.filter((file) => /sanitize|mapping/.test(file))).toEqual([]);
    expect(await pw.evaluate(() => ['news-article', 'popular-news', 'comment-list', 'comment-form'].filter((tag) => customElements.get(tag)))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Telling formats apart is a file of its own: a WordPress list never needs it (above), other sources load it
  // with their reader.
  for (const [what, path, title] of [
    ['from an endpoint', '/list-json-feed.html', undefined],
    ['inline', '/list-inline-feed.html', 'An inline story'],
  ] as const)
    it(`a <news-list> of a JSON Feed ${what} fetches the detection and JSON Feed files with its own, and shows the feed's stories`, async () => {
      const { pw, context, errors, fetched } = await openList(path);
      const expected = [...new Set(['news-widgets.js', ...manifest.elements['news-list']!.files, ...manifest.formats['json-feed']!.files])].map((file) => `/${file}`);
      expect(fetched.slice().sort()).toEqual(expected.sort());
      expect(expected.some((file) => /\/news-widgets\.detect-/.test(file)), 'the detection file is among them').toBe(true);
      if (title) expect(await pw.evaluate(() => document.querySelector('news-list')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim())).toBe(title);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('a list that pages fetches its paging file too, draws its button with the first stories, and loads the next page', async () => {
    const context = await wholePageContext(browser);
    const pw = await context.newPage();
    const errors: string[] = [];
    pw.on('pageerror', (error) => errors.push(error.message));
    const from = site.requests.length;
    await pw.goto(`${site.origin}/list-more.html`);
    const shown = () => pw.evaluate(() => document.querySelector('news-list')!.shadowRoot!.querySelectorAll('[part~="item"]').length);
    await pw.waitForFunction(() => (document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0);
    expect(await pw.evaluate(() => !!document.querySelector('news-list')!.shadowRoot!.querySelector('[part~="load-more"]')), 'the button comes with the stories').toBe(true);
    expect(await shown()).toBe(2);
    const paging = scriptsSince(from).filter((file) => /paging/.test(file));
    expect(paging).toHaveLength(1);
    await pw.evaluate(() => document.querySelector('news-list')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more"]')!.click());
    await pw.waitForFunction(() => document.querySelector('news-list')!.shadowRoot!.querySelectorAll('[part~="item"]').length === 4);
    expect(scriptsSince(from).filter((file) => /paging/.test(file)), 'loaded once').toEqual(paging);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [name, path] of [
    ['deferred', '/five.html'],
    ['as a module', '/five-module.html'],
    ['included twice', '/five-twice.html'],
  ] as const) {
    it(`a page with all five elements (core ${name}) fetches each file once`, async () => {
      const opened = await openPage(path, allFiveShown);
      const { context, errors } = opened;
      const fetched = opened.fetched.filter((file) => file !== '/news-widgets.js');
      const expected = filesOf('news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form');
      expect(fetched.slice().sort()).toEqual(expected.slice().sort());
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  const failures = [
    { what: 'an element whose file does not load shows an error and fires news-error; the others work', failing: /news-widgets\.comment-form\.js/ },
    {
      what: 'offline after the core (the file that shows the failure cannot load either): still the English alert and news-error, never a blank box',
      failing: /news-widgets\.(comment-form|unavailable)\.js/,
    },
  ];
  for (const { what, failing } of failures) {
    it(what, async () => {
      const context = await wholePageContext(browser);
      await context.route(failing, (route) => route.abort('failed'));
      const pw = await context.newPage();
      const errors: string[] = [];
      pw.on('pageerror', (error) => errors.push(error.message));
      await pw.addInitScript(() => {
        const w = window as unknown as { __errors: string[] };
        w.__errors = [];
        document.addEventListener('news-error', (event) => w.__errors.push(`${(event.target as Element).localName}: ${(event as CustomEvent<{ error: { code: string } }>).detail.error.code}`));
      });
      await pw.goto(`${site.origin}/five.html`);
      const alert = pw.locator('comment-form').locator('[role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toBe('This content could not be loaded. Please reload the page.');
      expect(await pw.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual(['comment-form: network']);
      await widgetsShown(pw, ['news-article', 'news-list', 'popular-news', 'comment-list']);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('on a French page, the error of an element whose file does not load is in French, from the one French file the other elements use', async () => {
    const context = await wholePageContext(browser);
    await context.route('**/news-widgets.comment-form.js', (route) => route.abort('failed'));
    const pw = await context.newPage();
    const from = site.requests.length;
    await pw.goto(`${site.origin}/five-fr.html`);
    const alert = pw.locator('comment-form').locator('[role="alert"]');
    await alert.filter({ hasText: 'Ce contenu' }).waitFor();
    expect(await alert.textContent()).toBe('Ce contenu n’a pas pu être chargé. Veuillez recharger la page.');
    expect(await alert.getAttribute('lang')).toBe('fr');
    await widgetsShown(pw, ['news-article', 'news-list', 'popular-news', 'comment-list']);
    await pw.waitForFunction(() => document.querySelector('comment-list')!.shadowRoot!.textContent!.includes('Répondre'));
    expect(scriptsSince(from).filter((file) => file === '/news-widgets.fr.js')).toEqual(['/news-widgets.fr.js']);
    await context.close();
  });

  it('on an Arabic page whose only element cannot load, the core fetches the Arabic file and shows the error in Arabic, right to left', async () => {
    const context = await wholePageContext(browser);
    await context.route('**/news-widgets.news-list.js', (route) => route.abort('failed'));
    const pw = await context.newPage();
    await pw.goto(`${site.origin}/list-ar.html`);
    const alert = pw.locator('news-list').locator('[role="alert"]');
    await alert.filter({ hasText: 'تعذّر' }).waitFor();
    expect(await alert.textContent()).toBe('تعذّر تحميل هذا المحتوى. يُرجى إعادة تحميل الصفحة.');
    expect(await alert.evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction])).toEqual(['ar', 'rtl']);
    await context.close();
  });

  it('served from another origin without CORS, the core falls back to the one classic file, under a strict CSP', async () => {
    const cdn = site.origin.replace('//127.0.0.1:', '//localhost:');
    const csp =
      `default-src 'none'; script-src 'self' ${cdn}; connect-src 'self'; img-src 'self' data:; style-src 'self'; ` +
      "require-trusted-types-for 'script'; trusted-types lit-html news-widgets news-widgets#json-ld";
    const publisher = await startSite({ '/cross.html': { html: page(FIVE, `<script src="${cdn}/news-widgets.js" defer></script>`), headers: { 'Content-Security-Policy': csp } } });
    try {
      const context = await wholePageContext(browser);
      const pw = await context.newPage();
      const errors: string[] = [];
      pw.on('pageerror', (error) => errors.push(error.message));
      await recordViolations(pw);
      const from = site.requests.length;
      await pw.goto(`${publisher.origin}/cross.html`);
      await allFiveShown(pw);
      expect(scriptsSince(from).filter((file) => file === '/news-widgets.all.js')).toEqual(['/news-widgets.all.js']);
      expect(await pw.evaluate(async () => typeof (await (window as unknown as { NewsWidgets: { getSanitizer(): Promise<unknown> } }).NewsWidgets.getSanitizer()))).toBe('function');
      expect(await violations(pw)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await publisher.close();
    }
  });

  it('configure() works before any element has loaded, and the data API loads on first use', async () => {
    const context = await wholePageContext(browser);
    const pw = await context.newPage();
    await pw.goto(`${site.origin}/list.html`);
    const result = await pw.evaluate(async () => {
      const api = (window as unknown as { NewsWidgets: Record<string, (...args: unknown[]) => unknown> }).NewsWidgets;
      api.configure!({ timeout: 5000 });
      const timeout = (api.getDefaults!() as { timeout?: number }).timeout;
      const page = (await api.loadArticles!('/wp-json/wp/v2/posts?_embed&per_page=2')) as { articles: unknown[] };
      return { timeout, count: page.articles.length, hasError: typeof api.NewsError === 'function', detect: typeof api.detectFormat };
    });
    expect(result).toEqual({ timeout: 5000, count: 2, hasError: true, detect: 'function' });
    await context.close();
  });
});
