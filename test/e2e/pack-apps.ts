/**
 * The fresh apps of the pack test. Each installs only the packed tarball and its own bundler (or framework),
 * takes one published path alone and loads nothing else on its page: no script-tag file, no other entry.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoApi } from '../../src/demo/api.js';

/** The project's own folder, which `npm pack` packs. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A JSON file's contents. */
export const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

/** The versions the apps install: the project's own devDependencies, and the esbuild its tools already installed (and cached). */
export async function projectVersions(): Promise<Record<string, string>> {
  const own = await readJson<{ devDependencies: Record<string, string> }>(join(root, 'package.json'));
  return { ...own.devDependencies, esbuild: (await readJson<{ version: string }>(join(root, 'node_modules/esbuild/package.json'))).version };
}

/** What a command ended with. */
export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, whatever its exit code (browsers' downloads skipped, as on every install here). */
export function execute(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a command and gives its standard output; fails with the end of what it printed when it fails. */
export async function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const { code, stdout, stderr } = await execute(command, args, cwd, env);
  // The end of what it printed, where the error is (a build prints its progress first).
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${`${stdout}${stderr}`.slice(-4000)}`);
  return stdout;
}

/** As an app's own production build runs (the test runner's NODE_ENV=test would pick Lit's dev build). */
export const PRODUCTION = { NODE_ENV: 'production' };

/**
 * Packs the project into `work` as a release is packed, and gives the tarball's path. `prepack` rebuilds
 * dist/ (the script-tag bundle the later e2e files load included) under NODE_ENV=production: under the test
 * runner's NODE_ENV=test it would carry Lit's development build.
 */
export async function packTarball(work: string): Promise<string> {
  await run('npm', ['pack', '--silent', '--pack-destination', work], root, PRODUCTION);
  return join(work, (await readdir(work)).find((name) => name.endsWith('.tgz'))!);
}

/** Writes an app's files into `dir` and installs the tarball and the app's own packages alone, from the shared npm cache. */
export async function installApp(dir: string, app: App, tarball: string): Promise<void> {
  for (const [path, text] of Object.entries(app.files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const manifest = { name: `${app.name}-app`, private: true, type: 'module', dependencies: { 'news-widgets': `file:${tarball}` }, devDependencies: app.devDependencies };
  await writeFile(join(dir, 'package.json'), JSON.stringify(manifest));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent'], dir);
}

/** The list endpoint of the demo API, and the list every page shows from it. */
export const FEED = '/wp-json/wp/v2/posts?_embed';
export const LIST_SIZE = 3;

/** The compiler options of create-vite's TypeScript templates (vanilla-ts; react-ts adds `jsx`). */
const CREATE_VITE = {
  target: 'ES2022',
  useDefineForClassFields: true,
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  types: ['vite/client'],
  skipLibCheck: true,
  moduleResolution: 'bundler',
  allowImportingTsExtensions: true,
  verbatimModuleSyntax: true,
  moduleDetection: 'force',
  noEmit: true,
  strict: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  erasableSyntaxOnly: true,
  noFallthroughCasesInSwitch: true,
  noUncheckedSideEffectImports: true,
};

export interface App {
  name: string;
  /** Packages besides the tarball, with their versions. */
  devDependencies: Record<string, string>;
  files: Record<string, string>;
}

const page = (body: string, script: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>app</title></head><body>${body}<script type="module" src="${script}"></script></body></html>`;

const list = `<news-list src="${FEED}" limit="${LIST_SIZE}"></news-list>`;

/**
 * The code blocks of the README's npm section: `ts` (the imports and the data API) and `tsx` (the React
 * snippet), compiled as they are so that they cannot drift from the package.
 */
export function readmeSnippets(readme: string): { ts: string; tsx: string } {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Developers: npm'));
  const block = (lang: string) => section?.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))?.[1];
  const ts = block('ts');
  const tsx = block('tsx');
  if (!ts || !tsx) throw new Error("The README's npm section has lost its ts or tsx code block.");
  return { ts, tsx };
}

/** Type-only checks of the typed events, which every app that has the package's types gets. */
const EVENT_TYPES = `
document.querySelector('comment-list')?.addEventListener('news-reply', (event) => event.detail.comment.id);
window.addEventListener('news-error', (event) => event.detail.error.code);
document.addEventListener('news-comment', (event) => event.detail.status);
// @ts-expect-error: news-select carries an article, nothing else
document.body.addEventListener('news-select', (event) => event.detail.page);
`;

/** Type-only checks of the tags in JSX (React 19). */
const JSX_TYPES = `
export const grid = <news-list layout="grid" limit={3} excerpt-length={80} no-comment-count articles={[]} />;
export const form = <comment-form action="/wp-json/wp/v2/comments" post-id={42} fieldNames={{ content: 'text' }} />;
// @ts-expect-error: not a layout of <news-list>
export const carousel = <news-list layout="carousel" />;
// @ts-expect-error: limit is a number
export const text = <news-list limit="three" />;
// @ts-expect-error: <comment-form> has no src
export const formSrc = <comment-form src="/feed" />;
document.querySelector('news-list')?.addEventListener('news-select', (event) => event.detail.article.title);
`;

export function apps(readme: string, versions: Record<string, string>): App[] {
  const pick = (...names: string[]) => Object.fromEntries(names.map((name) => [name, versions[name] ?? '']));
  const snippets = readmeSnippets(readme);
  return [
    {
      // Two pages, built one at a time: one imports news-widgets/define alone, the other one element alone.
      name: 'vite',
      devDependencies: pick('vite', 'typescript'),
      files: {
        'tsconfig.json': JSON.stringify({ compilerOptions: CREATE_VITE, include: ['define', 'element', 'checks'] }),
        'define/index.html': page(
          `${list}<popular-news src="${FEED}&per_page=20" limit="3"></popular-news><news-article src="/wp-json/wp/v2/posts/1?_embed"></news-article><comment-form action="/wp-json/wp/v2/comments" post-id="1"></comment-form><p>Chosen: <output id="chosen"></output></p>`,
          './main.ts',
        ),
        'define/main.ts': `import 'news-widgets/define';

// Route a chosen story in the page (the event's detail is typed) instead of following its link.
const chosen = document.querySelector('output')!;
document.querySelector('news-list')!.addEventListener('news-select', (event) => {
  event.preventDefault();
  chosen.textContent = event.detail.article.title;
});
`,
        'element/index.html': page(`${list}<popular-news src="${FEED}"></popular-news>`, './main.ts'),
        'element/main.ts': `import 'news-widgets/news-list';

document.querySelector('news-list')!.addEventListener('news-load', (event) => void event.detail);
`,
        'tsconfig.element.json': JSON.stringify({ extends: './tsconfig.json', include: ['element'] }),
        // Type-checked only: the README's imports snippet, and the typed events.
        'checks/readme.ts': snippets.ts,
        'checks/events.ts': EVENT_TYPES,
      },
    },
    {
      name: 'react',
      devDependencies: pick('vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'),
      files: {
        'tsconfig.json': JSON.stringify({ compilerOptions: { ...CREATE_VITE, jsx: 'react-jsx' }, include: ['src'] }),
        // The tags' JSX types from news-widgets/jsx alone, in a program of their own.
        'tsconfig.jsx.json': JSON.stringify({ extends: './tsconfig.json', include: ['jsx'] }),
        'index.html': page('<div id="root"></div>', '/src/main.tsx'),
        'src/Reader.tsx': snippets.tsx,
        'src/main.tsx': `import { createRoot } from 'react-dom/client';
import { Reader } from './Reader.tsx';

createRoot(document.getElementById('root')!).render(
  <>
    <section id="reader">
      <Reader feed="${FEED}" />
    </section>
    <section id="tags">
      <news-list src="${FEED}" layout="compact" limit={${LIST_SIZE}} heading="Latest" />
    </section>
  </>,
);
`,
        'src/types.tsx': `${JSX_TYPES}${EVENT_TYPES}`,
        'jsx/types.tsx': `import type {} from 'news-widgets/jsx';\n${JSX_TYPES}`,
      },
    },
    {
      name: 'esbuild',
      devDependencies: pick('esbuild'),
      files: {
        'main.js': "import 'news-widgets/define';\n",
        'public/index.html': page(list, './main.js'),
      },
    },
  ];
}

export interface Served {
  origin: string;
  /** Paths the server was asked for. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves a built app's folder and the demo API beside it, as the app's own host would. */
export async function serve(dir: string): Promise<Served> {
  const api = createDemoApi();
  const requests: string[] = [];
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    void (async () => {
      requests.push(req.url ?? '/');
      if (await api.handle(req, res)) return;
      const path = normalize((req.url ?? '/').split('?')[0] ?? '/').replace(/^(\.\.[/\\])+/, '');
      readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path)).then(
        (body) => res.writeHead(200, { 'Content-Type': types[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body),
        () => res.writeHead(404).end(),
      );
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
