import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

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
  });
  await server.listen();
  return { origin: new URL(server.resolvedUrls!.local[0]!).origin, close: () => server.close() };
}
