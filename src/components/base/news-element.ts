import type { PropertyDeclarations } from 'lit';
import type { FetchOptions } from '../../data/fetch-json.js';
import { finishInputPage } from '../../data/finish.js';
import type { FieldMapping } from '../../data/formats/mapping.js';
import { loadArticles, readArticles, type FormatName, type SourceOptions } from '../../data/load.js';
import type { NewsArticle, NewsPage } from '../../data/model.js';
import { resolveUrl } from '../../config.js';
import { CommentCountController, originOf } from './comment-count.js';
import { DataElement } from './data-element.js';

export type { NewsErrorDetail } from './data-element.js';

/** The data widgets that show articles: their source is read by the format adapters of `src/data/formats`. */
export abstract class NewsElement extends DataElement<NewsPage, FieldMapping> {
  static override properties: PropertyDeclarations = {
    format: {},
  };

  /** Format of the endpoint: `auto` (default), `wordpress`, `ghost`, `json-feed`, `newsapi`, `json-ld`, `rss`, `rdf` or `atom`. */
  format: FormatName | 'auto' = 'auto';

  constructor() {
    super();
    new CommentCountController(this, (postId, site) => this.commentPublished(postId, site));
  }

  /** @internal A comment on post `postId` was published from this page to an endpoint on `site` (an origin; '' when unknown): counts shown of that post go up by one. */
  protected commentPublished(_postId: number, _site: string): void {}

  /** @internal "12 comments" for an article whose source counts them (`added` more published from this page); "200+ comments" where the count is only a lower bound. */
  protected commentCountText(article: NewsArticle, added = 0): string | undefined {
    const n = article.commentCount;
    return n === undefined ? undefined : this.t(article.commentCountIsMinimum ? 'commentsAtLeast' : 'comments', { n: n + added });
  }

  /** @internal Whether a comment published on post `postId` of `site` is one on `article`: the same post, on the site of this widget's source or of the article's link. */
  protected isCommentOn(article: NewsArticle, postId: number, site: string): boolean {
    return article.postId === postId && (!site || site === originOf(article.url) || site === originOf(this.src && resolveUrl(this.src)));
  }

  /** @internal */
  protected override readKey(): unknown[] {
    return [this.format, this.items, this.mapping, this.wantsCommentCounts];
  }

  /** @internal How this widget reads its source: format, item path and mapping. */
  protected sourceOptions(): SourceOptions {
    return {
      format: this.format,
      ...(this.items ? { items: this.items } : {}),
      ...(this.mapping ? { mapping: this.mapping } : {}),
      commentCounts: this.wantsCommentCounts,
    };
  }

  /** @internal Whether this widget shows or ranks by comment counts, so they must be real (a few more requests on WordPress). */
  protected get wantsCommentCounts(): boolean {
    return false;
  }

  protected override readJson(json: unknown): Promise<NewsPage> {
    return readArticles(json, this.sourceOptions());
  }

  protected override loadUrl(url: string, request: FetchOptions): Promise<NewsPage> {
    return loadArticles(url, { ...this.sourceOptions(), ...request });
  }

  protected override finishLocal(input: readonly unknown[]): NewsPage {
    return finishInputPage(input);
  }

  protected override loadDetail(page: NewsPage): unknown {
    return { page, articles: page.articles };
  }

  protected override isEmpty(page: NewsPage): boolean {
    return page.articles.length === 0;
  }
}
