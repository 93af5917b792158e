// @ts-check
/**
 * `npm test`: every stage, one after the other, whatever an earlier one found, then a summary of which
 * failed. A failing stage does not hide the results of the ones after it; the exit code is 1 if any failed.
 *
 *   npm test                  all stages
 *   npm test -- lint unit     only those (any of: typecheck, lint, unit, browser, e2e)
 *
 * Stages run one at a time: each keeps both cores of a small machine busy on its own.
 */
import { spawn } from 'node:child_process';

/** Each stage and the npm script that runs it. */
const STAGES = /** @type {const} */ ([
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
  ['unit', 'test:unit'],
  ['browser', 'test:browser'],
  ['e2e', 'test:e2e'],
]);

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !STAGES.some(([stage]) => stage === name));
if (unknown.length > 0) {
  console.error(`Unknown stage ${unknown.join(', ')}: choose from ${STAGES.map(([stage]) => stage).join(', ')}.`);
  process.exit(2);
}
const chosen = STAGES.filter(([stage]) => asked.length === 0 || asked.includes(stage));

/** Runs one npm script with the terminal as its output; resolves with its exit code, or the signal that ended it. */
function run(/** @type {string} */ script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ?? code ?? 1));
  });
}

const bold = (/** @type {string} */ text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text);
const seconds = (/** @type {number} */ ms) => `${Math.round(ms / 1000)} s`;

/** @type {{ stage: string, result: number | string, ms: number }[]} */
const results = [];
let interrupted = false;
// Ctrl-C reaches the running stage too; what is left is not started, and the summary still shows.
process.on('SIGINT', () => {
  interrupted = true;
});

for (const [stage, script] of chosen) {
  if (interrupted) break;
  console.log(bold(`\n▶ ${stage} (npm run ${script})`));
  const started = Date.now();
  const result = await run(script);
  results.push({ stage, result, ms: Date.now() - started });
}

const failed = results.filter(({ result }) => result !== 0);
console.log(bold('\nnpm test:'));
for (const { stage, result, ms } of results) {
  const outcome = result === 0 ? 'passed' : typeof result === 'string' ? `stopped (${result})` : `FAILED (exit code ${result})`;
  console.log(`  ${stage.padEnd(10)} ${outcome.padEnd(24)} ${seconds(ms)}`);
}
for (const [stage] of chosen.slice(results.length)) console.log(`  ${stage.padEnd(10)} not run`);
console.log(failed.length === 0 && !interrupted ? 'All stages passed.' : `Failed: ${failed.map(({ stage }) => stage).join(', ') || 'interrupted'}.`);
process.exit(failed.length === 0 && !interrupted ? 0 : 1);
