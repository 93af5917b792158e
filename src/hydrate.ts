/**
 * `news-widgets/hydrate`: import it before the elements on a page whose widgets a server drew
 * (`news-widgets/ssr`). It installs Lit's hydration support, so that each widget takes over the content the
 * server drew (the same DOM, kept) instead of drawing it again. Without it a server-drawn widget still works:
 * it draws its content afresh when it upgrades.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, render } from 'lit';

type HydrateSupport = (classes: { LitElement: typeof LitElement }) => void;
type Update = (this: LitElement, changed: Map<PropertyKey, unknown>) => void;

// Lit installs the support itself when it is evaluated after it; a bundle that put Lit first leaves it to
// us (the support gives LitElement an `observedAttributes` of its own: installed once, never twice).
if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}

/**
 * What the server drew can only be taken over by the very templates that drew it: another release of
 * news-widgets (the page's script and the server's package apart), or page-wide defaults the server did not
 * know (`configure()` in the page), draw it with others, and Lit refuses. Such a widget is then drawn afresh
 * (its content replaced, its styles kept) rather than left broken.
 */
const prototype = LitElement.prototype as unknown as { update: Update };
const hydrateOrDraw = prototype.update;
prototype.update = function (this: LitElement, changed) {
  try {
    hydrateOrDraw.call(this, changed);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('Hydration')) throw error;
    console.warn(`news-widgets: <${this.localName}> was drawn on the server otherwise than this page draws it (another release of news-widgets, or other page-wide defaults); it is drawn again.`, error);
    const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
    for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
    delete root._$litPart$;
    render((this as unknown as { render(): unknown }).render(), root, this.renderOptions);
  }
};
