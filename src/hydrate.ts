/**
 * `news-widgets/hydrate`: import it before the elements on a page whose widgets a server drew
 * (`news-widgets/ssr`). It installs Lit's hydration support, so that each widget takes over the content the
 * server drew (the same DOM, kept) instead of drawing it again. Without it a server-drawn widget still works:
 * it draws its content afresh when it upgrades.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateSupport = (classes: { LitElement: typeof LitElement }) => void;

// Lit installs the support itself when it is evaluated after it; a bundle that put Lit first leaves it to
// us (the support gives LitElement an `observedAttributes` of its own: installed once, never twice).
if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}
