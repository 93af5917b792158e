import type { NewsMessages } from './messages.js';

/**
 * English for the error state, but the network's error (`en-reading.ts`): added when its code loads, which
 * the first failure on a page asks for (src/components/base/error-state.ts).
 */
export const enErrors = {
  errorCors: 'The news source does not allow this site to show its stories.',
  errorTimeout: 'The news source took too long to answer.',
  errorHttp: 'The news source answered with an error ({status}).',
  errorNotFound: 'The news source could not find this (404).',
  errorNotJson: 'The news source sent something that is not news data.',
  errorUnsupported: 'The news source sent data in a shape this widget cannot read.',
} satisfies Partial<NewsMessages>;
