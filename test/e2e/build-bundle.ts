import { build } from 'vite';

/** The e2e checks test the real script-tag bundle, so it is built fresh before they run. */
export default async function setup(): Promise<void> {
  await build({ mode: 'cdn', logLevel: 'warn' });
  await build({ mode: 'cdn-purify', logLevel: 'warn' });
}
