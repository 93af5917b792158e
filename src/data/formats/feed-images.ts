/**
 * An item's picture, the first thing readers miss in feed widgets. Looked for in this order:
 *
 * 1. `media:content` of an image type (in the item or a `media:group`, the widest when sizes are given):
 *    Media RSS's picture of the story itself, at the size the publisher has it.
 * 2. `media:thumbnail` (the widest): the same picture, sized for lists; kept second as it is often small
 *    (a 240-pixel card image looks blurred in a wide layout).
 * 3. An `enclosure` (Atom `link rel="enclosure"`) of an image type: RSS's own attachment, this item's alone.
 * 4. `itunes:image`: an episode's art, but often the show's, the same on every item: a weaker sign.
 * 5. The first `<img>` of the body: it may be the hero, but also an inline figure or an avatar, so last.
 *
 * The body's first `<img>` being the same picture (at any size) gives the image its `alt` (feeds' media elements have none).
 */
import type { NewsImage } from '../model.js';
import { safeUrl } from '../values.js';
import { NS, all, attr, baseOf, elements, first, namespaceOf } from './feed-dom.js';
import { firstImage, samePicture } from './feed-html.js';

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

interface Candidate {
  node: Element;
  url: string;
  width: number;
}

/** `media:content` is an image by its `medium`, else its `type`, else (neither given) its file name. */
function isImageContent(node: Element): boolean {
  const medium = attr(node, 'medium').toLowerCase();
  const type = attr(node, 'type').toLowerCase();
  if (medium) return medium === 'image';
  if (type) return type.startsWith('image/');
  return IMAGE_FILE.test(attr(node, 'url'));
}

function candidate(node: Element, key: string, start: string | undefined): Candidate | undefined {
  const url = safeUrl(attr(node, key), { base: baseOf(node, start) });
  return url ? { node, url, width: Number.parseInt(attr(node, 'width'), 10) || 0 } : undefined;
}

/** The widest, the first among equals (and when no sizes are given). */
function widest(candidates: Array<Candidate | undefined>): Candidate | undefined {
  return candidates.reduce<Candidate | undefined>((best, next) => (next && (!best || next.width > best.width) ? next : best), undefined);
}

function asImage(found: Candidate): NewsImage {
  const image: NewsImage = { url: found.url, alt: '' };
  const width = Number.parseInt(attr(found.node, 'width'), 10);
  const height = Number.parseInt(attr(found.node, 'height'), 10);
  if (width > 0 && height > 0) Object.assign(image, { width, height });
  return image;
}

/**
 * The item's picture (see above). `start` is the base the item's feed starts from (each element's own
 * `xml:base` applies on top); `body` is the item's HTML with URLs already resolved.
 */
export function pickImage(item: Element, own: string, start: string | undefined, body: string): NewsImage | undefined {
  const groups = all(item, NS.media, 'group');
  const contents = [...all(item, NS.media, 'content'), ...groups.flatMap((group) => all(group, NS.media, 'content'))];
  const thumbnails = [item, ...groups, ...contents].flatMap((node) => all(node, NS.media, 'thumbnail'));
  const enclosures =
    own === NS.atom
      ? all(item, NS.atom, 'link').filter((link) => attr(link, 'rel') === 'enclosure')
      : elements(item).filter((node) => node.localName === 'enclosure' && namespaceOf(node) === own);
  const enclosure = enclosures.find((node) => attr(node, 'type').toLowerCase().startsWith('image/'));
  const itunes = first(item, NS.itunes, 'image');
  const found =
    widest(contents.filter(isImageContent).map((node) => candidate(node, 'url', start))) ??
    widest(thumbnails.map((node) => candidate(node, 'url', start))) ??
    (enclosure && candidate(enclosure, own === NS.atom ? 'href' : 'url', start)) ??
    (itunes && candidate(itunes, 'href', start));
  const inBody = firstImage(body);
  if (!found) {
    if (!inBody) return undefined;
    const image: NewsImage = { url: inBody.url, alt: inBody.alt };
    const width = Number(inBody.width);
    const height = Number(inBody.height);
    if (width > 0 && height > 0) Object.assign(image, { width, height });
    if (inBody.srcset) image.srcset = inBody.srcset;
    return image;
  }
  const image = asImage(found);
  if (inBody && samePicture(inBody.url, found.url)) image.alt = inBody.alt;
  return image;
}
