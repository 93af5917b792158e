import { decodeEntities } from './values.js';

/**
 * Quiet parsing. Every parser a page can use (an inert document's element, DOMParser, `parseHTMLUnsafe`,
 * `<template>`, `setHTML` itself) checks the page's Content-Security-Policy as it creates `style` and
 * event-handler attributes, so under a policy without `'unsafe-inline'` each of them would be reported as
 * a violation although none is ever applied. `quietMarkup` renames those attributes in the markup before
 * it is parsed, so the page's reports stay quiet on both sanitizer engines.
 */

/** An attribute value as the parser reads it, near enough for a URL: character references ending in `;` decoded. */
function attributeValue(raw: string): string {
  return raw.replace(/&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/g, (reference) => decodeEntities(reference));
}

/** Attributes the parser would check against the page's policy (`style`, `on*`) or turn into state (`is`). */
const LOUD_ATTRIBUTE = /^(?:style|is|on.*)$/s;
/** Elements whose content the tokenizer reads as text up to their end tag, in HTML content. */
const RAW_TEXT = new Map(
  ['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title'].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')]),
);
/** Start tags that end SVG or MathML content and return to HTML. */
const LEAVES_FOREIGN = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(' '),
);
/** SVG and MathML elements inside which HTML rules apply again. */
const INTEGRATION_POINTS = new Set(['foreignobject', 'desc', 'title', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml']);

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
const isAsciiAlpha = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

/**
 * The markup with every `style`, `is` and `on*` attribute renamed (`x-style`, ...), so that parsing it
 * creates none of them. It follows the HTML tokenizer (tags, attributes and their quoting, comments,
 * raw-text elements, CDATA in SVG/MathML) closely enough for any markup a CMS writes. Where hostile markup
 * makes it misjudge, the cost is a violation report or a changed attribute name in content the sanitizer
 * removes: everything it returns is still parsed and sanitized as before, so it is not a safety boundary.
 *
 * With `frames`, each `<iframe>` in HTML content (not in raw text, comments or SVG) is offered to it with
 * its start tag's attributes (lower-case names, values decoded); markup it returns replaces the whole
 * element, start tag to end tag. It returns undefined to keep the element as it is.
 * @internal
 */
export function quietMarkup(html: string, frames?: (attributes: ReadonlyMap<string, string>) => string | undefined): string {
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  const n = html.length;
  /** Open SVG/MathML elements and integration points, innermost last: [name, whether foreign rules apply]. */
  const open: Array<[string, boolean]> = [];
  const inForeign = (): boolean => open.length > 0 && open[open.length - 1]![1];
  /** Whether the next `</iframe>` ends a frame that was replaced. */
  let dropping = false;
  const skipPast = (text: string, from: number): number => {
    const at = html.indexOf(text, from);
    return at < 0 ? n : at + text.length;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    i = lt + 1;
    const next = html.charCodeAt(i);
    if (next === 33 /* ! */) {
      if (html.startsWith('--', i + 1)) {
        // A comment ends at the first "-->" (which may share the opening dashes: "<!-->") or "--!>".
        const dashes = i + 1;
        const plain = html.indexOf('-->', dashes);
        const bang = html.indexOf('--!>', dashes + 2);
        i = plain < 0 && bang < 0 ? n : bang < 0 || (plain >= 0 && plain < bang) ? plain + 3 : bang + 4;
      } else if (inForeign() && html.startsWith('[CDATA[', i + 1)) {
        i = skipPast(']]>', i + 8);
      } else {
        i = skipPast('>', i); // doctype or bogus comment
      }
      continue;
    }
    if (next === 63 /* ? */) {
      i = skipPast('>', i);
      continue;
    }
    const isEnd = next === 47; /* / */
    if (isEnd) i += 1;
    // Where this tag starts in the output, so that a replaced frame can take back what was copied for it.
    const outMark = out.length;
    const copiedMark = copied;
    if (!isAsciiAlpha(html.charCodeAt(i))) {
      // "</>" is dropped, "</" + anything else is a bogus comment, "<" + anything else is text.
      if (isEnd) i = html.charCodeAt(i) === 62 ? i + 1 : skipPast('>', i);
      continue;
    }
    const nameStart = i;
    while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i += 1;
    const tag = html.slice(nameStart, i).toLowerCase();
    const attributes = frames && !isEnd && tag === 'iframe' && !inForeign() ? new Map<string, string>() : undefined;
    let closed = false;
    let selfClosing = false;
    while (i < n) {
      const code = html.charCodeAt(i);
      if (isSpace(code)) {
        i += 1;
      } else if (code === 47 /* / */) {
        i += 1;
        selfClosing = html[i] === '>';
      } else if (code === 62 /* > */) {
        i += 1;
        closed = true;
        break;
      } else {
        // An attribute name runs to white space, "/", ">" or "=" (an "=" may be its first character).
        const attrStart = i;
        i += 1;
        while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i += 1;
        const name = html.slice(attrStart, i).toLowerCase();
        if (LOUD_ATTRIBUTE.test(name)) {
          out.push(html.slice(copied, attrStart), 'x-');
          copied = attrStart;
        }
        while (i < n && isSpace(html.charCodeAt(i))) i += 1;
        if (html[i] !== '=') {
          if (attributes && !attributes.has(name)) attributes.set(name, '');
          continue;
        }
        i += 1;
        while (i < n && isSpace(html.charCodeAt(i))) i += 1;
        const quote = html[i];
        let value: string;
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, i + 1);
          value = html.slice(i + 1, close < 0 ? n : close);
          i = close < 0 ? n : close + 1;
        } else {
          const valueStart = i;
          while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i += 1;
          value = html.slice(valueStart, i);
        }
        // Of two attributes of one name, the parser keeps the first.
        if (attributes && !attributes.has(name)) attributes.set(name, attributeValue(value));
      }
    }
    if (!closed) break; // a tag cut off by the end of the input is dropped by the parser
    if (isEnd && dropping && tag === 'iframe') {
      // The end of a replaced frame: its end tag goes too.
      out.length = outMark;
      copied = i;
      dropping = false;
      continue;
    }
    if (isEnd) {
      if (inForeign() && (tag === 'p' || tag === 'br')) {
        while (inForeign()) open.pop();
      } else {
        const at = open.findLastIndex(([name]) => name === tag);
        if (at >= 0) open.length = at;
      }
      continue;
    }
    if (inForeign()) {
      if (!LEAVES_FOREIGN.has(tag)) {
        // Inside SVG/MathML no element's content is raw text; integration points switch back to HTML rules.
        if (!selfClosing && (INTEGRATION_POINTS.has(tag) || tag === 'svg' || tag === 'math')) open.push([tag, !INTEGRATION_POINTS.has(tag)]);
        continue;
      }
      while (inForeign()) open.pop();
    }
    if (tag === 'svg' || tag === 'math') {
      if (!selfClosing) open.push([tag, true]);
    } else if (tag === 'plaintext') {
      break; // everything after it is text
    } else {
      const end = RAW_TEXT.get(tag);
      if (end) {
        end.lastIndex = i;
        i = end.exec(html)?.index ?? n;
      }
      const replacement = attributes ? frames?.(attributes) : undefined;
      if (replacement !== undefined) {
        // The frame's start tag and its content (raw text) give way to the replacement; its end tag follows.
        out.length = outMark;
        out.push(html.slice(copiedMark, lt), replacement);
        copied = i;
        dropping = true;
      }
    }
  }
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}
