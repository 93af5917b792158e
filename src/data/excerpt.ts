/** Cutting plain text to a length for teasers: by what a reader sees as characters, at a word boundary. */
import { graphemes } from '../i18n/intl.js';

const ELLIPSIS = '\u2026';
const SPACE = /\s/u;
/** What is left dangling before the ellipsis: spaces and punctuation (`word, …` reads badly). */
const TRAILING = /[\s\p{P}]+$/u;

/**
 * `text` cut to at most `max` characters, the ellipsis included, ending in `…`. A character is a grapheme
 * (an emoji with its modifiers, a letter with its accents), so nothing visible is split. The cut falls on
 * the last space that fits, so no word is cut unless the text has no space to cut at (a single long word,
 * or a script written without spaces); dangling punctuation goes before the ellipsis. Text that fits is
 * returned as it is. The text is plain (already entity-decoded, no markup), so no entity or tag can be cut.
 */
export function truncateText(text: string, max: number): string {
  if (!(max > 0)) return '';
  if (text.length <= max) return text;
  // Only the start matters: segmenting a prefix long enough to hold max + 1 graphemes (almost always
  // a few code units each) keeps long excerpts cheap; a prefix that falls short means look at it all.
  const prefix = text.slice(0, Math.ceil(max) * 4 + 8);
  let chars = graphemes(prefix);
  if (chars.length <= max && prefix.length < text.length) chars = graphemes(text);
  if (chars.length <= max) return text;
  const limit = Math.floor(max) - 1;
  if (limit < 1) return ELLIPSIS;
  const kept = chars.slice(0, limit);
  // A space right after the cut means the cut already falls between words.
  const atBoundary = SPACE.test(chars[limit] ?? '');
  const lastSpace = atBoundary ? limit : findLastSpace(kept);
  const words = lastSpace > 0 ? kept.slice(0, lastSpace).join('') : '';
  const cut = words.replace(TRAILING, '') || kept.join('').replace(TRAILING, '') || kept.join('');
  return `${cut}${ELLIPSIS}`;
}

function findLastSpace(chars: string[]): number {
  for (let i = chars.length - 1; i > 0; i -= 1) if (SPACE.test(chars[i] ?? '')) return i;
  return -1;
}
