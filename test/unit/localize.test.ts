import { describe, expect, it, vi } from 'vitest';
import { enCommentForm } from '../../src/i18n/en-comment-form.js';
import { enComments } from '../../src/i18n/en-comments.js';
import { enReading } from '../../src/i18n/en-reading.js';
import { addEnglish, catalogFor, directionOf, formatMessage, registerMessages, translator } from '../../src/i18n/localize.js';
import { graphemes } from '../../src/i18n/intl.js';
import { en } from '../../src/i18n/messages.js';

describe('messages', () => {
  it('picks the plural form the language uses', () => {
    const t = translator('en');
    expect(t('readingTime', { n: 1 })).toBe('1 min read');
    expect(t('added', { n: 1 })).toBe('1 more story loaded');
    expect(t('added', { n: 3 })).toBe('3 more stories loaded');
    // French counts zero as singular; Arabic has dual and few forms.
    expect(translator('fr')('added', { n: 0 })).toBe('0 article de plus chargé');
    expect(translator('ar')('added', { n: 2 })).toBe('تم تحميل خبرين إضافيين');
    expect(translator('ar')('added', { n: 5 })).toBe('تم تحميل 5 أخبار إضافية');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('HTTP {status} from {host}', 'en', { status: 503 })).toBe('HTTP 503 from {host}');
  });

  it('uses the base language for a regional tag and English for an unknown one', () => {
    expect(catalogFor('fr-CA').retry).toBe('Réessayer');
    expect(catalogFor('xx-YY').retry).toBe('Try again');
    expect(catalogFor('xx-YY')).toBe(catalogFor('en'));
  });

  it('carries the English of every widget’s common texts at once, and each comment widget’s with its code', () => {
    const t = translator('en');
    expect(t('loadMore')).toBe('Load more stories');
    // Before <comment-form> has loaded, its texts are not in hand (a key, never an exception).
    expect(Object.keys(catalogFor('en'))).not.toContain('tooLong');
    addEnglish({ ...enCommentForm, ...enComments });
    expect(t('tooLong', { n: 2 })).toBe('This is 2 characters too long.');
    expect(t('cancelReply')).toBe('Cancel reply');
    // Together the parts are the whole catalog, each text in one part only.
    expect({ ...catalogFor('en') }).toEqual(en);
    const parts = [enReading, enCommentForm, enComments].map((part) => Object.keys(part));
    expect(parts.flat().length).toBe(new Set(parts.flat()).size);
  });

  it('lets overrides win over the catalog, with plural forms too', () => {
    const t = translator('fr', { retry: 'Recharger', added: { one: 'un de plus', other: '{n} de plus' } });
    expect(t('retry')).toBe('Recharger');
    expect(t('added', { n: 4 })).toBe('4 de plus');
    expect(t('loading')).toBe('Chargement…');
  });

  it('accepts a new language at run time', () => {
    registerMessages('de', { ...en, retry: 'Erneut versuchen' });
    expect(translator('de-AT')('retry')).toBe('Erneut versuchen');
  });

  it('survives a malformed language tag', () => {
    expect(translator('not a tag!')('readingTime', { n: 2 })).toBe('2 min read');
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});

describe('graphemes', () => {
  it('splits text into what a reader sees as characters, with or without the segmenter', () => {
    expect(graphemes('Café, naïve – “ok”\nyes')).toEqual('Café, naïve – “ok”\nyes'.split(''));
    expect(graphemes('')).toEqual([]);
    // A carriage return and line feed, a letter with a combining accent, an emoji family, a flag: one each.
    expect(graphemes('a\r\nb')).toEqual(['a', '\r\n', 'b']);
    expect(graphemes('e\u0301t\u00e9')).toEqual(['e\u0301', 't', '\u00e9']);
    expect(graphemes('👨‍👩‍👧 🇫🇷')).toEqual(['👨‍👩‍👧', ' ', '🇫🇷']);
    expect(graphemes('مرحبا')).toHaveLength(5);
  });

  it('does not run the segmenter on Latin text, whose characters are its code units', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      graphemes('Plain English text, with “quotes”, dashes – and £10.');
      expect(segment).not.toHaveBeenCalled();
      graphemes('e\u0301');
      expect(segment).toHaveBeenCalledTimes(1);
    } finally {
      segment.mockRestore();
    }
  });
});
