import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Comment counts follow the comments readers publish from the page: each connected widget that shows
 * counts hears every `news-comment` on the document (it bubbles and is composed, so forms in shadow roots
 * are heard too) and is told which post on which site has one more. A held comment changes no public count.
 */
type Published = (postId: number, site: string) => void;

/** The origin of a URL (a relative one against the page), or '' when there is none. */
export function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url, document.baseURI).origin : '';
  } catch {
    return '';
  }
}

/** Calls `published` with the post id and the endpoint's origin ('' when not said) of each comment published on the page. */
export class CommentCountController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly published: Published,
  ) {
    host.addController(this);
  }

  private readonly _onComment = (event: Event): void => {
    const { comment, status, endpoint } = (event as CustomEvent<{ comment?: { postId?: number }; status?: string; endpoint?: string }>).detail ?? {};
    if (status === 'approved' && comment?.postId) this.published(comment.postId, originOf(endpoint));
  };

  hostConnected(): void {
    document.addEventListener('news-comment', this._onComment);
  }

  hostDisconnected(): void {
    document.removeEventListener('news-comment', this._onComment);
  }
}
