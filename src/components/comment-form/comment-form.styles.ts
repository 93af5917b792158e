import { css } from 'lit';

/** Layout of `<comment-form>`: one column at 320px, name/email/website side by side in a wide column. */
export const commentFormStyles = css`
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
  .text-field {
    width: 100%;
    text-align: start;
  }
  textarea {
    min-height: 8em;
    resize: vertical;
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
