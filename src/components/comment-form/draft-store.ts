import { asRecord } from '../../data/values.js';
import type { CommentValues } from './validate.js';

/**
 * What the form keeps in `localStorage`: the unsent comment per endpoint and post, and, only when the
 * reader asked for it, their name, email and website for next time. Storage can be missing or throw
 * (private windows, storage turned off, a full quota, a sandboxed frame); then nothing is kept and the
 * form works as before.
 */

/** An unsent comment: what was in each field, and whether "save my name..." was ticked. */
export type Draft = Partial<CommentValues> & { remember?: boolean };

/** The reader's details remembered with their consent. */
export type Identity = Partial<Pick<CommentValues, 'name' | 'email' | 'url'>>;

const IDENTITY_KEY = 'news-widgets:identity';
const TEXT_KEYS = ['comment', 'name', 'email', 'url'] as const;

/** One draft per endpoint and article, so two forms on one page, or two articles, keep theirs apart. */
export function draftKey(action: string, postId?: number): string {
  return `news-widgets:draft:${action}#${postId ?? ''}`;
}

function storage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws where storage is blocked.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function readRecord(key: string): Record<string, unknown> | undefined {
  try {
    const text = storage()?.getItem(key);
    return text ? asRecord(JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function writeRecord(key: string, value: object): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked: the comment stays in the form, just not across a reload.
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Blocked storage holds nothing to remove.
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

export function readDraft(key: string): Draft | undefined {
  const record = readRecord(key);
  if (!record) return undefined;
  const draft: Draft = texts(record, TEXT_KEYS);
  if (record.remember === true) draft.remember = true;
  return Object.keys(draft).length > 0 ? draft : undefined;
}

/** Keeps a draft; an empty one is removed instead, so clearing the fields leaves nothing behind. */
export function saveDraft(key: string, draft: Draft): void {
  if (TEXT_KEYS.some((field) => (draft[field] ?? '').trim() !== '')) writeRecord(key, draft);
  else remove(key);
}

export function clearDraft(key: string): void {
  remove(key);
}

export function readIdentity(): Identity | undefined {
  const record = readRecord(IDENTITY_KEY);
  const identity = record ? texts(record, ['name', 'email', 'url']) : {};
  return Object.keys(identity).length > 0 ? identity : undefined;
}

export function rememberIdentity(identity: Identity): void {
  writeRecord(IDENTITY_KEY, { name: identity.name ?? '', email: identity.email ?? '', url: identity.url ?? '' });
}

export function forgetIdentity(): void {
  remove(IDENTITY_KEY);
}
