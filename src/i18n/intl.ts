/**
 * `Intl` objects, made once per language and options and reused: constructing one costs far more than
 * using it, and a list of a thousand dates must not build a thousand formatters. A malformed language
 * tag falls back to the reader's own locale rather than throwing.
 */
const cache = new Map<string, unknown>();

function memo<T>(Kind: new (locale?: string, options?: object) => T, lang: string, options: object = {}): T {
  const key = `${Kind.name}|${lang}|${JSON.stringify(options)}`;
  let made = cache.get(key) as T | undefined;
  if (made === undefined) {
    try {
      made = new Kind(lang, options);
    } catch {
      made = new Kind(undefined, options);
    }
    cache.set(key, made);
  }
  return made;
}

export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => memo(Intl.DateTimeFormat, lang, options);

export const numberFormat = (lang: string): Intl.NumberFormat => memo(Intl.NumberFormat, lang);

export const pluralRules = (lang: string): Intl.PluralRules => memo(Intl.PluralRules, lang);

export const listFormat = (lang: string, options: Intl.ListFormatOptions): Intl.ListFormat => memo(Intl.ListFormat, lang, options);

let segmenter: Intl.Segmenter | undefined;

/**
 * Latin text without combining marks or carriage returns (ASCII, Latin-1 and Latin Extended letters,
 * general punctuation, line feeds): one grapheme per code unit, so no segmenter is needed.
 */
const SIMPLE = /^[\n\u0020-\u007e\u00a0-\u02ff\u2010-\u2027]*$/;

/**
 * Grapheme segmentation. The segmenter is made on first use, and only for text that needs it: loading its
 * data holds the main thread for tens of milliseconds, which a page of Latin text never pays.
 */
export function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return text.split('');
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}
