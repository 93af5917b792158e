import { build } from 'vite';

/** The e2e checks test the real script-tag bundle, so it is built fresh (as production) before they run. */
export default async function setup(): Promise<void> {
  process.env.NODE_ENV = 'production';
  for (const mode of ['cdn', 'cdn-purify', 'cdn-fr', 'cdn-ar']) await build({ mode, logLevel: 'warn' });
}
