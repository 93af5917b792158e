import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { NewsArticle } from '../../data/model.js';
import { numberFormat } from '../../i18n/intl.js';
import { NewsListElement } from '../news-list/news-list.js';
import { popularNewsStyles } from './popular-news.styles.js';

/**
 * A ranked box of the most read (or most commented) stories: a numbered list with large rank numerals,
 * titles and short teasers. It is `<news-list>` with ranks, so it reads the same sources, takes the same
 * attributes and fires the same events.
 *
 * @tagname popular-news
 * @summary A numbered "Popular News" box, in the source's order or ranked by a numeric field.
 *
 * @attr src - URL of a JSON endpoint (WordPress, Ghost, JSON Feed, NewsAPI, JSON-LD or any JSON with `items` + `mapping`).
 * @attr format - `auto` (default) or the endpoint's format name.
 * @attr items - Dot path to the array of records in JSON of any other shape.
 * @attr mapping - JSON describing where each article field is; its `metrics` feed `sort-by`.
 * @attr loading - `lazy` waits until the box is near the viewport before requesting anything.
 * @attr credentials - `omit` (default), `same-origin` or `include`.
 * @attr timeout - Milliseconds before a request is given up.
 * @attr theme - `light`, `dark` or `auto`; unset, the box inherits the page's colours.
 * @attr no-comment-count - Shows no comment counts (with `sort-by="commentCount"` they are still read, to rank by). Without it, a story whose source counts its comments shows "12 comments" on its meta line (on WordPress, exact, for one more request).
 *
 * @fires {CustomEvent<NewsListLoadDetail>} news-load - The stories arrived: `{ page, articles }` (those shown, ranked).
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The stories could not be loaded: `{ error }` (a `NewsError` with a `code`).
 * @fires {CustomEvent<NewsSelectDetail>} news-select - A story's link was clicked: `{ article }`. Cancelable: `preventDefault()` stops the navigation.
 *
 * @csspart root - The wrapper of every state.
 * @csspart heading - The box's heading ("Popular News" unless `heading` says otherwise).
 * @csspart list - The `<ol>` of stories.
 * @csspart item - One story.
 * @csspart rank - A story's rank number.
 * @csspart image - A story's thumbnail (with `thumbnails`).
 * @csspart title - A story's title, a link to it.
 * @csspart excerpt - A story's teaser.
 * @csspart meta - The line with date, category and author.
 * @csspart source - The name of a story's source, first on its meta line, in a box that reads several sources.
 * @csspart date - A story's date.
 * @csspart category - A story's first category.
 * @csspart author - A story's author.
 * @csspart comments - A story's comment count ("12 comments"), when its source has comments.
 * @csspart load-more - The "Load more stories" button (with `load-more="manual"`).
 * @csspart status - The "Loading more stories…" and "You have reached the end." line.
 * @csspart error - The error message.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The message shown when there are no stories.
 * @csspart skeleton - The placeholder shown while the stories load.
 *
 * @cssprop --news-accent - Rank numbers, links, focus rings (default `#1a5fb4`).
 * @cssprop --news-rank-color - Colour of the rank numbers (default: the accent).
 * @cssprop --news-text - Text colour (default: inherited from the page).
 * @cssprop --news-surface - Background (default: transparent).
 * @cssprop --news-muted - Secondary text: dates, categories, authors.
 * @cssprop --news-border - Separators and borders.
 * @cssprop --news-tint - Background of buttons and messages.
 * @cssprop --news-radius - Corner radius (default `0.5rem`).
 * @cssprop --news-gap - Space between stories (default `1rem`).
 * @cssprop --news-block-gap - Space below the widget, before what follows it on the page; `0` for none (default `1.5rem`).
 * @cssprop --news-font - Font (default: inherited from the page).
 * @cssprop --news-heading-font - Font of the heading, titles and ranks (default: inherited).
 * @cssprop --news-skeleton - Colour of the loading placeholder.
 * @cssprop --news-thumb-size - Width of a thumbnail beside the text (default `8rem`).
 */
export class PopularNewsElement extends NewsListElement {
  /** @internal The tag this element is registered as. */
  static override readonly tagName: string = 'popular-news';

  static override styles = [...NewsListElement.styles, popularNewsStyles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    excerptLength: { type: Number, attribute: 'excerpt-length' },
    heading: {},
    sortBy: { attribute: 'sort-by' },
    sortOrder: { attribute: 'sort-order' },
  };

  /** How many stories to show (default 5). */
  override limit?: number = 5;

  /** Teaser length in characters, cut at a word with an ellipsis (default 80); `0` hides teasers. */
  override excerptLength = 80;

  /** Text of the heading; the localized "Popular News" when unset, none when empty. */
  override heading?: string;

  /** Name of a numeric field to rank by, highest first (e.g. `views`, `commentCount`): the mapping's `metrics`. Unset: the source's order. */
  sortBy?: string;

  /** `desc` (default, highest first) or `asc`. */
  sortOrder: 'asc' | 'desc' = 'desc';

  protected override get ordered(): boolean {
    return true;
  }

  /** Ranked by comments, or showing them: the counts must be real, not the first page WordPress embeds. */
  protected override get wantsCommentCounts(): boolean {
    return this.sortBy === 'commentCount' || super.wantsCommentCounts;
  }

  protected override headingText(): string | undefined {
    return this.heading ?? this.t('popular');
  }

  /** Ranks by `metrics[sortBy]`; stories without that number keep their order after the ranked ones. */
  protected override arrange(articles: NewsArticle[]): NewsArticle[] {
    const field = this.sortBy;
    if (!field) return articles;
    const sign = this.sortOrder === 'asc' ? 1 : -1;
    const value = (article: NewsArticle): number | undefined => {
      const n = article.metrics[field];
      return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
    };
    // Array#sort is stable, so ties keep the source's order.
    return [...articles].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
      return sign * (x - y);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sortBy') || changed.has('sortOrder')) this.rearrange();
  }

  protected override renderLead(_article: NewsArticle, index: number): unknown {
    // For the eye only: the ordered list already tells a screen reader each story's place ("1 of 5").
    return html`<span class="rank" part="rank" aria-hidden="true">${numberFormat(this.language).format(index + 1)}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'popular-news': PopularNewsElement;
  }
}
