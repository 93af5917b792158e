/**
 * What a script-tag language file (`news-widgets.<code>.js`, one per language of `languages.ts` but English,
 * written by the build) does: hands its messages to the bundle already on the page, which has its own copy
 * of the catalog registry. Only pages in that language fetch the file.
 */
import type { NewsMessages } from './messages.js';

export function registerPack(lang: string, messages: NewsMessages): void {
  const register = (globalThis as Record<symbol, ((lang: string, messages: NewsMessages) => void) | undefined>)[Symbol.for('news-widgets.register-messages')];
  register?.(lang, messages);
}
