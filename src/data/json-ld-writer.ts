import type { NewsArticle, NewsComment } from './model.js';
import { htmlText } from './values.js';

/**
 * Structured data for search engines: what a widget's content says in schema.org terms, written as the
 * text of a JSON-LD script. Search engines read it from the light DOM, where the widget puts it.
 */

/** schema.org `NewsArticle` for search engines, as the text of a JSON-LD script. */
export function articleJsonLd(article: NewsArticle): string {
  const { url } = article;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // The same `@id` as the comments' script, so search engines read both as one article.
    '@id': url,
    headline: article.title,
    description: article.excerpt || undefined,
    url,
    mainEntityOfPage: url ? { '@type': 'WebPage', '@id': url } : undefined,
    datePublished: article.published,
    dateModified: article.modified ?? article.published,
    author: article.authors.length
      ? article.authors.map((person) => ({ '@type': 'Person', name: person.name, url: person.url }))
      : undefined,
    image: article.image ? [article.image.url] : undefined,
    articleSection: article.categories[0]?.name,
    keywords: article.tags.length ? article.tags.map((tag) => tag.name).join(', ') : undefined,
    commentCount: article.commentCount,
  };
  return scriptText(data);
}

/** How many comments the structured data lists: enough to describe a discussion, not a megabyte of it. */
const MAX_COMMENTS = 100;

/**
 * schema.org `Comment` items of an article's discussion, on the article's `@id` (its URL), so search
 * engines join them to the `NewsArticle` the page describes. Only approved comments are listed.
 */
export function commentsJsonLd(articleUrl: string, comments: readonly NewsComment[], total?: number): string {
  const published = comments.filter((comment) => comment.status === 'approved');
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleUrl,
    url: articleUrl,
    commentCount: total ?? published.length,
    comment: published.slice(0, MAX_COMMENTS).map((comment) => ({
      '@type': 'Comment',
      '@id': comment.url,
      url: comment.url,
      text: htmlText(comment.contentHtml),
      datePublished: comment.date,
      author: comment.authorName ? { '@type': 'Person', name: comment.authorName, url: comment.authorUrl } : undefined,
      parentItem: comment.parent ? { '@id': `${articleUrl}#comment-${comment.parent}` } : undefined,
    })),
  };
  return scriptText(data);
}

/** JSON for a script element: with every `<` escaped, no value can close the element (`</script>`) or open a comment in it. */
export function scriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
