import { noChange } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';
import type { Sanitize, SanitizeOptions } from '../../data/sanitize.js';

/**
 * Draws untrusted HTML through the sanitizer, as a child of a template. The same HTML with the same
 * options drawn again in the same place is left as it is (no second cleaning, no flicker); other HTML, or
 * other options (a changed `referrer-policy` for the images already drawn), is cleaned and replaces it.
 */
class Sanitized extends Directive {
  private _html?: string;
  private _options?: SanitizeOptions;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('sanitized() only renders as a child');
  }

  render(sanitize: Sanitize, html: string, options?: SanitizeOptions): unknown {
    return sanitize(html, options);
  }

  override update(_part: Part, [sanitize, html, options]: [Sanitize, string, SanitizeOptions?]): unknown {
    if (html === this._html && sameOptions(options, this._options)) return noChange;
    this._html = html;
    this._options = options;
    return this.render(sanitize, html, options);
  }
}

/** Options with the same values (each render builds a new object). */
function sameOptions(a: SanitizeOptions | undefined, b: SanitizeOptions | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof SanitizeOptions)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

export const sanitized = directive(Sanitized);
