/** The script-tag bundle's DOMPurify, fetched only by browsers without the HTML Sanitizer API. */
import DOMPurify from 'dompurify';

(globalThis as { NewsWidgetsPurify?: typeof DOMPurify }).NewsWidgetsPurify = DOMPurify;
