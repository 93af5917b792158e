/** What went wrong, in words a widget can pick a message for. */
export type NewsErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'unsupported-shape'
  | 'not-found'
  | 'aborted';

export interface NewsErrorDetails {
  url?: string;
  status?: number;
  /** The server's own message (WordPress `message`, an API `error`), as plain text. */
  serverMessage?: string;
  /** The server's own error code (WordPress `code`). */
  serverCode?: string;
  cause?: unknown;
}

/** The one error type the data layer throws; `code` says which kind of failure it is. */
export class NewsError extends Error {
  override readonly name = 'NewsError';
  readonly code: NewsErrorCode;
  readonly url?: string;
  readonly status?: number;
  readonly serverMessage?: string;
  readonly serverCode?: string;

  constructor(code: NewsErrorCode, message: string, details: NewsErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.url !== undefined) this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    if (details.serverMessage) this.serverMessage = details.serverMessage;
    if (details.serverCode) this.serverCode = details.serverCode;
  }

  /** Whether trying the same request again may work (it is not the data's fault). */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'timeout' || (this.code === 'http' && (this.status ?? 500) >= 500);
  }
}

export function isAbort(error: unknown): boolean {
  return (
    (error instanceof NewsError && error.code === 'aborted') ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError')
  );
}
