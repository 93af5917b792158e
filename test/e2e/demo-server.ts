import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The demo pages as `npm start` serves them (Vite's dev server, with the demo API of its own), on a free port. */
export async function startDemoServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = await createServer({ root, configFile: `${root}vite.config.ts`, logLevel: 'silent', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  return { origin: new URL(server.resolvedUrls!.local[0]!).origin, close: () => server.close() };
}
