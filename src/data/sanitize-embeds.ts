import type { SanitizeOptions } from './sanitize.js';
import { safeUrl } from './values.js';

/**
 * Embedded frames (a video, a social post, another site's widget) are never kept: no frame of an article
 * loads anything on the host page. Before either engine parses the markup, `embedLink` puts a plain link
 * to what the frame showed in its place (the provider's own page for a YouTube or Vimeo player), which
 * both engines and the shared pass then treat as any other link.
 */

/** What an embedded frame showed, for the link that takes its place. */
export interface EmbedSource {
  /** A provider whose player URL is known, so the link goes to its own page for the video. */
  provider?: 'youtube' | 'vimeo';
  /** Host name the link leads to, without a leading `www.`. */
  host: string;
  /** Absolute http(s) URL of the link. */
  url: string;
}

/** The default texts of the link that replaces an embedded frame. */
export function embedLabelEnglish(embed: EmbedSource): string {
  if (embed.provider === 'youtube') return 'Watch on YouTube';
  if (embed.provider === 'vimeo') return 'Watch on Vimeo';
  return `View the embedded content on ${embed.host}`;
}

const YOUTUBE_HOST = /^(?:www\.|m\.)?youtube(?:-nocookie)?\.com$/;
const YOUTUBE_ID = /^\/embed\/([\w-]{1,64})\/?$/;
const VIMEO_ID = /^\/video\/(\d{1,20})\/?$/;

/**
 * Where an embedded frame's `src` leads a reader: the provider's own page for a YouTube or Vimeo player,
 * else the frame's address itself. Only an http(s) address (after resolving against `base`, else the
 * page's address) gives a link: a frame with a `javascript:` or `data:` source, or only a `srcdoc`, has
 * nothing to link to.
 */
function embedSource(src: string | undefined, base: string | undefined, page: string): EmbedSource | undefined {
  const safe = safeUrl(src, { base });
  if (!safe) return undefined;
  let url: URL;
  try {
    url = new URL(safe, base ?? page);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/^www\./, '');
  if (YOUTUBE_HOST.test(url.hostname)) {
    const id = YOUTUBE_ID.exec(url.pathname)?.[1];
    const list = url.searchParams.get('list');
    if (id === 'videoseries' && list && /^[\w-]{1,100}$/.test(list)) {
      return { provider: 'youtube', host: 'youtube.com', url: `https://www.youtube.com/playlist?list=${list}` };
    }
    if (id && id !== 'videoseries') {
      const start = url.searchParams.get('start');
      const at = start && /^\d{1,6}$/.test(start) && start !== '0' ? `&t=${start}s` : '';
      return { provider: 'youtube', host: 'youtube.com', url: `https://www.youtube.com/watch?v=${id}${at}` };
    }
  }
  if (url.hostname === 'player.vimeo.com') {
    const id = VIMEO_ID.exec(url.pathname)?.[1];
    // An unlisted video's player URL carries the hash its page needs.
    const hash = url.searchParams.get('h');
    if (id) return { provider: 'vimeo', host: 'vimeo.com', url: `https://vimeo.com/${id}${hash && /^[\da-f]{1,40}$/i.test(hash) ? `/${hash}` : ''}` };
  }
  // The fragment of an oEmbed frame (`#?secret=...`) is a handshake with the host page, not a place.
  if (url.hash.startsWith('#?secret=')) url.hash = '';
  return { host, url: url.href };
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The markup that replaces one frame, from its start tag's attributes: a link to what it showed, or
 * `undefined` to leave the frame to the engines, which remove it. A WordPress post embed gets none: the
 * blockquote WordPress writes before its frame already holds a link to the post. `page` is the address
 * of the page the content is for (a relative `src` resolves against it when there is no `base`).
 */
export function embedLink(attributes: ReadonlyMap<string, string>, options: Pick<SanitizeOptions, 'base' | 'embedLabel'>, page: string): string | undefined {
  if (/(?:^|\s)wp-embedded-content(?:\s|$)/.test(attributes.get('class') ?? '')) return undefined;
  const source = embedSource(attributes.get('src'), options.base, page);
  if (!source) return undefined;
  const label = String((options.embedLabel ?? embedLabelEnglish)(source)).trim() || embedLabelEnglish(source);
  return `<a href="${escapeHtml(source.url)}" class="embed-link">${escapeHtml(label)}</a>`;
}
