import { nextTask } from '../components/base/next-task.js';
import { SLICE_MS } from './slices.js';

/**
 * Does `work` for each item in slices of about `SLICE_MS` of the main thread, as a response is read
 * (`slices.ts`), and resolves in a task after the last, so that what the work made ready is drawn in a
 * task of its own. Stops, unfinished, once `signal` is aborted.
 */
export async function eachInSlices<T>(items: readonly T[], work: (item: T) => void, signal?: AbortSignal): Promise<void> {
  let until = performance.now() + SLICE_MS;
  for (const item of items) {
    if (signal?.aborted) return;
    if (performance.now() > until) {
      await nextTask();
      until = performance.now() + SLICE_MS;
    }
    work(item);
  }
  if (items.length) await nextTask();
}
