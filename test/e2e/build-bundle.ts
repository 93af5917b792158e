import { build } from 'vite';

/**
 * The e2e checks test the real builds, so they are built fresh (as production) before they run: the npm
 * build (dist/, whose server renderer draws pages as users' servers do), then the script-tag bundle.
 */
export default async function setup(): Promise<void> {
  process.env.NODE_ENV = 'production';
  for (const mode of ['production', 'cdn', 'cdn-purify', 'cdn-fr', 'cdn-ar']) await build({ mode, logLevel: 'warn' });
}
