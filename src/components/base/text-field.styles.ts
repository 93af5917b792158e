import { css } from 'lit';

/**
 * Text boxes (`class="text-field"`): the comment form's fields and the article's password field look and
 * behave alike, in their own shadow roots. The border reaches 3:1 against the page (WCAG 1.4.11), more
 * than the shared hairline gives; `--_danger` is mixed with the text colour, so it stays readable on
 * light and dark pages alike.
 */
export const textFieldStyles = css`
  :host {
    --_field-border: var(--news-field-border, color-mix(in srgb, currentColor 55%, transparent));
    --_field-focus: var(--news-field-focus, currentColor);
    --_danger: var(--news-danger, color-mix(in srgb, #d01c1c 62%, currentColor));
  }
  .text-field {
    min-height: 2.75rem;
    margin: 0;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_field-border);
    border-radius: calc(var(--_radius) / 2);
  }
  /* In the text colour, not the accent: a page whose accent is red would draw the focus ring in the
     colour of an invalid field. */
  .text-field:focus-visible {
    outline: 2px solid var(--_field-focus);
    outline-offset: 1px;
  }
  .text-field[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 0.25em;
  }
`;
