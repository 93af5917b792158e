/**
 * `npm run bench`: size, render speed, requests, demo-page stability and sanitizer cost, each against a
 * baseline measured in the same run. Prints a table, writes test/bench/results.json, and exits non-zero
 * when the script-tag bundle is over its size budget. Needs only `npm install` and a Chromium.
 *
 * `npm run bench -- --only=comments` (or any of size, render, comments, requests, demo, sanitize, bytes,
 * comma-separated) runs only those measures, prints them and leaves results.json as it was.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { createDemoApi } from '../../src/demo/api.js';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUDGET = 20 * 1024;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const ELEMENTS = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'];
const MEASURES = ['size', 'render', 'comments', 'requests', 'demo', 'sanitize', 'bytes'];
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const ONLY = onlyArg ? onlyArg.slice('--only='.length).split(',').filter(Boolean) : MEASURES;
for (const name of ONLY) if (!MEASURES.includes(name)) throw new Error(`Unknown measure "${name}"; known: ${MEASURES.join(', ')}`);
const runs = (/** @type {string} */ name) => ONLY.includes(name);

/** @param {Buffer | string} data */
const gz = (data) => gzipSync(data, { level: 9 }).length;

/** @param {string} entry @param {string} outDir @param {string[]} [external] */
async function bundle(entry, outDir, external = []) {
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry, formats: ['es'], fileName: () => 'out.js' },
      rolldownOptions: { external, output: { minify: true, codeSplitting: false } },
    },
  });
  return readFile(join(outDir, 'out.js'));
}

// ---------- statistics ----------
/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Bootstrap 95% interval of a statistic of one or two samples (deterministic seed). */
function bootstrap(/** @type {number[]} */ a, /** @type {number[]} */ b, /** @type {(x: number[], y: number[]) => number} */ stat) {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (/** @type {number[]} */ xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const stats = Array.from({ length: 2000 }, () => stat(pick(a), pick(b))).sort((x, y) => x - y);
  return [stats[50], stats[1949]];
}

// ---------- a local publisher site ----------
async function startServer(/** @type {Record<string, {body: string | Buffer, type: string}>} */ files) {
  const api = createDemoApi({ floodSeconds: 0 });
  /** @type {string[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const file = files[url.split('?')[0] ?? ''];
    if (file) {
      res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' });
      res.end(file.body);
      return;
    }
    if (await api.handle(req, res)) return;
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${address.port}`, requests, close: () => (server.closeAllConnections(), server.close()) };
}

const results = /** @type {Record<string, unknown>} */ ({ date: new Date().toISOString(), samples: SAMPLES });
/** @type {Array<[string, string, string]>} */
const table = [];
const failures = /** @type {string[]} */ ([]);
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ---------- 1. size ----------
console.log('Building…');
const tmp = await mkdtemp(join(tmpdir(), 'news-bench-'));
for (const mode of ['cdn', 'cdn-purify', 'cdn-fr', 'cdn-ar']) await build({ root, mode, logLevel: 'silent' });
const cdn = await readFile(join(root, 'dist/cdn/news-widgets.js'));
const purifyFile = await readFile(join(root, 'dist/cdn/news-widgets.purify.js')).catch(() => undefined);
const frFile = await readFile(join(root, 'dist/cdn/news-widgets.fr.js'));
if (runs('size')) {
  const litFloor = await bundle(join(root, 'test/bench/lit-floor.ts'), join(tmp, 'lit'));
  const sizes = { cdn: gz(cdn), purifyFallback: purifyFile ? gz(purifyFile) : 0, languagePack: gz(frFile), lit: gz(litFloor), elements: /** @type {Record<string, number>} */ ({}) };
  for (const tag of ELEMENTS) {
    // DOMPurify stays out: npm users' bundlers split it into a chunk only browsers without the native API load.
    sizes.elements[tag] = gz(await bundle(join(root, `src/components/${tag}/define.ts`), join(tmp, tag), ['dompurify']));
  }
  results.size = sizes;
  table.push(['size: script-tag core, news-widgets.js (gzip -9)', kb(sizes.cdn), `${((sizes.cdn / BUDGET) * 100).toFixed(0)}% of 20 KB budget`]);
  table.push(['size: + DOMPurify fallback (only without native Sanitizer)', kb(sizes.cdn + sizes.purifyFallback), `fallback file ${kb(sizes.purifyFallback)}`]);
  table.push(['size: + one language pack (French), only on French pages', kb(sizes.cdn + sizes.languagePack), `pack ${kb(sizes.languagePack)}`]);
  table.push(['size: Lit + @lit/task alone (the floor)', kb(sizes.lit), `bundle = ${(sizes.cdn / sizes.lit).toFixed(2)}× the floor`]);
  for (const tag of ELEMENTS) table.push([`size: ${tag} entry with its Lit`, kb(sizes.elements[tag] ?? 0), `${((sizes.elements[tag] ?? 0) / sizes.lit).toFixed(2)}× Lit`]);
  if (sizes.cdn > BUDGET) failures.push(`script-tag core is ${sizes.cdn} bytes gzip, over the ${BUDGET}-byte budget`);
}

// ---------- pages ----------
const pagesJs = await bundle(join(root, 'test/bench/pages.ts'), join(tmp, 'pages'));
const indexHtml = (await readFile(join(root, 'index.html'), 'utf8'))
  .replace('<script type="module" src="/src/define.ts"></script>', '<script src="/news-widgets.js" defer></script>')
  .replace(/<script type="module" src="\/src\/demo\/demo-page.ts"><\/script>/, '');
const blank = (/** @type {string} */ body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/news-widgets.js"></script><script type="module" src="/pages.js"></script></head><body>${body}</body></html>`;
const site = await startServer({
  // Every file of the script-tag build, served together as a publisher would (the bundle loads its siblings).
  ...Object.fromEntries(
    await Promise.all(
      (await readdir(join(root, 'dist/cdn'))).filter((name) => name.endsWith('.js')).map(async (name) => [`/${name}`, { body: await readFile(join(root, 'dist/cdn', name)), type: 'text/javascript' }]),
    ),
  ),
  '/pages.js': { body: pagesJs, type: 'text/javascript' },
  '/demo.html': { body: indexHtml, type: 'text/html' },
  '/src/demo/demo.css': { body: await readFile(join(root, 'src/demo/demo.css')), type: 'text/css' },
  '/blank.html': { body: blank(''), type: 'text/html' },
  '/requests.html': {
    body: blank(
      '<news-list src="/wp-json/wp/v2/posts?per_page=5&bench=shared"></news-list><news-list src="/wp-json/wp/v2/posts?per_page=5&bench=shared"></news-list><popular-news src="/wp-json/wp/v2/posts?per_page=5&bench=shared"></popular-news><div style="height:5000px"></div><news-list loading="lazy" src="/wp-json/wp/v2/posts?per_page=5&bench=lazy"></news-list>',
    ),
    type: 'text/html',
  },
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });

/** Runs `fn` in a fresh page of `path` and returns its result. @template T */
async function inPage(/** @type {string} */ path, /** @type {(arg: any) => Promise<T>} */ fn, /** @type {unknown} */ arg) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  // The bundle defines each element in a task of its own (or, with a `load()`, when asked): wait for all of them.
  await page.waitForFunction(() => 'bench' in window && 'NewsWidgets' in window);
  await page.evaluate(async (tags) => {
    const api = /** @type {any} */ (window).NewsWidgets;
    if (typeof api.load === 'function') await api.load(tags);
  }, ELEMENTS);
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag) !== undefined), ELEMENTS);
  const value = await page.evaluate(fn, arg);
  await context.close();
  return value;
}

try {
  // ---------- 2. render ----------
  const N = 1000;
  if (runs('render')) {
    /** @type {Record<string, Record<string, number[]>>} */
    const render = { create: { ours: [], vanilla: [] }, update: { ours: [], vanilla: [] } };
    for (let i = 0; i < SAMPLES; i += 1) {
      for (const mode of /** @type {const} */ (['create', 'update'])) {
        for (const variant of /** @type {const} */ (['ours', 'vanilla'])) {
          render[mode][variant].push(
            await inPage(
              '/blank.html',
              async ({ n, mode, variant }) => {
                const { articles, VanillaList } = /** @type {any} */ (window).bench;
                const first = articles(n, 0);
                const next = articles(n, 1);
                const settle = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
                // Done when every item is in the DOM with the text asked for, laid out. Ours renders after its
                // data task completes (news-load), then one Lit update; vanilla renders synchronously.
                const shown = async (rootOf, text, host) => {
                  if (host) {
                    await new Promise((resolve) => host.addEventListener('news-load', resolve, { once: true }));
                    await host.updateComplete;
                  }
                  const items = rootOf().querySelectorAll('li');
                  if (items.length !== n || !items[n - 1].textContent.includes(text)) throw new Error('list not rendered');
                  items[n - 1].getBoundingClientRect();
                };
                const lastTitle = (list) => list[n - 1].title;
                let el;
                let list;
                if (variant === 'ours') {
                  el = document.createElement('news-list');
                  el.setAttribute('limit', String(n));
                  if (mode === 'update') {
                    const loaded = shown(() => el.shadowRoot, lastTitle(first), el);
                    el.articles = first;
                    document.body.append(el);
                    await loaded;
                    await settle();
                  }
                } else {
                  list = new VanillaList();
                  if (mode === 'update') {
                    list.render(first);
                    document.body.append(list.host);
                    await shown(() => list.host.shadowRoot, lastTitle(first));
                    await settle();
                  }
                }
                const data = mode === 'update' ? next : first;
                const start = performance.now();
                if (variant === 'ours') {
                  const loaded = shown(() => el.shadowRoot, lastTitle(data), el);
                  el.articles = data;
                  if (mode === 'create') document.body.append(el);
                  await loaded;
                } else {
                  list.render(data);
                  if (mode === 'create') document.body.append(list.host);
                  await shown(() => list.host.shadowRoot, lastTitle(data));
                }
                return performance.now() - start;
              },
              { n: N, mode, variant },
            ),
          );
        }
      }
    }
    results.render = {};
    for (const mode of /** @type {const} */ (['create', 'update'])) {
      const { ours, vanilla } = render[mode];
      const ratio = median(ours) / median(vanilla);
      const [low, high] = bootstrap(ours, vanilla, (a, b) => median(a) / median(b));
      /** @type {any} */ (results.render)[mode] = { ours: median(ours), oursCI: bootstrap(ours, ours, (a) => median(a)), vanilla: median(vanilla), vanillaCI: bootstrap(vanilla, vanilla, (a) => median(a)), ratio, ratioCI: [low, high], samples: { ours, vanilla } };
      const label = mode === 'create' ? `render: <news-list> ${N} items, data in hand -> DOM` : `render: ${N} changed items re-rendered`;
      table.push([label, `${median(ours).toFixed(1)} ms vs vanilla ${median(vanilla).toFixed(1)} ms`, `${ratio.toFixed(2)}× (95% CI ${low.toFixed(2)}–${high.toFixed(2)}; target ≤ 1.5×)`]);
    }
  }

  // ---------- 2b. comments ----------
  if (runs('comments')) {
    /** @type {Record<'ours' | 'vanilla', number[]>} */
    const times = { ours: [], vanilla: [] };
    for (let i = 0; i < SAMPLES; i += 1) {
      for (const variant of /** @type {const} */ (['ours', 'vanilla'])) {
        times[variant].push(
          await inPage(
            '/blank.html',
            async ({ n, variant }) => {
              const w = /** @type {any} */ (window);
              const { comments, VanillaComments } = w.bench;
              const data = comments(n);
              const lastText = data[n - 1].contentHtml.slice(3, 40);
              // Done when every comment is in the DOM, the last one with its content, and laid out. Ours
              // renders after its data task completes (news-load), then one Lit update; vanilla renders synchronously.
              const shown = (/** @type {ShadowRoot} */ root) => {
                const all = root.querySelectorAll('article.comment');
                if (all.length !== n || !all[n - 1].querySelector('.content')?.textContent?.includes(lastText)) throw new Error('comments not rendered');
                all[n - 1].getBoundingClientRect();
              };
              if (variant === 'ours') {
                const el = document.createElement('comment-list');
                el.setAttribute('limit', String(n));
                const start = performance.now();
                const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
                el.comments = data;
                document.body.append(el);
                await loaded;
                await el.updateComplete;
                shown(el.shadowRoot);
                return performance.now() - start;
              }
              const list = new VanillaComments();
              const sanitize = await w.NewsWidgets.getSanitizer();
              const start = performance.now();
              list.render(data, sanitize);
              document.body.append(list.host);
              shown(list.host.shadowRoot);
              return performance.now() - start;
            },
            { n: N, variant },
          ),
        );
      }
    }
    const { ours, vanilla } = times;
    const ratio = median(ours) / median(vanilla);
    const [low, high] = bootstrap(ours, vanilla, (a, b) => median(a) / median(b));
    results.comments = { ours: median(ours), oursCI: bootstrap(ours, ours, (a) => median(a)), vanilla: median(vanilla), vanillaCI: bootstrap(vanilla, vanilla, (a) => median(a)), ratio, ratioCI: [low, high], samples: { ours, vanilla } };
    table.push([`render: <comment-list> ${N} threaded comments, data in hand -> DOM`, `${median(ours).toFixed(1)} ms vs vanilla ${median(vanilla).toFixed(1)} ms`, `${ratio.toFixed(2)}× (95% CI ${low.toFixed(2)}–${high.toFixed(2)}; target ≤ 1.5×)`]);
  }

  // ---------- 3. requests ----------
  if (runs('requests')) {
    const context = await browser.newContext();
    const page = await context.newPage();
    site.requests.length = 0;
    await page.goto(`${site.origin}/requests.html`);
    await page.waitForFunction(() => [...document.querySelectorAll('news-list, popular-news')].slice(0, 3).every((el) => el.shadowRoot?.querySelector('[part~="item"]')));
    await page.waitForTimeout(500);
    const shared = site.requests.filter((url) => url.includes('bench=shared')).length;
    const lazyBefore = site.requests.filter((url) => url.includes('bench=lazy')).length;
    await page.evaluate(() => document.querySelector('news-list[loading="lazy"]')?.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('news-list[loading="lazy"]')?.shadowRoot?.querySelector('[part~="item"]'));
    const lazyAfter = site.requests.filter((url) => url.includes('bench=lazy')).length;
    await context.close();
    results.requests = { threeWidgetsOneUrl: shared, lazyBeforeScroll: lazyBefore, lazyAfterScroll: lazyAfter };
    table.push(['requests: three widgets on one URL', `${shared}`, 'target 1']);
    table.push(['requests: lazy widget below the fold, before / after scrolling near', `${lazyBefore} / ${lazyAfter}`, 'target 0 / 1']);
  }

  // ---------- 4. demo page ----------
  if (runs('demo')) {
    const demo = [];
    for (let i = 0; i < Math.min(SAMPLES, 7); i += 1) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const p = await ctx.newPage();
      await p.addInitScript(() => {
        const w = /** @type {any} */ (window);
        w.__cls = 0;
        w.__longest = 0;
        w.__painted = 0;
        new PerformanceObserver((list) => {
          for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) w.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        document.addEventListener('news-load', (event) => {
          if (/** @type {Element} */ (event.target).localName === 'news-article')
            requestAnimationFrame(() => setTimeout(() => (w.__painted = performance.now())));
        });
      });
      await p.goto(`${site.origin}/demo.html`);
      await p.waitForFunction(() => /** @type {any} */ (window).__painted > 0, undefined, { timeout: 15000 });
      await p.waitForTimeout(1500);
      demo.push(
        await p.evaluate(() => {
          const w = /** @type {any} */ (window);
          const response = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/wp-json/wp/v2/posts/1'));
          return { cls: w.__cls, longestTask: w.__longest, responseToPaint: w.__painted - (/** @type {any} */ (response)?.responseEnd ?? 0) };
        }),
      );
      await ctx.close();
    }
    const cls = median(demo.map((d) => d.cls));
    const longest = median(demo.map((d) => d.longestTask));
    const toPaint = median(demo.map((d) => d.responseToPaint));
    results.demo = { cls, longestTask: longest, responseToPaint: toPaint, runs: demo };
    table.push(['demo page: cumulative layout shift (median)', cls.toFixed(4), 'target ≤ 0.01']);
    table.push(['demo page: longest main-thread task (median)', `${longest.toFixed(0)} ms`, 'target: no task over 50 ms']);
    table.push(['demo page: endpoint response -> article painted (median)', `${toPaint.toFixed(1)} ms`, '']);
  }

  // ---------- 5. sanitizer ----------
  if (runs('sanitize')) {
    /** @type {Record<string, number[]>} */
    const sanitize = { native: [], dompurify: [], element: [] };
    for (let i = 0; i < SAMPLES; i += 1) {
      for (const variant of /** @type {const} */ (['native', 'dompurify', 'element'])) {
        sanitize[variant].push(
          await inPage(
            '/blank.html',
            async ({ variant, bytes }) => {
              const w = /** @type {any} */ (window);
              const body = w.bench.bigBody(bytes);
              if (variant === 'element') {
                await w.NewsWidgets.getSanitizer();
                const el = /** @type {any} */ (document.createElement('news-article'));
                document.body.append(el);
                const article = { ...w.bench.articles(1)[0], bodyHtml: body };
                const start = performance.now();
                el.article = article;
                await el.updateComplete;
                await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
                el.shadowRoot.querySelector('[part~="body"]')?.getBoundingClientRect();
                return performance.now() - start;
              }
              const clean = await w.NewsWidgets.getSanitizer(variant);
              const host = document.createElement('div');
              document.body.append(host);
              const start = performance.now();
              host.append(clean(body, { base: 'https://news.example/' }));
              host.getBoundingClientRect();
              return performance.now() - start;
            },
            { variant, bytes: 200 * 1024 },
          ),
        );
      }
    }
    results.sanitize = Object.fromEntries(Object.entries(sanitize).map(([k, v]) => [k, { median: median(v), samples: v }]));
    const nativeMs = median(sanitize.native);
    const purifyMs = median(sanitize.dompurify);
    table.push(['sanitize 200 KB body: native Sanitizer API', `${nativeMs.toFixed(1)} ms`, `DOMPurify ${purifyMs.toFixed(1)} ms (${(purifyMs / nativeMs).toFixed(2)}× native)`]);
    table.push(['<news-article> with a 200 KB body: set -> rendered', `${median(sanitize.element).toFixed(1)} ms`, 'native path']);
  }
} finally {
  await browser.close();
  site.close();
  await rm(tmp, { recursive: true, force: true });
}

// ---------- 6. bytes a page downloads ----------
// Every script file a page fetches (gzip -9 each, summed), the page loaded in Chromium (native Sanitizer,
// so no DOMPurify file): the per-element core against the single file (news-widgets.all.js), built in this run.
if (runs('bytes')) {
  const FIVE =
    '<news-article src="/wp-json/wp/v2/posts/1?_embed"></news-article><news-list src="/wp-json/wp/v2/posts?_embed&per_page=4"></news-list>' +
    '<popular-news src="/wp-json/wp/v2/posts?_embed&per_page=3" limit="3"></popular-news><comment-list post-id="1" src="/wp-json/wp/v2/comments?post=1"></comment-list>' +
    '<comment-form action="/wp-json/wp/v2/comments" post-id="1"></comment-form>';
  const LIST = '<news-list src="/wp-json/wp/v2/posts?_embed&per_page=4"></news-list>';
  const cdnDir = join(root, 'dist/cdn');
  /** @type {Record<string, {body: string | Buffer, type: string}>} */
  const files = {};
  // news-widgets.all.js, built above with the rest (--mode cdn), is the single file every page used to load.
  for (const name of await readdir(cdnDir)) if (name.endsWith('.js')) files[`/${name}`] = { body: await readFile(join(cdnDir, name)), type: 'text/javascript' };
  const pageOf = (/** @type {string} */ script, /** @type {string} */ body) => ({
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="${script}" defer></script></head><body>${body}</body></html>`,
    type: 'text/html',
  });
  Object.assign(files, {
    '/bytes/all.html': pageOf('/news-widgets.js', FIVE),
    '/bytes/list.html': pageOf('/news-widgets.js', LIST),
    '/bytes/single-all.html': pageOf('/news-widgets.all.js', FIVE),
    '/bytes/single-list.html': pageOf('/news-widgets.all.js', LIST),
  });
  const bytesSite = await startServer(files);
  const bytesBrowser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  /** Loads the page until its widgets show content; returns the scripts it fetched and their gzip -9 sizes. */
  const scriptBytes = async (/** @type {string} */ path, /** @type {string[]} */ tags) => {
    const context = await bytesBrowser.newContext();
    const page = await context.newPage();
    /** @type {string[]} */
    const scripts = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${bytesSite.origin}${path}`);
    await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="item"], [part~="title"], textarea, article')), tags, { timeout: 15000 });
    await page.waitForTimeout(500);
    await context.close();
    const fetched = [...new Set(scripts)];
    return { files: fetched.length, bytes: fetched.reduce((sum, file) => sum + gz(files[file]?.body ?? ''), 0), fetched };
  };
  try {
    const five = ['news-article', 'news-list', 'popular-news', 'comment-list', 'comment-form'];
    const all = await scriptBytes('/bytes/all.html', five);
    const list = await scriptBytes('/bytes/list.html', ['news-list']);
    const singleAll = await scriptBytes('/bytes/single-all.html', five);
    const singleList = await scriptBytes('/bytes/single-list.html', ['news-list']);
    results.bytes = { all, list, single: { all: singleAll, list: singleList } };
    const vs = (/** @type {{bytes: number, files: number}} */ ours, /** @type {{bytes: number}} */ base, /** @type {number} */ target) =>
      `single file ${kb(base.bytes)}: ${((ours.bytes / base.bytes) * 100).toFixed(0)}%; target ≤ ${kb(target)}${ours.bytes > target ? ': over' : ''}`;
    table.push([`bytes: page with all five elements (${all.files} script files, gzip -9, native Sanitizer)`, kb(all.bytes), vs(all, singleAll, 24 * 1024)]);
    table.push([`bytes: page with only a <news-list> (${list.files} script files)`, kb(list.bytes), vs(list, singleList, 15 * 1024)]);
    if (all.bytes > 24 * 1024) failures.push(`a page with all elements downloads ${all.bytes} bytes of script (gzip), over the 24 KB target`);
    if (list.bytes > 15 * 1024) failures.push(`a page with only a <news-list> downloads ${list.bytes} bytes of script (gzip), over the 15 KB target`);
  } finally {
    await bytesBrowser.close();
    bytesSite.close();
  }
}

const width = Math.max(...table.map(([a]) => a.length));
const width2 = Math.max(...table.map(([, b]) => b.length));
console.log(`\n${'measure'.padEnd(width)}  ${'figure'.padEnd(width2)}  against baseline / target`);
for (const [a, b, c] of table) console.log(`${a.padEnd(width)}  ${b.padEnd(width2)}  ${c}`);
if (onlyArg) {
  console.log(`\nOnly ${ONLY.join(', ')}: test/bench/results.json left as it was.`);
} else {
  await writeFile(join(root, 'test/bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nFigures written to test/bench/results.json');
}
if (failures.length) {
  console.error(`\nOver budget:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
