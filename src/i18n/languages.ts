/**
 * The languages built in, by code: what the catalogs (`src/i18n/<code>.ts`, exporting `<code>`), the
 * script-tag build's language files (`news-widgets.<code>.js`, for every language but English) and the
 * README's list come from. Adding a language: an entry here and its catalog file.
 */
export const LANGUAGES = {
  en: 'English',
  fr: 'French',
  ar: 'Arabic',
} as const;

export type Language = keyof typeof LANGUAGES;

/** The languages other than English: each has a catalog file and, in the script-tag build, a file of its own. */
export const PACKED_LANGUAGES = (Object.keys(LANGUAGES) as Language[]).filter((code): code is Exclude<Language, 'en'> => code !== 'en');
