/** The script-tag bundle's DOMPurify, fetched only by browsers without the HTML Sanitizer API. */
import DOMPurify from 'dompurify';

(globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.purify')] = DOMPurify;
