import type { NewsMessages } from './messages.js';

/** English for a list's further pages (its button, status and announcements), added when its paging loads. */
export const enPaging = {
  loadMore: 'Load more stories',
  loadingMore: 'Loading more stories…',
  end: 'You have reached the end.',
  added: { one: '{n} more story loaded', other: '{n} more stories loaded' },
} satisfies Partial<NewsMessages>;
