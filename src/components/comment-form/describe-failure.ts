import type { NewsError } from '../../data/errors.js';
import { CommentNotConfirmedError } from '../../data/comment-target.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { CommentField } from './validate.js';

/** What to tell the reader about a comment that was not taken. */
export interface SendFailure {
  /** The message for the form's alert. */
  key: MessageKey;
  params?: Record<string, string | number>;
  /** Messages to show next to particular fields. */
  fields?: Partial<Record<CommentField, MessageKey>>;
}

/** WordPress refusals that concern the comment as a whole. */
const REFUSALS: Record<string, MessageKey> = {
  rest_comment_content_invalid: 'serverContentInvalid',
  rest_comment_author_data_required: 'serverAuthorRequired',
  comment_duplicate: 'serverDuplicate',
  comment_flood: 'serverFlood',
  rest_comment_login_required: 'serverLoginRequired',
  rest_comment_closed: 'serverClosed',
  rest_comment_invalid_post_id: 'serverInvalidPost',
  rest_comment_draft_post: 'serverInvalidPost',
  rest_comment_trash_post: 'serverInvalidPost',
  rest_cannot_read_post: 'serverInvalidPost',
  rest_post_invalid_id: 'serverInvalidPost',
};

/** `wp_check_comment_data_max_lengths()` codes, by field. */
const TOO_LONG: Record<string, CommentField> = {
  comment_content_column_length: 'comment',
  comment_author_column_length: 'name',
  comment_author_email_column_length: 'email',
  comment_author_url_column_length: 'url',
};

/** `rest_invalid_param` parameters that belong to a field, and the message that field shows. */
const INVALID_PARAM: Record<string, [CommentField, MessageKey]> = {
  content: ['comment', 'serverContentInvalid'],
  author_name: ['name', 'nameRequired'],
  author_email: ['email', 'emailInvalid'],
  author_url: ['url', 'urlInvalid'],
};

/**
 * Maps a failure to a message: a comment not sent because its classic endpoint is on another origin to
 * "not sent, kept", a 2xx with no sign of a stored comment to "not confirmed, kept", known WordPress
 * codes to their own words, field errors to the field, anything else the server explained to that
 * explanation (as plain text; the classic endpoint's error page included), and everything that never
 * got an answer (offline, timeout, a page instead of JSON, a bare 5xx) to "kept, please try again".
 */
export function describeFailure(error: NewsError): SendFailure {
  if (error instanceof CommentNotConfirmedError) return { key: error.reason === 'cross-origin' ? 'classicCrossOrigin' : 'serverNoEvidence' };
  if (error.code !== 'http') return { key: 'sendFailed' };
  const code = error.serverCode ?? '';
  const whole = REFUSALS[code];
  if (whole) return { key: whole };
  const longField = TOO_LONG[code];
  if (longField) return { key: 'serverTooLong', fields: { [longField]: 'serverFieldTooLong' } };
  if (code === 'rest_invalid_param') {
    const fields: Partial<Record<CommentField, MessageKey>> = {};
    for (const param of error.invalidParams) {
      const known = INVALID_PARAM[param];
      if (known) fields[known[0]] = known[1];
      else if (param === 'post') return { key: 'serverInvalidPost' };
    }
    const count = Object.keys(fields).length;
    if (count > 0) return { key: 'fixErrors', params: { n: count }, fields };
  }
  if (error.serverMessage) return { key: 'serverOther', params: { message: error.serverMessage } };
  return { key: 'sendFailed' };
}
