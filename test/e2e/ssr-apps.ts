/**
 * The fresh apps of the server-rendering recipes (the README's "Server rendering"). Each installs only the
 * packed tarball and its own tools, as its users start: a static site's build step with the command line, a
 * plain Node server with a bundled client, an Eleventy site, a Next app. The recipes' code is here once, as
 * the README shows it, and the apps run it as written.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { App } from './pack-apps.js';

/** The newest story of the demo API: the first headline of every list drawn from it. */
export const LEAD = 'How the Saltings barrier held: inside Alder Bay’s night of the surge';

/** The versions of the frameworks tried (the newest that install on this project's Node 20). */
const FRAMEWORKS = { '@11ty/eleventy': '3.1.8', '@lit-labs/eleventy-plugin-lit': '1.0.6', next: '16.4.6' };

/** Recipe: a plain Node server drawing each page's widgets per request (`server.js`). */
export const NODE_SERVER = `import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { renderPage } from 'news-widgets/ssr';

const template = await readFile('index.html', 'utf8');
const client = await readFile('dist/main.js');

const server = createServer(async (request, response) => {
  if (request.url === '/main.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(client);
    return;
  }
  // The widgets drawn with the news of the moment; a widget that fails is left for the browser to load.
  const html = await renderPage(template, { baseUrl: \`http://\${request.headers.host}\${request.url}\` });
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
});
server.listen(Number(process.env.PORT ?? 3000), process.env.HOST, () => console.log(\`listening on \${server.address().port}\`));
`;

/** Recipe: the browser's entry of a server-drawn page: Lit's hydration support before the elements (`main.js`). */
export const CLIENT = `import 'news-widgets/hydrate';
import 'news-widgets/define';
`;

/** Recipe: the client's production build, as the README gives it (arguments of `npx`). */
export const CLIENT_BUILD = ['esbuild', 'main.js', '--bundle', '--minify', '--format=esm', '--outfile=dist/main.js'];

/** Recipe: an Eleventy transform drawing the widgets of every page it writes (`eleventy.config.js`). */
export const ELEVENTY_CONFIG = `import { renderPage } from 'news-widgets/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addTransform('news-widgets', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    // SITE_URL: the site's address, which each page's relative widget sources resolve against.
    return renderPage(content, { baseUrl: new URL(this.page.url, process.env.SITE_URL).href });
  });
}
`;

/** Not a recipe: Lit's own Eleventy plugin with our elements, to show what it draws (`eleventy.lit.config.js`). */
const ELEVENTY_LIT_CONFIG = `import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['./components.js'] });
}
`;

/** Recipe: a Next server component awaiting the widget's drawing (`app/page.tsx`). */
export const NEXT_PAGE = `import { renderWidget } from 'news-widgets/ssr';
import { Widgets } from './widgets';

// Drawn at each request, with the news of the moment.
export const dynamic = 'force-dynamic';

export default async function Home() {
  const list = await renderWidget('news-list', { src: \`\${process.env.NEWS_API}/wp-json/wp/v2/posts?_embed&per_page=3\`, limit: '3', 'load-more': 'manual' });
  return (
    <main>
      <div dangerouslySetInnerHTML={{ __html: list }} />
      <Widgets />
    </main>
  );
}
`;

/** Recipe: the Next client component that wakes the drawn widgets up (`app/widgets.tsx`). */
export const NEXT_WIDGETS = `'use client';
import { useEffect } from 'react';

/** Lit's hydration support, then the elements: each widget the server drew takes over its content. */
export function Widgets() {
  useEffect(() => {
    void import('news-widgets/hydrate').then(() => import('news-widgets/define'));
  }, []);
  return null;
}
`;

/** A page of a site, with the widgets given. */
export const sitePage = (title: string, body: string): string =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n${body}\n</body>\n</html>\n`;

/**
 * The two pages of a static site, the second in a subfolder: their widgets' sources are relative, so each is
 * read at the page's own address (`../wp-json/` from `world/` is the site's `/wp-json/`).
 */
export const SITE_PAGES = {
  'index.html': sitePage('Home', '<news-list src="/wp-json/wp/v2/posts?_embed" limit="3"></news-list>\n<popular-news src="/wp-json/wp/v2/posts?_embed&amp;per_page=20" limit="3"></popular-news>'),
  'world/index.html': sitePage('World', '<news-article src="../wp-json/wp/v2/posts/1?_embed"></news-article>\n<news-list src="../wp-json/wp/v2/posts?_embed" limit="3" layout="compact"></news-list>'),
};

/** A widget whose endpoint answers 404: the renderer names it and leaves it as written. */
export const FAILING = '<news-article src="/wp-json/wp/v2/posts/99999?_embed"></news-article>';

export function ssrApps(versions: Record<string, string>): App[] {
  const pick = (...names: string[]) => Object.fromEntries(names.map((name) => [name, versions[name] ?? FRAMEWORKS[name as keyof typeof FRAMEWORKS] ?? '']));
  return [
    {
      // A static site's build step: the tarball alone, and its command line.
      name: 'cli',
      devDependencies: {},
      files: {
        ...Object.fromEntries(Object.entries(SITE_PAGES).map(([path, html]) => [`site/${path}`, html])),
        'page.html': sitePage('One page', `<news-list src="/wp-json/wp/v2/posts?_embed" limit="3"></news-list>\n${FAILING}`),
      },
    },
    {
      // index.html is written by the test, its widget's src at the demo API's address.
      name: 'node',
      devDependencies: pick('esbuild'),
      files: { 'server.js': NODE_SERVER, 'main.js': CLIENT },
    },
    {
      name: 'eleventy',
      devDependencies: pick('@11ty/eleventy', '@lit-labs/eleventy-plugin-lit'),
      files: {
        ...Object.fromEntries(Object.entries(SITE_PAGES).map(([path, html]) => [`site/${path}`, html])),
        'eleventy.config.js': ELEVENTY_CONFIG,
        'eleventy.lit.config.js': ELEVENTY_LIT_CONFIG,
        'components.js': "import 'news-widgets/define';\n",
      },
    },
    {
      name: 'next',
      // TypeScript and the types Next would otherwise install itself on its first build.
      devDependencies: pick('next', 'react', 'react-dom', 'typescript', '@types/react', '@types/node'),
      files: {
        'app/layout.tsx': `import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <link rel="icon" href="data:," />
      </head>
      <body>{children}</body>
    </html>
  );
}
`,
        'app/page.tsx': NEXT_PAGE,
        // A page that links to the widget's: following the link renders it in the browser (client-side navigation).
        'app/elsewhere/page.tsx': `import Link from 'next/link';
import { Widgets } from '../widgets';

export default function Elsewhere() {
  return (
    <main>
      <Link href="/">Home</Link>
      <Widgets />
    </main>
  );
}
`,
        'app/widgets.tsx': NEXT_WIDGETS,
        'tsconfig.json': JSON.stringify({
          compilerOptions: { target: 'ES2022', lib: ['dom', 'dom.iterable', 'esnext'], strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', skipLibCheck: true, isolatedModules: true, esModuleInterop: true, resolveJsonModule: true, allowJs: true, incremental: true, plugins: [{ name: 'next' }] },
          include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
          exclude: ['node_modules'],
        }),
      },
    },
  ];
}

/** A port free on the loopback address now, for a server that must be told its port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Running {
  /** What the process printed (standard output and error). */
  output(): string;
  /** Ends the process and everything it started (its own process group). */
  stop(): Promise<void>;
}

/**
 * Starts a long-running command (a server) in a process group of its own and resolves once its output
 * matches `ready`, with that match; rejects with its output if it ends before.
 */
export function startServer(command: string, args: string[], cwd: string, env: Record<string, string>, ready: RegExp): Promise<{ match: RegExpMatchArray } & Running> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running: Running = {
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // Ended already.
        }
      }
      await ended;
    },
  };
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) resolve({ match, ...running });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void ended.then(() => reject(new Error(`${command} ${args.join(' ')} ended before it was ready:\n${output}`.slice(0, 4000))));
  });
}
