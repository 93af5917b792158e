import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { getDefaults } from '../../config.js';
import { directionOf, languageOf, translator, type Translate } from '../../i18n/localize.js';
import type { MessageOverrides } from '../../i18n/messages.js';
import { sharedStyles } from './shared.styles.js';

/** What every widget has, data-driven or not: shared styles, theme, language and message overrides. */
export class WidgetElement extends LitElement {
  static override styles = [sharedStyles];

  /** `light`, `dark` or `auto` (follows the reader's setting). Unset: text inherits the page's colours. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Overrides for any message text, e.g. `{ retry: 'Reload' }`. */
  @property({ attribute: false }) messages: MessageOverrides = {};

  /** @internal */
  private readonly _onConfigure = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    const theme = getDefaults().theme;
    if (!this.hasAttribute('theme') && (theme === 'light' || theme === 'dark' || theme === 'auto')) this.theme = theme;
    window.addEventListener('news-configure', this._onConfigure);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('news-configure', this._onConfigure);
  }

  /** @internal The language in force: own `lang`, nearest ancestor's, page-wide default, else the document's or English. */
  protected get language(): string {
    return languageOf(this, getDefaults().lang ?? (document.documentElement.lang || 'en'));
  }

  /** @internal */
  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  /** @internal Message lookup for the current language and overrides. */
  protected get t(): Translate {
    return translator(this.language, this.messages);
  }
}
