import { css } from 'lit';

/**
 * The article's typography. Sizes are in em so the article scales with the host page's text; the
 * measure stays readable in a wide column and nothing has a minimum width, so it also fits 320px.
 */
export const newsArticleStyles = css`
  :host {
    --_max-width: var(--news-article-max-width, 70ch);
    --_title-size: var(--news-article-title-size, clamp(1.5em, 1.1em + 1.8vw, 2.4em));
    --_body-size: var(--news-article-font-size, 1em);
  }
  article,
  .loading {
    max-width: var(--_max-width);
  }
  /* An article is nearly always taller than the screen: holding a screen's height while it loads keeps
     what follows it on the page from jumping when it arrives. */
  .loading,
  .body.pending {
    min-height: var(--news-article-skeleton-height, 100vh);
  }

  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .breadcrumb li {
    display: flex;
    min-width: 0;
  }
  .breadcrumb li + li::before {
    content: '›' / '';
    margin-inline-end: 0.5em;
  }
  .root[dir='rtl'] .breadcrumb li + li::before {
    content: '‹' / '';
  }
  .breadcrumb li:last-child {
    flex: 1 1 12em;
  }
  .breadcrumb [aria-current] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .title {
    margin: 0 0 0.5em;
    font-family: var(--_heading-font);
    font-size: var(--_title-size);
    line-height: 1.2;
    text-wrap: balance;
  }

  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0 0 1.25em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* After each item rather than before the next, so a wrapped line never starts with a dot. */
  .byline > :not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.75em;
  }

  .hero {
    display: block;
    width: 100%;
    max-width: 100%;
    /* With the width and height attributes, height: auto keeps the image's ratio before it loads. */
    height: auto;
    max-height: 80vh;
    object-fit: cover;
    margin: 0 0 1.5em;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }

  ::slotted([slot='cta']) {
    display: block;
    margin-block: 0 1.5em;
  }
  ::slotted([slot='footer']) {
    display: block;
    margin-block: 1.5em 0;
  }

  .body {
    font-size: var(--_body-size);
    line-height: 1.65;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body :is(p, ul, ol, dl, blockquote, figure, pre, table) {
    margin-block: 0 1em;
  }
  .body :is(h2, h3, h4, h5, h6) {
    margin-block: 1.5em 0.5em;
    font-family: var(--_heading-font);
    line-height: 1.25;
  }
  .body h2 {
    font-size: 1.4em;
  }
  .body h3 {
    font-size: 1.2em;
  }
  .body :is(h4, h5, h6) {
    font-size: 1em;
  }
  .body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .body li + li {
    margin-block-start: 0.25em;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_accent);
    font-style: italic;
  }
  .body figure {
    margin-inline: 0;
  }
  .body figcaption {
    margin-block-start: 0.4em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .body :is(img, video, picture, svg) {
    max-width: 100%;
    height: auto;
  }
  .body :is(pre, table) {
    display: block;
    max-width: 100%;
    overflow-x: auto;
  }
  .body table {
    border-collapse: collapse;
  }
  .body :is(th, td) {
    padding: 0.3em 0.6em;
    border: 1px solid var(--_border);
    text-align: start;
  }
  .body hr {
    border: 0;
    border-block-start: 1px solid var(--_border);
  }
  .excerpt {
    font-size: 1.1em;
  }
  /* An opened protected story takes the focus from the password form; the text itself is no control. */
  .body[tabindex='-1']:focus {
    outline: none;
  }
  .body a.embed-link {
    font-weight: 600;
  }

  .protected {
    display: grid;
    gap: 0.75em;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .protected-message {
    margin: 0;
    font-weight: 600;
  }
  .password {
    display: grid;
    gap: 0.4em;
  }
  .password label {
    font-weight: 600;
  }
  .password-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .password input {
    flex: 1 1 12em;
    min-width: 0;
  }
  .password [aria-busy='true'] button,
  .password button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .password-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }

  .ad {
    margin-block: 1.5em;
    padding-block: 0.5em 1em;
    border-block: 1px solid var(--_border);
    text-align: center;
  }
  .ad[hidden] {
    display: none;
  }
  .ad-label {
    display: block;
    margin-block-end: 0.5em;
    font-size: 0.875em;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.08em;
    color: var(--_muted);
  }

  .terms {
    display: grid;
    gap: 0.75em;
    margin-block: 1.5em 0;
    font-size: 0.9em;
  }
  .term-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .terms-label {
    color: var(--_muted);
  }
  .terms ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .terms li > * {
    display: inline-block;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_tint);
    text-decoration: none;
  }
  .terms a:hover {
    border-color: var(--_accent);
  }

  .loading .skeleton.crumb {
    width: 40%;
    height: 0.875em;
  }
  .loading .skeleton.heading {
    height: 1.8em;
  }
  .loading .skeleton.short {
    width: 65%;
  }
  .loading .skeleton.byline {
    width: 50%;
    margin-block-end: 1.25em;
  }
  .loading .skeleton.media {
    aspect-ratio: 16 / 9;
    margin-block-end: 1.5em;
  }
  .loading .skeleton.end {
    width: 80%;
  }
`;
