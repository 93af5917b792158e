/**
 * From a feed's bytes or text to an XML document: decoding, the repairs real feeds need before a strict XML
 * parser takes them, and the parser itself (the browser's `DOMParser`; in Node, where there is none,
 * `@xmldom/xmldom`, loaded only there).
 */
import { NewsError } from '../errors.js';
import { HTML_ENTITIES } from './feed-entities.js';

/** The label `TextDecoder` accepts for a name, or undefined when it knows no such encoding. */
function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

/** The encoding a byte-order mark names (UTF-8, UTF-16 LE or BE). */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `charset` of a Content-Type header (`application/rss+xml; charset="windows-1251"`). */
function httpCharset(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
}

/**
 * The `encoding` of the XML declaration. The declaration is ASCII in every encoding feeds use but UTF-16,
 * whose `<?` starts with a zero byte on one side (XML 1.0, appendix F): those are told by that pattern.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) return 'utf-16be';
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1];
}

/**
 * A feed's text from its bytes: the encoding named by a byte-order mark, else by the HTTP charset, else by
 * the XML declaration, else UTF-8 (XML's default). A name `TextDecoder` does not know passes to the next
 * rule. Bytes invalid in the encoding become U+FFFD rather than failing the whole feed.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string): string {
  const decoder =
    decoderFor(bomEncoding(bytes)) ?? decoderFor(httpCharset(contentType)) ?? decoderFor(declaredEncoding(bytes)) ?? new TextDecoder('utf-8');
  return decoder.decode(bytes);
}

/** An HTML page instead of a feed (a site's home page, a login or error page). */
export function isHtmlPage(text: string): boolean {
  return /^[\s\uFEFF]*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 2048));
}

/** The five references XML itself defines. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** What XML 1.0 does not allow in a document: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A numeric reference as XML accepts it: one to a C0 control (which XML forbids written either way) goes, as
 * those characters do; one to no character at all (NUL, a surrogate, past U+10FFFF, U+FFFE, U+FFFF) becomes
 * U+FFFD, as HTML reads it.
 */
function referenceAllowed(reference: string): string {
  const code = reference[1] === 'x' || reference[1] === 'X' ? Number.parseInt(reference.slice(2), 16) : Number.parseInt(reference.slice(1), 10);
  if (code > 0 && code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) return '';
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
  // Written in decimal: XML has no `&#X…;` (upper-case X), which HTML accepts.
  return valid ? `&#${code};` : '&#xFFFD;';
}

/** An `&` and the reference it starts, if any. */
const AMPERSAND = /&(?:(#\d{1,7}|#[xX][0-9a-fA-F]{1,6})|([A-Za-z_][\w.-]{0,31}))?(;)?/g;

/**
 * `repair` applied to the text outside CDATA sections and comments, which are kept as they are (nothing in
 * them is a reference). A scan with `indexOf`, linear however many unclosed sections hostile input opens;
 * an unclosed one runs to the end, as a parser reads it.
 */
function outsideSections(text: string, repair: (part: string) => string): string {
  let out = '';
  let from = 0;
  // Each opener's next position is looked for again only once passed, so the scan stays linear.
  let cdata = -2;
  let comment = -2;
  while (from < text.length) {
    if (cdata !== -1 && cdata < from) cdata = text.indexOf('<![CDATA[', from);
    if (comment !== -1 && comment < from) comment = text.indexOf('<!--', from);
    const start = cdata === -1 ? comment : comment === -1 ? cdata : Math.min(cdata, comment);
    if (start === -1) break;
    const close = start === cdata ? ']]>' : '-->';
    const end = text.indexOf(close, start + 4);
    out += repair(text.slice(from, start)) + text.slice(start, end === -1 ? text.length : end + close.length);
    from = end === -1 ? text.length : end + close.length;
  }
  return out + repair(text.slice(from));
}

/**
 * The repairs that make the feeds real sites serve well-formed, each for an error a strict parser stops
 * at (feeds written by string concatenation have them all): characters XML forbids removed; HTML named
 * references (`&nbsp;`, `&eacute;`) written as numeric ones; an `&` that starts no reference escaped, and
 * a `]]>` outside CDATA; anything before the XML declaration (white space, a PHP warning) or after the
 * root element's end tag cut.
 * References a doctype declares are left to it.
 */
export function repairXml(text: string): string {
  const declared = new Set([...text.slice(0, 8192).matchAll(/<!ENTITY\s+([\w.-]+)/g)].map((match) => match[1]));
  // What a server printed before the declaration (a blank line, a PHP warning) is not the feed's.
  const declaration = text.slice(0, 4096).search(/<\?xml\s/);
  const cleaned = (declaration > 0 ? text.slice(declaration) : text).replace(NOT_XML, '');
  const repaired = outsideSections(cleaned, (part) =>
    part.replace(/]]>/g, ']]&gt;').replace(AMPERSAND, (match, numeric: string | undefined, name: string | undefined, semicolon: string | undefined) => {
      if (numeric !== undefined && semicolon) return referenceAllowed(numeric);
      if (name !== undefined && semicolon) {
        if (XML_ENTITIES.has(name) || declared.has(name)) return match;
        const code = HTML_ENTITIES.get(name);
        if (code !== undefined) return `&#${code};`;
      }
      return `&amp;${match.slice(1)}`;
    }),
  );
  const root = /<((?:[\w.-]+:)?(?:rss|RDF|feed|entry))[\s/>]/.exec(repaired)?.[1];
  const end = root ? repaired.lastIndexOf(`</${root}`) : -1;
  const close = end === -1 ? -1 : repaired.indexOf('>', end);
  return close === -1 ? repaired : repaired.slice(0, close + 1);
}

/** Set to true by the script-tag build: those files run in browsers only, and carry no Node parser. */
declare const __NEWS_CDN__: boolean | undefined;

interface XmlParser {
  parseFromString(text: string, type: 'application/xml'): Document;
}

/** Namespaces the browsers put their parse-error report in (Chromium: XHTML; Firefox: its own). */
const PARSE_ERROR_NAMESPACES = new Set(['http://www.w3.org/1999/xhtml', 'http://www.mozilla.org/newlayout/xml/parsererror.xml']);

/** The message of the browser's `<parsererror>` report in a parsed document, if there is one. */
function browserParseError(document: Document): string | undefined {
  const reports = Array.from(document.getElementsByTagNameNS('*', 'parsererror'));
  const report = reports.find((element) => PARSE_ERROR_NAMESPACES.has(element.namespaceURI ?? ''));
  return report ? (report.textContent ?? '').replace(/\s+/g, ' ').trim() || 'the XML is not well-formed' : undefined;
}

/**
 * The platform's parser, or xmldom where there is none (Node); xmldom stops at the first error as browsers
 * do. The script-tag files leave xmldom out altogether (every browser has a DOMParser).
 */
async function parser(): Promise<XmlParser> {
  if (typeof globalThis.DOMParser === 'function') return new DOMParser();
  if (typeof __NEWS_CDN__ !== 'undefined' && __NEWS_CDN__) throw new Error('this environment has no DOMParser');
  const { DOMParser: XmlDomParser, onErrorStopParsing } = await import('@xmldom/xmldom');
  return new XmlDomParser({ onError: onErrorStopParsing }) as unknown as XmlParser;
}

/**
 * The XML document of a feed's text, repaired first (see `repairXml`). Rejects only with a NewsError:
 * `unsupported-shape` with the parser's own message when the text is still not XML.
 */
export async function parseXml(text: string, url: string | undefined): Promise<Document> {
  const where = url ?? 'the feed';
  let document: Document | undefined;
  let message: string | undefined;
  try {
    document = (await parser()).parseFromString(repairXml(text), 'application/xml');
    message = browserParseError(document);
  } catch (error) {
    message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  if (message !== undefined || !document?.documentElement) {
    throw new NewsError('unsupported-shape', `Could not read ${where} as XML: ${message ?? 'no root element'}`, url === undefined ? {} : { url });
  }
  return document;
}
