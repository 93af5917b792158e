import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { partsOf } from '../.storybook/tokens.js';

/** The class of the wrapper the parts are styled in. */
const SCOPE = 'news-styled-parts';

/**
 * A story decorator that styles every shadow part an element documents (from `custom-elements.json`)
 * with `::part()`, each with an outline of its own colour, and lists the parts with their colours: a live
 * example of what a publisher's stylesheet can reach. Parts of other states (an error, the loading
 * placeholder) show in those states' stories. The styles reach only this story's elements (inside its
 * own wrapper), so a Docs page that shows every story of the element outlines nothing else.
 */
export function styledParts(tag: string): Decorator {
  const parts = partsOf(tag);
  const hue = (index: number): number => Math.round((index * 360) / Math.max(parts.length, 1));
  const css = parts
    .map((part, index) => `:where(.${SCOPE}) ${tag}::part(${part.name}) { outline: 2px dashed hsl(${hue(index)} 75% 38%); outline-offset: 1px; }`)
    .join('\n');
  return (story) => html`<div class=${SCOPE}>
    <style>
      ${css}
    </style>
    ${story()}
    <h2 style="font-size: 1rem; margin: 2rem 0 0.5rem">Parts of &lt;${tag}&gt;</h2>
    <ul style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); gap: 0.4rem 1.5rem; margin: 0; padding: 0; list-style: none; font-size: 0.875rem">
      ${parts.map(
        (part, index) =>
          html`<li style="display: flex; gap: 0.5rem; align-items: baseline">
            <span style="flex: none; width: 1.5rem; border-top: 2px dashed hsl(${hue(index)} 75% 38%)" aria-hidden="true"></span>
            <span><code>::part(${part.name})</code>: ${part.description.replaceAll("`", "")}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}
