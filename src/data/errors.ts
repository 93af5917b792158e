import { NewsError } from './news-error.js';

export { NewsError };

/** What went wrong, in words a widget can pick a message for. */
export type NewsErrorCode =
  | 'network'
  /** The server answered, but does not let this page read it (no `Access-Control-Allow-Origin` for it). */
  | 'cors'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'unsupported-shape'
  | 'not-found'
  | 'sanitizer-unavailable'
  | 'aborted';

export interface NewsErrorDetails {
  url?: string;
  status?: number;
  /** The server's own message (WordPress `message`, an API `error`), as plain text. */
  serverMessage?: string;
  /** The server's own error code (WordPress `code`). */
  serverCode?: string;
  /** Request parameters the server named as invalid (WordPress `rest_invalid_param` lists them in `data.params`). */
  invalidParams?: readonly string[];
  cause?: unknown;
}

/** Whether a failure is a cancelled request (ours or the platform's `AbortError`), which no widget reports. */
export function isAbort(error: unknown): boolean {
  return (
    (error instanceof NewsError && error.code === 'aborted') ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError')
  );
}
