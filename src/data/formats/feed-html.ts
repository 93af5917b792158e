/**
 * The HTML a feed carries, as text (Node has no HTML parser, and the sanitizer reads it later anyway):
 * its URLs made absolute, its first picture found, and that picture taken out when it is shown as the
 * story's image. Attributes are matched in tags only, so a URL-like text in the prose is never touched.
 */

/** A URL-bearing attribute in a tag: `href`, `src`, `srcset`, `poster`, each quoted either way or not at all. */
const URL_ATTRIBUTE = /(\s(href|src|srcset|poster)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const TAG = /<[a-zA-Z][^<>]*>/g;

/**
 * `url` made absolute against `base`. What has a scheme (`https:`, `mailto:`, even `javascript:`) is
 * kept as written: the sanitizer, not this, decides what may stay.
 */
export function resolveUrl(url: string, base: string | undefined): string {
  const trimmed = url.trim();
  if (!base || trimmed === '' || /^[a-zA-Z][\w+.-]*:/.test(trimmed)) return url;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return url;
  }
}

/** Each candidate of a `srcset` resolved, descriptors kept. */
export function resolveSrcset(srcset: string, base: string | undefined): string {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().replace(/^\S+/, (url) => resolveUrl(url, base)))
    .join(', ');
}

/** Attribute values as HTML text: the references they hold are read the same, but `"` could end the value. */
const quoteValue = (value: string): string => `"${value.replace(/"/g, '&quot;')}"`;

/** Every `href`, `src`, `srcset` and `poster` in the HTML resolved against `base`. */
export function resolveHtmlUrls(html: string, base: string | undefined): string {
  if (!base || !/\s(?:href|src|srcset|poster)\s*=/i.test(html)) return html;
  return html.replace(TAG, (tag) =>
    tag.replace(URL_ATTRIBUTE, (_, lead: string, name: string, double?: string, single?: string, bare?: string) => {
      const value = double ?? single ?? bare ?? '';
      const resolved = name.toLowerCase() === 'srcset' ? resolveSrcset(value, base) : resolveUrl(value, base);
      return `${lead}${quoteValue(resolved)}`;
    }),
  );
}

/** An attribute's value in one tag, references such as `&amp;` read. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(tag);
  const value = match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  return value?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#0*39;/g, "'");
}

export interface BodyImage {
  url: string;
  alt: string;
  width?: string;
  height?: string;
  srcset?: string;
  /** Where the `<img>` tag is in the HTML. */
  start: number;
  end: number;
}

/**
 * The first picture of the HTML that is one: tracking pixels (1×1) and images without a source are
 * passed over, as a reader would never see them.
 */
export function firstImage(html: string): BodyImage | undefined {
  for (const match of html.matchAll(/<img\b[^<>]*>/gi)) {
    const tag = match[0];
    const url = attribute(tag, 'src');
    const width = attribute(tag, 'width');
    const height = attribute(tag, 'height');
    if (!url || width === '1' || height === '1') continue;
    const image: BodyImage = { url, alt: attribute(tag, 'alt') ?? '', start: match.index, end: match.index + tag.length };
    if (width) image.width = width;
    if (height) image.height = height;
    const srcset = attribute(tag, 'srcset');
    if (srcset) image.srcset = srcset;
    return image;
  }
  return undefined;
}

/**
 * The same picture at another size or address: the path without query, fragment, and the size suffix
 * CMSs add to their resized copies (WordPress's `-1024x683`, `-scaled`).
 */
function pictureKey(url: string): string {
  let path: string;
  try {
    const parsed = new URL(url);
    path = parsed.host + parsed.pathname;
  } catch {
    path = url.replace(/[?#].*$/, '');
  }
  return path.replace(/-(?:\d+x\d+|scaled)(?=\.\w+$)/, '').toLowerCase();
}

/** Whether two URLs are the same picture (see `pictureKey`). */
export function samePicture(a: string, b: string): boolean {
  return pictureKey(a) === pictureKey(b);
}

const MAX_WRAPPERS = 6;

/** A wrapper a hero image leaves empty once it is taken out (a `<picture>` keeps its `<source>` list, which shows nothing alone). */
const EMPTY_WRAPPER = /<(p|a|figure|div|span)\b[^<>]*>\s*<\/\1>|<picture\b[^<>]*>(?:\s*<source\b[^<>]*>)*\s*<\/picture>/i;

/**
 * The HTML without its opening picture when that picture is `imageUrl` (the story's image, shown above the
 * body already): the `<img>` and the wrappers it leaves empty go; a caption stays. A picture with text before
 * it is part of the story and stays where it is.
 */
export function withoutLeadingImage(html: string, imageUrl: string): string {
  const image = firstImage(html);
  if (!image || !samePicture(image.url, imageUrl)) return html;
  const before = html.slice(0, image.start);
  if (before.replace(/<[^<>]*>/g, '').replace(/&nbsp;|&#160;|\s/g, '') !== '') return html;
  let rest = `${before}${html.slice(image.end)}`;
  // Wrappers nest a few deep at most (`<figure><a><picture>`); the bound keeps hostile input linear.
  for (let depth = 0; depth < MAX_WRAPPERS; depth += 1) {
    const emptied = EMPTY_WRAPPER.exec(rest);
    if (!emptied || emptied.index > image.start) break;
    rest = rest.slice(0, emptied.index) + rest.slice(emptied.index + emptied[0].length);
  }
  return rest;
}
