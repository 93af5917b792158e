import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GENERATED } from './generated.js';

/**
 * A JSON-LD `<script>` a widget puts in its light DOM for search engines, written so that pages with
 * Trusted Types enforced allow it, and marked as generated: a copy of the widget's HTML (a prerenderer, a
 * page-cache snapshot, `cloneNode`) carries the script along, and no widget may take it for inline data.
 */

const POLICY_KEY = Symbol.for('news-widgets.json-ld-policy');
type PolicyHolder = { [POLICY_KEY]?: Pick<TrustedTypePolicy, 'createScript'> | null };

/** Lets through only JSON text with no `<`: as a script of any type, such text can do nothing. */
function onlyJson(input: string): string {
  JSON.parse(input);
  if (input.includes('<')) throw new TypeError('news-widgets#json-ld only accepts escaped JSON');
  return input;
}

/**
 * Checked in Chromium 156 with `require-trusted-types-for 'script'`: setting `textContent` of a script
 * throws even when its type is `application/ld+json`, and appending a text node instead is still reported
 * as a violation when the script is inserted. So where Trusted Types exist, the text goes through a policy
 * of our own, shared by every copy of the library on the page (a page may forbid duplicate names).
 */
function jsonLdPolicy(): Pick<TrustedTypePolicy, 'createScript'> | null {
  const holder = globalThis as PolicyHolder;
  if (holder[POLICY_KEY] === undefined) {
    try {
      holder[POLICY_KEY] = window.trustedTypes?.createPolicy('news-widgets#json-ld', { createScript: onlyJson }) ?? null;
    } catch {
      console.warn('news-widgets: this page does not allow the "news-widgets#json-ld" Trusted Types policy, so <news-article> adds no JSON-LD.');
      holder[POLICY_KEY] = null;
    }
  }
  return holder[POLICY_KEY];
}

/** A JSON-LD script element holding `json`; undefined when the page's Trusted Types rules forbid one. */
export function jsonLdScript(json: string): HTMLScriptElement | undefined {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(GENERATED, '');
  if (window.trustedTypes) {
    const policy = jsonLdPolicy();
    if (!policy) return undefined;
    script.textContent = policy.createScript(json) as unknown as string;
  } else {
    script.textContent = json;
  }
  return script;
}

/**
 * Keeps one generated JSON-LD script in its host's light DOM while the host is on the page: written after
 * each update from `json()` (undefined: none), removed when the host leaves, written again when it is put
 * back. Scripts a copy of the host's HTML brought along are replaced by the host's own.
 */
export class JsonLdController implements ReactiveController {
  private _script?: HTMLScriptElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly json: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** The script this controller wrote, if it is in place. */
  get script(): HTMLScriptElement | undefined {
    return this._script;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this._script?.remove();
    this._script = undefined;
  }

  /** Brings the script in line with `json()`. */
  sync(): void {
    const host = this.host;
    for (const child of host.querySelectorAll(`:scope > script[${GENERATED}]`)) if (child !== this._script) child.remove();
    const json = host.isConnected ? this.json() : undefined;
    if (json !== undefined && this._script?.parentNode === host && this._script.textContent === json) return;
    this._script?.remove();
    this._script = json === undefined ? undefined : jsonLdScript(json);
    if (this._script) host.append(this._script);
  }
}
