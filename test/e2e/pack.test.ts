import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { parseAst } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apps, FEED, installApp, LIST_SIZE, packTarball, PRODUCTION, projectVersions, readJson, root, run, serve } from './pack-apps.js';
import { launch, widgetsShown } from './site.js';

let work = '';
let tarball = '';
let browser: Browser | undefined;
const dirOf = (app: string): string => join(work, app);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'news-pack-'));
  tarball = await packTarball(work);
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  // Each app installs only the tarball and its own tools, all at once, from the shared npm cache.
  await Promise.all(apps(readme, await projectVersions()).map((app) => installApp(dirOf(app.name), app, tarball)));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The installed package, as every app has it. */
const installed = (): string => join(dirOf('vite'), 'node_modules/news-widgets');

describe('the npm package, packed', () => {
  it('ships the manifest, types and both builds, and nothing of the sources or tests', async () => {
    const files = (await run('tar', ['-tzf', tarball], work)).split('\n');
    for (const needed of ['package/custom-elements.json', 'package/dist/index.js', 'package/dist/define.js', 'package/dist/react.js', 'package/dist/jsx.js', 'package/dist/elements/news-list.js', 'package/dist/types/index.d.ts', 'package/dist/types/jsx.d.ts', 'package/dist/cdn/news-widgets.js', 'package/dist/cdn/news-widgets.purify.js', 'package/dist/web-types.json', 'package/dist/vscode.html-custom-data.json', 'package/dist/vscode.css-custom-data.json']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.some((file) => file.startsWith('package/src/') || file.startsWith('package/test/'))).toBe(false);
  });

  it('passes publint: no error, warning or suggestion', async () => {
    const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(await readFile(tarball)).buffer }, strict: true });
    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([]);
  });

  it('has types for every entry with code to type (Are the Types Wrong?)', async () => {
    // attw does not expand the `./*` pattern: each element's entry is named, as the tarball has them.
    const elements = (await readdir(join(installed(), 'dist/elements'))).flatMap((file) => /^([a-z-]+)\.js$/.exec(file)?.[1] ?? []).map((tag) => `./${tag}`);
    expect(elements).toContain('./news-list');
    // esm-only: the package is ESM only, for Node >= 20.19 (which can require() it) and bundlers, so the
    // node10 and CommonJS resolutions are not checked. ./cdn/news-widgets.js is the classic <script> file:
    // it exports nothing, so it has nothing to type.
    const args = ['attw', tarball, '--profile', 'esm-only', '--include-entrypoints', ...elements, '--exclude-entrypoints', './cdn/news-widgets.js', '--format', 'ascii', '--no-emoji', '--no-color'];
    await expect(run('npx', args, root)).resolves.toBeDefined();
  });

  it('names in sideEffects every file that a file imports for its effects alone, so no bundler drops one', async () => {
    const pkg = await readJson<{ sideEffects: string[] }>(join(installed(), 'package.json'));
    // The patterns as bundlers read them: `*` is any run of characters but `/`.
    const patterns = pkg.sideEffects.map((glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
    const covered = (file: string): boolean => patterns.some((pattern) => pattern.test(file));
    const files = (await readdir(join(installed(), 'dist'), { recursive: true })).filter((file) => file.endsWith('.js')).map((file) => `dist/${file}`);
    expect(files.filter(covered)).toEqual(expect.arrayContaining(['dist/define.js', 'dist/react.js', 'dist/elements/news-list.js']));
    const uncovered: string[] = [];
    for (const file of files) {
      for (const node of parseAst(await readFile(join(installed(), file), 'utf8')).body) {
        // `import './x.js'` (no bindings): kept only if the bundler believes x.js has side effects.
        if (node.type !== 'ImportDeclaration' || node.specifiers.length > 0 || typeof node.source.value !== 'string') continue;
        const target = join(dirname(file), node.source.value);
        if (node.source.value.startsWith('.') && !covered(target)) uncovered.push(`${file} imports ${target}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('describes every element to editors: VS Code custom data and JetBrains web-types', async () => {
    const read = <T>(path: string): Promise<T> => readJson<T>(join(installed(), path));
    const pkg = await read<{ customElements: string; 'web-types': string }>('package.json');
    const manifest = await read<{ modules: { declarations?: { tagName?: string }[] }[] }>(pkg.customElements);
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((element) => element.tagName ?? []).sort();
    expect(tags).toContain('news-list');

    const webTypes = await read<{ name: string; contributions: { html: { elements: { name: string }[] } } }>(pkg['web-types']);
    expect(webTypes.name).toBe('news-widgets');
    expect(webTypes.contributions.html.elements.map((element) => element.name).sort()).toEqual(tags);

    type Tag = { name: string; attributes: { name: string; values?: { name: string }[] }[] };
    const html = await read<{ tags: Tag[] }>('dist/vscode.html-custom-data.json');
    expect(html.tags.map((tag) => tag.name).sort()).toEqual(tags);
    // Editors offer the values an attribute takes, not the names of the TypeScript types behind them.
    const values = (tag: string, attribute: string) => html.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === attribute)?.values?.map((value) => value.name).sort();
    expect(values('news-list', 'layout')).toEqual(['compact', 'grid', 'list']);
    expect(values('comment-form', 'format')).toEqual(['generic', 'wordpress', 'wordpress-classic']);
    expect(values('news-article', 'mapping')).toEqual([]);
  });
});

/**
 * Opens a built app's page, served with the demo API beside it, runs the checks of a test on it, then checks
 * what every page must: it took the npm path alone (nothing of the script-tag build asked for or run) and
 * reported no error.
 */
async function onPage(dir: string, check: (page: Page) => Promise<void>): Promise<void> {
  const served = await serve(dir);
  const context = await browser!.newContext();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(served.origin);
    await check(page);
    expect(new URL(page.url()).pathname, 'no navigation away from the app').toBe('/');
    expect(served.requests.filter((path) => /news-widgets[\w.-]*\.js/.test(path))).toEqual([]);
    expect(await page.evaluate(() => 'NewsWidgets' in window)).toBe(false);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await served.close();
  }
}

/** The titles of the stories the feed starts with, as a reader reads them (entities decoded by the page). */
function feedTitles(page: Page): Promise<string[]> {
  return page.evaluate(
    async ({ feed, size }) => {
      const posts = (await (await fetch(feed)).json()) as { title: { rendered: string } }[];
      return posts.slice(0, size).map((post) => new DOMParser().parseFromString(post.title.rendered, 'text/html').body.textContent?.trim() ?? '');
    },
    { feed: FEED, size: LIST_SIZE },
  );
}

/** Waits for the list (matched by `selector`, through shadow roots) to show its stories, and reads their titles. */
async function shownTitles(page: Page, selector = 'news-list'): Promise<string[]> {
  const titles = page.locator(`${selector} [part~="title"]`);
  await titles.nth(LIST_SIZE - 1).waitFor();
  return (await titles.allInnerTexts()).map((title) => title.trim());
}

describe('a Vite app (vanilla TypeScript, as create-vite makes it)', () => {
  it("type-checks under create-vite's tsconfig, without React's types: the pages, the typed events and the README's imports", async () => {
    await expect(run('npx', ['tsc', '-p', '.'], dirOf('vite'))).resolves.toBeDefined();
    // One element's entry alone brings the typed events too (a program of its own, so no other entry helps).
    await expect(run('npx', ['tsc', '-p', 'tsconfig.element.json'], dirOf('vite'))).resolves.toBeDefined();
  });

  it("with `import 'news-widgets/define'` alone, shows every element and hands the app a chosen story", async () => {
    await run('npx', ['vite', 'build', 'define', '--logLevel', 'error'], dirOf('vite'), PRODUCTION);
    await onPage(join(dirOf('vite'), 'define/dist'), async (page) => {
      expect(await shownTitles(page)).toEqual(await feedTitles(page));
      await widgetsShown(page, ['popular-news', 'news-article', 'comment-form']);
      // The app's listener routes the story in the page instead of following its link.
      const first = page.locator('news-list [part~="title"]').first();
      const title = (await first.innerText()).trim();
      await first.click();
      await page.locator('output', { hasText: title }).waitFor();
    });
  });

  it("with `import 'news-widgets/news-list'` alone, shows the list and defines no other element", async () => {
    await run('npx', ['vite', 'build', 'element', '--logLevel', 'error'], dirOf('vite'), PRODUCTION);
    await onPage(join(dirOf('vite'), 'element/dist'), async (page) => {
      expect(await shownTitles(page)).toEqual(await feedTitles(page));
      expect(await page.evaluate(() => customElements.get('popular-news'))).toBeUndefined();
    });
  });
});

describe('a Vite + React 19 app with news-widgets/react', () => {
  it("type-checks under create-vite's tsconfig: the README's snippet, the tags in JSX and the typed events", async () => {
    // With it, news-widgets/jsx alone, which types the tags for apps that use them without the wrappers.
    const checks = ['tsconfig.json', 'tsconfig.jsx.json'].map((config) => run('npx', ['tsc', '-p', config], dirOf('react')));
    await expect(Promise.all(checks)).resolves.toHaveLength(2);
  });

  it("runs the README's snippet: a story chosen in the list opens in the app's article; a bare tag in JSX works too", async () => {
    await run('npx', ['vite', 'build', '--logLevel', 'error'], dirOf('react'), PRODUCTION);
    const code = (await Promise.all((await readdir(join(dirOf('react'), 'dist/assets'))).map((name) => readFile(join(dirOf('react'), 'dist/assets', name), 'utf8')))).join('\n');
    // Lit's own "dev mode" warning would mean the development build leaked in; one copy of Lit registers its version once.
    expect(code.includes('Lit is in dev mode'), 'production Lit').toBe(false);
    expect(code.split('reactiveElementVersions').length - 1, 'Lit bundled once').toBeLessThanOrEqual(2);
    await onPage(join(dirOf('react'), 'dist'), async (page) => {
      const expected = await feedTitles(page);
      expect((await shownTitles(page, '#reader news-list')).slice(0, LIST_SIZE)).toEqual(expected);
      expect(await shownTitles(page, '#tags news-list')).toEqual(expected);
      await page.locator('#tags news-list [part~="heading"]', { hasText: 'Latest' }).waitFor();
      // The snippet's onNewsSelect keeps the chosen story in state, and its <NewsArticle> shows it.
      const story = page.locator('#reader news-list [part~="title"]').nth(1);
      const title = (await story.innerText()).trim();
      await story.click();
      await page.locator('#reader news-article [part~="title"]', { hasText: title }).waitFor();
    });
  });
});

describe('an esbuild app (production build)', () => {
  it("with `import 'news-widgets/define'`, shows the list", async () => {
    const args = ['esbuild', 'main.js', '--bundle', '--minify', '--format=esm', '--outfile=public/main.js', '--define:process.env.NODE_ENV="production"', '--log-level=error'];
    await run('npx', args, dirOf('esbuild'), PRODUCTION);
    await onPage(join(dirOf('esbuild'), 'public'), async (page) => {
      expect(await shownTitles(page)).toEqual(await feedTitles(page));
    });
  });
});

describe('on a server (Node, no DOM), as server-rendering frameworks import it', () => {
  it('imports every entry without throwing, each alone', async () => {
    const tags = (await readdir(join(installed(), 'dist/elements'))).map((file) => file.replace(/\.js$/, ''));
    const entries = ['news-widgets', 'news-widgets/define', 'news-widgets/react', 'news-widgets/jsx', ...tags.map((tag) => `news-widgets/${tag}`)];
    expect(entries).toContain('news-widgets/comment-form');
    // In the React app, which has React for news-widgets/react; each import in a Node process of its own.
    const script = (entry: string) => `if (typeof document !== 'undefined') throw new Error('a DOM');\nawait import(${JSON.stringify(entry)});`;
    const results = await Promise.allSettled(entries.map((entry) => run('node', ['--input-type=module', '-e', script(entry)], dirOf('react'))));
    expect(results.flatMap((result, index) => (result.status === 'rejected' ? [`${entries[index]}: ${String(result.reason)}`] : []))).toEqual([]);
  });

  it('reads an RSS feed and an Atom feed’s bytes with the data API, its XML parser installed with it', async () => {
    const script = `if (typeof DOMParser !== 'undefined') throw new Error('a DOMParser');
const { readArticles } = await import('news-widgets');
const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Q</title><link>https://quay.example/news/</link>' +
  '<item><title>Ferry fares frozen &amp; timetable kept</title><link>ferry</link><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>';
const atom = new TextEncoder().encode('<feed xmlns="http://www.w3.org/2005/Atom"><title>Q</title><id>urn:q</id><updated>2026-11-26T10:00:00Z</updated>' +
  '<entry><title>Harbour wall repairs begin</title><link href="https://quay.example/wall"/><id>urn:wall</id><updated>2026-11-26T10:00:00Z</updated></entry></feed>');
const read = async (input) => (await readArticles(input)).articles.map((a) => [a.title, a.url, a.published]);
console.log(JSON.stringify([await read(rss), await read(atom)]));`;
    const out = await run('node', ['--input-type=module', '-e', script], dirOf('react'));
    expect(JSON.parse(out)).toEqual([
      [['Ferry fares frozen & timetable kept', 'https://quay.example/news/ferry', '2026-11-24T08:00:00.000Z']],
      [['Harbour wall repairs begin', 'https://quay.example/wall', '2026-11-26T10:00:00.000Z']],
    ]);
  });
});
