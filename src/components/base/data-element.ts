import { Task, TaskStatus, initialState } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getDefaults, imageReferrerPolicy, resolveUrl } from '../../config.js';
import { NewsError, isAbort } from '../../data/errors.js';
import { clearResponseCache, type FetchOptions } from '../../data/fetch-json.js';
import { parseJsonText } from '../../data/http.js';
import { errorState } from './error-state.js';
import { emit } from './events.js';
import { NearViewportController } from './viewport.js';
import { WidgetElement } from './widget-element.js';

/** Detail of the `news-error` event. */
export interface NewsErrorDetail {
  error: NewsError;
}

/** Reads a `mapping` attribute written as JSON; a malformed one is reported and ignored. */
const mappingConverter = {
  fromAttribute(value: string | null): object | undefined {
    if (!value) return undefined;
    try {
      const parsed = JSON.parse(value) as unknown;
      return parsed && typeof parsed === 'object' ? parsed : undefined;
    } catch {
      console.warn(`news-widgets: the mapping attribute is not valid JSON: ${value.slice(0, 80)}`);
      return undefined;
    }
  },
};

/**
 * Task arguments are rebuilt on every update; those wrapping the same data count as unchanged, so the
 * task does not rerun: a `{ json }` source around the same JSON, a list of the same input objects
 * (e.g. `{ input: [this.article] }`).
 */
function sameArg(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  if ('json' in a && 'json' in b) return a.json === b.json;
  if ('input' in a && 'input' in b) {
    const [x, y] = [(a as LocalInput).input, (b as LocalInput).input];
    return x.length === y.length && x.every((item, i) => item === y[i]);
  }
  return false;
}

/** Records an app handed in as a property, still to be checked. */
interface LocalInput {
  input: readonly unknown[];
}

/** How far below the viewport a `loading="lazy"` widget starts loading. */
const LAZY_MARGIN = '300px';

/**
 * What every data widget does alike, whatever it reads (articles, comments): where its records come from
 * (`src`, `data`, inline JSON, or a property of normalized records), loading them with a task that aborts
 * stale requests, the loading / error / empty states, lazy loading, language and events. A subclass says
 * how to read its kind of record and draws the loaded page.
 */
export abstract class DataElement<Page extends object, Mapping extends object> extends WidgetElement {
  /** URL of a JSON endpoint (relative URLs resolve against the page-wide `baseUrl`). */
  @property() src = '';

  /** Dot path to the array of records in JSON of any other shape (`.` for a root array). */
  @property() items?: string;

  /** Where each field is in each record: JSON in the attribute, or an object (functions allowed) as a property. */
  @property({ converter: mappingConverter }) mapping?: Mapping;

  /** Raw JSON of any supported shape, to read with no request. */
  @property({ attribute: false }) data?: unknown;

  /** `lazy` waits until the widget is near the viewport before requesting anything. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Whether cookies go with the request: `omit` (default), `same-origin` or `include`. */
  @property() credentials: RequestCredentials = 'omit';

  /** Milliseconds before a request is given up (default 10000). */
  @property({ type: Number }) timeout?: number;

  /**
   * The referrer policy of the images the widget shows (default: the page-wide `referrerPolicy`, else
   * `no-referrer`, so image hosts do not learn which page a reader is on). Empty: the page's own policy.
   */
  @property({ attribute: 'referrer-policy' }) referrerPolicy?: string;

  /** @internal The `referrerpolicy` for this widget's images. */
  protected get _imageReferrerPolicy(): ReferrerPolicy {
    return imageReferrerPolicy(this.referrerPolicy);
  }

  /** @internal */
  @state() protected _nearViewport = false;

  /** @internal */
  private readonly _lazy = new NearViewportController(this, LAZY_MARGIN, () => {
    this._nearViewport = true;
    this._lazy.stop();
  });

  /** @internal JSON from a child `<script type="application/json">`. */
  @state() protected _inline?: { json?: unknown; error?: NewsError };

  /** @internal */
  private _abortedByDisconnect = false;

  /** @internal Pages made from app input rather than read from a source. */
  private readonly _localPages = new WeakSet<Page>();

  /** @internal */
  protected _task = new Task(this, {
    args: () => this._sourceArgs(),
    argsEqual: (previous, next) => previous.every((value, i) => sameArg(value, next[i])),
    // The arguments say when to load again; how to read is the subclass's, which `readKey()` mirrors.
    task: async ([source, , local, near], { signal }) => {
      // Every way in ends in finished records: app input is checked here, the rest as it is read.
      if (local) {
        const page = this.finishLocal(local.input);
        this._localPages.add(page);
        return this.prepare(page, signal);
      }
      if (this._inline?.error) throw this._inline.error;
      if (source === undefined) return initialState;
      if (typeof source !== 'string') return this.prepare(await this.readJson(source.json), signal);
      if (!near) return initialState;
      return this.prepare(await this.loadUrl(source, this.requestOptions(signal)), signal);
    },
    onComplete: (page) => this._loaded(page),
    onError: (error) => this.reportError(error),
  });

  /** @internal */
  private _sourceArgs() {
    const json = this.data !== undefined ? this.data : this._inline?.json;
    const url = this.sourceUrl();
    const source: string | { json: unknown } | undefined = json !== undefined ? { json } : url ? resolveUrl(url) : undefined;
    const input = this.localInput();
    const local: LocalInput | undefined = input ? { input } : undefined;
    return [source, this.readKey(), local, this.loading !== 'lazy' || this._nearViewport] as const;
  }

  /** @internal The endpoint to read: `src` by default. */
  protected sourceUrl(): string | undefined {
    return this.src || undefined;
  }

  /** @internal Everything that changes how the source is read (format, items, mapping...): a change loads again. */
  protected readKey(): unknown[] {
    return [this.items, this.mapping];
  }

  /** Reads JSON in hand (`.data`, inline JSON) into a page; throws a `NewsError` for a shape it cannot read. */
  protected abstract readJson(json: unknown): Page | Promise<Page>;

  /** Fetches and reads an endpoint. */
  protected abstract loadUrl(url: string, request: FetchOptions): Promise<Page>;

  /** A page of records an app handed in, each checked like fetched data. */
  protected abstract finishLocal(input: readonly unknown[]): Page;

  /** @internal How this widget's requests are made. */
  protected requestOptions(signal?: AbortSignal): FetchOptions {
    return { credentials: this.credentials, timeout: this.timeout ?? getDefaults().timeout, ...(signal ? { signal } : {}) };
  }

  /**
   * Records an app set directly as a property (`.articles`, `.article`, `.comments`), if the subclass has
   * one. They are checked like fetched data before anything draws them; the same objects again count as unchanged.
   */
  protected localInput(): readonly unknown[] | undefined {
    return undefined;
  }

  /** Whether a page was made from `localInput()`. */
  protected isLocalPage(page: Page): boolean {
    return this._localPages.has(page);
  }

  /**
   * A last step a page takes before it counts as loaded, inside the task: a failure here is the widget's
   * error state, like a failed request. The default passes the page through.
   */
  protected prepare(page: Page, _signal: AbortSignal): Page | Promise<Page> {
    return page;
  }

  /** Called with each loaded page; the default fires `news-load`. */
  protected _loaded(page: Page): void {
    emit(this, 'news-load', this.loadDetail(page));
  }

  /** @internal Fires `news-error` for a failure (not for a cancelled request). */
  protected reportError(error: unknown): void {
    if (isAbort(error)) return;
    emit<NewsErrorDetail>(this, 'news-error', { error: this._asNewsError(error) });
  }

  /** The `news-load` event's detail. */
  protected abstract loadDetail(page: Page): unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this._readInlineJson();
    if (this.loading === 'lazy') this._observe();
    if (this._abortedByDisconnect) {
      this._abortedByDisconnect = false;
      void this._task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed widget leaves nothing running; it starts again if it is put back.
    if (this._task.status === TaskStatus.PENDING) {
      this._abortedByDisconnect = true;
      this._task.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('loading') && this.loading === 'lazy' && this.isConnected) this._observe();
  }

  /** @internal */
  private _observe(): void {
    if (!this._nearViewport) this._lazy.watch(this);
  }

  /** @internal */
  private _readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"], :scope > script[type="application/ld+json"]');
    if (!script) return;
    try {
      this._inline = { json: parseJsonText(script.textContent ?? '', 'inline JSON') };
    } catch (error) {
      this._inline = { error: this._asNewsError(error) };
    }
  }

  /** Loads again, bypassing the short-lived response reuse (the retry button). */
  retry(): Promise<void> {
    const url = this.sourceUrl();
    if (url) clearResponseCache(resolveUrl(url));
    return this._task.run();
  }

  /** @internal */
  protected _asNewsError(error: unknown): NewsError {
    if (error instanceof NewsError) return error;
    return new NewsError('unsupported-shape', error instanceof Error ? error.message : 'Unexpected data', { cause: error });
  }

  /** The error state: what happened, and a way to try again where that can help. */
  protected renderError(error: unknown): TemplateResult {
    return errorState(this._asNewsError(error), this.t, () => void this.retry());
  }

  /** The empty state. */
  protected renderEmpty(message = this.t('empty')): TemplateResult {
    return html`<div class="state empty" part="empty" role="status"><p>${message}</p></div>`;
  }

  /** Placeholder with roughly the final size, shown until the first page arrives. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The loaded page. */
  protected abstract renderPage(page: Page): unknown;

  /** Whether a loaded page has nothing to show. */
  protected abstract isEmpty(page: Page): boolean;

  /** Picks the state to show; a refetch keeps the previous page on screen, marked busy. */
  protected renderState(): unknown {
    const task = this._task;
    const busy = task.status === TaskStatus.PENDING || (task.status === TaskStatus.INITIAL && this._sourceArgs()[0] !== undefined);
    const page = task.value;
    let body: unknown;
    if (task.status === TaskStatus.ERROR && !isAbort(task.error)) body = this.renderError(task.error);
    else if (page) body = this.isEmpty(page) ? this.renderEmpty() : this.renderPage(page);
    else if (busy) body = this.renderSkeleton();
    else body = this.renderEmpty();
    return html`<div class="root" part="root" dir=${this.direction} lang=${this.language} aria-busy=${busy ? 'true' : 'false'}>${body}</div>`;
  }

  protected override render(): unknown {
    return this.renderState();
  }
}
