// @ts-check
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { createDemoApi } from '../src/demo/api.js';
import { handleMock } from './server/mock-api.js';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium.js';
import { heldRequests } from './support/held-requests.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// Longer than a test may take (the mocha timeout below), so no machine is slow enough to stretch two quick
// posts past it; tests use an email of their own per comment, or reset the articles they post to.
const demoApi = createDemoApi({ floodSeconds: 600 });

/**
 * The port to serve the tests on: `WTR_PORT` if set (or `--port`), else one the system reports free now.
 * wtr's own choice counts up from 8000, so two runs starting together on one machine can both pick 8000
 * and one fails to listen; a port the system hands out is rarely handed out twice in a row.
 */
async function freePort() {
  if (process.env.WTR_PORT) return Number(process.env.WTR_PORT);
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The mock API's `status=404` answers that a test asks for, to see how a widget copes: no sign of a wrong path. */
const askedFor404 = (/** @type {string} */ url) => /^mock\/feed\?(?:.*&)?status=404(?:&|$)/.test(url);

/** How many tests in a file's results passed and failed. @param {any} suite @returns {[number, number]} */
function count(suite) {
  const tests = (suite?.tests ?? []).map((/** @type {{ passed: boolean }} */ test) => (test.passed ? [1, 0] : [0, 1]));
  return [...tests, ...(suite?.suites ?? []).map(count)].reduce(([p, f], [a, b]) => [p + a, f + b], [0, 0]);
}

/**
 * wtr's report, less the 404s the tests asked for (any other 404 still shows: usually a wrong path). In a
 * terminal the progress bar redraws in place; written to a file or a pipe it would be printed anew every
 * 10 s, so there the run ends with one line of totals instead.
 */
function reporter() {
  const interactive = Boolean(process.stdout.isTTY);
  const base = defaultReporter({ reportTestProgress: interactive });
  let startTime = Date.now();
  return {
    ...base,
    /** @param {Parameters<NonNullable<typeof base.start>>[0]} args */
    start(args) {
      startTime = args.startTime;
      base.start?.(args);
    },
    /** @param {Parameters<NonNullable<typeof base.reportTestFileResults>>[0]} args */
    reportTestFileResults: (args) =>
      base.reportTestFileResults?.({
        ...args,
        sessionsForTestFile: args.sessionsForTestFile.map((session) => ({ ...session, request404s: session.request404s.filter((url) => !askedFor404(url)) })),
      }),
    /** @param {{ sessions: import('@web/test-runner').TestSession[] }} args */
    stop({ sessions }) {
      if (interactive) return;
      const [passed, failed] = sessions.map((session) => count(session.testResults)).reduce(([p, f], [a, b]) => [p + a, f + b], [0, 0]);
      const broken = sessions.filter((session) => !session.passed).length;
      const seconds = ((Date.now() - startTime) / 1000).toFixed(0);
      const files = `${sessions.length} file${sessions.length === 1 ? '' : 's'}${broken ? `, ${broken} not passing` : ''}`;
      process.stdout.write(`Browser tests: ${passed} passed, ${failed} failed (${files}) in ${seconds} s\n`);
    },
  };
}

const MINUTE = 60_000;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  port: await freePort(),
  // Every limit here is a guard against a hang, not a measure of speed: a test waits for what it checks
  // (test/support/wait.ts), so a busy machine makes it slower, never wrong. On a 2-core machine with both
  // cores taken by other work the slowest test takes about 10 s; two minutes fails only one that would
  // never finish, and names it. A test file, the browser and a page's start get the same kind of margin
  // (wtr's defaults of 2 min, 30 s and 20 s are reached by a loaded machine).
  testFramework: { config: { timeout: 2 * MINUTE } },
  testsFinishTimeout: 20 * MINUTE,
  browserStartTimeout: 2 * MINUTE,
  testsStartTimeout: 2 * MINUTE,
  // Lit's development build (kept: it checks templates and updates more strictly) says so once per test
  // file; that one message is dropped, every other message from a page still shows.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.')),
  reporters: [reporter()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  middleware: [
    heldRequests(),
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
