// @ts-check
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { createDemoApi } from '../src/demo/api.js';
import { handleMock } from './server/mock-api.js';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// Long enough that a loaded machine cannot stretch two quick posts past it; tests use an email of their own per comment.
const demoApi = createDemoApi({ floodSeconds: 10 });

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
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
