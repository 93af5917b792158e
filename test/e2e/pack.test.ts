import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApi } from '../../src/demo/api.js';
import { launch } from './site.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const own = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

let work = '';
let project = '';
let tarball = '';

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`.slice(0, 3000), { cause: error });
  }
}

/** A developer's app: TypeScript, Vite, and the packed tarball as it would come from the registry. */
const APP = `
import 'news-widgets/define';
import { loadArticles, NewsListElement, type NewsArticle, type NewsSelectDetail } from 'news-widgets';
import { NewsArticleElement } from 'news-widgets/news-article';

const list = document.querySelector('news-list');
const story: NewsArticleElement | null = document.querySelector('news-article');
if (list && story) {
  list.layout = 'grid';
  list.addEventListener('news-select', (event) => {
    const { article } = (event as CustomEvent<NewsSelectDetail>).detail;
    story.article = article;
  });
}
// @ts-expect-error: not a layout the element has
if (list) list.layout = 'carousel';
const made: NewsListElement = document.createElement('news-list');
loadArticles('/wp-json/wp/v2/posts?_embed').then((page) => {
  made.articles = page.articles satisfies NewsArticle[];
  document.body.append(made);
});
`;

/** The same app's React corner, through the typed wrappers. */
const REACT_APP = `
import { createRoot } from 'react-dom/client';
import { NewsArticle, NewsList } from 'news-widgets/react';
import type { NewsArticle as Article } from 'news-widgets';

function Reader({ feed }: { feed: string }) {
  let current: Article | undefined;
  return (
    <>
      <NewsList src={feed} layout="grid" limit={12} onNewsSelect={(event) => { event.preventDefault(); current = event.detail.article; }} />
      <NewsArticle article={current} headingLevel={2} onNewsError={(event) => console.warn(event.detail.error.code)} />
    </>
  );
}
// @ts-expect-error: layout is typed on the wrapper too
const wrong = <NewsList layout="carousel" />;
createRoot(document.getElementById('react-root')!).render(<Reader feed="/wp-json/wp/v2/posts" />);
void wrong;
`;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'news-pack-'));
  run('npm', ['pack', '--silent', '--pack-destination', work], root);
  tarball = join(work, (await readdir(work)).find((name) => name.endsWith('.tgz'))!);
  project = join(work, 'app');
  run('mkdir', ['-p', join(project, 'src')], work);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer-app',
      private: true,
      type: 'module',
      dependencies: { 'news-widgets': `file:${tarball}` },
      devDependencies: Object.fromEntries(['typescript', 'vite', 'react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => [name, own.devDependencies[name]])),
    }),
  );
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], strict: true, noEmit: true, types: [], skipLibCheck: true, jsx: 'react-jsx' },
      include: ['src'],
    }),
  );
  await writeFile(
    join(project, 'index.html'),
    // The page also carries the script-tag bundle, as a CMS template might beside an app's own build.
    '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script src="/news-widgets.js" defer></script></head><body><news-article></news-article><news-list></news-list><div id="react-root"></div><script type="module" src="/src/main.ts"></script><script type="module" src="/src/react-app.tsx"></script></body></html>',
  );
  await writeFile(join(project, 'src/main.ts'), APP);
  await writeFile(join(project, 'src/react-app.tsx'), REACT_APP);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent'], project);
  // The files of dist/cdn stay together: the script loads the ones beside it that the page needs.
  await cp(join(project, 'node_modules/news-widgets/dist/cdn'), join(project, 'public'), { recursive: true });
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm package, packed and installed into a fresh project', () => {
  it('ships the manifest, types and both builds, and nothing of the sources or tests', () => {
    const files = run('tar', ['-tzf', tarball], work).split('\n');
    for (const needed of ['package/custom-elements.json', 'package/dist/index.js', 'package/dist/define.js', 'package/dist/elements/news-list.js', 'package/dist/types/index.d.ts', 'package/dist/cdn/news-widgets.js', 'package/dist/cdn/news-widgets.purify.js', 'package/dist/web-types.json', 'package/dist/vscode.html-custom-data.json', 'package/dist/vscode.css-custom-data.json']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.some((file) => file.startsWith('package/src/') || file.startsWith('package/test/'))).toBe(false);
  });

  it('passes publint: no error, warning or suggestion', async () => {
    const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(await readFile(tarball)).buffer }, strict: true });
    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([]);
  });

  it('has types for every entry with code to type (Are the Types Wrong?)', () => {
    // attw does not expand the `./*` pattern: each element's entry is named, as the tarball has them.
    const elements = run('tar', ['-tzf', tarball], work)
      .split('\n')
      .flatMap((file) => /^package\/dist\/elements\/([a-z-]+)\.js$/.exec(file)?.[1] ?? [])
      .map((tag) => `./${tag}`);
    expect(elements).toContain('./news-list');
    // esm-only: the package is ESM only, for Node >= 20.19 (which can require() it) and bundlers, so the
    // node10 and CommonJS resolutions are not checked. ./cdn/news-widgets.js is the classic <script> file:
    // it exports nothing, so it has nothing to type.
    const args = ['attw', tarball, '--profile', 'esm-only', '--include-entrypoints', ...elements, '--exclude-entrypoints', './cdn/news-widgets.js', '--format', 'ascii', '--no-emoji', '--no-color'];
    expect(() => run('npx', args, root)).not.toThrow();
  });

  it('describes every element to editors: VS Code custom data and JetBrains web-types', async () => {
    const installed = join(project, 'node_modules/news-widgets');
    const read = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(installed, path), 'utf8')) as T;
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

  it('type-checks an app that uses the elements, the data API and the React wrappers', () => {
    expect(() => run('npx', ['tsc', '-p', '.'], project)).not.toThrow();
  });

  it('builds that app with Vite, with Lit resolved from the app, bundled once', async () => {
    // As the app's own production build runs (the test runner's NODE_ENV=test would pick Lit's dev build).
    run('npx', ['vite', 'build', '--logLevel', 'error'], project, { NODE_ENV: 'production' });
    const assets = join(project, 'dist/assets');
    const js = (await readdir(assets)).filter((name) => name.endsWith('.js'));
    const code = (await Promise.all(js.map((name) => readFile(join(assets, name), 'utf8')))).join('\n');
    expect(code.includes('news-list') && code.includes('comment-form'), 'the elements are in the app bundle').toBe(true);
    // Lit's own "dev mode" warning would mean the development build leaked in.
    expect(code.includes('Lit is in dev mode'), 'production Lit').toBe(false);
    // One copy of Lit: its version registry is pushed once per copy.
    expect(code.split('reactiveElementVersions').length - 1, 'Lit bundled once').toBeLessThanOrEqual(2);
  });

  it('runs in a browser: the elements of the app, its React components and the script-tag copy live together', async () => {
    const dist = join(project, 'dist');
    const api = createDemoApi();
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
    const server = createServer((req, res) => {
      void (async () => {
        if (await api.handle(req, res)) return;
        const path = normalize((req.url ?? '/').split('?')[0] ?? '/').replace(/^(\.\.[/\\])+/, '');
        readFile(join(dist, path === '/' ? 'index.html' : path)).then(
          (body) => res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'text/html' }).end(body),
          () => res.writeHead(404).end(),
        );
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      // The list the app's code fills and the one its React component renders both show stories.
      await page.waitForFunction(() => {
        const filled = [...document.querySelectorAll('news-list')].filter((list) => (list.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0);
        return filled.length === 2;
      });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
    }
  });
});
