import { ar } from './ar.js';
import { pluralRules } from './intl.js';
import { fr } from './fr.js';
import { enReading } from './en-reading.js';
import type { Message, MessageKey, MessageOverrides, NewsMessages } from './messages.js';

/** True in the script-tag bundle (set by the build): it carries English only and fetches other languages. */
declare const __NEWS_CDN__: boolean | undefined;

/** Languages with a built-in catalog besides English. */
export const BUILT_IN_LANGUAGES = ['fr', 'ar'] as const;

/** The English in hand: every widget's common texts, and each element's own once it has loaded (`addEnglish`). */
const english: Partial<NewsMessages> = { ...enReading };

const catalogs = new Map<string, Partial<NewsMessages>>([['en', english]]);
if (!(typeof __NEWS_CDN__ !== 'undefined' && __NEWS_CDN__)) {
  catalogs.set('fr', fr);
  catalogs.set('ar', ar);
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

/** The catalog for a language tag: `fr-CA` uses `fr`, an unknown language uses English. */
export function catalogFor(lang: string): Partial<NewsMessages> {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? '';
  const found = catalogs.get(tag) ?? catalogs.get(base);
  if (found) return found;
  if (catalogLoader && (BUILT_IN_LANGUAGES as readonly string[]).includes(base) && !requested.has(base)) {
    requested.add(base);
    catalogLoader(base);
  }
  return english;
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Writing direction of a language tag. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** The language in force for an element: its own `lang`, the nearest one up the tree (across shadow roots), or a fallback. */
export function languageOf(element: Element, fallback = 'en'): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return fallback;
}

function pluralForm(lang: string, n: number): Intl.LDMLPluralRule {
  try {
    return pluralRules(lang).select(n);
  } catch {
    // A malformed language tag: fall back to the generic form.
    return 'other';
  }
}

/** Fills a message for a language: picks the plural form for `n`, replaces `{name}` placeholders. */
export function formatMessage(message: Message, lang: string, params: Record<string, string | number> = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const n = typeof params.n === 'number' ? params.n : 0;
    text = message[pluralForm(lang, n)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Reads messages for one element: overrides first, then its language's catalog, then English. */
export function translator(lang: string, overrides: MessageOverrides = {}) {
  const catalog = catalogFor(lang);
  return (key: MessageKey, params?: Record<string, string | number>): string =>
    formatMessage(overrides[key] ?? catalog[key] ?? english[key] ?? key, lang, params);
}

export type Translate = ReturnType<typeof translator>;
