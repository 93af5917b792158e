import type { NewsMessages } from './messages.js';

/** English for `<comment-list>`, and for the reply state of `<comment-form>`. */
export const enComments = {
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
} satisfies Partial<NewsMessages>;
