import type { MessageKey } from '../../i18n/messages.js';

/**
 * The rules a comment must pass before it is sent: plain functions with no DOM, so they run (and are
 * tested) in node. They mirror what WordPress checks, so a reader hears about a problem next to the field
 * instead of as a refusal from the server.
 */

/** The fields a reader can fill in, in the order the form shows them. */
export const COMMENT_FIELDS = ['comment', 'name', 'email', 'url'] as const;

export type CommentField = (typeof COMMENT_FIELDS)[number];

/** What the reader typed, one string per field. */
export type CommentValues = Record<CommentField, string>;

/**
 * The longest value WordPress stores for each field (`wp_get_comment_fields_max_lengths()`). WordPress
 * measures them in UTF-8 bytes (`mb_strlen($value, '8bit')`), and so does `textLength` below.
 */
export const FIELD_LIMITS: Readonly<Record<CommentField, number>> = {
  comment: 65525,
  name: 245,
  email: 100,
  url: 200,
};

/** The counter under the comment box shows from this share of the limit on. */
const COUNTER_FROM = 0.9;

/** Which fields are shown and which of them may stay empty. */
export interface FieldRules {
  fields: readonly CommentField[];
  optional: readonly CommentField[];
}

/** A problem with one field: a message key and what to fill it with. */
export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, number>;
}

export type FieldProblems = Partial<Record<CommentField, FieldProblem>>;

const EMPTY_MESSAGE: Record<CommentField, MessageKey> = {
  comment: 'commentRequired',
  name: 'nameRequired',
  email: 'emailRequired',
  url: 'urlInvalid',
};

/**
 * Reads a space-separated list of field names (the `fields` and `optional` attributes); unknown names are
 * ignored, the result keeps the form's order, and `null` gives the fallback.
 */
export function parseFieldList(value: string | null | undefined, fallback: readonly CommentField[]): CommentField[] {
  if (value === null || value === undefined) return [...fallback];
  const named = new Set(value.toLowerCase().split(/[\s,]+/));
  return COMMENT_FIELDS.filter((field) => named.has(field));
}

/**
 * The fields to show: the comment box always (a comment form without one cannot send anything), then
 * whichever of the others the list names.
 */
export function shownFields(value: string | null | undefined): CommentField[] {
  const listed = parseFieldList(value, COMMENT_FIELDS);
  return COMMENT_FIELDS.filter((field) => field === 'comment' || listed.includes(field));
}

/** Length as WordPress measures it: UTF-8 bytes, so `é` counts 2 and most Arabic letters 2. */
export function textLength(value: string): number {
  return new TextEncoder().encode(value).length;
}

/** How much room is left in a field (negative when it is over the limit). */
export function charactersLeft(field: CommentField, value: string): number {
  return FIELD_LIMITS[field] - textLength(value);
}

/** Whether the counter should show: the text is within the last tenth of the limit, or over it. */
export function nearLimit(field: CommentField, value: string): boolean {
  return textLength(value) >= FIELD_LIMITS[field] * COUNTER_FROM;
}

/**
 * The HTML rule for `<input type=email>` (what `validity.typeMismatch` checks), plus a dot in the domain:
 * WordPress's `is_email()` refuses `name@localhost`, so accepting it here would only move the refusal to
 * the server.
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/**
 * An http(s) address. Without a scheme (`example.com`) it needs a dot in the host, as WordPress then adds
 * `http://` itself; a bare word is refused, and the message asks for the `http://` that makes it valid.
 */
export function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  if (hasScheme && !/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(hasScheme ? value : `http://${value}`);
    return hasScheme ? url.hostname !== '' : url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The first problem with one field's value (as it will be sent: trimmed), or undefined when it is fine. */
export function checkField(field: CommentField, value: string, required: boolean): FieldProblem | undefined {
  const text = value.trim();
  if (text === '') return required ? { key: EMPTY_MESSAGE[field] } : undefined;
  const over = -charactersLeft(field, text);
  if (over > 0) return { key: 'tooLong', params: { n: over } };
  if (field === 'email' && !isEmail(text)) return { key: 'emailInvalid' };
  if (field === 'url' && !isWebAddress(text)) return { key: 'urlInvalid' };
  return undefined;
}

/** Every problem in a comment, for the fields that are shown. */
export function checkComment(values: CommentValues, rules: FieldRules): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of rules.fields) {
    const problem = checkField(field, values[field], !rules.optional.includes(field));
    if (problem) problems[field] = problem;
  }
  return problems;
}
