import { css } from 'lit';

/**
 * Styles every widget shares. Public `--news-*` properties are read once here into private `--_*` ones,
 * always with a literal fallback, so a widget looks right on a page that defines none of them. By default
 * text inherits the page's font and colour and every tint is mixed from `currentColor`, so a widget blends
 * into light and dark pages alike; `theme="light|dark|auto"` gives it its own surface instead.
 */
export const sharedStyles = css`
  :host {
    --_accent: var(--news-accent, #1a5fb4);
    --_text: var(--news-text, inherit);
    --_surface: var(--news-surface, transparent);
    --_muted: var(--news-muted, color-mix(in srgb, currentColor 68%, transparent));
    --_border: var(--news-border, color-mix(in srgb, currentColor 18%, transparent));
    --_tint: var(--news-tint, color-mix(in srgb, currentColor 6%, transparent));
    --_radius: var(--news-radius, 0.5rem);
    --_gap: var(--news-gap, 1rem);
    --_font: var(--news-font, inherit);
    --_heading-font: var(--news-heading-font, inherit);
    --_skeleton: var(--news-skeleton, color-mix(in srgb, currentColor 10%, transparent));
    display: block;
    box-sizing: border-box;
    min-width: 0;
    /* Space before what follows on the page (a heading, the next widget): the page may set it, or 0. */
    margin-block-end: var(--news-block-gap, 1.5rem);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: break-word;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(theme-light)) {
    color-scheme: light;
    --_text: var(--news-text, #1b1b1f);
    --_surface: var(--news-surface, #ffffff);
    --_accent: var(--news-accent, #1a5fb4);
  }
  :host(:state(theme-dark)) {
    color-scheme: dark;
    --_text: var(--news-text, #e6e6ea);
    --_surface: var(--news-surface, #16171b);
    --_accent: var(--news-accent, #8ab4f8);
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(theme-auto)) {
      color-scheme: dark;
      --_text: var(--news-text, #e6e6ea);
      --_surface: var(--news-surface, #16171b);
      --_accent: var(--news-accent, #8ab4f8);
    }
  }
  @media (prefers-color-scheme: light) {
    :host(:state(theme-auto)) {
      color-scheme: light;
      --_text: var(--news-text, #1b1b1f);
      --_surface: var(--news-surface, #ffffff);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: inherit;
    background: var(--_tint);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    min-height: 2.75rem;
  }
  button:hover {
    border-color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .state {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .state p {
    margin: 0 0 0.75em;
  }
  .state p:last-child {
    margin-bottom: 0;
  }
  .skeleton {
    display: block;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
    animation: news-pulse 1.4s ease-in-out infinite;
  }
  .skeleton.line {
    height: 1em;
    margin: 0.5em 0;
  }
  @keyframes news-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
