import { NewsError, type NewsErrorCode, type NewsErrorDetails } from './errors.js';

/*
 * What a comment form needs of comment sending before anything is sent: the parent id rule, the time limit
 * and the error a form may show. The sending itself (`send-comment.ts`, which re-exports these) loads when a
 * reader starts a comment, so pages whose readers never write one do not download it.
 */

/** The id of the comment replied to: opaque, a string or a number. */
export type CommentParentId = string | number;

/** Whether a parent id names no comment: unset, empty, or WordPress's `0`. */
export function isNoParent(parentId: CommentParentId | null | undefined): boolean {
  return parentId === undefined || parentId === null || String(parentId).trim() === '' || String(parentId).trim() === '0';
}

export const SEND_TIMEOUT = 15_000;

/** Why a comment is not known to be stored. */
export type NotConfirmedReason = 'cross-origin' | 'no-evidence';

/**
 * A comment the widget cannot say was stored, so the reader keeps it: `cross-origin`, not sent at all
 * (a classic endpoint on another origin than the page, whose answer the browser would hide; code
 * `network`, not retryable), or `no-evidence`, sent but answered with no sign of a stored comment (a
 * 2xx without one: code `not-json` or `unsupported-shape`).
 */
export class CommentNotConfirmedError extends NewsError {
  readonly reason: NotConfirmedReason;

  constructor(reason: NotConfirmedReason, code: NewsErrorCode, message: string, details: NewsErrorDetails = {}) {
    super(code, message, details);
    this.reason = reason;
  }

  /** Sending again from the same page cannot work across origins. */
  override get retryable(): boolean {
    return this.reason !== 'cross-origin' && super.retryable;
  }
}
