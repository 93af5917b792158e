import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Widgets follow the page: page-wide defaults set by `configure()` (or a catalog that arrives later) and
 * `lang`/`dir` changes anywhere in the document are watched once for the whole page, by one listener and
 * one observer, and every connected widget is asked to update. A widget works out in its update what the
 * change means for it (its own attributes win), so nothing is watched per widget.
 */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const host of hosts) host.requestUpdate();
}

function start(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  globalThis.addEventListener('news-configure', refreshAll);
}

function stop(): void {
  observer?.disconnect();
  observer = undefined;
  globalThis.removeEventListener('news-configure', refreshAll);
}

/** Keeps its host in step with the page's defaults and languages while it is connected. */
export class PageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    start();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) stop();
  }
}
