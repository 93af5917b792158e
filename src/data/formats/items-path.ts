/**
 * Where the list of records is in JSON of no known format: for articles (`detect.ts` carries it to the
 * readers) and for comments (`comments.ts`), which each load it only with their own code.
 */
import { asArray, asRecord } from '../values.js';

/** Splits a list of records out of a response whose shape is unknown: a root array, or the first array-valued field. */
export function guessItemsPath(json: unknown): string | undefined {
  if (Array.isArray(json)) return '.';
  const object = asRecord(json);
  if (!object) return undefined;
  for (const key of ['items', 'articles', 'posts', 'results', 'data', 'stories', 'entries', 'news']) {
    if (Array.isArray(object[key])) return key;
  }
  return Object.keys(object).find((key) => Array.isArray(object[key]) && asArray(object[key]).some((entry) => asRecord(entry)));
}
