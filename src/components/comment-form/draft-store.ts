import { asRecord } from '../../data/values.js';
import type { CommentValues } from './validate.js';

/**
 * What the form keeps, and where:
 * - the unsent comment, per endpoint and post, in `localStorage`, so nothing typed is lost to a reload or
 *   a closed tab;
 * - the reader's name, email and website with that draft in `localStorage` only when "Save my name..." is
 *   ticked; otherwise in `sessionStorage`, which the browser empties when the tab closes, so a reload still
 *   restores the whole form but a shared computer keeps no one's details;
 * - after a comment is sent with the box ticked, those details for next time (`news-widgets:identity`).
 * Storage can be missing or throw (private windows, storage turned off, a full quota, a sandboxed frame);
 * then nothing is kept and the form works as before.
 */

/** An unsent comment: what was in each field, and whether "save my name..." was ticked. */
export type Draft = Partial<CommentValues> & { remember?: boolean };

/** The reader's details remembered with their consent. */
export type Identity = Partial<Pick<CommentValues, 'name' | 'email' | 'url'>>;

/** Every key the widgets write starts with this, in either storage. */
export const STORAGE_PREFIX = 'news-widgets:';
const IDENTITY_KEY = `${STORAGE_PREFIX}identity`;
const IDENTITY_KEYS = ['name', 'email', 'url'] as const;

/** One draft per endpoint and article, so two forms on one page, or two articles, keep theirs apart. */
export function draftKey(action: string, postId?: number): string {
  return `${STORAGE_PREFIX}draft:${action}#${postId ?? ''}`;
}

type Area = 'localStorage' | 'sessionStorage';

function storage(area: Area): Storage | undefined {
  try {
    // Reading `localStorage` itself throws where storage is blocked.
    return globalThis[area] ?? undefined;
  } catch {
    return undefined;
  }
}

function readRecord(key: string, area: Area = 'localStorage'): Record<string, unknown> | undefined {
  try {
    const text = storage(area)?.getItem(key);
    return text ? asRecord(JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function writeRecord(key: string, value: object, area: Area = 'localStorage'): void {
  try {
    storage(area)?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked: the comment stays in the form, just not across a reload.
  }
}

function remove(key: string, area: Area = 'localStorage'): void {
  try {
    storage(area)?.removeItem(key);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

/** The keys of one storage that the widgets wrote. */
function ownKeys(area: Area): string[] {
  try {
    const store = storage(area);
    if (!store) return [];
    return Array.from({ length: store.length }, (_, i) => store.key(i)).filter((key): key is string => key?.startsWith(STORAGE_PREFIX) ?? false);
  } catch {
    return [];
  }
}

/** The text fields of a stored record; anything that is not a string (someone else's data) is ignored. */
function texts(record: Record<string, unknown>, keys: readonly (keyof CommentValues)[]): Partial<CommentValues> {
  const result: Partial<CommentValues> = {};
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value !== '') result[key] = value;
  }
  return result;
}

const hasText = (value: string | undefined): boolean => (value ?? '').trim() !== '';

export function readDraft(key: string): Draft | undefined {
  const kept = readRecord(key);
  const tab = readRecord(key, 'sessionStorage');
  if (!kept && !tab) return undefined;
  // What only this tab holds (details kept without consent) comes first; a consented draft has all of it.
  const draft: Draft = { ...(tab ? texts(tab, IDENTITY_KEYS) : {}), ...(kept ? texts(kept, ['comment', ...IDENTITY_KEYS]) : {}) };
  if (kept?.remember === true) draft.remember = true;
  return Object.keys(draft).length > 0 ? draft : undefined;
}

/**
 * Keeps a draft: the comment (and, with consent, the details) in `localStorage`, the details without
 * consent in `sessionStorage`. An empty part is removed instead, so clearing the fields leaves nothing.
 */
export function saveDraft(key: string, draft: Draft): void {
  const details: Identity = {};
  for (const field of IDENTITY_KEYS) if (hasText(draft[field])) details[field] = draft[field];
  const remember = draft.remember === true;
  const kept = { ...(hasText(draft.comment) ? { comment: draft.comment } : {}), ...(remember ? details : {}) };
  if (Object.keys(kept).length > 0) writeRecord(key, remember ? { ...kept, remember } : kept);
  else remove(key);
  if (!remember && Object.keys(details).length > 0) writeRecord(key, details, 'sessionStorage');
  else remove(key, 'sessionStorage');
}

export function clearDraft(key: string): void {
  remove(key);
  remove(key, 'sessionStorage');
}

export function readIdentity(): Identity | undefined {
  const record = readRecord(IDENTITY_KEY);
  const identity = record ? texts(record, IDENTITY_KEYS) : {};
  return Object.keys(identity).length > 0 ? identity : undefined;
}

export function rememberIdentity(identity: Identity): void {
  writeRecord(IDENTITY_KEY, { name: identity.name ?? '', email: identity.email ?? '', url: identity.url ?? '' });
}

/**
 * Withdraws consent: the details remembered for next time go, and so do those kept with any unsent draft
 * in `localStorage` (the comments stay). What this tab holds is the caller's to keep or clear.
 */
export function forgetIdentity(): void {
  remove(IDENTITY_KEY);
  for (const key of ownKeys('localStorage')) {
    if (key === IDENTITY_KEY) continue;
    const record = readRecord(key);
    if (!record || !IDENTITY_KEYS.some((field) => field in record)) continue;
    const comment = texts(record, ['comment']);
    if (comment.comment) writeRecord(key, comment);
    else remove(key);
  }
}

/**
 * Removes everything the widgets stored on this origin, in both storages: unsent comments, the details
 * kept with them, the details remembered for next time. Forms on the page keep what they show; nothing is
 * written again unless the reader types. Returns how many entries were removed.
 */
export function clearStoredData(): number {
  let removed = 0;
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    for (const key of ownKeys(area)) {
      remove(key, area);
      removed += 1;
    }
  }
  return removed;
}
