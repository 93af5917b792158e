import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/ssr/run-cli.js';

/** `news-widgets render` as a static site's build step runs it (as a function here; from the packed package: test/e2e/ssr-pack.test.ts). */
const posts = await readFile(new URL('../fixtures/wordpress-posts-embed.json', import.meta.url), 'utf8');
const widgetPage = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><news-list limit="1"><script type="application/json">${posts}</script></news-list></body></html>`;
const failing = '<!doctype html><html><body><popular-news src="http://127.0.0.1:9/none"></popular-news></body></html>';
const DRAWN = '<news-list limit="1"><template shadowrootmode="open">';

let dir = '';
let stderr: string[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'news-cli-'));
  stderr = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void stderr.push(line));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('news-widgets render', () => {
  it('draws one page to a file, or to standard output', async () => {
    await writeFile(join(dir, 'page.html'), widgetPage('One'));
    expect(await runCli(['render', join(dir, 'page.html'), '-o', join(dir, 'out.html')])).toBe(0);
    expect(await readFile(join(dir, 'out.html'), 'utf8')).toContain(DRAWN);
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    expect(await runCli(['render', join(dir, 'page.html')])).toBe(0);
    expect(written.join('')).toContain('<title>One</title>');
    expect(written.join('')).toContain(DRAWN);
  });

  it('draws every page of a folder into another, subfolders too, or over the pages themselves', async () => {
    await mkdir(join(dir, 'site', 'blog'), { recursive: true });
    await writeFile(join(dir, 'site', 'index.html'), widgetPage('Home'));
    await writeFile(join(dir, 'site', 'blog', 'a.html'), widgetPage('A'));
    await writeFile(join(dir, 'site', 'notes.txt'), 'not a page');
    expect(await runCli(['render', join(dir, 'site'), '-o', join(dir, 'out')])).toBe(0);
    expect(await readFile(join(dir, 'out', 'blog', 'a.html'), 'utf8')).toContain(DRAWN);
    expect(await readFile(join(dir, 'out', 'index.html'), 'utf8')).toContain('<title>Home</title>');
    await expect(readFile(join(dir, 'out', 'notes.txt'))).rejects.toThrow();
    expect(stderr.at(-1)).toMatch(/2 pages drawn/);
    expect(await runCli(['render', join(dir, 'site'), '--in-place'])).toBe(0);
    expect(await readFile(join(dir, 'site', 'index.html'), 'utf8')).toContain(DRAWN);
  });

  it('names a widget it leaves to the browser, and fails for it only when strict', async () => {
    await writeFile(join(dir, 'page.html'), failing);
    expect(await runCli(['render', join(dir, 'page.html'), '-o', join(dir, 'out.html')])).toBe(0);
    expect(stderr.join('\n')).toMatch(/<popular-news> left to the browser/);
    expect(await readFile(join(dir, 'out.html'), 'utf8')).toBe(failing);
    expect(await runCli(['render', join(dir, 'page.html'), '-o', join(dir, 'out.html'), '--strict'])).toBe(1);
  });

  it('says how to use it when asked wrongly', async () => {
    expect(await runCli(['draw', 'x.html'])).toBe(2);
    expect(stderr.join('\n')).toMatch(/Usage: news-widgets render/);
    await mkdir(join(dir, 'site'));
    expect(await runCli(['render', join(dir, 'site')])).toBe(2);
    expect(stderr.at(-1)).toMatch(/give an output folder/);
  });
});
