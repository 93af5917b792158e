import { noChange } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';
import type { Sanitize, SanitizeOptions } from '../../data/sanitize.js';

/**
 * Draws untrusted HTML through the sanitizer, as a child of a template. The same HTML drawn again in
 * the same place is left as it is (no second cleaning, no flicker); other HTML is cleaned and replaces it.
 */
class Sanitized extends Directive {
  private _html?: string;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('sanitized() only renders as a child');
  }

  render(sanitize: Sanitize, html: string, options?: SanitizeOptions): unknown {
    return sanitize(html, options);
  }

  override update(_part: Part, [sanitize, html, options]: [Sanitize, string, SanitizeOptions?]): unknown {
    if (html === this._html) return noChange;
    this._html = html;
    return this.render(sanitize, html, options);
  }
}

export const sanitized = directive(Sanitized);
