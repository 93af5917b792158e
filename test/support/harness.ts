/**
 * One set of helpers for the browser tests (in the spirit of material-web's `testing/harness.ts`): putting a
 * widget on the page with given attributes, properties or inline JSON, waiting until it has settled, reading
 * its shadow root, and the mock API's URLs (test/server/mock-api.js). Every wait is for a condition
 * (./wait.ts), never for a length of time.
 */
import { fixture, html } from '@open-wc/testing';
import { waitFor } from './wait.js';

/** The widgets that load data and share its states (src/components/base/data-element.ts). */
export type DataTag = 'news-article' | 'news-list' | 'popular-news' | 'comment-list';

/** A Lit element, as the tests see one. */
export interface Updating extends HTMLElement {
  readonly updateComplete: Promise<unknown>;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first element of `el`'s shadow root that is the part `name`. */
export const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null => shadow(el).querySelector<T>(`[part~="${name}"]`);

/** Every element of `el`'s shadow root that is the part `name`, in document order. */
export const parts = <T extends Element = HTMLElement>(el: Element, name: string): T[] => [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];

/** A node's text as a reader sees it: white space folded, ends trimmed ('' for no node). */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The titles a widget shows (stories, or an article's headline), as text. */
export const titles = (el: Element): string[] => parts(el, 'title').map(text);

/** The JSON-LD scripts a widget keeps in its light DOM for search engines. */
export const jsonLdScripts = (el: Element): HTMLScriptElement[] => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];

/** The first of them, parsed (null when there is none). */
export const jsonLd = (el: Element): Record<string, unknown> => JSON.parse(jsonLdScripts(el)[0]?.textContent ?? 'null') as Record<string, unknown>;

/** Waits until loading is over (a page, an error or an empty state is on screen) and drawn. */
export async function settled(el: Element, message = `<${el.localName}> never finished loading`): Promise<ShadowRoot> {
  await waitFor(() => el.shadowRoot?.querySelector('.root')?.getAttribute('aria-busy') === 'false', message);
  await (el as Updating).updateComplete;
  return shadow(el);
}

/**
 * A key no other test uses, in this file or another running beside it on the same test server, so request
 * counts (`hits`), held requests and the short-lived response reuse are per test.
 */
export const newKey = (prefix = 'test'): string => `${prefix}-${crypto.randomUUID()}`;

/** A URL of the mock API's steerable endpoint: `fixture`, `key`, `status`, `body`, `hold`, `pages`... (test/server/mock-api.js). */
export function feed(params: Record<string, string>): string {
  return `/mock/feed?${new URLSearchParams(params).toString()}`;
}

/** How many requests the mock API received with this `key`. */
export async function hits(key: string): Promise<number> {
  const response = await fetch(`/mock/hits?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { hits: number }).hits;
}

/** A fixture of test/fixtures, parsed, as the test server serves it. */
export async function readFixture(name: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/${name}.json`)).json();
}

/** A child `<script type="application/json">` holding `json`, the way a page writes data inside a widget (`<` escaped). */
function inlineJson(json: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(json).replace(/</g, '\\u003c');
  return script;
}

export interface MountOptions {
  /** Attributes, set before the element is connected. */
  attributes?: Record<string, string>;
  /** Properties, set before the element is connected. */
  properties?: Record<string, unknown>;
  /** JSON written inside the element, as a child script. */
  inlineJson?: unknown;
  /** Where to put it (default: a fresh container that the fixture cleanup removes after the test). */
  parent?: Element;
}

/** Creates `tag` with what `options` give (but `parent`), not yet on the page: listeners can be added first. */
export function create<T extends HTMLElement = Updating>(tag: string, options: Omit<MountOptions, 'parent'> = {}): T {
  const el = document.createElement(tag) as unknown as T;
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  Object.assign(el, options.properties ?? {});
  if (options.inlineJson !== undefined) el.append(inlineJson(options.inlineJson));
  return el;
}

/** Puts `el` on the page (in `parent`, else a fresh container the fixture cleanup removes) and waits for its first update. */
export async function place<T extends HTMLElement>(el: T, parent?: Element): Promise<T> {
  (parent ?? (await fixture<HTMLDivElement>(html`<div></div>`))).append(el);
  await (el as unknown as Updating).updateComplete;
  return el;
}

/** Creates `tag` with what `options` give, puts it on the page and waits for its first update. */
export function mount<T extends HTMLElement = Updating>(tag: string, options: MountOptions = {}): Promise<T> {
  return place(create<T>(tag, options), options.parent);
}

/** Makes the next `times` requests whose URL passes `match` fail as if the network were down; returns the undo. */
export function failRequests(match: (url: string) => boolean, times = 1): () => void {
  const original = window.fetch;
  let left = times;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (left > 0 && match(url)) {
      left -= 1;
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return original.call(window, input, init);
  };
  return () => {
    window.fetch = original;
  };
}

/** The widget events a target fires from now on, by name and detail, in order. */
export function recordEvents<Detail = unknown>(target: EventTarget, names: readonly string[] = ['news-load', 'news-error']): { name: string; detail: Detail }[] {
  const events: { name: string; detail: Detail }[] = [];
  for (const name of names) target.addEventListener(name, (event) => events.push({ name, detail: (event as CustomEvent<Detail>).detail }));
  return events;
}

/** Uncaught errors and unhandled rejections of the page while it is listening; `stop()` ends it. */
export function pageErrors(): { readonly errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent): void => {
    errors.push(String('reason' in event ? event.reason : event.message));
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}
