import { html, nothing, type TemplateResult } from 'lit';
import type { NewsError, NewsErrorCode } from '../../data/errors.js';
import { enErrors } from '../../i18n/en-errors.js';
import type { MessageKey } from '../../i18n/messages.js';
import { addEnglish, type Translate } from '../../i18n/localize.js';

// Its texts come with it: a page whose widgets never fail does not download them.
addEnglish(enErrors);

/** What the reader is told for each kind of failure. */
const MESSAGES: Record<NewsErrorCode, MessageKey> = {
  network: 'errorNetwork',
  cors: 'errorCors',
  timeout: 'errorTimeout',
  http: 'errorHttp',
  'not-json': 'errorNotJson',
  'unsupported-shape': 'errorUnsupported',
  'not-found': 'notFound',
  'sanitizer-unavailable': 'errorSanitizer',
  aborted: 'errorNetwork',
};

/** A short readable message for an error. */
export function errorMessage(error: NewsError, t: Translate): string {
  if (error.code === 'http' && error.status === 404) return t('errorNotFound');
  return t(MESSAGES[error.code] ?? 'errorUnsupported', { status: error.status ?? '' });
}

/**
 * An error state: what happened, and a "Try again" button only where trying again can help
 * (`NewsError.retryable`): the network, a timeout, a server error, a file that did not load.
 */
export function errorState(error: NewsError, t: Translate, retry: () => void, extraClass = ''): TemplateResult {
  return html`<div class="state error ${extraClass}" part="error" role="alert">
    <p>${errorMessage(error, t)}</p>
    ${error.retryable ? html`<button type="button" part="retry" @click=${retry}>${t('retry')}</button>` : nothing}
  </div>`;
}
