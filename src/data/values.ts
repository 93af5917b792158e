/**
 * Small, total readers for untrusted JSON values. Every function accepts any value and returns either a
 * clean value of its type or `undefined`/empty, so adapters built on them cannot throw on odd input.
 */

/** Reads `a.b.0.c` from a value, following own properties only. `''` or `'.'` is the value itself. */
export function getPath(value: unknown, path: string): unknown {
  if (path === '' || path === '.') return value;
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A plain object (not an array, not null), or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An array, or an empty one. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Texts that leak from careless serializers and must never be shown as content. */
const JUNK_TEXT = new Set(['undefined', 'null', '[object Object]', 'NaN']);

/** A trimmed string with runs of white space folded to one space; '' for anything that is not text. */
export function plainText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  const text = value.replace(/\s+/g, ' ').trim();
  return JUNK_TEXT.has(text) ? '' : text;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', minus: '\u2212', bull: '\u2022', middot: '\u00b7',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', times: '\u00d7', divide: '\u00f7',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', iexcl: '\u00a1', iquest: '\u00bf',
  rarr: '\u2192', larr: '\u2190', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/**
 * Decodes character references: every numeric one, and the named ones that occur in news text
 * (typography, currency, spaces). WordPress writes typography as numeric references, so this covers
 * what CMSs emit without shipping the 2,000-name HTML table to every page; an unknown name stays as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g, (match, dec, hex, name) => {
    if (name !== undefined) return NAMED_ENTITIES[name as string] ?? match;
    const code = dec !== undefined ? Number.parseInt(dec as string, 10) : Number.parseInt(hex as string, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

/**
 * A field that is plain text by its spec, as display text. Feeds generated from CMSs often leak character
 * references (`&#8217;`, `&amp;`) into such fields, and the model promises decoded text, so they are decoded;
 * unlike `htmlText`, nothing that looks like a tag is removed, since plain text may mention `<video>`.
 */
export function decodedText(value: unknown): string {
  return typeof value === 'string' ? plainText(decodeEntities(value)) : plainText(value);
}

const HIDDEN_OPENER = /<!--|<(script|style|template|noscript|iframe|svg|math|textarea|title)\b/gi;

/**
 * Removes comments and elements whose content is not reader-visible text, in one linear scan (a lazy
 * `<script>[\s\S]*?</script>` regex is quadratic on hostile input with many unclosed openers).
 */
function dropHiddenText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let from = 0;
  HIDDEN_OPENER.lastIndex = 0;
  for (let match = HIDDEN_OPENER.exec(html); match; match = HIDDEN_OPENER.exec(html)) {
    out += `${html.slice(from, match.index)} `;
    const name = match[1]?.toLowerCase();
    const closer = name ? lower.indexOf(`</${name}`, HIDDEN_OPENER.lastIndex) : html.indexOf('-->', HIDDEN_OPENER.lastIndex);
    // Unclosed: the rest of the input is that element's content (as a browser would read it).
    if (closer === -1) return out;
    const end = name ? html.indexOf('>', closer) : closer + 2;
    from = end === -1 ? html.length : end + 1;
    HIDDEN_OPENER.lastIndex = from;
  }
  return out + html.slice(from);
}

/**
 * Text content of an HTML fragment: script/style bodies and comments dropped, tags removed, references
 * decoded, white space folded. The result is text for text bindings, never markup.
 */
export function htmlText(value: unknown): string {
  if (typeof value !== 'string') return plainText(value);
  // `[^<>]*` (not `[^>]*`) keeps each tag match local, so unclosed `<a <a <a` input stays linear.
  // Inline tags vanish without a trace (`site</a>.` reads `site.`); other tags separate words.
  const stripped = dropHiddenText(value)
    .replace(/<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b[^<>]*>/gi, '')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ');
  return plainText(decodeEntities(stripped).replace(/\u00a0/g, ' '));
}

/** A finite number from a number or a numeric string. */
export function asNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A positive integer (pixel sizes, counts, ids). */
export function asPositiveInt(value: unknown): number | undefined {
  return asCount(value) || undefined;
}

/** A non-negative integer (counts, where zero means something). */
export function asCount(value: unknown): number | undefined {
  const n = asNumber(value);
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER ? n : undefined;
}

/** An id as a non-empty string, from a string or a number. */
export function asId(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  const text = plainText(value);
  return text === '' ? undefined : text.slice(0, 500);
}

const MAX_TIME = 8.64e15;

/**
 * An ISO 8601 UTC string from a date string, or from epoch seconds/milliseconds. A date-time with no
 * zone is read as UTC (`date_gmt` in WordPress), not as the reader's local time.
 */
export function asIsoDate(value: unknown): string | undefined {
  let ms: number;
  if (typeof value === 'number') {
    ms = Math.abs(value) < 1e11 ? value * 1000 : value;
  } else if (typeof value === 'string' && value.trim() !== '') {
    let text = value.trim();
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text = `${text.replace(' ', 'T')}Z`;
    ms = Date.parse(text);
  } else {
    return undefined;
  }
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME ? new Date(ms).toISOString() : undefined;
}

export interface UrlOptions {
  /** Absolute URL relative links are resolved against (the endpoint's URL). */
  base?: string;
  /** Allow `mailto:` (for links, not for images). */
  mailto?: boolean;
}

/**
 * A URL that is safe to put in `href`/`src`: http(s), relative, or (when allowed) `mailto:`. Relative
 * URLs are resolved against `base` when one is given, so links from a remote API point at that site and
 * not at the page that embeds the widget. Everything else (`javascript:`, `data:`, `vbscript:`, ...) is dropped.
 */
export function safeUrl(value: unknown, options: UrlOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  if (raw === '' || JUNK_TEXT.has(raw) || raw.length > 4096) return undefined;
  let parsed: URL;
  let base: URL | undefined;
  try {
    base = options.base ? new URL(options.base) : undefined;
  } catch {
    base = undefined;
  }
  // Relative URLs are resolved against a placeholder origin to tell them apart.
  const placeholder = 'https://relative.invalid';
  try {
    parsed = new URL(raw, base ?? placeholder);
  } catch {
    return undefined;
  }
  const allowed = parsed.protocol === 'http:' || parsed.protocol === 'https:' || (options.mailto === true && parsed.protocol === 'mailto:');
  if (!allowed) return undefined;
  if (!base && parsed.origin === placeholder && !/^https?:/i.test(raw)) return raw;
  return parsed.href;
}
