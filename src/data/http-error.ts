import { NewsError } from './errors.js';
import { parseJsonText, type HttpResponse } from './http.js';
import { asRecord, getPath, htmlText } from './values.js';

/**
 * Reading a refusal (an HTTP status other than 2xx) for the server's own code and message: a module of its
 * own, which the widgets load only when a server refuses them (`fetch-json.ts`), so a page whose requests
 * succeed does not download it.
 */

/**
 * A refusal, read the WordPress way (`{code, message, data: {params}}`), the NewsAPI way
 * (`{status: 'error', code, message}`) or the usual API ways (`{error: '...'}`, `{error: {message, code}}`).
 */
export function httpError(response: HttpResponse): NewsError {
  const { status, statusText, url } = response;
  let body: Record<string, unknown> | undefined;
  try {
    body = asRecord(parseJsonText(response.text, url));
  } catch {
    body = undefined;
  }
  const serverMessage = (htmlText(body?.message) || htmlText(body?.error) || htmlText(getPath(body, 'error.message'))).slice(0, 300);
  const serverCode = htmlText(body?.code) || htmlText(getPath(body, 'error.code'));
  const invalidParams = Object.keys(asRecord(getPath(body, 'data.params')) ?? {});
  const summary = `HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${url}`;
  return new NewsError('http', serverMessage ? `${summary}: ${serverMessage}` : summary, { url, status, serverMessage, serverCode, invalidParams });
}
