/** The events the widgets fire. Every one bubbles and crosses shadow roots, so a page can listen anywhere above. */
export type NewsEventName = 'news-load' | 'news-error' | 'news-select' | 'news-comment' | 'news-reply';

/**
 * Fires a widget event: the one place that decides how they are built. Returns false when a listener
 * called `preventDefault()` on a cancelable event.
 */
export function emit<Detail>(target: EventTarget, name: NewsEventName, detail: Detail, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
