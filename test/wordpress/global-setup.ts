import type { TestProject } from 'vitest/node';
import { startWordPress } from './wordpress.mjs';

export type WordPressSite = Awaited<ReturnType<typeof startWordPress>>;

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: WordPressSite;
  }
}

/**
 * Installs (if missing), seeds (if needed) and starts the real WordPress once for every test file: the
 * release `NEWS_WP_VERSION` names (7.1 unless it says 6.8 or 6.1; see wordpress.mjs). The
 * servers keep running afterwards, so the next run starts in a fraction of a second; end them with
 * `node test/wordpress/wordpress.mjs stop`. The script-tag bundle is built by `npm run test:wordpress`.
 */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('wordpress', await startWordPress());
}
