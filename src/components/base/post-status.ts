import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a post takes comments, as the `<news-article>` on the page says: its `news-load` events carry
 * the article, with `postId` and `commentStatus`. The comment widgets for the same post follow it, so a
 * closed discussion says so without a request of its own.
 */
export class PostStatusController implements ReactiveController {
  /** The post's comment status, once an article for it was shown. */
  status?: 'open' | 'closed';

  private readonly _onLoad = (event: Event): void => {
    const article = (event as CustomEvent<{ article?: { postId?: number; commentStatus?: 'open' | 'closed' } }>).detail?.article;
    const postId = this.postId();
    if (!article || postId === undefined || article.postId !== postId || !article.commentStatus) return;
    this.status = article.commentStatus;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly postId: () => number | undefined,
  ) {
    host.addController(this);
  }

  /** Forgets what was said of another post (the host now shows a different one). */
  reset(): void {
    this.status = undefined;
  }

  hostConnected(): void {
    document.addEventListener('news-load', this._onLoad);
  }

  hostDisconnected(): void {
    document.removeEventListener('news-load', this._onLoad);
  }
}
