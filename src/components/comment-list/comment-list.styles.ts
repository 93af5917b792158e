import { css } from 'lit';

/** Threads of `<comment-list>`: replies indented under what they answer, a line down each thread. */
export const commentListStyles = css`
  :host {
    --_avatar: var(--news-avatar-size, 2.5rem);
    --_beside: calc(var(--_avatar) + 0.6em);
    --_indent: var(--news-reply-indent, 1.25rem);
  }
  /* avatars="none": the text starts where the avatar would have been. */
  .no-avatars {
    --_avatar: 0px;
    --_beside: 0px;
  }
  .heading {
    margin: 0 0 0.75em;
    font-family: var(--_heading-font);
    font-size: 1.25em;
    line-height: 1.25;
  }
  .list,
  .replies {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .replies {
    margin-block-start: var(--_gap);
    margin-inline-start: calc(var(--_avatar) / 2);
    padding-inline-start: var(--_indent);
    border-inline-start: 2px solid var(--_border);
  }
  .item {
    min-width: 0;
  }
  /* Very long discussions lay out and paint only the conversations near the viewport, past the 100th: a
     full-page capture (and any visual-regression tool) shows skipped ones as blank boxes, so the first
     hundred are always drawn; below that many, skipping saves nothing measurable. 'auto' remembers each
     one's real height once seen, so scrolling back does not jump. Paint containment clips at the item's
     edge: the clip margin leaves room for a comment's focus ring (2px, 4px out). */
  .list > .item:nth-child(n + 101) {
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
    overflow-clip-margin: 6px;
  }
  .comment {
    min-width: 0;
    border-radius: var(--_radius);
  }
  .comment:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 4px;
  }
  .comment.held {
    padding: 0.75em;
    background: var(--_tint);
    border: 1px dashed var(--_border);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
    min-height: var(--_avatar);
  }
  .avatar {
    flex: none;
    width: var(--_avatar);
    height: var(--_avatar);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_skeleton);
  }
  /* avatars="initials": letters drawn here, nothing requested. */
  span.avatar {
    display: inline-grid;
    place-items: center;
    color: var(--_text);
    background: var(--_tint);
    font-size: calc(var(--_avatar) * 0.4);
    font-weight: 700;
    line-height: 1;
  }
  .author {
    font-weight: 700;
  }
  span.author {
    color: inherit;
  }
  .date,
  .in-reply-to {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .date {
    text-decoration: none;
  }
  .date:hover {
    text-decoration: underline;
  }
  .content {
    margin-block-start: 0.35em;
    margin-inline-start: var(--_beside);
    overflow-wrap: anywhere;
  }
  .content > :first-child {
    margin-block-start: 0;
  }
  .content > :last-child {
    margin-block-end: 0;
  }
  .content img {
    max-width: 100%;
    height: auto;
  }
  .content pre {
    overflow-x: auto;
  }
  .moderation {
    margin: 0.5em 0 0;
    margin-inline-start: var(--_beside);
    color: var(--_muted);
    font-style: italic;
  }
  .reply {
    margin-block-start: 0.35em;
    margin-inline-start: var(--_beside);
    min-height: 2.75rem;
    padding-block: 0.25em;
  }
  .closed {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
  }
  .load-more {
    margin-block-start: var(--_gap);
    width: 100%;
  }
  .sentinel {
    height: 1px;
  }
  .heading-line {
    width: 30%;
    height: 1.5em;
  }
  .skeleton-comment {
    display: grid;
    grid-template-columns: var(--_avatar) minmax(0, 1fr);
    gap: 0.6em;
    margin-block-start: var(--_gap);
    min-height: 6.5rem;
  }
  .skeleton.avatar {
    border-radius: 50%;
  }
  .skeleton.short {
    width: 40%;
  }
`;
