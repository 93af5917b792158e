/**
 * `Intl` objects, made once per language and options and reused: constructing one costs far more than
 * using it, and a list of a thousand dates must not build a thousand formatters. A malformed language
 * tag falls back to the reader's own locale rather than throwing.
 */
const cache = new Map<string, unknown>();

function memo<T>(kind: string, lang: string, options: object, make: (locale: string | undefined) => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let made = cache.get(key) as T | undefined;
  if (made === undefined) {
    try {
      made = make(lang);
    } catch {
      made = make(undefined);
    }
    cache.set(key, made);
  }
  return made;
}

export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memo('date', lang, options, (locale) => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (lang: string): Intl.NumberFormat => memo('number', lang, {}, (locale) => new Intl.NumberFormat(locale));

export const pluralRules = (lang: string): Intl.PluralRules => memo('plural', lang, {}, (locale) => new Intl.PluralRules(locale));

export const listFormat = (lang: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  memo('list', lang, options, (locale) => new Intl.ListFormat(locale, options));

let segmenter: Intl.Segmenter | undefined;

/** Grapheme segmentation, set up on first use (its data is costly to load at start-up). */
export function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}
