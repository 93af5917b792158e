/**
 * Run first by every file the script-tag core loads (each element's, the data API's): points this copy's
 * sanitizer and message catalogs at the files beside the core (DOMPurify, language packs), which the core
 * loads, and takes the messages a page registered before any of this had loaded. A function, called by
 * each entry, so that no bundler can drop it as an import without side effects.
 */
import { setFallbackLoader, type DOMPurifyApi } from './data/purify-source.js';
import { registerMessages, setCatalogLoader } from './i18n/localize.js';

const globals = globalThis as Record<symbol, unknown>;
let done = false;

export function setUp(): void {
  if (done) return;
  done = true;
  globals[Symbol.for('news-widgets.register-messages')] ??= registerMessages;
  const pending = globals[Symbol.for('news-widgets.pending-messages')] as [string, Parameters<typeof registerMessages>[1]][] | undefined;
  for (const [lang, messages] of pending?.splice(0) ?? []) registerMessages(lang, messages);

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
  setCatalogLoader((lang) => {
    loadSibling(lang).catch((error: unknown) => console.warn(`news-widgets: no ${lang} messages, English is used.`, error));
  });
}
