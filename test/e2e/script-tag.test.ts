import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWatched, quiet, startSite, widgetsShown, type Site, type Watched } from './site.js';

const FOUR = `
  <news-article src="/wp-json/wp/v2/posts/1?_embed"></news-article>
  <news-list src="/wp-json/wp/v2/posts?_embed&per_page=4" heading="Read Now"></news-list>
  <popular-news src="/wp-json/wp/v2/posts?_embed&orderby=views&per_page=3" limit="3"></popular-news>
  <comment-form action="/wp-json/wp/v2/comments" post-id="1"></comment-form>`;

const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Publisher page</title>${head}</head><body>${body}</body></html>`;

/** What a publisher needs: our script and the endpoint from 'self', Lit's and our Trusted Types policies. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html news-widgets news-widgets#json-ld";

let browser: Browser;
let site: Site;

beforeAll(async () => {
  browser = await launch();
  site = await startSite({
    '/plain.html': { html: page('<script src="/news-widgets.js" defer></script>', FOUR) },
    '/module.html': { html: page('<script type="module" src="/news-widgets.js"></script>', FOUR) },
    '/csp.html': {
      html: page('<script src="/news-widgets.js" defer></script>', FOUR),
      headers: { 'Content-Security-Policy': STRICT_CSP },
    },
    '/twice.html': {
      html: page('<script src="/news-widgets.js"></script><script src="/news-widgets.js"></script>', FOUR),
    },
    '/hostile.html': {
      html: page(
        '<style>* { all: unset; } div { display: none !important; } body { font-size: 40px; } h1, h2, p, li, a { color: red !important; display: inline !important; }</style><script src="/news-widgets.js" defer></script>',
        FOUR,
      ),
    },
    '/french.html': {
      html: page('<script src="/news-widgets.js" defer></script>', FOUR).replace('<html lang="en">', '<html lang="fr">'),
      headers: { 'Content-Security-Policy': STRICT_CSP },
    },
    '/spa.html': { html: page('<script src="/news-widgets.js" defer></script>', '<main id="app"></main>') },
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A publisher page in a fresh context that shows all of it at once, recording its errors and policy violations. */
const open = (path: string): Promise<Watched> => openWatched(browser, `${site.origin}${path}`, { consoleErrors: true });

/** Waits until each of the four elements shows its loaded content, and returns what each shows. */
async function rendered(pw: Page) {
  await widgetsShown(pw, ['news-article', 'news-list', 'popular-news', 'comment-form']);
  return pw.evaluate(() => {
    const root = (tag: string) => document.querySelector(tag)!.shadowRoot!;
    const box = (element: Element | null) => element?.getBoundingClientRect() ?? { width: 0, height: 0 };
    const title = root('news-article').querySelector('[part~="title"]')!;
    return {
      title: title.textContent!.trim(),
      titleBox: box(title),
      titleWeight: getComputedStyle(title).fontWeight,
      items: root('news-list').querySelectorAll('[part~="item"]').length,
      itemBox: box(root('news-list').querySelector('[part~="item"]')),
      popular: root('popular-news').querySelectorAll('[part~="item"]').length,
      textareaBox: box(root('comment-form').querySelector('textarea')),
    };
  });
}

describe('the script-tag bundle on a page with no build step', () => {
  it('renders all four elements from a local endpoint with a classic deferred script', async () => {
    const { page: pw, errors } = await open('/plain.html');
    const shown = await rendered(pw);
    expect(shown.title.length).toBeGreaterThan(10);
    expect(shown.items).toBe(4);
    expect(shown.popular).toBe(3);
    expect(errors).toEqual([]);
    await pw.context().close();
  });

  it('works as a module script too', async () => {
    const { page: pw, errors } = await open('/module.html');
    expect((await rendered(pw)).items).toBe(4);
    expect(errors).toEqual([]);
    await pw.context().close();
  });

  it('does not throw when the script is loaded twice', async () => {
    const { page: pw, errors } = await open('/twice.html');
    expect((await rendered(pw)).items).toBe(4);
    expect(errors).toEqual([]);
    await pw.context().close();
  });

  it('runs under a strict CSP with Trusted Types enforced, with no violation', async () => {
    const { page: pw, errors } = await open('/csp.html');
    const shown = await rendered(pw);
    expect(shown.items).toBe(4);
    expect(await quiet(pw)).toEqual([]);
    expect(errors).toEqual([]);
    await pw.context().close();
  });

  it('fetches the messages of a language only for a page in that language, under the strict CSP', async () => {
    const english = await open('/plain.html');
    await rendered(english.page);
    await english.page.context().close();
    const requestsBefore = site.requests.length;
    const { page: pw, errors } = await open('/french.html');
    await rendered(pw);
    await pw.waitForFunction(() => document.querySelector('comment-form')?.shadowRoot?.textContent?.includes('Publier le commentaire'));
    const violations = await quiet(pw);
    const fetched = site.requests.slice(requestsBefore);
    expect(fetched.filter((path) => /news-widgets\.\w+\.js/.test(path))).toEqual(['/news-widgets.fr.js']);
    expect(site.requests.slice(0, requestsBefore).some((path) => /news-widgets\.(fr|ar)\.js/.test(path))).toBe(false);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await pw.context().close();
  });

  it('keeps its layout under a hostile host stylesheet', async () => {
    const { page: pw, errors } = await open('/hostile.html');
    const shown = await rendered(pw);
    expect(shown.titleBox.height).toBeGreaterThan(0);
    expect(shown.titleWeight).toBe('700');
    expect(shown.itemBox.height).toBeGreaterThan(0);
    expect(shown.textareaBox.height).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await pw.context().close();
  });

  it('upgrades elements a single-page app adds later, and aborts the request of one it removes', async () => {
    const { page: pw, errors } = await open('/spa.html');
    // The core has run (a deferred script, run before the load event): no element is on the page yet, so none is defined.
    await pw.waitForFunction(() => 'NewsWidgets' in window);
    expect(await pw.evaluate(() => customElements.get('news-list'))).toBe(undefined);
    // The removed list reads an endpoint that never answers: its request can only end by being aborted.
    const hanging = (request: { url(): string }) => request.url().includes('/hang/');
    const sent = pw.waitForRequest(hanging);
    const aborted = pw.waitForEvent('requestfailed', hanging);
    await pw.evaluate(() => {
      const app = document.getElementById('app')!;
      const kept = document.createElement('news-list');
      kept.setAttribute('src', '/wp-json/wp/v2/posts?_embed&per_page=2');
      const removed = document.createElement('news-list');
      removed.id = 'removed';
      removed.setAttribute('src', '/hang/wp-json/wp/v2/posts?per_page=3');
      app.append(kept, removed);
    });
    await sent;
    await pw.evaluate(() => document.getElementById('removed')!.remove());
    await pw.waitForFunction(() => (document.querySelector('news-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) === 2);
    expect((await aborted).failure()?.errorText).toMatch(/ABORTED/);
    expect(errors).toEqual([]);
    await pw.context().close();
  });
});
