/** An element class that knows its tag. */
export type ElementClass = CustomElementConstructor & { readonly tagName: string };

/**
 * Registers a custom element under its tag unless the tag is already taken, so loading the script twice,
 * or the script-tag bundle beside the npm build, never throws. The first definition wins.
 */
export function defineElement(element: ElementClass): void {
  if (!customElements.get(element.tagName)) customElements.define(element.tagName, element);
}
