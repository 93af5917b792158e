import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './site.js';

const staticDir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const axeSource = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

let server: Server;
let origin = '';
let browser: Browser;
let stories: Array<{ id: string; title: string; name: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    readFile(join(staticDir, path.endsWith('/') ? `${path}index.html` : path)).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; title: string; name: string; type: string }> };
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

describe('Storybook', () => {
  it('has a story for every element', () => {
    const titles = new Set(stories.map((story) => story.title.split('/').pop()));
    for (const tag of ['news-article', 'news-list', 'popular-news', 'comment-form']) expect(titles.has(tag), tag).toBe(true);
  });

  it('renders every story without errors and with no accessibility violations', async () => {
    const axe = await readFile(axeSource, 'utf8');
    const problems: string[] = [];
    const context = await browser.newContext();
    for (const story of stories) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(() => {
        const widget = document.querySelector('#storybook-root news-article, #storybook-root news-list, #storybook-root popular-news, #storybook-root comment-form');
        return !!widget?.shadowRoot?.querySelector('[part]');
      });
      // Give loading stories and fetches a moment to settle into the state they show.
      await page.waitForTimeout(300);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run({ include: [['#storybook-root']] });
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      if (errors.length || violations.length) problems.push(`${story.id}: ${[...errors, ...violations].join('; ')}`);
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
