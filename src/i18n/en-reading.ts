import type { NewsMessages } from './messages.js';

/**
 * What the script-tag core shows when an element's file could not be loaded: a constant of its own, so the
 * core takes only it; not in `enReading`, since no widget shows it (the full `en` catalog has it).
 */
export const ELEMENT_UNAVAILABLE = 'This content could not be loaded. Please reload the page.';

/**
 * English for what every widget shows (states, errors) and for the readers' widgets (`<news-article>`,
 * `<news-list>`, `<popular-news>`). The comment widgets add theirs when they load (`en-comments.ts`,
 * `en-comment-form.ts`), so a page without them does not download their texts.
 */
export const enReading = {
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
  // <news-article>
  comments: { one: '{n} comment', other: '{n} comments' },
  commentsAtLeast: { one: '{n}+ comment', other: '{n}+ comments' },
  protectedStory: 'This story is protected by a password.',
  passwordLabel: 'Password',
  passwordSubmit: 'Read the story',
  passwordWrong: 'That password is not right. Please try again.',
  protectedMark: 'Protected',
  embedYouTube: 'Watch on YouTube',
  embedVimeo: 'Watch on Vimeo',
  embedOther: 'View the embedded content on {host}',
} satisfies Partial<NewsMessages>;
