/**
 * Run first by every file the script-tag core loads (each element's, the data API's): points this copy's
 * sanitizer and message catalogs at the files beside the core (DOMPurify, language packs), which the core
 * loads, takes every catalog registered on the page so far (by the page or a language file) and those to
 * come. (Its `NewsError` and page-wide defaults are the core's: src/cdn-from-core.ts.) A function, called by
 * each entry, so that no bundler can drop it as an import without side effects.
 */
import { loadLanguage } from './cdn-siblings.js';
import { setFallbackLoader, type DOMPurifyApi } from './data/purify-source.js';
import { registerMessages, setCatalogLoader } from './i18n/localize.js';

type Register = typeof registerMessages;

const globals = globalThis as Record<symbol, unknown>;
let done = false;

/** What the core keeps for the copies it loads: each catalog registered so far, and each copy's registry. */
export interface MessageHub {
  registered: Parameters<Register>[];
  copies: Register[];
}

export function setUp(): void {
  if (done) return;
  done = true;
  const hub = globals[Symbol.for('news-widgets.message-hub')] as MessageHub | undefined;
  if (hub) {
    hub.copies.push(registerMessages);
    for (const [lang, messages] of hub.registered) registerMessages(lang, messages);
  }
  const loadSibling = globals[Symbol.for('news-widgets.load-sibling')] as ((name: string) => Promise<void>) | undefined;
  if (loadSibling) useSiblings(loadSibling);
}

/** Points this copy's sanitizer and message catalogs at the files beside the build: DOMPurify and the language packs. */
export function useSiblings(loadSibling: (name: string) => Promise<void>): void {
  setFallbackLoader(async () => {
    await loadSibling('purify');
    const purify = globals[Symbol.for('news-widgets.purify')];
    if (!purify) throw new Error('news-widgets.purify.js loaded but did not define DOMPurify');
    return purify as DOMPurifyApi;
  });
  setCatalogLoader((lang) => loadLanguage(loadSibling, lang));
}
