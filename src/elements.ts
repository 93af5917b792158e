import { defineElement } from './components/base/define-element.js';
import { CommentFormElement } from './components/comment-form/comment-form.js';
import { CommentListElement } from './components/comment-list/comment-list.js';
import { NewsArticleElement } from './components/news-article/news-article.js';
import { NewsListElement } from './components/news-list/news-list.js';
import { PopularNewsElement } from './components/popular-news/popular-news.js';

/**
 * Every element of the library: the one list that `news-widgets/define`, the script-tag bundle and the
 * React wrappers are made from (each class knows its tag). The build finds each element's own entry
 * (`src/components/<tag>/define.ts`) by its folder, and a unit test checks both agree.
 */
export const ELEMENTS = [NewsArticleElement, NewsListElement, PopularNewsElement, CommentListElement, CommentFormElement] as const;

/**
 * Registers every element (a tag already taken is left as it is). Each registering entry calls it in its
 * own module, so that the registration stays in that entry's own file of the npm build, which `sideEffects`
 * names, rather than in a shared chunk that bundlers would drop.
 */
export function defineElements(): void {
  for (const element of ELEMENTS) defineElement(element);
}
