/**
 * WordPress's shape test, apart from the other formats' (`detect.ts`): most widgets read a WordPress REST
 * API, and this test alone tells its answers apart, so a page of them never loads the rest of detection.
 * Accepts any value and never throws.
 */
import { asRecord } from '../values.js';

/** `{ rendered: ... }`, the wrapper WordPress puts around every field it filters for display. */
export function hasRendered(value: unknown): boolean {
  const record = asRecord(value);
  return record !== undefined && Object.hasOwn(record, 'rendered');
}

/** A WordPress REST API post (or page, or custom post type), one or a list. */
export function isWordPress(json: unknown): boolean {
  const post = asRecord(Array.isArray(json) ? json[0] : json);
  if (!post) return false;
  if (hasRendered(post.title)) return true;
  return post.id !== undefined && typeof post.link === 'string' && hasRendered(post.content);
}
