import { defineElement } from '../base/define.js';
import { PopularNewsElement } from './popular-news.js';

defineElement('popular-news', PopularNewsElement);

declare global {
  interface HTMLElementTagNameMap {
    'popular-news': PopularNewsElement;
  }
}
