import { css } from 'lit';

/** What `<popular-news>` adds to the list's styles: large rank numerals and a tighter, boxed look. */
export const popularNewsStyles = css`
  :host {
    --_rank: var(--news-rank-color, var(--_accent));
  }
  .stories {
    gap: 0.75em;
  }
  .layout-list > .item + .item {
    padding-block-start: 0.75em;
  }
  .layout-list > .item,
  .layout-compact > .item {
    grid-template-columns: auto minmax(0, 1fr);
  }
  .layout-list > .item.has-image {
    grid-template-columns: auto calc(var(--_thumb) * 0.6) minmax(0, 1fr);
  }
  .rank {
    min-inline-size: 1.2em;
    color: var(--_rank);
    font-family: var(--_heading-font);
    font-size: 2.25em;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    line-height: 1;
    text-align: center;
  }
  .layout-compact .rank {
    font-size: 1.5em;
  }
  .layout-grid .rank {
    padding: 0.25em 0.5em 0;
    text-align: start;
  }
  .title-link,
  .title-text {
    font-size: 1em;
  }
  .excerpt {
    font-size: 0.9375em;
  }
`;
