/**
 * What widgets ask of the page-wide defaults (src/defaults.ts): a URL resolved against the page-wide base,
 * the referrer policy of images.
 */
import { getDefaults } from './defaults.js';

export { configure, getDefaults, type AvatarMode, type NewsDefaults } from './defaults.js';

/** The image referrer policy in force: an element's own, else the page-wide one, else `no-referrer`. */
export function imageReferrerPolicy(own?: string | null): ReferrerPolicy {
  return ((own ?? getDefaults().referrerPolicy ?? 'no-referrer') as ReferrerPolicy);
}

/** Resolves a possibly relative URL against the page-wide base URL. */
export function resolveUrl(url: string): string {
  const base = getDefaults().baseUrl;
  try {
    return new URL(url, base ? new URL(base, document.baseURI) : document.baseURI).href;
  } catch {
    return url;
  }
}
