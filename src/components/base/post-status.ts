import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Said = { article?: { postId?: number; commentStatus?: 'open' | 'closed' } };

/**
 * What the page's articles have said of each post's comments, kept on the global object under this key
 * by `<news-article>` itself as it tells the page (src/components/news-article/news-article.ts): a comment
 * widget whose code runs after the article has loaded (the script tag loads each element's files on their
 * own, and the article's data may be there first; an app may import the comments' code later) reads it
 * when it is connected. A listener of this module's would miss what was said before this module ran.
 */
const said = (postId: number | undefined): 'open' | 'closed' | undefined =>
  (globalThis as { [key: symbol]: Record<string, 'open' | 'closed'> | undefined })[Symbol.for('news-widgets.post-status')]?.[`${postId}`];

/**
 * Whether a post takes comments, as the `<news-article>` on the page says: its `news-load` events carry
 * the article, with `postId` and `commentStatus`. The comment widgets for the same post follow it, so a
 * closed discussion says so without a request of its own.
 */
export class PostStatusController implements ReactiveController {
  /** The post's comment status, once an article for it was shown. */
  status?: 'open' | 'closed';

  // What is said while the host is on the page, by an article or any other source of the event.
  private readonly _onLoad = (event: Event): void => {
    const article = (event as CustomEvent<Said>).detail?.article;
    if (article?.postId !== undefined && article.postId === this.postId()) this._take(article.commentStatus);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly postId: () => number | undefined,
  ) {
    host.addController(this);
  }

  /** Forgets what was said of another post (the host now shows a different one), and reads what was said of this one. */
  reset(): void {
    this.status = said(this.postId());
  }

  /** @internal */
  private _take(status: 'open' | 'closed' | undefined): void {
    if (!status || status === this.status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('news-load', this._onLoad);
    this._take(said(this.postId()));
  }

  hostDisconnected(): void {
    document.removeEventListener('news-load', this._onLoad);
  }
}
