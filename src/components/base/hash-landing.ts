import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A fragment as text: percent-escapes decoded, or the fragment as written when they are malformed (`#100%`). */
function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/**
 * Landing on a place in a widget from the page's address (`#comment-5`): the page's own fragment
 * navigation does not reach into a shadow root. Reads the fragment against `pattern` (its first group is
 * the id), now with `current()` and on each `hashchange` while the host is on the page. A malformed
 * fragment is no reason to fail: it is read as written, and simply matches nothing.
 */
export class HashLandingController implements ReactiveController {
  private readonly _onHash = (): void => {
    const id = this.current();
    if (id) this.onLand(id);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly pattern: RegExp,
    private readonly onLand: (id: string) => void,
  ) {
    host.addController(this);
  }

  /** The id the page's address points at now, if it matches. */
  current(): string | undefined {
    // A server knows no address (nor its fragment): the browser's first update finds it.
    return this.pattern.exec(decodeFragment(globalThis.location?.hash ?? ''))?.[1];
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this._onHash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this._onHash);
  }
}
