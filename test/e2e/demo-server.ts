import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './site.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The demo pages as `npm start` serves them (Vite's dev server, with the demo API of its own), on a free
 * port. It watches no files and keeps pre-bundled dependencies in a folder of its own, so an edit or
 * another dev server in the same checkout cannot reload a page in the middle of a test.
 */
export async function startDemoServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    cacheDir: `${root}node_modules/.vite-e2e-demo`,
    server: { host: '127.0.0.1', port: 0, strictPort: false, watch: null, hmr: false },
    // Pre-bundled at start with the rest: found later (a page drawn on the server loads it), Vite would
    // bundle it then and reload the page in the middle of a test.
    optimizeDeps: { include: ['@lit-labs/ssr-client/lit-element-hydrate-support.js'] },
  });
  await server.listen();
  return { origin: new URL(server.resolvedUrls!.local[0]!).origin, close: () => server.close() };
}

/**
 * For a test file on the demo pages: starts the demo server and a browser before its tests and ends both
 * after them. Read `origin` and `browser` inside tests (they exist once the file's tests start).
 */
export function useDemoPages(): { readonly origin: string; readonly browser: Browser } {
  let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server!.origin;
    },
    get browser() {
      return browser!;
    },
  };
}
