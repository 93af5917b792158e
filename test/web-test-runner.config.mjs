// @ts-check
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { createDemoApi } from '../src/demo/api.js';
import { handleMock } from './server/mock-api.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The browser: CHROME_PATH if set, else the first Chromium or Chrome found. */
const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!executablePath) throw new Error('No Chromium or Chrome found: install one or set CHROME_PATH to its binary.');

const demoApi = createDemoApi({ floodSeconds: 2 });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  middleware: [
    async (ctx, next) => {
      if ((await handleMock(ctx.req, ctx.res)) || (await demoApi.handle(ctx.req, ctx.res))) ctx.respond = false;
      else await next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};
