/**
 * Run first by every file the script-tag core loads (each element's, the data API's): points this copy's
 * message catalogs at the language files beside the core, which the core loads (the sanitizer finds the
 * core's loader for DOMPurify's file itself: src/data/sanitize.ts), takes every catalog registered on the
 * page so far (by the page or a language file) and those to come. (Its `NewsError` and page-wide defaults are the core's: src/cdn-from-core.ts.) A function, called by
 * each entry, so that no bundler can drop it as an import without side effects.
 */
import { loadLanguage } from './cdn-siblings.js';
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

/** Points this copy's message catalogs at the language packs beside the build. */
export function useSiblings(loadSibling: (name: string) => Promise<void>): void {
  setCatalogLoader((lang) => loadLanguage(loadSibling, lang));
}
