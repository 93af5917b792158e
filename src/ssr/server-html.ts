import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { fragmentCopy } from '../components/news-article/article-body.js';
import { sanitized } from '../components/base/sanitized.js';

/**
 * On a server, the two directives that draw sanitized HTML (an article's body, a comment's content) write it
 * out as HTML: Lit's server renderer writes strings, not nodes, and calls a directive's `render`. Only the
 * server renderer does this, to its own copy of them: no browser code carries any of it.
 */
export function drawHtmlOnServer(): void {
  const serialize = (fragment: DocumentFragment): unknown => {
    const holder = fragment.ownerDocument.createElement('div');
    holder.append(fragment.cloneNode(true));
    return unsafeHTML(holder.innerHTML);
  };
  type DirectiveClass = { prototype: { render(...args: unknown[]): unknown } };
  const classOf = (result: unknown): DirectiveClass => (result as { _$litDirective$: DirectiveClass })._$litDirective$;
  const copy = classOf(fragmentCopy(undefined as unknown as DocumentFragment)).prototype;
  copy.render = (source) => serialize(source as DocumentFragment);
  const clean = classOf(sanitized(undefined as never, '')).prototype;
  clean.render = (sanitize, html, options) => serialize((sanitize as (html: unknown, options: unknown) => DocumentFragment)(html, options));
}
