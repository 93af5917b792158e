/**
 * A JSON-LD `<script>` a widget puts in its light DOM for search engines, written so that pages with
 * Trusted Types enforced allow it.
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
  if (window.trustedTypes) {
    const policy = jsonLdPolicy();
    if (!policy) return undefined;
    script.textContent = policy.createScript(json) as unknown as string;
  } else {
    script.textContent = json;
  }
  return script;
}
