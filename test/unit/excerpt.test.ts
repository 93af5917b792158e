import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateText } from '../../src/data/excerpt.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const visible = (text: string): number => Array.from(segmenter.segment(text)).length;

describe('truncateText', () => {
  it('leaves text that fits as it is', () => {
    expect(truncateText('A short line.', 13)).toBe('A short line.');
    expect(truncateText('A short line.', 160)).toBe('A short line.');
    expect(truncateText('', 10)).toBe('');
  });

  it('cuts at the last word boundary that fits and ends with an ellipsis', () => {
    expect(truncateText('The ferry crossing will take fourteen minutes', 20)).toBe('The ferry crossing…');
    expect(truncateText('The ferry crossing will take fourteen minutes', 24)).toBe('The ferry crossing will…');
  });

  it('keeps a word that ends exactly where the cut falls', () => {
    // 19 characters kept + the ellipsis: "The ferry crossing " ends on a space, "crossing" is whole.
    expect(truncateText('The ferry crossing will', 19)).toBe('The ferry crossing…');
    expect(truncateText('Harbour wall repair approved', 20)).toBe('Harbour wall repair…');
  });

  it('trims punctuation and spaces left before the ellipsis', () => {
    expect(truncateText('Council votes, harbour wall to be rebuilt', 18)).toBe('Council votes…');
    expect(truncateText('Results are in: rowers take gold', 19)).toBe('Results are in…');
    expect(truncateText('Wait... there is more to this story', 12)).toBe('Wait…');
  });

  it('never splits an emoji, a flag or a letter with its accent', () => {
    expect(truncateText('🚢🚢🚢🚢🚢🚢', 4)).toBe('🚢🚢🚢…');
    expect(truncateText('🇬🇧🇫🇷🇩🇪🇪🇸', 3)).toBe('🇬🇧🇫🇷…');
    expect(truncateText('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 2)).toBe('👩‍👩‍👧‍👦…');
    const accented = 'e\u0301'.repeat(10);
    expect(truncateText(accented, 5)).toBe(`${'e\u0301'.repeat(4)}…`);
  });

  it('cuts a single long word, or a script without spaces, at a character', () => {
    expect(truncateText('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(truncateText('港口的新渡轮将于周一开始运营', 6)).toBe('港口的新渡…');
  });

  it('gives nothing for a length of zero or less, and only the ellipsis for one', () => {
    expect(truncateText('Anything at all', 0)).toBe('');
    expect(truncateText('Anything at all', -3)).toBe('');
    expect(truncateText('Anything at all', 1)).toBe('…');
  });

  it('works in right-to-left scripts', () => {
    expect(truncateText('صوّت المجلس على إعادة بناء جدار الميناء', 20)).toBe('صوّت المجلس على…');
  });

  it('always fits the limit, ends in an ellipsis when cut, and keeps whole words when it can', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '😀', '👍🏽', ',', '.'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 80 }), (words, max) => {
        const text = words.join(' ');
        const out = truncateText(text, max);
        expect(visible(out)).toBeLessThanOrEqual(max);
        if (visible(text) <= max) {
          expect(out).toBe(text);
          return;
        }
        expect(out.endsWith('…')).toBe(true);
        const body = out.slice(0, -1);
        expect(text.startsWith(body)).toBe(true);
        // When a space with a real word before it fits, the cut ends a word: only punctuation, then a
        // space, follows it in the text.
        const fits = Array.from(segmenter.segment(text), (s) => s.segment).slice(0, max - 1);
        const lastSpace = fits.lastIndexOf(' ');
        if (lastSpace > 0 && /[^\s\p{P}]/u.test(fits.slice(0, lastSpace).join(''))) {
          expect(text.slice(body.length)).toMatch(/^\p{P}*\s/u);
        }
      }),
    );
  });

  it('never separates a combining accent from its letter, in long text too', () => {
    const decomposed = 'Cafe\u0301 '.repeat(200);
    const cut = truncateText(decomposed, 12);
    expect(cut.endsWith('\u2026')).toBe(true);
    expect(cut.replace('\u2026', '').endsWith('e')).toBe(false);
  });
});
