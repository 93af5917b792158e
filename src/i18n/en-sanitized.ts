import type { NewsMessages } from './messages.js';

/**
 * English for the widgets that show HTML the sanitizer cleans (`<news-article>`'s body, `<comment-list>`'s
 * comments), added when their code loads: a list of stories never shows it.
 */
export const enSanitized = {
  errorSanitizer: 'This story cannot be shown safely right now: a part of this widget did not load.',
} satisfies Partial<NewsMessages>;
