/** Text helpers shared by the adapters whose sources send plain text where the model wants HTML or display text. */
import { plainText } from '../values.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes the characters that could open markup or close an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Plain text as HTML: one `<p>` per block of text separated by a blank line, white space inside a block
 * folded, every character that could be read as markup escaped. '' when there is no text.
 */
export function textToHtml(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .split(/\r?\n\s*\n/)
    .map((block) => plainText(block))
    .filter((block) => block !== '')
    .map((block) => `<p>${escapeHtml(block)}</p>`)
    .join('');
}
