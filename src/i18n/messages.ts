/** A message: text with `{name}` placeholders, or plural forms chosen with `Intl.PluralRules`. */
export type Message = string | { one?: string; two?: string; few?: string; many?: string; zero?: string; other: string };

/** Every text a widget shows. A catalog per language; pages override any of them with `.messages`. */
export interface NewsMessages {
  loading: Message;
  retry: Message;
  errorNetwork: Message;
  errorTimeout: Message;
  errorHttp: Message;
  errorNotFound: Message;
  errorNotJson: Message;
  errorUnsupported: Message;
  errorSanitizer: Message;
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
  rank: Message;
  // <news-article>
  comments: Message;
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

export const en: NewsMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  errorNetwork: 'The news could not be loaded. Check your connection and try again.',
  errorTimeout: 'The news source took too long to answer.',
  errorHttp: 'The news source answered with an error ({status}).',
  errorNotFound: 'The news source could not find this (404).',
  errorNotJson: 'The news source sent something that is not news data.',
  errorUnsupported: 'The news source sent data in a shape this widget cannot read.',
  errorSanitizer: 'This story cannot be shown safely right now: a part of this widget did not load.',
  empty: 'No stories to show yet.',
  notFound: 'This story could not be found.',
  untitled: 'Untitled',
  home: 'Home',
  breadcrumb: 'Breadcrumb',
  by: 'By {name}',
  published: 'Published',
  updated: 'Updated {date}',
  readingTime: { one: '{n} min read', other: '{n} min read' },
  tags: 'Tags',
  categories: 'Categories',
  advertisement: 'Advertisement',
  loadMore: 'Load more stories',
  loadingMore: 'Loading more stories…',
  end: 'You have reached the end.',
  added: { one: '{n} more story loaded', other: '{n} more stories loaded' },
  popular: 'Popular News',
  rank: 'Number {n}',
  // <news-article>
  comments: { one: '{n} comment', other: '{n} comments' },
  protectedStory: 'This story is protected by a password.',
  passwordLabel: 'Password',
  passwordSubmit: 'Read the story',
  passwordWrong: 'That password is not right. Please try again.',
  protectedMark: 'Protected',
  embedYouTube: 'Watch on YouTube',
  embedVimeo: 'Watch on Vimeo',
  embedOther: 'View the embedded content on {host}',
  commentHeading: 'Leave a comment',
  commentLabel: 'Comment',
  nameLabel: 'Name',
  emailLabel: 'Email',
  websiteLabel: 'Website',
  remember: 'Save my name, email, and website in this browser for the next time I comment.',
  submit: 'Post comment',
  sending: 'Sending…',
  optional: '(optional)',
  required: '(required)',
  charactersLeft: { one: '{n} character left', other: '{n} characters left' },
  charactersOver: { one: '{n} character too many', other: '{n} characters too many' },
  tooLong: { one: 'This is {n} character too long.', other: 'This is {n} characters too long.' },
  commentRequired: 'Please enter your comment!',
  nameRequired: 'Please enter your name here',
  emailRequired: 'Please enter your email address here',
  emailInvalid: 'You have entered an incorrect email address!',
  urlInvalid: 'Please enter a web address starting with http:// or https://',
  fixErrors: { one: 'Please correct {n} field.', other: 'Please correct {n} fields.' },
  thanks: 'Thank you! Your comment has been published.',
  held: 'Thank you! Your comment is awaiting moderation.',
  draftRestored: 'Your unsent comment was restored.',
  forgetDetails: 'Forget my details',
  detailsForgotten: 'Your name, email and website are no longer saved in this browser.',
  sendFailed: 'Your comment could not be sent. It is kept here; please try again.',
  serverContentInvalid: 'The comment was rejected as empty or invalid. Please check it and try again.',
  serverAuthorRequired: 'This site needs your name and email to post a comment.',
  serverDuplicate: 'It looks as though you have already said that.',
  serverFlood: 'You are posting comments too quickly. Please wait a moment and try again.',
  serverLoginRequired: 'This site only accepts comments from signed-in readers.',
  serverClosed: 'Comments are closed for this story.',
  serverInvalidPost: 'This story does not accept comments.',
  serverTooLong: 'One of the fields is longer than the site allows.',
  serverOther: 'The site did not accept the comment: {message}',
  classicCrossOrigin: 'Your comment was not sent: the news site does not accept comments sent from this page. What you wrote is kept here.',
  serverNoEvidence: 'The site did not confirm that it received your comment. It is kept here; please try again later.',
  // <comment-form>: a field the server found too long
  serverFieldTooLong: 'This is longer than the site allows.',
  noComments: 'No comments yet.',
  reply: 'Reply',
  replyTo: 'Reply to {name}',
  inReplyTo: 'In reply to {name}',
  showMoreComments: 'Show more comments',
  awaitingModeration: 'Your comment is awaiting moderation. Only you can see it, on this page.',
  commentsClosed: 'Comments are closed for this story.',
  anonymous: 'Anonymous',
  replyingTo: 'Replying to {name}',
  cancelReply: 'Cancel reply',
};
