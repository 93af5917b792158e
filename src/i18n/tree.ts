/**
 * The language and the writing direction an element is in, read from the tree around it (its own
 * attributes, then its ancestors', across shadow roots) and the browser's locale data. No catalog here:
 * the script-tag core uses it too.
 */

const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * Writing direction of a language tag, from `Intl.Locale`'s text info (`ku`, Kurmanji, is left to right;
 * `ckb`, Sorani, right to left). Where a browser has no text info, the direction of the script the
 * language is most likely written in; a malformed tag is left to right.
 */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  let direction = directions.get(lang);
  if (direction) return direction;
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?(): { direction?: string }; textInfo?: { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    direction = (info?.direction ?? (RTL_SCRIPTS.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr')) === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    direction = 'ltr';
  }
  directions.set(lang, direction);
  return direction;
}

/** The element and its ancestors, crossing out of shadow roots to their hosts. */
function* upTheTree(element: Element): Generator<Element> {
  let node: Element | null = element;
  while (node) {
    yield node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
}

/** The language in force for an element: its own `lang`, the nearest one up the tree (across shadow roots), or a fallback. */
export function languageOf(element: Element, fallback = 'en'): string {
  for (const node of upTheTree(element)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return fallback;
}

/**
 * The writing direction for an element in language `lang`: its own `dir` or the nearest ancestor's
 * (`<div dir="rtl"><news-list>` is right to left), unless a nearer `lang` says otherwise (an Arabic widget
 * on a `dir="ltr"` page is right to left); else the language's.
 */
export function directionFor(element: Element, lang: string): 'ltr' | 'rtl' {
  for (const node of upTheTree(element)) {
    const dir = node.getAttribute('dir')?.toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    if (node.getAttribute('lang')) break;
  }
  return directionOf(lang);
}
