import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells its host when an element comes within `margin` of the viewport: the one way widgets wait for
 * the reader (lazy loading, infinite scroll). `watch()` starts afresh each time it is called with a new
 * element or after `rewatch()`, because an observer only reports changes, and an element that is still
 * in view after a short page would never be reported again. Like Lit's own observer controllers it owns
 * its lifecycle: it stops observing when the host leaves the page and observes its target again when the
 * host is put back (an app moving the widget), so no element has to restart it.
 */
export class NearViewportController implements ReactiveController {
  private _observer?: IntersectionObserver;
  private _target?: Element;

  constructor(
    host: ReactiveControllerHost,
    private readonly margin: string,
    private readonly onNear: () => void,
  ) {
    host.addController(this);
  }

  /** Watches `target` (or nothing); the same target again keeps the current watch. */
  watch(target: Element | undefined): void {
    if (target === this._target && (this._observer || !target)) return;
    this.stop();
    this._target = target;
    this._observe();
  }

  /** Forgets the current target, so the next `watch()` of it reports again if it is already near. */
  rewatch(): void {
    const target = this._target;
    this.stop();
    this.watch(target);
  }

  stop(): void {
    this._disconnect();
    this._target = undefined;
  }

  hostConnected(): void {
    // Put back on the page: a new observer reports the target's position afresh.
    if (this._target && !this._observer) this._observe();
  }

  hostDisconnected(): void {
    // The target is kept, to be observed again when the host is put back.
    this._disconnect();
  }

  private _observe(): void {
    const target = this._target;
    if (!target) return;
    this._observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.onNear();
    }, { rootMargin: this.margin });
    this._observer.observe(target);
  }

  private _disconnect(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
