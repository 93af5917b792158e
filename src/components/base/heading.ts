import { html, nothing, type TemplateResult } from 'lit';

type Draw = (name: string, id: string | undefined, text: unknown) => TemplateResult;

/** One template per level: plain templates cost less than `lit/static-html` and its tag literals. */
const LEVELS: readonly Draw[] = [
  (name, id, text) => html`<h1 id=${id ?? nothing} class=${name} part=${name}>${text}</h1>`,
  (name, id, text) => html`<h2 id=${id ?? nothing} class=${name} part=${name}>${text}</h2>`,
  (name, id, text) => html`<h3 id=${id ?? nothing} class=${name} part=${name}>${text}</h3>`,
  (name, id, text) => html`<h4 id=${id ?? nothing} class=${name} part=${name}>${text}</h4>`,
  (name, id, text) => html`<h5 id=${id ?? nothing} class=${name} part=${name}>${text}</h5>`,
  (name, id, text) => html`<h6 id=${id ?? nothing} class=${name} part=${name}>${text}</h6>`,
];

/**
 * A heading at the level an attribute asks for (`heading-level`), clamped to `lowest`–6 (a level that is
 * not a number is `lowest`), with `name` as its class and part.
 */
export function heading(level: number, text: unknown, name: string, options: { id?: string; lowest?: 1 | 2 } = {}): TemplateResult {
  const lowest = options.lowest ?? 2;
  const clamped = Math.min(6, Math.max(lowest, Math.round(level) || lowest));
  return LEVELS[clamped - 1]!(name, options.id, text);
}
