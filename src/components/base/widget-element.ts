import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { getDefaults } from '../../config.js';
import { translator, type Translate } from '../../i18n/localize.js';
import { directionFor, directionOf, languageOf } from '../../i18n/tree.js';
import type { MessageOverrides } from '../../i18n/messages.js';
import { PageController } from './page-watch.js';
import { sharedStyles } from './shared.styles.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/**
 * What every widget has, data-driven or not: shared styles, theme, language, direction and message
 * overrides. Each follows the page: its own `theme`/`lang`/`dir` when set, else the page-wide defaults and
 * the nearest `lang` and `dir` up the tree, re-read whenever any of them changes.
 */
export class WidgetElement extends LitElement {
  static override styles = [sharedStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    messages: { attribute: false },
  };

  /** `light`, `dark` or `auto` (follows the reader's setting). Unset: the page-wide default, else text inherits the page's colours. */
  theme?: Theme;

  /** Overrides for any message text, e.g. `{ retry: 'Reload' }`. */
  messages: MessageOverrides = {};

  /** @internal */
  private readonly _internals: ElementInternals | undefined = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;

  /** @internal Only on a server (`renderPage` sets it): the language and direction of the widget's place in the page, which has no DOM there. */
  declare _place?: { lang: string; dir?: 'ltr' | 'rtl' };

  /** @internal The language worked out for the current update. */
  private _language?: string;

  /** @internal The direction worked out for the current update. */
  private _direction?: 'ltr' | 'rtl';

  /** @internal The messages of the current update. */
  private _t?: Translate;

  constructor() {
    super();
    new PageController(this);
  }

  /** @internal The theme in force: the element's own, else the page-wide default. Styles read it as `:state(theme-*)`. */
  protected get themeInForce(): Theme | undefined {
    const theme = this.theme ?? getDefaults().theme;
    return theme !== undefined && THEMES.includes(theme) ? (theme as Theme) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On a server with no page around it (Lit's own server renderer): its own `lang`, else the defaults'.
    if (typeof document === 'undefined') this._place ??= { lang: this.getAttribute('lang') || getDefaults().lang || 'en' };
    this._language = undefined;
    this._direction = undefined;
    this._t = undefined;
    const states = this._internals?.states;
    if (!states) return;
    const theme = this.themeInForce;
    for (const name of THEMES) {
      if (name === theme) states.add(`theme-${name}`);
      else states.delete(`theme-${name}`);
    }
  }

  /** @internal The language in force: own `lang`, nearest ancestor's, page-wide default, else the document's or English. */
  protected get language(): string {
    return (this._language ??= this._place ? this._place.lang : languageOf(this, getDefaults().lang ?? (document.documentElement.lang || 'en')));
  }

  /** @internal The direction in force: own or nearest ancestor's `dir` (unless a nearer `lang` comes first), else the language's. */
  protected get direction(): 'ltr' | 'rtl' {
    return (this._direction ??= this._place ? (this._place.dir ?? directionOf(this.language)) : directionFor(this, this.language));
  }

  /** @internal Message lookup for the current language and overrides. */
  protected get t(): Translate {
    return (this._t ??= translator(this.language, this.messages));
  }
}
