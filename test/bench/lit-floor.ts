/** The floor for size comparisons: Lit and @lit/task with nothing of ours. */
export { LitElement, css, html, nothing } from 'lit';
export { property, state } from 'lit/decorators.js';
export { Task } from '@lit/task';
