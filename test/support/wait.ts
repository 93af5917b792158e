/**
 * Waiting in the browser tests: for a condition, never for a length of time. A loaded machine makes
 * every step slower, so a test that sleeps and then looks either fails (the thing has not happened yet)
 * or, for a check that something did *not* happen, proves less and less. These helpers wait for a
 * positive sign instead, with a deadline generous enough that only a real failure reaches it.
 */
import { waitUntil } from '@open-wc/testing';

/**
 * How long a test waits for a request, a render after one, or an event, before calling it a failure: a
 * guard against waiting for ever, far beyond what any step takes on a loaded machine (a second or two), and
 * within mocha's two minutes per test (test/web-test-runner.config.mjs), so the failure names the condition.
 */
export const WAIT_MS = 30_000;

/** Waits until `condition` is truthy (checked every 50 ms), failing with `message` after `timeout` (default `WAIT_MS`). */
export function waitFor(condition: () => unknown, message: string, options: { timeout?: number; interval?: number } = {}): Promise<void> {
  return waitUntil(condition, message, { timeout: WAIT_MS, ...options });
}

/** Lets the tasks already queued run (event dispatches, the ends of promise chains): a turn of the event loop, not a wait for time. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after the browser has rendered a frame, and the tasks that rendering queued (observer callbacks, autofocus) have had their turn. */
export async function renderedFrame(view: Window = window): Promise<void> {
  await new Promise((resolve) => view.requestAnimationFrame(resolve));
  await new Promise((resolve) => view.requestAnimationFrame(resolve));
  await nextTask();
}

// Resource timing keeps 250 entries by default; a long test file makes more requests than that.
performance.setResourceTimingBufferSize(100_000);

/**
 * Waits until a request the page made is over: answered to the end of its body, failed, or aborted
 * (Chromium records an aborted request too, at the moment it was cancelled). Returns its entry.
 */
export async function requestEnded(match: (url: URL) => boolean, message: string, view: Window = window): Promise<PerformanceResourceTiming> {
  const find = (): PerformanceResourceTiming | undefined =>
    (view.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => match(new URL(entry.name)));
  await waitFor(() => find(), message);
  return find()!;
}

/** Matches a request to the mock API's /mock/feed with this `key` (and these other parameters, if given). */
export function mockFeed(key: string, params: Record<string, string> = {}): (url: URL) => boolean {
  return (url) =>
    url.pathname === '/mock/feed' && url.searchParams.get('key') === key && Object.entries(params).every(([name, value]) => url.searchParams.get(name) === value);
}

/**
 * Whether `target` is within `rootMargin` of the viewport, as an IntersectionObserver of the page's
 * own sees it. Resolving means the browser has made that observation (a rendering update has run), so
 * an element's own observer with the same margin has been told the same.
 */
export function nearViewport(target: Element, rootMargin: string): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        observer.disconnect();
        resolve(entries.some((entry) => entry.isIntersecting));
      },
      { rootMargin },
    );
    observer.observe(target);
  });
}

/**
 * Waits until every image under `root` has finished loading or failed. A broken image's `error` event
 * fires in the same task that marks it complete, so after this any handler an image could have run
 * has run. Then a frame, for what rendering triggers (autofocus, `toggle`).
 */
export async function imagesSettled(root: ParentNode, message = 'the images never finished loading'): Promise<void> {
  await waitFor(() => [...root.querySelectorAll('img')].every((img) => img.complete), message);
  await renderedFrame();
}

/** Waits until the test server holds `count` requests named `name` (`?hold=NAME`, test/support/held-requests.js). */
export async function held(name: string, count = 1): Promise<void> {
  const waiting = async (): Promise<number> => ((await (await fetch(`/mock/held?hold=${encodeURIComponent(name)}`)).json()) as { waiting: number }).waiting;
  let now = 0;
  await waitFor(async () => (now = await waiting()) >= count, `the server never held ${count} request(s) named ${name}`);
  if (now > count) throw new Error(`the server holds ${now} requests named ${name}, not ${count}`);
}

/** Lets the requests the test server holds under `name` go on to their answers. */
export async function release(name: string): Promise<void> {
  await fetch(`/mock/release?hold=${encodeURIComponent(name)}`, { method: 'POST' });
}
