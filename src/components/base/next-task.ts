/**
 * Resolves in a new task, letting the browser paint and handle input in between: long work split at
 * these points never blocks the page's main thread for long. Uses `scheduler.yield()` where it exists.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}
