import type { NewsMessages } from './messages.js';

/**
 * What the script-tag core shows when an element's file could not be loaded: a constant of its own, so the
 * core takes only it; not in `enReading`, since no widget shows it (the full `en` catalog has it).
 */
export const ELEMENT_UNAVAILABLE = 'This content could not be loaded. Please reload the page.';

/**
 * English for what every widget shows (states, errors) and for the story lists (`<news-list>`,
 * `<popular-news>`). The other widgets add theirs when they load (`en-article.ts`, `en-comments.ts`,
 * `en-comment-form.ts`, `en-sanitized.ts`), and so does a list's paging (`en-paging.ts`) and the error state
 * (`en-errors.ts`), so a page without them does not download their texts. The network's error stays here:
 * it is what a widget says when the error state's own file cannot be loaded either.
 */
export const enReading = {
  loading: 'Loading…',
  retry: 'Try again',
  errorNetwork: 'The news could not be loaded. Check your connection and try again.',
  empty: 'No stories to show yet.',
  popular: 'Popular News',
  comments: { one: '{n} comment', other: '{n} comments' },
  commentsAtLeast: { one: '{n}+ comment', other: '{n}+ comments' },
  protectedMark: 'Protected',
} satisfies Partial<NewsMessages>;
