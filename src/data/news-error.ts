import type { NewsErrorCode, NewsErrorDetails } from './errors.js';

const RETRYABLE_CODES = new Set<NewsErrorCode>(['network', 'timeout', 'sanitizer-unavailable']);
/** Request Timeout, Too Early, Too Many Requests: the same request may be answered later. */
const RETRYABLE_STATUS = new Set([408, 425, 429]);

/** The one error type the data layer throws; `code` says which kind of failure it is. */
export class NewsError extends Error {
  override readonly name = 'NewsError';
  readonly code: NewsErrorCode;
  readonly url?: string;
  readonly status?: number;
  readonly serverMessage?: string;
  readonly serverCode?: string;
  readonly invalidParams: readonly string[];

  constructor(code: NewsErrorCode, message: string, details: NewsErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.url !== undefined) this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    if (details.serverMessage) this.serverMessage = details.serverMessage;
    if (details.serverCode) this.serverCode = details.serverCode;
    this.invalidParams = details.invalidParams ?? [];
  }

  /**
   * Whether trying the same thing again may work: the network, a slow or overloaded server, a file that
   * did not load. Not when the data itself is wrong (an unreadable shape, a 400 or 404).
   */
  get retryable(): boolean {
    if (this.code === 'http') return (this.status ?? 500) >= 500 || RETRYABLE_STATUS.has(this.status ?? 0);
    return RETRYABLE_CODES.has(this.code);
  }
}
