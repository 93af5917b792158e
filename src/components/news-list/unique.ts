import type { NewsArticle } from '../../data/model.js';

/** Stories not in `seen` (by id, and by URL: feeds re-issue a story under a new id); their keys are added to it. */
export function unique(articles: readonly NewsArticle[], seen: Set<string>): NewsArticle[] {
  const fresh: NewsArticle[] = [];
  for (const article of articles) {
    const keys = [`id:${article.id}`, ...(article.url ? [`url:${article.url}`] : [])];
    if (keys.some((key) => seen.has(key))) continue;
    keys.forEach((key) => seen.add(key));
    fresh.push(article);
  }
  return fresh;
}
