/**
 * Registers a custom element unless the tag is already taken, so loading the script twice, or the
 * script-tag bundle beside the npm build, never throws. The first definition wins.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
