/**
 * What `.storybook/main.ts` reads to know the pictures of the static build: every module whose sample
 * data asks for demo pictures, then the list of what they asked for. A new module of sample data with
 * pictures goes here too.
 */
import './sample-articles.js';
import './sample-comments.js';
import './sample-lists.js';

export { askedMedia } from './demo-media.js';
