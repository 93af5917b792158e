import type { NewsArticle } from './model.js';

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
  // With every `<` escaped no value can close the script element (`</script>`) or open a comment in it.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
