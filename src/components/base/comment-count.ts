import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Comment counts follow the comments readers publish from the page: one listener on the document hears
 * every `news-comment` (it bubbles and is composed, so forms in shadow roots are heard too), and tells
 * each connected widget that shows counts which post on which site has one more. A held comment changes
 * no public count.
 */
type Published = (postId: number, site: string) => void;

const widgets = new Set<Published>();

/** The origin of a URL (a relative one against the page), or '' when there is none. */
export function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url, document.baseURI).origin : '';
  } catch {
    return '';
  }
}

function onComment(event: Event): void {
  const { comment, status, endpoint } = (event as CustomEvent<{ comment?: { postId?: number }; status?: string; endpoint?: string }>).detail ?? {};
  const postId = comment?.postId;
  if (status !== 'approved' || !postId) return;
  for (const published of widgets) published(postId, originOf(endpoint));
}

/** Calls `published` with the post id and the endpoint's origin ('' when not said) of each comment published on the page. */
export class CommentCountController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly published: Published,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    widgets.add(this.published);
    // The same listener twice is one listener.
    document.addEventListener('news-comment', onComment);
  }

  hostDisconnected(): void {
    widgets.delete(this.published);
    if (widgets.size === 0) document.removeEventListener('news-comment', onComment);
  }
}
