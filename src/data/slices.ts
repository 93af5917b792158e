import { nextTask } from '../components/base/next-task.js';
import type { NewsArticle } from './model.js';

/**
 * Reading a response into articles goes in slices of about this many milliseconds of the main thread, the
 * browser free to paint and handle input in between. Measured by the clock, so a slower phone gets more
 * slices of the same length rather than longer ones.
 */
export const SLICE_MS = 10;

/** A read under way in slices: set while it runs, for `finishAll` (src/data/finish.ts). */
export let slicing:
  | {
      /** When the current slice is over. */
      until: number;
      /** What each `finishAll` call of the read has finished so far, in the order the read makes them. */
      done: Array<Array<NewsArticle | undefined>>;
      /** Which `finishAll` call of the current slice comes next. */
      call: number;
      /** A call stopped at the end of the slice: the read runs again, each call going on where it stopped. */
      more?: boolean;
    }
  | undefined;

/**
 * Runs `read` (a format reader's reading of a response) in slices, and resolves in a task after the last,
 * so that the element draws the articles in a task of its own. When a slice's time is up, `finishAll`
 * stops where it is and `read` runs again in a later task, each `finishAll` going on from where it
 * stopped: a reader makes the same calls in the same order each time, and what it does besides finishing
 * articles (pagination, a feed's authors) is cheap next to it. A reader that answers with a Promise (the
 * feed reader) finishes after its first run, in one go.
 */
export async function inSlices<T>(read: () => T | Promise<T>): Promise<T> {
  const state: NonNullable<typeof slicing> = { until: 0, done: [], call: 0 };
  for (;;) {
    slicing = Object.assign(state, { until: performance.now() + SLICE_MS, call: 0, more: false });
    let result;
    try {
      result = read();
    } finally {
      slicing = undefined;
    }
    // Awaited at once, so that a reader's failure is handled before the browser gets its turn.
    const page = await result;
    await nextTask();
    if (!state.more) return page;
  }
}
