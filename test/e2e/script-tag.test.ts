import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openWatched, quiet, startSite, wholePageContext, widgetsShown, type Site, type Watched } from './site.js';

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
    // A config element after the widgets, reached only once a slow script before it has run: the widgets
    // start first; another slow script after it keeps the page loading. (Its `lang` is for a page that says none itself.)
    '/late-config.html': {
      html: page(
        '<script src="/news-widgets.js"></script>',
        `<news-list src="/wp-json/wp/v2/posts?_embed&per_page=2"></news-list>
        <script src="/slow-third-party.js?before"></script>
        <script type="application/json" id="news-widgets-config">{"lang": "fr", "theme": "dark", "timeout": 5000}</script>
        <script src="/slow-third-party.js?after"></script>`,
      ).replace('<html lang="en">', '<html>'),
    },
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

  it('answers instanceof for its classes before and after the data API has loaded, whichever file made the instance', async () => {
    const { page: pw, errors } = await open('/spa.html');
    await pw.waitForFunction(() => 'NewsWidgets' in window);
    const result = await pw.evaluate(async () => {
      type Class = new (...args: unknown[]) => object;
      const api = (window as unknown as { NewsWidgets: Record<string, unknown> & { load(): Promise<unknown> } }).NewsWidgets;
      // What a page holds before anything has loaded: every name a class will have, read now.
      const early = { ...api } as Record<string, Class>;
      const is = (value: unknown, name: string) => value instanceof early[name]!;
      const threwError = (run: () => unknown): unknown => {
        try {
          return run();
        } catch (error) {
          return error;
        }
      };
      const threw = (run: () => unknown) => (threwError(run) as Error | undefined)?.name ?? 'no error';
      // A widget's error, made by the elements' files while the data API has not loaded.
      const widgetError = new Promise<unknown>((resolve) => document.addEventListener('news-error', (event) => resolve((event as CustomEvent<{ error: unknown }>).detail.error)));
      // JSON no reader takes: an error with no request.
      const list = Object.assign(new early.NewsListElement!() as HTMLElement, { data: 42 });
      document.getElementById('app')!.append(list);
      const fromWidget = await widgetError;
      const before = {
        plain: [is(new Error('x'), 'NewsError'), is({}, 'CommentNotConfirmedError'), is(document.body, 'NewsListElement'), is(null, 'NewsError')],
        made: is(new early.NewsError!('timeout', 'slow'), 'NewsError'),
        widgetError: is(fromWidget, 'NewsError'),
        // The elements' files make their errors with the core's class, not a copy of it.
        oneClass: (fromWidget as object).constructor === early.NewsError,
        newNotLoaded: threw(() => new early.CommentNotConfirmedError!()),
        element: [list.localName, is(list, 'NewsListElement'), api.NewsListElement !== early.NewsListElement],
      };
      await api.load();
      const fetched = threwError(() => (api.parseJsonText as (text: string) => unknown)(''));
      const notConfirmed = new (api.CommentNotConfirmedError as Class)('no-evidence', 'http', 'not stored');
      // Every class the loaded files offer had a stand-in that instanceof and new could use.
      const classes = Object.entries(api).filter(([, value]) => typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value)));
      const after = {
        fetched: [is(fetched, 'NewsError'), fetched instanceof (api.NewsError as Class)],
        widgetError: fromWidget instanceof (api.NewsError as Class),
        notConfirmed: [is(notConfirmed, 'CommentNotConfirmedError'), is(notConfirmed, 'NewsError'), is(fromWidget, 'CommentNotConfirmedError')],
        stable: api.NewsError === early.NewsError,
        classes: classes.map(([name]) => name).sort(),
        standIns: classes.filter(([name]) => !early[name] || threw(() => ({}) instanceof early[name]!) !== 'no error').map(([name]) => name),
      };
      return { before, after };
    });
    expect(result.before).toEqual({
      plain: [false, false, false, false],
      made: true,
      widgetError: true,
      oneClass: true,
      newNotLoaded: 'TypeError',
      element: ['news-list', true, true],
    });
    expect(result.after).toEqual({
      fetched: [true, true],
      widgetError: true,
      notConfirmed: [true, true, false],
      stable: true,
      classes: expect.arrayContaining(['CommentNotConfirmedError', 'NewsError', 'NewsListElement']),
      standIns: [],
    });
    expect(errors).toEqual([]);
    await pw.context().close();
  });

  it('a comment form’s CommentNotConfirmedError answers instanceof before the data API has loaded', async () => {
    const { page: pw, errors } = await open('/spa.html');
    await pw.waitForFunction(() => 'NewsWidgets' in window);
    await pw.evaluate(() => {
      const w = window as unknown as { NewsWidgets: Record<string, new () => object>; __early: Record<string, unknown>; __error: Promise<unknown> };
      w.__early = { ...w.NewsWidgets };
      w.__error = new Promise((resolve) => document.addEventListener('news-error', (event) => resolve((event as CustomEvent<{ error: unknown }>).detail.error)));
      // WordPress's classic endpoint on another origin: the form sends nothing and says why.
      const form = Object.assign(document.createElement('comment-form'), { minSubmitMs: 0 });
      form.setAttribute('action', 'https://comments.example/wp-comments-post.php');
      form.setAttribute('post-id', '1');
      document.getElementById('app')!.append(form);
    });
    const form = pw.locator('comment-form');
    await form.locator('textarea').fill('The ferry ran late again.');
    await form.locator('input[data-field="name"]').fill('Ola Brannigan');
    await form.locator('input[data-field="email"]').fill('ola.brannigan@example.org');
    await form.locator('button[type="submit"]').click();
    const result = await pw.evaluate(async () => {
      const w = window as unknown as { NewsWidgets: Record<string, unknown>; __early: Record<string, new () => object>; __error: Promise<{ reason: string }> };
      const error = await w.__error;
      return {
        reason: error.reason,
        early: [error instanceof w.__early.CommentNotConfirmedError!, error instanceof w.__early.NewsError!],
        now: error instanceof (w.NewsWidgets.CommentNotConfirmedError as new () => object),
        apiLoaded: performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/news-widgets.api.js')),
      };
    });
    expect(result).toEqual({ reason: 'cross-origin', early: [true, true], now: true, apiLoaded: false });
    expect(errors).toEqual([]);
    await pw.context().close();
  });

  it('applies a #news-widgets-config as soon as the parser reaches it after widgets that have shown, to those widgets too', async () => {
    const context = await wholePageContext(browser);
    // Each slow script is answered when the test lets it go.
    const release = { before: () => {}, after: () => {} };
    const released = {
      before: new Promise<void>((resolve) => (release.before = resolve)),
      after: new Promise<void>((resolve) => (release.after = resolve)),
    };
    await context.route('**/slow-third-party.js?*', async (route) => {
      await released[new URL(route.request().url()).search.slice(1) as keyof typeof released];
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    const pw = await context.newPage();
    const errors: string[] = [];
    pw.on('pageerror', (error) => errors.push(error.message));
    pw.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await pw.goto(`${site.origin}/late-config.html`, { waitUntil: 'commit' });
    await widgetsShown(pw, ['news-list']);
    const shown = () =>
      pw.evaluate(() => {
        const list = document.querySelector('news-list')!;
        return { lang: list.shadowRoot!.querySelector('[part="root"]')!.getAttribute('lang'), dark: list.matches(':state(theme-dark)'), parsing: document.readyState === 'loading' };
      });
    expect(await shown()).toEqual({ lang: 'en', dark: false, parsing: true });
    // What a script set before the config element arrived wins over it.
    await pw.evaluate(() => (window as unknown as { NewsWidgets: { configure(defaults: object): void } }).NewsWidgets.configure({ timeout: 20_000 }));
    release.before();
    await pw.waitForFunction(() => document.querySelector('news-list')!.shadowRoot!.querySelector('[part="root"]')!.getAttribute('lang') === 'fr');
    // Applied while the rest of the page is still on its way.
    expect(await shown()).toEqual({ lang: 'fr', dark: true, parsing: true });
    expect(await pw.evaluate(() => (window as unknown as { NewsWidgets: { getDefaults(): object } }).NewsWidgets.getDefaults())).toEqual({ timeout: 20_000, lang: 'fr', theme: 'dark' });
    release.after();
    await pw.waitForFunction(() => document.readyState === 'complete');
    expect(errors).toEqual([]);
    await context.close();
  });
});
