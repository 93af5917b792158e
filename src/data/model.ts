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
  /**
   * Stable id within its source (stringified): the source's id, else the url, the slug, or a hash of the
   * content; never a position in a page, so the next page never repeats it. Unique within a page.
   */
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
  /**
   * `commentCount` is a lower bound: the source has at least that many (WordPress lists count up to 200
   * comments among their stories). Show it as "at least" (`200+`).
   */
  commentCountIsMinimum?: true;
  /** Numeric fields a list can rank by (`sort-by`), e.g. `views`, `commentCount`. */
  metrics: Record<string, number>;
  /**
   * The source protects the story with a password (WordPress `content.protected`). Until a reader gives
   * the password, such a source sends no body and no excerpt; with it, the body comes and the flag stays.
   */
  protected?: boolean;
  /**
   * Where the story came from, in a list that reads several sources: the source's name (a link's text, an
   * app's `name`, else the endpoint's host) and its endpoint.
   */
  source?: { name: string; url: string };
}

export interface NewsComment {
  id: string;
  postId?: number;
  /**
   * Id of the comment this one answers, an opaque string like `id` (a number, a UUID, a Firebase key);
   * absent for none (a source's `0` or `""` means none). Every finished comment (fetched, or handed in as
   * `.comments`) carries a string; the type also takes the number an app or older code may write.
   */
  parent?: string | number;
  authorName: string;
  /** The author's site, through the URL policy. */
  authorUrl?: string;
  /** An avatar image, through the URL policy (WordPress: the largest of `author_avatar_urls`). */
  authorAvatar?: string;
  /** Untrusted HTML, like `NewsArticle.bodyHtml`. */
  contentHtml: string;
  /** ISO 8601 date-time. */
  date?: string;
  /** Link to the comment on its site (`…#comment-ID`). */
  url?: string;
  /** `approved`, `hold`, ... as the server said. */
  status: string;
}

/** Comments of one article, in the order asked for, and how many the source says there are. */
export interface CommentPage {
  comments: NewsComment[];
  /** The source's own total (WordPress `X-WP-Total`), when it says. */
  total?: number;
}

/** One page of results and the way to the next. */
export interface NewsPage {
  articles: NewsArticle[];
  /** Absolute URL of the next page, when the source has one. */
  next?: string;
  total?: number;
  totalPages?: number;
}
