import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { attributeArgTypes } from './attributes.js';
import { tokenArgTypes, tokensOf, tokenStyle } from './tokens.js';
import { VIEWPORTS } from './viewports.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: { options: VIEWPORTS },
  },
  // Every story of an element gets a control for each of its attributes, of the kind its type calls for,
  // and for each of its documented tokens (both from the manifest).
  argTypesEnhancers: [
    (context) => {
      const tag = context.component as string | undefined;
      const argTypes = attributeArgTypes(tag, context.argTypes);
      return { ...argTypes, ...tokenArgTypes(tokensOf(tag), argTypes) };
    },
  ],
  // The tokens set in the controls, on a wrapper the story's elements inherit them from (custom
  // properties cross shadow roots), applied live as they change.
  decorators: [(story, context) => html`<div class="news-tokens" style="display: contents; ${tokenStyle(context.args)}">${story()}</div>`],
  tags: ['autodocs'],
};

export default preview;
