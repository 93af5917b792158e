/** The normalized shapes every format adapter produces and every widget renders. */

/** An image with what a browser needs to lay it out before it loads. */
export interface NewsImage {
  /** http(s) or relative URL. */
  url: string;
  /** Text alternative; empty string for a decorative image. */
  alt: string;
  width?: number;
  height?: number;
  /** A ready-made `srcset` value (`url 300w, url 1024w`), when the source offers sizes. */
  srcset?: string;
}

export interface NewsPerson {
  name: string;
  url?: string;
  avatar?: string;
}

/** A category or tag. */
export interface NewsTerm {
  name: string;
  url?: string;
  slug?: string;
}

export interface NewsArticle {
  /** Stable id within its source (stringified). */
  id: string;
  /** Canonical link to the article (http(s) or relative). */
  url?: string;
  slug?: string;
  /** Plain text, entity-decoded. Never empty: a fallback is used when the source has none. */
  title: string;
  /** Plain text summary, entity-decoded, no markup. May be empty. */
  excerpt: string;
  /**
   * The article body as the source sent it. It is untrusted HTML: it only reaches the DOM through
   * `renderSanitized` (see `sanitize.ts`).
   */
  bodyHtml: string;
  image?: NewsImage;
  /** First author, for bylines. */
  author?: NewsPerson;
  authors: NewsPerson[];
  /** ISO 8601 date-time strings. */
  published?: string;
  modified?: string;
  categories: NewsTerm[];
  tags: NewsTerm[];
  readingTimeMinutes?: number;
  /** Whether the source accepts comments on this article, where it says so. */
  commentStatus?: 'open' | 'closed';
  /** Numeric post id to send comments to (WordPress `post`). */
  postId?: number;
  commentCount?: number;
  /** Numeric fields a list can rank by (`sort-by`), e.g. `views`, `commentCount`. */
  metrics: Record<string, number>;
  /**
   * The source protects the story with a password (WordPress `content.protected`). Until a reader gives
   * the password, such a source sends no body and no excerpt; with it, the body comes and the flag stays.
   */
  protected?: boolean;
}

export interface NewsComment {
  id: string;
  postId?: number;
  parent?: number;
  authorName: string;
  authorUrl?: string;
  /** Untrusted HTML, like `NewsArticle.bodyHtml`. */
  contentHtml: string;
  date?: string;
  /** `approved`, `hold`, ... as the server said. */
  status: string;
}

/** One page of results and the way to the next. */
export interface NewsPage {
  articles: NewsArticle[];
  /** Absolute URL of the next page, when the source has one. */
  next?: string;
  total?: number;
  totalPages?: number;
}
