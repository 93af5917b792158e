/**
 * The script-tag bundle's stand-in for an element whose file could not be loaded
 * (`news-widgets.unavailable.js`, a classic script the core loads only then, so no page pays for it
 * otherwise): an alert in place of the widget's content, in the widget's language, and `news-error`.
 */
import { getDefaults } from './config.js';
import type { MessageHub } from './cdn-setup.js';
import { loadLanguage } from './cdn-siblings.js';
import { ELEMENT_UNAVAILABLE } from './i18n/en-reading.js';
import { PACKED_LANGUAGES } from './i18n/languages.js';
import { languageOf } from './i18n/tree.js';

const globals = globalThis as Record<symbol, unknown>;
/** The core's: every catalog registered on the page, and its loader of the files beside it. */
const hub = globals[Symbol.for('news-widgets.message-hub')] as MessageHub;
const loadSibling = globals[Symbol.for('news-widgets.load-sibling')] as (name: string) => Promise<void>;

/** Widgets whose file could not be loaded, shown now: their text follows the page's language. */
const unavailable = new Set<Element>();

/** The text for `lang` in the catalogs registered so far (the last one registered wins). */
function registeredText(lang: string): string | undefined {
  let text: string | undefined;
  for (const [code, messages] of hub.registered) {
    const own = (messages as { elementUnavailable?: unknown }).elementUnavailable;
    if (code.toLowerCase() === lang && typeof own === 'string') text = own;
  }
  return text;
}

/** Writes a failed widget's text in its language: a catalog registered for it, else its built-in language's file (loaded now), else English. */
function show(host: Element): void {
  const tag = languageOf(host, getDefaults().lang ?? (document.documentElement.lang || 'en')).toLowerCase();
  const base = tag.split('-')[0]!;
  const own = registeredText(tag) ?? registeredText(base);
  if (own === undefined && (PACKED_LANGUAGES as readonly string[]).includes(base)) loadLanguage(loadSibling, base);
  const message = host.shadowRoot!.firstElementChild as HTMLElement;
  message.lang = own === undefined ? 'en' : tag;
  message.textContent = own ?? ELEMENT_UNAVAILABLE;
}

const showAll = (): void => unavailable.forEach(show);
// Page-wide defaults (a language) and catalogs registered later reach the text too.
globalThis.addEventListener('news-configure', showAll);
hub.copies.push(showAll);

/** Defines `tag` as what a widget whose file could not be loaded shows; `error` is what its `news-error` carries. */
globals[Symbol.for('news-widgets.define-unavailable')] = (tag: string, error: Error): void => {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback(): void {
        unavailable.add(this);
        if (this.shadowRoot) return show(this);
        const message = document.createElement('p');
        message.setAttribute('role', 'alert');
        message.setAttribute('part', 'error');
        // Right to left when the text is Arabic, whatever the page around it says.
        message.dir = 'auto';
        this.attachShadow({ mode: 'open' }).append(message);
        show(this);
        this.dispatchEvent(new CustomEvent('news-error', { bubbles: true, composed: true, detail: { error } }));
      }

      disconnectedCallback(): void {
        unavailable.delete(this);
      }
    },
  );
};
