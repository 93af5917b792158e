/**
 * Where the script-tag bundle's DOMPurify comes from (a file beside it). Kept apart from the sanitizer so
 * that setting it up, which every part of the bundle does, does not pull the sanitizer into pages whose
 * widgets show no HTML.
 */
import type DOMPurifyModule from 'dompurify';

export type DOMPurifyApi = typeof DOMPurifyModule;

let loader: (() => Promise<DOMPurifyApi>) | undefined;

/** @internal The script-tag bundle says where its DOMPurify file is. */
export function setFallbackLoader(load: () => Promise<DOMPurifyApi>): void {
  loader = load;
}

/** @internal The loader set, if any. */
export function fallbackLoader(): (() => Promise<DOMPurifyApi>) | undefined {
  return loader;
}
