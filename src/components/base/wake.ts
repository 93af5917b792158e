/**
 * A widget a server drew (`news-widgets/ssr`) waking up in the browser: the page the server drew, read
 * back from the script it wrote beside it and checked like app input (`.articles`, `.comments`), then made
 * ready as a loaded page is (the sanitizer, the paging code). The widget's first update waits for this, so
 * it draws the same thing over what is already there (Lit's hydration keeps the DOM). Loaded only by pages
 * with a drawn widget.
 */

/** What waking needs of a data widget: members it keeps to itself and its kind (see `DataElement`). */
interface Waking {
  shadowRoot: ShadowRoot | null;
  _inline?: { served?: unknown };
  _$needsHydration?: boolean;
  finishLocal(input: readonly unknown[]): object;
  prepare(page: object, signal: AbortSignal): object | Promise<object>;
  pageChanged(page: object): void;
}

export async function wake(element: object, json: unknown): Promise<void> {
  const widget = element as Waking;
  try {
    const { articles, comments, next, total } = json as Record<string, unknown>;
    const page = { ...widget.finishLocal((articles ?? comments) as unknown[]), ...(typeof next === 'string' ? { next } : {}), ...(typeof total === 'number' ? { total } : {}) };
    const served = await widget.prepare(page, new AbortController().signal);
    widget._inline = { served };
    widget.pageChanged(served);
  } catch (error) {
    // Not drawn as the server drew it: drawn afresh from its source (the server's content goes, its styles stay).
    console.warn('news-widgets: the page a server drew for this widget could not be read again, so it is loaded afresh.', error);
    widget._inline = undefined;
    widget._$needsHydration = false;
    for (const node of [...(widget.shadowRoot?.childNodes ?? [])]) if (node.nodeName !== 'STYLE') node.remove();
  }
}
