// @ts-check
/** Where the tests, e2e checks and benchmarks find Chromium, and how they start it on this kind of machine. */
import { existsSync } from 'node:fs';

/** CHROME_PATH if set, else the first Chromium or Chrome found. */
export function chromiumPath() {
  const found =
    process.env.CHROME_PATH ??
    ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium or Chrome found: install one (apt-get install chromium) or set CHROME_PATH to its binary.');
  return found;
}

/** Flags for a root user in a closed network: no sandbox, no GPU, no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
