import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, installApp, packTarball, PRODUCTION, projectVersions, run, serve, type Served } from './pack-apps.js';
import { CLIENT_BUILD, FAILING, freePort, LEAD, type Running, sitePage, ssrApps, startServer } from './ssr-apps.js';
import { launch } from './site.js';

/**
 * The server-rendering recipes, each from the packed package alone in a fresh app: a static site's build
 * step with the command line, a plain Node server, Eleventy, and Next. What each draws is checked as a reader
 * sees it (Chromium with JavaScript off), and where the page has its scripts, as the widgets wake up on it.
 */
let work = '';
let tarball = '';
let browser: Browser;
const dirOf = (app: string): string => join(work, app);

/** How long each step took, in seconds, printed at the end (install times are part of what a recipe costs). */
const took: Record<string, number> = {};
async function timed<T>(step: string, task: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await task();
  } finally {
    took[step] = Math.round((performance.now() - start) / 100) / 10;
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'news-ssr-pack-'));
  tarball = await timed('pack', () => packTarball(work));
  const versions = await projectVersions();
  await Promise.all(ssrApps(versions).map((app) => timed(`install ${app.name}`, () => installApp(dirOf(app.name), app, tarball))));
  browser = await launch();
});

afterAll(async () => {
  // Beside the test report: what each step of the recipes took here.
  console.warn(`ssr-pack durations (s): ${JSON.stringify(took)}`);
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The story titles a reader sees in the widgets matching `selector` of a page opened with JavaScript off. */
async function titlesWithoutScript(url: string, selector: string): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return (await page.locator(`${selector} [part~="title"]`).allTextContents()).map((title) => title.trim());
  } finally {
    await context.close();
  }
}

/** The two pages of the site (see SITE_PAGES), as built into `origin`, show each widget's stories with JavaScript off. */
async function siteShownWithoutScript(origin: string): Promise<void> {
  const home = await titlesWithoutScript(`${origin}/`, 'news-list');
  expect(home).toHaveLength(3);
  expect(home[0]).toBe(LEAD);
  expect(await titlesWithoutScript(`${origin}/`, 'popular-news')).toHaveLength(3);
  // The subfolder's page: its relative sources read from its own address.
  expect(await titlesWithoutScript(`${origin}/world/`, 'news-article')).toEqual([LEAD]);
  expect(await titlesWithoutScript(`${origin}/world/`, 'news-list')).toHaveLength(3);
}

type Watched = Window & { shifts: number; drawnTitle?: Element | null };

/**
 * Opens a server-drawn page with its scripts and checks that its `<news-list load-more="manual">` wakes up on
 * what the server drew: no data request, the drawn headline the same node, no layout shift, no error; then
 * that load more asks for the next page and shows its stories.
 */
async function wakesUp(url: string): Promise<void> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => {
      const watched = window as unknown as Watched;
      watched.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) watched.shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      // The headline the server drew, once the HTML is parsed and before the page's modules run.
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') watched.drawnTitle = document.querySelector('news-list')?.shadowRoot?.querySelector('[part~="title"]');
      });
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/wp-json/')) requests.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('news-list'));
    await page.evaluate(() => (document.querySelector('news-list') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
    expect(
      await page.evaluate(() => {
        const drawn = (window as unknown as Watched).drawnTitle;
        return !!drawn && drawn.isConnected && drawn === document.querySelector('news-list')?.shadowRoot?.querySelector('[part~="title"]');
      }),
      'the headline drawn is the node the woken widget shows',
    ).toBe(true);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as Watched).shifts)).toBeLessThan(0.01);

    // The first page held three stories: load more asks for the second and shows its stories after them.
    const titles = page.locator('news-list [part~="title"]');
    const first = await titles.allTextContents();
    expect(first).toHaveLength(3);
    await page.locator('news-list [part~="load-more"]').click();
    await titles.nth(3).waitFor();
    expect(requests).toEqual([expect.stringMatching(/[?&]page=2\b/)]);
    expect(first).not.toContain(await titles.nth(3).textContent());
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('the command line, as a static site’s build step runs it (npx news-widgets render)', () => {
  it('draws every page of a site folder into another; with JavaScript off each widget shows its stories', async () => {
    // The site is served from out/ (read at each request), so its address is known before it is drawn.
    const site = await serve(join(dirOf('cli'), 'out'));
    try {
      const drawn = await timed('cli render site', () => execute('npx', ['news-widgets', 'render', 'site', '-o', 'out', '--base-url', `${site.origin}/`], dirOf('cli')));
      expect(drawn.code, drawn.stderr).toBe(0);
      expect(drawn.stderr).toContain('2 pages drawn into out');
      await siteShownWithoutScript(site.origin);
    } finally {
      await site.close();
    }
  });

  it('draws a page to standard output; a widget that fails is named on standard error and left as written, and --strict exits 1', async () => {
    const api = await serve(dirOf('cli'));
    try {
      const args = ['news-widgets', 'render', 'page.html', '--base-url', `${api.origin}/`];
      const drawn = await execute('npx', args, dirOf('cli'));
      expect(drawn.code, drawn.stderr).toBe(0);
      expect(drawn.stdout).toMatch(/<news-list src="[^"]*" limit="3"><template shadowrootmode="open">/);
      expect(drawn.stdout).toContain(LEAD);
      expect(drawn.stdout).toContain(FAILING);
      expect(drawn.stderr).toMatch(/page\.html: <news-article> left to the browser: HTTP 404/);

      const strict = await execute('npx', [...args, '--strict'], dirOf('cli'));
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain('<news-article> left to the browser');
    } finally {
      await api.close();
    }
  });
});

/**
 * For the tests of a server app: before them, `start` builds and starts the app, given the demo API (the news
 * site's, on an origin of its own: it allows any origin, as a publisher's does); after them, both end.
 */
function useAppServer(app: string, start: (dir: string, api: Served) => Promise<{ origin: string; server: Running }>): { readonly origin: string } {
  let api: Served | undefined;
  let started: { origin: string; server: Running } | undefined;
  beforeAll(async () => {
    api = await serve(dirOf(app));
    started = await start(dirOf(app), api);
  });
  afterAll(async () => {
    await started?.server.stop();
    await api?.close();
  });
  return {
    get origin() {
      return started!.origin;
    },
  };
}

/** The page as the server sends it has the list's stories in a declarative shadow root, and a reader with JavaScript off sees them. */
async function drawnByServer(origin: string): Promise<void> {
  const html = await (await fetch(`${origin}/`)).text();
  expect(html).toMatch(/<news-list [^>]*><template shadowrootmode="open">/);
  expect(html).toContain(LEAD);
  expect(await titlesWithoutScript(`${origin}/`, 'news-list')).toEqual(expect.arrayContaining([LEAD]));
}

describe('a plain Node server (node:http) drawing each page with renderPage, its client bundled by esbuild', () => {
  const app = useAppServer('node', async (dir, api) => {
    await timed('node client build', () => run('npx', CLIENT_BUILD, dir, PRODUCTION));
    const list = `<news-list src="${api.origin}/wp-json/wp/v2/posts?_embed&amp;per_page=3" limit="3" load-more="manual"></news-list>`;
    await writeFile(join(dir, 'index.html'), sitePage('News', list).replace('</head>', '<script type="module" src="/main.js"></script></head>'));
    const server = await startServer('node', ['server.js'], dir, { PORT: '0', HOST: '127.0.0.1', ...PRODUCTION }, /listening on (\d+)/);
    return { origin: `http://127.0.0.1:${server.match[1]}`, server };
  });

  it('sends the stories in the HTML itself; with JavaScript off the reader sees them', async () => {
    await drawnByServer(app.origin);
  });

  it('wakes up on what it drew: no data request, the same headline node, no layout shift; load more loads the next page', async () => {
    await wakesUp(`${app.origin}/`);
    const client = await readFile(join(dirOf('node'), 'dist/main.js'), 'utf8');
    expect(client.includes('Lit is in dev mode'), 'production Lit').toBe(false);
  });
});

describe('Eleventy 3', () => {
  it('with Lit’s own plugin (@lit-labs/eleventy-plugin-lit), draws each widget loading, as the browser first draws it: its data is read later, in the browser', async () => {
    const built = await timed('eleventy lit plugin build', () => execute('npx', ['@11ty/eleventy', '--config=eleventy.lit.config.js', '--input=site', '--output=_lit'], dirOf('eleventy')));
    expect(built.code, built.stderr).toBe(0);
    const html = await readFile(join(dirOf('eleventy'), '_lit/index.html'), 'utf8');
    // A declarative shadow root in each widget, but no story: the elements read their data asynchronously,
    // and the plugin renders synchronously, so the first render is all it has, without data.
    expect(html).toMatch(/<news-list[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(html).not.toContain(LEAD);
    const site = await serve(join(dirOf('eleventy'), '_lit'));
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      expect(await page.locator('news-list [part~="title"]').count()).toBe(0);
      expect(await page.locator('news-list [part~="skeleton"]').count()).toBe(1);
      expect(await page.locator('news-list [part~="root"]').getAttribute('aria-busy')).toBe('true');
    } finally {
      await context.close();
      await site.close();
    }
  });

  it('with the recipe’s transform (renderPage on each page it writes), draws every widget; with JavaScript off each shows its stories', async () => {
    const site = await serve(join(dirOf('eleventy'), '_site'));
    try {
      const built = await timed('eleventy transform build', () => execute('npx', ['@11ty/eleventy', '--input=site', '--output=_site'], dirOf('eleventy'), { SITE_URL: `${site.origin}/` }));
      expect(built.code, built.stderr).toBe(0);
      await siteShownWithoutScript(site.origin);
    } finally {
      await site.close();
    }
  });
});

describe('Next 16 (App Router): a server component awaiting renderWidget', () => {
  const app = useAppServer('next', async (dir, api) => {
    const env = { ...PRODUCTION, NEXT_TELEMETRY_DISABLED: '1' };
    await timed('next build', () => run('npx', ['next', 'build'], dir, env));
    const port = await freePort();
    const server = await startServer('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], dir, { ...env, NEWS_API: api.origin }, /Ready in/);
    return { origin: `http://127.0.0.1:${port}`, server };
  });

  it('sends the stories in the server HTML; with JavaScript off the reader sees them', async () => {
    await drawnByServer(app.origin);
  });

  it('wakes up on what it drew: no data request, the same headline node, no layout shift; load more loads the next page', async () => {
    await wakesUp(`${app.origin}/`);
  });

  it('after a client-side navigation to the page, the server’s drawing stays inert (React inserts it as innerHTML); the widget draws itself from the page inlined, with no request', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const warnings: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/wp-json/')) requests.push(request.url());
      });
      page.on('console', (message) => warnings.push(message.text()));
      await page.goto(`${app.origin}/elsewhere`);
      await page.waitForFunction(() => customElements.get('news-list'));
      await page.getByRole('link', { name: 'Home' }).click();
      await page.waitForURL(`${app.origin}/`);
      const titles = page.locator('news-list [part~="title"]');
      await titles.nth(2).waitFor();
      expect(await titles.first().textContent()).toBe(LEAD);
      expect(requests).toEqual([]);
      // The declarative root is parsed only from a document's HTML (or setHTMLUnsafe): here it is a plain
      // template, left in the light DOM, and Chromium says so.
      expect(await page.evaluate(() => !!document.querySelector('news-list > template[shadowrootmode]'))).toBe(true);
      expect(warnings).toContainEqual(expect.stringContaining('declarative Shadow DOM is not being parsed'));
    } finally {
      await context.close();
    }
  });
});
