import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells its host when an element comes within `margin` of the viewport: the one way widgets wait for
 * the reader (lazy loading, infinite scroll). `watch()` starts afresh each time it is called with a new
 * element or after `rewatch()`, because an observer only reports changes, and an element that is still
 * in view after a short page would never be reported again.
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
    if (target === this._target) return;
    this.stop();
    this._target = target;
    if (!target) return;
    this._observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.onNear();
    }, { rootMargin: this.margin });
    this._observer.observe(target);
  }

  /** Forgets the current target, so the next `watch()` of it reports again if it is already near. */
  rewatch(): void {
    const target = this._target;
    this.stop();
    this.watch(target);
  }

  stop(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._target = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
