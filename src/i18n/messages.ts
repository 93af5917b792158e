import { enArticle } from './en-article.js';
import { enPaging } from './en-paging.js';
import { enCommentForm } from './en-comment-form.js';
import { enComments } from './en-comments.js';
import { ELEMENT_UNAVAILABLE, enReading } from './en-reading.js';
import { enErrors } from './en-errors.js';
import { enSanitized } from './en-sanitized.js';

/** A message: text with `{name}` placeholders, or plural forms chosen with `Intl.PluralRules`. */
export type Message = string | { one?: string; two?: string; few?: string; many?: string; zero?: string; other: string };

/** Every text a widget shows. A catalog per language; pages override any of them with `.messages`. */
export interface NewsMessages {
  loading: Message;
  retry: Message;
  errorNetwork: Message;
  /** The news source does not let this site show its stories (CORS). */
  errorCors: Message;
  errorTimeout: Message;
  errorHttp: Message;
  errorNotFound: Message;
  errorNotJson: Message;
  errorUnsupported: Message;
  errorSanitizer: Message;
  /** Shown by the script-tag bundle in place of a widget whose element's file could not be loaded. */
  elementUnavailable: Message;
  empty: Message;
  notFound: Message;
  untitled: Message;
  home: Message;
  breadcrumb: Message;
  by: Message;
  published: Message;
  updated: Message;
  readingTime: Message;
  tags: Message;
  categories: Message;
  advertisement: Message;
  loadMore: Message;
  loadingMore: Message;
  end: Message;
  added: Message;
  popular: Message;
  // <news-article>
  comments: Message;
  /** A count the site gave only as a lower bound (more than the widget counted): `{n}` is that bound. */
  commentsAtLeast: Message;
  /** A password-protected story, shown in the body's place until the password is given. */
  protectedStory: Message;
  passwordLabel: Message;
  passwordSubmit: Message;
  /** The site refused the password; the field is empty again for another try. */
  passwordWrong: Message;
  /** Beside a protected story's title in a list. */
  protectedMark: Message;
  /** Links that replace an embedded video or post (`{host}`: the site it is on, e.g. `maps.example.org`). */
  embedYouTube: Message;
  embedVimeo: Message;
  embedOther: Message;
  // <comment-form>
  commentHeading: Message;
  commentLabel: Message;
  nameLabel: Message;
  emailLabel: Message;
  websiteLabel: Message;
  remember: Message;
  submit: Message;
  sending: Message;
  optional: Message;
  required: Message;
  charactersLeft: Message;
  /** The counter once a field is over its limit: `{n}` is the number of characters to delete. */
  charactersOver: Message;
  /** Next to a field that is over its limit: `{n}` is the excess (characters to delete), not the limit. */
  tooLong: Message;
  commentRequired: Message;
  nameRequired: Message;
  emailRequired: Message;
  emailInvalid: Message;
  urlInvalid: Message;
  fixErrors: Message;
  thanks: Message;
  held: Message;
  draftRestored: Message;
  /** The button that removes the name, email and website remembered in this browser. */
  forgetDetails: Message;
  detailsForgotten: Message;
  sendFailed: Message;
  serverContentInvalid: Message;
  serverAuthorRequired: Message;
  serverDuplicate: Message;
  serverFlood: Message;
  serverLoginRequired: Message;
  serverClosed: Message;
  serverInvalidPost: Message;
  serverTooLong: Message;
  serverOther: Message;
  /** A classic WordPress endpoint on another origin: nothing was sent, the text stays in the form. */
  classicCrossOrigin: Message;
  /** The site answered a success without any sign that it stored the comment; the text stays in the form. */
  serverNoEvidence: Message;
  // <comment-form>: a field the server found too long
  serverFieldTooLong: Message;
  // <comment-list>, and the reply state of <comment-form>
  noComments: Message;
  reply: Message;
  replyTo: Message;
  inReplyTo: Message;
  showMoreComments: Message;
  awaitingModeration: Message;
  commentsClosed: Message;
  anonymous: Message;
  replyingTo: Message;
  cancelReply: Message;
}

export type MessageKey = keyof NewsMessages;
export type MessageOverrides = Partial<Record<MessageKey, Message>>;

/** The whole English catalog (the widgets load it in parts: `en-reading.ts`, `en-paging.ts`, `en-article.ts`, `en-comments.ts`,
 * `en-comment-form.ts`, `en-sanitized.ts`, `en-errors.ts`). */
export const en: NewsMessages = { ...enReading, ...enErrors, ...enPaging, ...enArticle, ...enCommentForm, ...enComments, ...enSanitized, elementUnavailable: ELEMENT_UNAVAILABLE };
