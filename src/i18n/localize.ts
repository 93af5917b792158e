import { ar } from './ar.js';
import { numberFormat, pluralRules } from './intl.js';
import { fr } from './fr.js';
import { enReading } from './en-reading.js';
import { PACKED_LANGUAGES, type Language } from './languages.js';
import type { Message, MessageKey, MessageOverrides, NewsMessages } from './messages.js';

/** True in the script-tag bundle (set by the build): it carries English only and fetches other languages. */
declare const __NEWS_CDN__: boolean | undefined;

/** The English in hand: every widget's common texts, and each element's own once it has loaded (`addEnglish`). */
const english: Partial<NewsMessages> = { ...enReading };

const catalogs = new Map<string, Partial<NewsMessages>>([['en', english]]);
if (!(typeof __NEWS_CDN__ !== 'undefined' && __NEWS_CDN__)) {
  // Every language of the table has its catalog here (the type says when one is missing).
  const builtIn: Record<Exclude<Language, 'en'>, NewsMessages> = { fr, ar };
  for (const [code, messages] of Object.entries(builtIn)) catalogs.set(code, messages);
}

/** @internal An element's own English texts, added when its code loads (a page without it does not carry them). */
export function addEnglish(messages: Partial<NewsMessages>): void {
  Object.assign(english, messages);
}

/** Adds or replaces a language's catalog for every widget on the page; widgets shown re-render in it. */
export function registerMessages(lang: string, messages: NewsMessages): void {
  catalogs.set(lang.toLowerCase(), messages);
  globalThis.dispatchEvent?.(new CustomEvent('news-configure'));
}

let catalogLoader: ((lang: string) => void) | undefined;
const requested = new Set<string>();

/** @internal The script-tag bundle fetches a built-in language's file the first time a widget needs it. */
export function setCatalogLoader(loader: (lang: string) => void): void {
  catalogLoader = loader;
}

/** The catalog in hand for a language tag (`fr-CA` uses `fr`), if any; asks for a built-in one not loaded yet. */
function ownCatalog(lang: string): Partial<NewsMessages> | undefined {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? '';
  const found = catalogs.get(tag) ?? catalogs.get(base);
  if (!found && catalogLoader && (PACKED_LANGUAGES as readonly string[]).includes(base) && !requested.has(base)) {
    requested.add(base);
    catalogLoader(base);
  }
  return found;
}

/** The catalog for a language tag: `fr-CA` uses `fr`, an unknown language uses English. */
export function catalogFor(lang: string): Partial<NewsMessages> {
  return ownCatalog(lang) ?? english;
}

/**
 * Fills a message: the plural form for `n` is chosen with the rules of `lang`, the language the message is
 * written in; `{name}` placeholders are replaced, numbers written as `numbersLang` writes them (the
 * language in force, which the page's dates and ranks use too: `12,345` in English, `١٢٬٣٤٥` in `ar-EG`).
 */
export function formatMessage(message: Message, lang: string, params: Record<string, string | number> = {}, numbersLang = lang): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const n = typeof params.n === 'number' ? params.n : 0;
    text = message[pluralRules(lang).select(n)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in params)) return match;
    const value = params[name];
    return typeof value === 'number' ? numberFormat(numbersLang).format(value) : String(value);
  });
}

/** A filled message and the language its words are in. */
export interface Localized {
  text: string;
  lang: string;
}

/**
 * Reads messages for one element: overrides first (in the element's language), then its language's catalog,
 * then English. `t(key, params)` is the text; `t.localized(key, params)` the text with the language it came
 * from, whose plural rules chose its form: a Russian page with no Russian catalog says "21 comments".
 */
export function translator(lang: string, overrides: MessageOverrides = {}) {
  const catalog = ownCatalog(lang) ?? {};
  const localized = (key: MessageKey, params?: Record<string, string | number>): Localized => {
    const own = overrides[key] ?? catalog[key];
    const from = own !== undefined ? lang : 'en';
    return { text: formatMessage(own ?? english[key] ?? key, from, params, lang), lang: from };
  };
  return Object.assign((key: MessageKey, params?: Record<string, string | number>): string => localized(key, params).text, { localized });
}

export type Translate = ReturnType<typeof translator>;
