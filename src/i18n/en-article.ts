import type { NewsMessages } from './messages.js';

/** English for `<news-article>` alone (its byline, password form, embeds), added when its code loads. */
export const enArticle = {
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
  /** A story a list's link points at that is not in the list. */
  notFound: 'This story could not be found.',
  protectedStory: 'This story is protected by a password.',
  passwordLabel: 'Password',
  passwordSubmit: 'Read the story',
  passwordWrong: 'That password is not right. Please try again.',
  embedYouTube: 'Watch on YouTube',
  embedVimeo: 'Watch on Vimeo',
  embedOther: 'View the embedded content on {host}',
} satisfies Partial<NewsMessages>;
