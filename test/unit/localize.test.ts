import { describe, expect, it, vi } from 'vitest';
import { enArticle } from '../../src/i18n/en-article.js';
import { enPaging } from '../../src/i18n/en-paging.js';
import { enCommentForm } from '../../src/i18n/en-comment-form.js';
import { enComments } from '../../src/i18n/en-comments.js';
import { enReading } from '../../src/i18n/en-reading.js';
import { enErrors } from '../../src/i18n/en-errors.js';
import { enSanitized } from '../../src/i18n/en-sanitized.js';
import { readFileSync } from 'node:fs';
import { addEnglish, catalogFor, formatMessage, registerMessages, translator } from '../../src/i18n/localize.js';
import { directionOf } from '../../src/i18n/tree.js';
import { graphemes } from '../../src/i18n/intl.js';
import { LANGUAGES, PACKED_LANGUAGES } from '../../src/i18n/languages.js';
import { en } from '../../src/i18n/messages.js';

describe('messages', () => {
  it('picks the plural form the language uses', () => {
    const t = translator('en');
    expect(t('comments', { n: 1 })).toBe('1 comment');
    expect(t('comments', { n: 3 })).toBe('3 comments');
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

  it('carries the English of every widget’s common texts at once, and the article’s and each comment widget’s with its code', () => {
    const t = translator('en');
    expect(t('retry')).toBe('Try again');
    // Before a list's paging has loaded, its texts are not in hand either.
    expect(Object.keys(catalogFor('en'))).not.toContain('loadMore');
    // Before <comment-form> has loaded, its texts are not in hand (a key, never an exception).
    expect(Object.keys(catalogFor('en'))).not.toContain('tooLong');
    expect(Object.keys(catalogFor('en'))).not.toContain('passwordLabel');
    addEnglish({ ...enErrors, ...enPaging, ...enArticle, ...enCommentForm, ...enComments, ...enSanitized });
    expect(t('loadMore')).toBe('Load more stories');
    expect(t('added', { n: 3 })).toBe('3 more stories loaded');
    expect(t('readingTime', { n: 1 })).toBe('1 min read');
    expect(t('tooLong', { n: 2 })).toBe('This is 2 characters too long.');
    expect(t('cancelReply')).toBe('Cancel reply');
    // Together the parts are the whole catalog, each text in one part only.
    // Less the text only the script-tag core shows, which it carries itself.
    expect({ ...catalogFor('en'), elementUnavailable: en.elementUnavailable }).toEqual(en);
    const parts = [enReading, enErrors, enPaging, enArticle, enCommentForm, enComments, enSanitized].map((part) => Object.keys(part));
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
    expect(translator('not a tag!')('comments', { n: 2 })).toBe('2 comments');
  });

  it('chooses the plural form with the language the text is written in', () => {
    // No Russian or Polish catalog: English text, so English rules (Russian calls 21 "one", Polish 22 "few").
    expect(translator('ru')('comments', { n: 21 })).toBe('21 comments');
    expect(translator('ru')('comments', { n: 1 })).toBe('1 comment');
    expect(translator('pl')('comments', { n: 22 })).toBe('22 comments');
    expect(translator('ru').localized('comments', { n: 21 })).toEqual({ text: '21 comments', lang: 'en' });
    // The page's own words, in its language's rules.
    const russian = { comments: { one: '{n} комментарий', few: '{n} комментария', many: '{n} комментариев', other: '{n} комментария' } };
    expect(translator('ru', russian)('comments', { n: 21 })).toBe('21 комментарий');
    expect(translator('ru', russian)('comments', { n: 25 })).toBe('25 комментариев');
    expect(translator('ru', russian).localized('comments', { n: 5 }).lang).toBe('ru');
    // French counts 0 as one; the English a French page shows while its catalog loads says "0 comments".
    expect(translator('fr')('comments', { n: 0 })).toBe('0 commentaire');
    expect(formatMessage(en.comments, 'en', { n: 0 }, 'fr')).toBe('0 comments');
  });

  it('writes every number in a message as the language in force does', () => {
    expect(translator('en')('comments', { n: 12345 })).toBe('12,345 comments');
    expect(translator('en')('commentsAtLeast', { n: 1200 })).toBe('1,200+ comments');
    expect(translator('fr')('comments', { n: 12345 })).toBe('12\u202f345 commentaires');
    // Egyptian Arabic uses Arabic-Indic digits, as its dates and ranks do; the digits follow the page even
    // where the words are English.
    expect(translator('ar-EG')('comments', { n: 12 })).toBe('١٢ تعليقًا');
    expect(translator('ar-EG')('errorHttp', { status: 503 })).toBe('ردّ مصدر الأخبار بخطأ (٥٠٣).');
    expect(translator('ru')('comments', { n: 12345 })).toBe('12\u00a0345 comments');
    // Text stays text.
    expect(formatMessage('By {name}', 'en', { name: '12345' }, 'fr')).toBe('By 12345');
  });

  it('knows which languages are written right to left from the locale data, not a list', () => {
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('ckb')).toBe('rtl');
    expect(directionOf('ku')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('not a tag!')).toBe('ltr');
  });

  it('knows the direction from the likely script where the browser has no text info', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const saved = ['getTextInfo', 'textInfo'].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
    for (const [name] of saved) delete proto[name];
    try {
      expect('textInfo' in new Intl.Locale('ar')).toBe(false);
      expect(directionOf('ckb-IQ')).toBe('rtl');
      expect(directionOf('ku-TR')).toBe('ltr');
      expect(directionOf('he-IL')).toBe('rtl');
      expect(directionOf('en-GB')).toBe('ltr');
    } finally {
      for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(proto, name, descriptor);
    }
  });
});

describe('the table of languages', () => {
  it('has a catalog for each language, and the README lists them all', () => {
    for (const code of PACKED_LANGUAGES) expect(catalogFor(code).retry, code).not.toBe(en.retry);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const names = Object.values(LANGUAGES);
    const listed = readme.match(/^Built in: (.+)\.$/m)?.[1];
    expect(listed, 'README: "Built in: English, French, …."').toBe(new Intl.ListFormat('en-GB').format(names));
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
