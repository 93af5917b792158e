import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Said = { article?: { postId?: number; commentStatus?: 'open' | 'closed' } };

/**
 * What the page's articles have said of each post's comments, whichever widget is defined yet: a comment
 * widget whose code arrives after the article has loaded (the script tag defines each element in a task of
 * its own, and the article's data may be there first) learns it when it is connected.
 */
const said = new Map<number, 'open' | 'closed'>();

globalThis.document?.addEventListener('news-load', (event) => {
  const article = (event as CustomEvent<Said>).detail?.article;
  if (article?.postId !== undefined && article.commentStatus) said.set(article.postId, article.commentStatus);
});

/**
 * Whether a post takes comments, as the `<news-article>` on the page says: its `news-load` events carry
 * the article, with `postId` and `commentStatus`. The comment widgets for the same post follow it, so a
 * closed discussion says so without a request of its own.
 */
export class PostStatusController implements ReactiveController {
  /** The post's comment status, once an article for it was shown. */
  status?: 'open' | 'closed';

  // After the page-wide listener above (added first, so it has noted the event already).
  private readonly _onLoad = (event: Event): void => {
    const postId = (event as CustomEvent<Said>).detail?.article?.postId;
    if (postId !== undefined && postId === this.postId()) this._read();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly postId: () => number | undefined,
  ) {
    host.addController(this);
  }

  /** Forgets what was said of another post (the host now shows a different one), and reads what was said of this one. */
  reset(): void {
    const postId = this.postId();
    this.status = postId === undefined ? undefined : said.get(postId);
  }

  /** @internal */
  private _read(): void {
    const before = this.status;
    this.reset();
    if (this.status !== before) this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('news-load', this._onLoad);
    this._read();
  }

  hostDisconnected(): void {
    document.removeEventListener('news-load', this._onLoad);
  }
}
