import { css } from 'lit';

/** Layouts of `<news-list>` (and of `<popular-news>`, which adds its ranks on top). */
export const newsListStyles = css`
  :host {
    --_thumb: var(--news-thumb-size, 8rem);
  }
  .root {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 0.75em;
    padding-block-end: 0.35em;
    border-block-end: 2px solid var(--_accent);
    font-family: var(--_heading-font);
    font-size: 1.25em;
    line-height: 1.25;
  }
  .stories {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    align-items: start;
    min-width: 0;
  }
  /* Very long lists (infinite scroll) lay out and paint only the stories near the viewport, past the
     100th: a full-page capture (and any visual-regression tool) shows skipped stories as blank boxes, so
     the first hundred are always drawn; below that many, skipping saves nothing measurable. 'auto'
     remembers each story's real height once seen, so scrolling back does not jump. */
  .stories > .item:nth-child(n + 101) {
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }
  /* Paint containment (those stories) and the grid's cards clip at the item's edge: keep the focus ring inside it. */
  .title-link:focus-visible {
    outline-offset: -2px;
  }
  .layout-list > .item + .item,
  .layout-compact > .item + .item {
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  .layout-list > .item.has-image {
    grid-template-columns: var(--_thumb) minmax(0, 1fr);
  }
  .text {
    min-width: 0;
  }
  .title-link,
  .title-text {
    display: block;
    font-family: var(--_heading-font);
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }
  .title-link {
    color: inherit;
    text-decoration: none;
  }
  /* One link per story, and the whole story is the place to click. */
  .title-link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .title-link:hover,
  .title-link[aria-current='true'] {
    color: var(--_accent);
    text-decoration: underline;
  }
  .excerpt {
    margin: 0.35em 0 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.5em;
    margin: 0.35em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* After each item rather than before the next, so a wrapped line never starts with a dot. */
  .meta > :not(:last-child)::after {
    content: '\\00b7' / '';
    margin-inline-start: 0.5em;
  }
  .thumb {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_tint);
  }

  .layout-grid {
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
  }
  .layout-grid > .item {
    align-content: start;
    gap: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .layout-grid .thumb {
    border-radius: 0;
  }
  .layout-grid .text {
    padding: 0.75em;
  }

  .layout-compact {
    gap: 0.5em;
  }
  .layout-compact > .item + .item {
    padding-block-start: 0.5em;
  }
  .layout-compact .title-link,
  .layout-compact .title-text {
    font-size: 1em;
    font-weight: 600;
  }
  .layout-compact .meta {
    margin-block-start: 0.15em;
  }

  .footer {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
    margin-block-start: var(--_gap);
  }
  .load-more {
    min-inline-size: min(100%, 16rem);
  }
  .load-more[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .more-error {
    align-self: stretch;
  }
  .sentinel {
    block-size: 1px;
  }

  .skeleton.thumb {
    aspect-ratio: 3 / 2;
  }
  .skeleton.title-line {
    width: 75%;
    height: 1.25em;
  }
  .skeleton.meta-line {
    width: 35%;
    height: 0.8em;
  }

  /* A narrow column (a sidebar, a phone): smaller thumbnails, so the titles keep room. */
  @container (max-width: 24rem) {
    .layout-list > .item.has-image {
      grid-template-columns: calc(var(--_thumb) * 0.6) minmax(0, 1fr);
    }
    .title-link,
    .title-text {
      font-size: 1em;
    }
  }
`;
