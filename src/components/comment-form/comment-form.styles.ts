import { css } from 'lit';

/** Layout of `<comment-form>`: one column at 320px, name/email/website side by side in a wide column. */
export const commentFormStyles = css`
  :host {
    /* Text boxes need 3:1 against the page (WCAG 1.4.11), more than the shared hairline border gives. */
    --_field-border: var(--news-field-border, color-mix(in srgb, currentColor 55%, transparent));
    /* Mixed with the text colour, so it stays readable on light and dark pages alike. */
    --_danger: var(--news-danger, color-mix(in srgb, #d01c1c 62%, currentColor));
  }
  .root {
    position: relative;
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 0.75em;
    font-family: var(--_heading-font);
    font-size: 1.25em;
    line-height: 1.25;
  }
  form {
    display: grid;
    gap: var(--_gap);
    margin: 0;
  }
  .identity {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_gap);
  }
  .field {
    display: grid;
    gap: 0.35em;
    align-content: start;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-weight: normal;
    color: var(--_muted);
    font-size: 0.875em;
  }
  input,
  textarea {
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_field-border);
    border-radius: calc(var(--_radius) / 2);
    text-align: start;
  }
  textarea {
    min-height: 8em;
    resize: vertical;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 0.25em;
  }
  input[readonly],
  textarea[readonly] {
    opacity: 0.75;
  }
  .field-error,
  .counter {
    margin: 0;
    font-size: 0.9em;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .counter {
    color: var(--_muted);
    text-align: end;
  }
  .consent {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
  }
  .consent input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin-block-start: 0.15em;
    accent-color: var(--_accent);
  }
  .consent label {
    font-weight: normal;
  }
  .consent .forget {
    margin-inline-start: auto;
  }
  /*
   * The bot trap: above the form and clipped, never display:none (bots skip fields hidden that way).
   * Off-screen upwards, not sideways: a sideways offset makes the page scroll when the form's
   * direction differs from the page's.
   */
  .trap {
    position: absolute;
    top: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The live regions stay in place while empty (a region that appears with its text is often not read). */
  .message {
    margin: 0 0 var(--_gap);
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .message.error {
    border-inline-start-color: var(--_danger);
  }
  .footer {
    display: flex;
    flex-direction: column;
  }
  button[type='submit'] {
    align-self: flex-start;
    font-weight: 600;
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.75;
  }
  @container (max-width: 24rem) {
    button[type='submit'] {
      align-self: stretch;
    }
  }
  .reply-to {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0 0 0.75em;
    font-weight: 600;
  }
`;
