import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { tokenArgTypes, tokensOf, tokenStyle } from './tokens.js';
import { VIEWPORTS } from './viewports.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    viewport: { options: VIEWPORTS },
  },
  // Every story of an element gets a control for each of its documented tokens (from the manifest).
  argTypesEnhancers: [(context) => ({ ...context.argTypes, ...tokenArgTypes(tokensOf(context.component as string | undefined), context.argTypes) })],
  // The tokens set in the controls, on a wrapper the story's elements inherit them from (custom
  // properties cross shadow roots), applied live as they change.
  decorators: [(story, context) => html`<div class="news-tokens" style="display: contents; ${tokenStyle(context.args)}">${story()}</div>`],
  tags: ['autodocs'],
};

export default preview;
