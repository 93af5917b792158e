import { graphemes } from '../../i18n/intl.js';
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
 * The longest value WordPress takes for each field, in UTF-8 bytes.
 *
 * WordPress 6.1's `wp_check_comment_data_max_lengths()` (wp-includes/comment.php) measures the name and
 * the comment with `mb_strlen($value, '8bit')` and the email and website with `strlen()`: both count
 * bytes, so `é` weighs 2 and `😀` 4. It compares them with `wp_get_comment_fields_max_lengths()`, which
 * reads the `wp_comments` columns and takes 10 off those MySQL sizes in bytes:
 * - comment_content: TEXT, 65535 bytes, minus 10: 65525;
 * - comment_author: TINYTEXT, 255 bytes, minus 10: 245;
 * - comment_author_email: VARCHAR(100): 100 (the column holds 100 characters, but the check counts bytes);
 * - comment_author_url: VARCHAR(200): 200 (likewise).
 * A site may change them with the `wp_get_comment_fields_max_lengths` filter; these are an unfiltered
 * site's.
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

/**
 * Length as WordPress measures it: UTF-8 bytes, so `é` counts 2, most Arabic letters 2, CJK 3 and an
 * emoji 4 or more. Counted without building the bytes (the same count as `TextEncoder`, which turns a
 * lone surrogate into U+FFFD, 3 bytes).
 */
export function byteLength(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit < 0xdc00 && unit >= 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** What is trimmed from the ends of a value before it is sent (`String.prototype.trim`'s white space). */
const isSpace = (character: string): boolean => /^\s+$/.test(character);

/** A character that never joins the one before it when that one is ASCII: not Extend, ZWJ or SpacingMark. */
const STANDS_ALONE = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]/u;
const JOINS_PREVIOUS = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}\u0E33\u0EB3]/u;

/**
 * Whether a character boundary is certain between `text[i - 1]` and `text[i]`, judged from those two
 * alone. After a line feed (or a carriage return not followed by one) there always is one (UAX #29 GB4).
 * After any other ASCII character the only rules that can join are GB9 and GB9a (an Extend, ZWJ or
 * SpacingMark follows), so a letter, digit, punctuation, symbol or space starts a new character. Anything
 * else (emoji sequences, flags, Hangul, Indic conjuncts) may depend on what comes before: not certain.
 */
function certainBoundary(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  if (before === 0x0a) return true;
  if (before === 0x0d) return at !== 0x0a;
  if (before >= 0x80) return false;
  if (at < 0x80) return true;
  const next = String.fromCodePoint(text.codePointAt(i)!);
  return STANDS_ALONE.test(next) && !JOINS_PREVIOUS.test(next);
}

/**
 * The characters (grapheme clusters) at the end of a text, from a certain boundary at or before code unit
 * `from`: splitting a text in characters costs time in proportion to its length (tens of milliseconds for a
 * full comment), so only the end that is needed is split. Without a certain boundary, all of it is.
 */
function lastCharacters(text: string, from: number): string[] {
  for (let i = Math.min(from, text.length - 1); i > 0; i -= 1) {
    if (certainBoundary(text, i)) return graphemes(text.slice(i));
  }
  return graphemes(text);
}

/** How many of the last characters decide the width of "a character" for the counter. */
const SAMPLE = 32;

/**
 * The byte width of the characters being typed: the most common UTF-8 width among the last 32 characters
 * that are not white space (1 for English or French, 2 for Arabic, Hebrew, Greek or Cyrillic, 3 for
 * Chinese or Japanese, 4 for most emoji), the wider one on a tie; 1 for a text with no such character.
 */
export function typicalWidth(text: string): number {
  // An estimate needs no certain boundary: the cut may split the first character of the slice, which is
  // then left out (a run of flags cut mid-pair still pairs up into characters of the same width).
  const from = Math.max(0, text.length - SAMPLE * 8);
  const tail = graphemes(text.slice(from));
  const first = from > 0 ? 1 : 0;
  const counts = new Map<number, number>();
  let seen = 0;
  for (let i = tail.length - 1; i >= first && seen < SAMPLE; i -= 1) {
    const character = tail[i]!;
    if (isSpace(character)) continue;
    seen += 1;
    const width = byteLength(character);
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let typical = 1;
  let most = 0;
  for (const [width, count] of counts) {
    if (count > most || (count === most && width > typical)) {
      typical = width;
      most = count;
    }
  }
  return typical;
}

/**
 * The fewest characters to delete from the end of `text` (already trimmed) so that it loses `excess`
 * bytes, as sent: white space left at the end is trimmed, so it costs nothing, but to delete the
 * character before it the reader deletes it too.
 */
function charactersToDelete(text: string, excess: number): number {
  if (excess <= 0) return 0;
  // Each code unit is at least one byte, so the characters to delete lie within the last `excess` units
  // (and the character that straddles that point).
  const tail = lastCharacters(text, text.length - excess);
  let end = tail.length;
  let removed = 0;
  let count = 0;
  while (end > 0) {
    end -= 1;
    removed += byteLength(tail[end]!);
    count += 1;
    let start = end;
    let trimmed = 0;
    while (start > 0 && isSpace(tail[start - 1]!)) {
      start -= 1;
      trimmed += byteLength(tail[start]!);
    }
    if (removed + trimmed >= excess) return count;
    count += end - start;
    removed += trimmed;
    end = start;
  }
  return count;
}

/** Where a field's value stands against its limit. */
export interface LengthStatus {
  /** UTF-8 bytes of the value as it is sent (trimmed). */
  bytes: number;
  /** The field's limit in bytes. */
  limit: number;
  /** Whether the counter shows: from 90% of the limit on, and over it. */
  near: boolean;
  /**
   * How many more characters like the ones being typed fit (0 when over): the bytes left divided by
   * `typicalWidth`, rounded down. In a text of one width (English, Arabic, Chinese, a row of emoji) it
   * drops by exactly one per character, and is 0 exactly when one more such character would make the
   * value too long. A character of another width takes its share: in French an `é` takes two, in Arabic a
   * space half a letter. No count can drop by one for both `a` and `é` and still be right at the end
   * (two bytes left take two `a` but one `é`), so the count follows the text's usual character rather than
   * the last one typed, which would halve and double it at each accent or space.
   */
  left: number;
  /** How many characters are too many (0 when it fits): the fewest to delete from the end so it fits. */
  over: number;
}

/** Measures a field's value against its limit: bytes for the limit, characters for the reader. */
export function lengthStatus(field: CommentField, value: string): LengthStatus {
  const text = value.trim();
  const limit = FIELD_LIMITS[field];
  const bytes = byteLength(text);
  const near = bytes >= limit * COUNTER_FROM;
  if (bytes > limit) return { bytes, limit, near, left: 0, over: charactersToDelete(text, bytes - limit) };
  return { bytes, limit, near, left: Math.floor((limit - bytes) / typicalWidth(text)), over: 0 };
}

/** How many more characters fit in a field (see `LengthStatus.left`); 0 when it is over the limit. */
export function charactersLeft(field: CommentField, value: string): number {
  return lengthStatus(field, value).left;
}

/** How many characters a field has too many (see `LengthStatus.over`); 0 when it fits. */
export function charactersOver(field: CommentField, value: string): number {
  return lengthStatus(field, value).over;
}

/** Whether the counter should show: the text (as sent) uses the last tenth of the byte limit, or more. */
export function nearLimit(field: CommentField, value: string): boolean {
  return byteLength(value.trim()) >= FIELD_LIMITS[field] * COUNTER_FROM;
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
  const over = charactersOver(field, text);
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
